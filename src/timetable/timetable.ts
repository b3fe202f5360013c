import type { Citation } from '../core/citation.js';
import type { PlainDate } from '../core/dates.js';
import { parseInput, refuse } from '../core/errors.js';
import { BOX6_ROWS, box6Citation, type MergeYear } from '../plan/index.js';
import { isPlaceWithin, regionById, resolveRegion, type Region } from '../regions/index.js';
import { planYearSchema } from './schema.js';

/** The rule id of every timetable function. */
const RULE_ID = 'timetable.twoLinesMerge';

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

function buildTimetable(): readonly TimetableEntry[] {
  return Object.freeze(
    BOX6_ROWS.flatMap((row) =>
      row.names.map((name, index): TimetableEntry =>
        Object.freeze({
          regionId: resolveRegion(name, RULE_ID, 'place').id,
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

/** The entries of the units within a region, in box order. */
export function entriesWithinRegion(region: Region): readonly TimetableEntry[] {
  return TWO_LINES_MERGE_TIMETABLE.filter((e) => isPlaceWithin(e.regionId, region.id));
}

/** A district the box does not name: its city's "(市辖区)" entry, or a refusal under `listedOnly`. */
function collectiveEntry(region: Region, query: unknown, cityDistricts: string): TimetableEntry | undefined {
  if (region.level !== 'district') return undefined;
  // Every district has a parent city (only a province has none; a null would look up no entry, "null-districts").
  const collective = ENTRY_BY_REGION.get(`${String(region.parentId)}-districts`);
  if (collective === undefined || cityDistricts === 'otherDistricts') return collective;
  return refuse(
    RULE_ID,
    'place',
    query,
    `is not named in 专栏6; under the reading listedOnly it does not resolve to ${collective.nameAsListed}`,
    'not_listed',
    [collective.nameAsListed],
  );
}

/** Why a place without an entry of its own has none: outside Jilin, listed in parts, or not covered. */
function refuseUncovered(region: Region, query: unknown): never {
  if (region.id !== 'jilin-province' && !isPlaceWithin(region.id, 'jilin-province')) {
    refuse(
      RULE_ID,
      'place',
      query,
      'is outside Jilin Province; 专栏6 lists Jilin’s units only',
      'outside_jilin',
    );
  }
  const parts = entriesWithinRegion(region);
  if (parts.length > 0) {
    refuse(
      RULE_ID,
      'place',
      query,
      `is listed in 专栏6 by its parts (${parts.length} entries), not as a whole; ask for a part, or use ` +
        'timetableEntriesWithin',
      'listed_in_parts',
      parts.map((p) => p.nameAsListed),
    );
  }
  return refuse(
    RULE_ID,
    'place',
    query,
    'is not covered by 专栏6 (a development zone lies within units the box lists, but the registry does not say which)',
    'not_covered',
  );
}

/**
 * The box entry that governs `region` under the reading of `timetable.cityDistricts`, or a refusal naming
 * `query` at path `place`. A town's Dibao standard is its county's: it takes the county's entry.
 */
export function entryFor(region: Region, query: unknown, cityDistricts: string): TimetableEntry {
  const own = ENTRY_BY_REGION.get(region.id) ?? collectiveEntry(region, query, cityDistricts);
  if (own !== undefined) return own;
  if (region.level === 'town' || region.level === 'township') {
    // Stryker disable next-line ConditionalExpression: every town and township of the registry has a parent (only provinces have none), so `parentId !== null` is always true here
    if (region.parentId !== null) return entryFor(regionById(region.parentId), query, cityDistricts);
  }
  return refuseUncovered(region, query);
}

/** The first day of `year` on which a place counts as merged, under a reading of `timetable.mergeDate`. */
export function dateForYear(year: number, reading: string): PlainDate {
  const y = String(year).padStart(4, '0');
  if (reading === 'startOfYear') return `${y}-01-01`;
  if (reading === 'midYear') return `${y}-07-01`;
  return `${y}-12-31`;
}

/**
 * The entries of 专栏6 for one year, in box order: 28 for 2016, 7 for 2017, 16 for 2018, none for 2019 or 2020.
 * A year outside the plan period 2016–2020 is refused (path `year`).
 */
export function placesMergingIn(year: number): readonly TimetableEntry[] {
  const y = parseInput(RULE_ID, planYearSchema, year, 'year');
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
  const region = resolveRegion(place, RULE_ID, 'place');
  return Object.freeze(entriesWithinRegion(region));
}
