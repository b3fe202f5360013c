/**
 * The timetable functions as they were before the rule contract (0.1), kept as a test-only reference: the
 * property test in ../reference.property.test.ts checks that the new functions give the same answers.
 */
import { compareAsc } from 'date-fns';
import type * as z from 'zod';
import type { Citation } from '../../../src/core/citation.js';
import { parsePlainDate, type PlainDate } from '../../../src/core/dates.js';
import { parseInput, refuse } from '../../../src/core/errors.js';
import type { Region } from '../../../src/regions/data.js';
import { isWithin, regionById, resolveRegion } from '../../../src/regions/lookup.js';
import { BOX6_ROWS, box6Citation, type MergeYear } from '../../../src/plan/index.js';
import {
  hasMergedByInputSchema,
  placeInputSchema,
  planYearSchema,
  timetableOptionsSchema,
  type CityDistrictsReading,
  type MergeDateReading,
} from './schema.js';

/** The rule id of every timetable function. */
export const TIMETABLE_RULE_ID = 'timetable.twoLinesMerge';

export type { MergeYear };

/** One place of 专栏6 and the year its rural Dibao standard reaches the national poverty line. */
export interface TimetableEntry {
  /** The registry id of the place (`changchun-districts`, `shuangyang`). */
  readonly regionId: string;
  /** The place exactly as the box lists it (`长春市（市辖区）`, `前郭县`). */
  readonly nameAsListed: string;
  readonly year: MergeYear;
  /** The place's position in the box, quoted with its neighbour. */
  readonly citation: Citation;
}

/** The readings a timetable function applies; each defaults to the chosen reading. */
export interface TimetableOptions {
  /** Shorthand for `readings.mergeDate`. */
  readonly reading?: MergeDateReading;
  readonly readings?: {
    readonly mergeDate?: MergeDateReading;
    readonly cityDistricts?: CityDistrictsReading;
  };
}

function buildTimetable(): readonly TimetableEntry[] {
  return Object.freeze(
    BOX6_ROWS.flatMap((row) =>
      row.names.map((name, index): TimetableEntry =>
        Object.freeze({
          regionId: resolveRegion(name, TIMETABLE_RULE_ID, 'place').id,
          nameAsListed: name,
          year: row.year,
          citation: box6Citation(row.year, index),
        }),
      ),
    ),
  );
}

/**
 * All 51 places of 专栏6 (分年度差异性提标时序表), in box order: 28 for 2016, 7 for 2017, 16 for 2018. See rule
 * `timetable.twoLinesMerge`.
 */
export const TWO_LINES_MERGE_TIMETABLE: readonly TimetableEntry[] = buildTimetable();

const ENTRY_BY_REGION: ReadonlyMap<string, TimetableEntry> = new Map(
  TWO_LINES_MERGE_TIMETABLE.map((e) => [e.regionId, e]),
);

interface Readings {
  readonly mergeDate: MergeDateReading;
  readonly cityDistricts: CityDistrictsReading;
}

function readingsOf(options: z.output<typeof timetableOptionsSchema>): Readings {
  const shorthand = options?.reading;
  const explicit = options?.readings?.mergeDate;
  if (shorthand !== undefined && explicit !== undefined && shorthand !== explicit) {
    refuse(
      TIMETABLE_RULE_ID,
      'options.reading',
      shorthand,
      `conflicts with options.readings.mergeDate (${explicit}); give one`,
      'conflicting_readings',
    );
  }
  return {
    mergeDate: shorthand ?? explicit ?? 'endOfYear',
    cityDistricts: options?.readings?.cityDistricts ?? 'otherDistricts',
  };
}

function entriesWithinRegion(region: Region): readonly TimetableEntry[] {
  return TWO_LINES_MERGE_TIMETABLE.filter((e) => isWithin(regionById(e.regionId), region.id));
}

