import type { PlainDate } from '../core/dates.js';
import { parseInput } from '../core/errors.js';
import {
  assessTwoLinesMerge,
  mergeDateIn,
  openTimetable,
  placeEntry,
  type TimetableOptions,
} from './assess.js';
import { TIMETABLE_RULE_IDS } from './rules.js';
import { regionQuerySchema } from '../regions/index.js';
import type { MergeYear, TimetableEntry } from './timetable.js';

/**
 * The 专栏6 entry that governs a place: its own, or for a district the box does not name, its city’s
 * "(市辖区)" entry (reading `timetable.cityDistricts`), or for a town its county’s.
 *
 * @example
 * ```ts
 * timetableEntryFor('朝阳区').nameAsListed //=> '长春市（市辖区）'
 * ```
 */
export function timetableEntryFor(place: string, options?: TimetableOptions): TimetableEntry {
  parseInput(TIMETABLE_RULE_IDS.twoLinesMerge, regionQuerySchema, place, 'place');
  const ctx = openTimetable(options, null);
  return placeEntry(ctx, place).entry;
}

/**
 * The year in which `place`’s rural Dibao standard reaches the national poverty line (专栏6).
 *
 * `place` is any region query. A district the box does not name takes its city’s "(市辖区)" year
 * (interpretation `timetable.cityDistricts`), a town its county’s. A prefecture or the province is refused
 * (`listed_in_parts`, suggesting its parts), as are places outside Jilin and unknown names.
 *
 * @example
 * ```ts
 * twoLinesMergeYear('长白朝鲜族自治县') //=> 2018
 * twoLinesMergeYear('榆树市')           //=> 2017
 * twoLinesMergeYear('朝阳区')           //=> 2016 (via 长春市（市辖区）)
 * ```
 */
export function twoLinesMergeYear(place: string, options?: TimetableOptions): MergeYear {
  return timetableEntryFor(place, options).year;
}

/**
 * The first day on which `place` counts as merged, under the reading of `timetable.mergeDate` (the
 * registry's chosen reading `endOfYear`: 31 December of the listed year).
 *
 * @example
 * ```ts
 * mergeDateOf('榆树市')                              //=> '2017-12-31'
 * mergeDateOf('榆树市', { reading: 'startOfYear' }) //=> '2017-01-01'
 * ```
 */
export function mergeDateOf(place: string, options?: TimetableOptions): PlainDate {
  parseInput(TIMETABLE_RULE_IDS.twoLinesMerge, regionQuerySchema, place, 'place');
  const ctx = openTimetable(options, null);
  return mergeDateIn(ctx, placeEntry(ctx, place).entry.year);
}

/**
 * Whether `place` has merged its rural Dibao standard with the poverty line by `date` (inclusive): whether
 * `date` is on or after {@link mergeDateOf}. `date` is `YYYY-MM-DD` or a valid Date (its local calendar date).
 * The `merged` figure of {@link assessTwoLinesMerge}, which gives the reasons.
 *
 * @example
 * ```ts
 * hasMergedBy('榆树市', '2017-12-30')                           //=> false (merged on 2017-12-31)
 * hasMergedBy('榆树市', '2017-12-31')                           //=> true
 * hasMergedBy('榆树市', '2017-03-01', { reading: 'startOfYear' }) //=> true
 * ```
 */
export function hasMergedBy(place: string, date: PlainDate | Date, options?: TimetableOptions): boolean {
  return assessTwoLinesMerge({ place, date }, options).merged;
}