/** The box entry that governs `region` under the readings, or a refusal naming `query` at `path`. */
function entryFor(region: Region, query: unknown, readings: Readings): TimetableEntry {
  const own = ENTRY_BY_REGION.get(region.id);
  if (own !== undefined) return own;
  if (region.level === 'district' && region.parentId !== null) {
    const collective = ENTRY_BY_REGION.get(`${region.parentId}-districts`);
    if (collective !== undefined) {
      if (readings.cityDistricts === 'otherDistricts') return collective;
      return refuse(
        TIMETABLE_RULE_ID,
        'place',
        query,
        `is not named in 专栏6; under the reading listedOnly it does not resolve to ${collective.nameAsListed}`,
        'not_listed',
        [collective.nameAsListed],
      );
    }
  }
  if ((region.level === 'town' || region.level === 'township') && region.parentId !== null) {
    // A town's Dibao standard is its county's: it takes the county's entry.
    return entryFor(regionById(region.parentId), query, readings);
  }
  if (!isWithin(region, 'jilin-province') && region.id !== 'jilin-province') {
    return refuse(
      TIMETABLE_RULE_ID,
      'place',
      query,
      'is outside Jilin Province; 专栏6 lists Jilin’s units only',
      'outside_jilin',
    );
  }
  const parts = entriesWithinRegion(region);
  if (parts.length > 0) {
    return refuse(
      TIMETABLE_RULE_ID,
      'place',
      query,
      `is listed in 专栏6 by its parts (${parts.length} entries), not as a whole; ask for a part, or use ` +
        'timetableEntriesWithin',
      'listed_in_parts',
      parts.map((p) => p.nameAsListed),
    );
  }
  return refuse(
    TIMETABLE_RULE_ID,
    'place',
    query,
    'is not covered by 专栏6 (a development zone lies within units the box lists, but the registry does not say which)',
    'not_covered',
  );
}

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
  const input = parseInput(TIMETABLE_RULE_ID, placeInputSchema, { place, options });
  const region = resolveRegion(input.place, TIMETABLE_RULE_ID, 'place');
  return entryFor(region, place, readingsOf(input.options));
}

/**
 * The year in which `place`’s rural Dibao standard reaches the national poverty line (专栏6).
 *
 * `place` is any {@link findRegion} query. A district the box does not name takes its city’s "(市辖区)"
 * year (interpretation `timetable.cityDistricts`), a town its county’s. A prefecture or the province is
 * refused (`listed_in_parts`, suggesting its parts), as are places outside Jilin and unknown names.
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

function dateForYear(year: MergeYear, reading: MergeDateReading): PlainDate {
  switch (reading) {
    case 'endOfYear':
      return `${year}-12-31`;
    case 'startOfYear':
      return `${year}-01-01`;
    case 'midYear':
      return `${year}-07-01`;
  }
}

/**
 * The first day on which `place` counts as merged, under the reading of `timetable.mergeDate` (default
 * `endOfYear`: 31 December of the listed year).
 *
 * @example
 * ```ts
 * mergeDateOf('榆树市')                              //=> '2017-12-31'
 * mergeDateOf('榆树市', { reading: 'startOfYear' }) //=> '2017-01-01'
 * ```
 */
export function mergeDateOf(place: string, options?: TimetableOptions): PlainDate {
  const input = parseInput(TIMETABLE_RULE_ID, placeInputSchema, { place, options });
  const readings = readingsOf(input.options);
  const region = resolveRegion(input.place, TIMETABLE_RULE_ID, 'place');
  return dateForYear(entryFor(region, place, readings).year, readings.mergeDate);
}

/**
 * Whether `place` has merged its rural Dibao standard with the poverty line by `date` (inclusive): whether
 * `date` is on or after {@link mergeDateOf}. `date` is `YYYY-MM-DD` or a valid Date (its local calendar date).
 *
 * @example
 * ```ts
 * hasMergedBy('榆树市', '2017-12-30')                           //=> false (merged on 2017-12-31)
 * hasMergedBy('榆树市', '2017-12-31')                           //=> true
 * hasMergedBy('榆树市', '2017-03-01', { reading: 'startOfYear' }) //=> true
 * ```
 */
export function hasMergedBy(place: string, date: PlainDate | Date, options?: TimetableOptions): boolean {
  const input = parseInput(TIMETABLE_RULE_ID, hasMergedByInputSchema, { place, date, options });
  const readings = readingsOf(input.options);
  const region = resolveRegion(input.place, TIMETABLE_RULE_ID, 'place');
  const from = dateForYear(entryFor(region, place, readings).year, readings.mergeDate);
  const on = parsePlainDate(input.date);
  const start = parsePlainDate(from);
  if (on === undefined || start === undefined)
    throw new Error('hasMergedBy: unparsable date after validation');
  return compareAsc(on, start) >= 0;
}

/**
 * The entries of 专栏6 for one year, in box order: 28 for 2016, 7 for 2017, 16 for 2018, none for 2019 or 2020.
 * A year outside the plan period 2016–2020 is refused (path `year`).
 */
export function placesMergingIn(year: number): readonly TimetableEntry[] {
  const y = parseInput(TIMETABLE_RULE_ID, planYearSchema, year, 'year');
  return Object.freeze(TWO_LINES_MERGE_TIMETABLE.filter((e) => e.year === y));
}

/**
 * The entries of 专栏6 for the units that lie within `place` (a prefecture or the province), in box order.
 *
 * @example
 * ```ts
 * timetableEntriesWithin('长春市').map((e) => e.nameAsListed)
 * //=> ['长春市（市辖区）', '双阳区', '九台区', '农安县', '德惠市', '榆树市']
 * ```
 */
export function timetableEntriesWithin(place: string): readonly TimetableEntry[] {
  const region = resolveRegion(place, TIMETABLE_RULE_ID, 'place');
  return Object.freeze(entriesWithinRegion(region));
}
