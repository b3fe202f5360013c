import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlainDate } from '../../src/core/dates.js';
import { REGIONS, regionById, type Region } from '../../src/regions/index.js';
import { isWithin as isRegionWithin } from '../../src/regions/lookup.js';
import * as timetable from '../../src/timetable/index.js';
import {
  CITY_DISTRICTS_READINGS,
  MERGE_DATE_READINGS,
  TWO_LINES_MERGE_TIMETABLE,
  hasMergedBy,
  placesMergingIn,
  timetableEntryFor,
  twoLinesMergeYear,
  type TimetableEntry,
} from '../../src/timetable/index.js';

/**
 * The province's county-level units, from the registry: every county (县, 自治县), county-level city (县级市)
 * and district (市辖区) in Jilin, plus 长白山保护开发区, the zone the province administers directly. 专栏6 lists
 * each county and county-level city by name, lists most cities' districts collectively as "X市（市辖区）" and
 * three districts (双阳区, 九台区, 江源区) by name.
 */
const COUNTY_LEVEL_UNITS: readonly Region[] = REGIONS.filter(
  (r) =>
    isRegionWithin(r, 'jilin-province') &&
    (r.level === 'county' ||
      r.level === 'countyCity' ||
      r.level === 'district' ||
      (r.level === 'zone' && r.parentId === 'jilin-province')),
);

const LISTED = new Set(TWO_LINES_MERGE_TIMETABLE.map((e) => e.regionId));

/**
 * Whether an entry covers a unit: the unit's own entry, or — for a district the box does not name — its city's
 * "(市辖区)" entry (the chosen reading of timetable.cityDistricts).
 */
function covers(entry: TimetableEntry, unit: Region): boolean {
  if (entry.regionId === unit.id) return true;
  const region = regionById(entry.regionId);
  return (
    region.level === 'cityDistricts' &&
    unit.level === 'district' &&
    region.parentId === unit.parentId &&
    !LISTED.has(unit.id)
  );
}

/** Every place for which the timetable gives a year (under the chosen readings). */
const RESOLVABLE = REGIONS.filter((r) => {
  try {
    twoLinesMergeYear(r.id);
    return true;
  } catch {
    return false;
  }
});

const START = new Date(2014, 0, 1);
/** A calendar date from 2014-01-01 to 2022-12-31. */
const plainDate = fc.integer({ min: 0, max: 3286 }).map((d) => formatPlainDate(addDays(START, d)));
const readings = fc.record({
  mergeDate: fc.constantFrom(...MERGE_DATE_READINGS),
  cityDistricts: fc.constantFrom(...CITY_DISTRICTS_READINGS),
});

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeepFrozen(v, seen));
}

describe('the timetable covers every county-level unit of Jilin exactly once', () => {
  it('the units are 39 counties and county-level cities, 21 districts (7 + 4 + 2 + 2 + 2 + 2 + 1 + 1) and 长白山保护开发区', () => {
    const count = (p: (r: Region) => boolean): number => COUNTY_LEVEL_UNITS.filter(p).length;
    expect(count((r) => r.level === 'county' || r.level === 'countyCity')).toBe(39);
    expect(count((r) => r.level === 'district')).toBe(21);
    expect(count((r) => r.level === 'zone')).toBe(1);
  });

  it('each unit is covered by exactly one entry, the one timetableEntryFor returns', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTY_LEVEL_UNITS), (unit) => {
        const covering = TWO_LINES_MERGE_TIMETABLE.filter((e) => covers(e, unit));
        expect(covering).toHaveLength(1);
        expect(timetableEntryFor(unit.id)).toBe(covering[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('each entry covers at least one unit, and is a unit itself or a city’s districts taken together', () => {
    for (const entry of TWO_LINES_MERGE_TIMETABLE) {
      expect(
        COUNTY_LEVEL_UNITS.some((u) => covers(entry, u)),
        entry.nameAsListed,
      ).toBe(true);
      const region = regionById(entry.regionId);
      expect(
        COUNTY_LEVEL_UNITS.includes(region) || region.level === 'cityDistricts',
        entry.nameAsListed,
      ).toBe(true);
    }
  });

  it('39 + 8 "(市辖区)" + 3 districts listed on their own (双阳区, 九台区, 江源区) + 1 zone = 51 entries', () => {
    const levels = TWO_LINES_MERGE_TIMETABLE.map((e) => regionById(e.regionId).level);
    expect(levels.filter((l) => l === 'county' || l === 'countyCity')).toHaveLength(39);
    expect(levels.filter((l) => l === 'cityDistricts')).toHaveLength(8);
    expect(
      TWO_LINES_MERGE_TIMETABLE.filter((e) => regionById(e.regionId).level === 'district').map(
        (e) => e.nameAsListed,
      ),
    ).toEqual(['双阳区', '九台区', '江源区']);
  });

  it('both readings of "(市辖区)" give a separately listed district the same year as its city’s "(市辖区)"', () => {
    for (const d of ['双阳区', '九台区', '江源区']) {
      const city = regionById(regionById(timetableEntryFor(d).regionId).parentId ?? '');
      expect(twoLinesMergeYear(d), d).toBe(twoLinesMergeYear(`${city.id}-districts`));
    }
  });
});

describe('merging is for good, and complete by the end of 2018', () => {
  it('once merged, a place stays merged on every later date, under every reading', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOLVABLE), plainDate, plainDate, readings, (region, a, b, r) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        if (r.cityDistricts === 'listedOnly' && region.level === 'district' && !LISTED.has(region.id)) return;
        const options = { readings: r };
        if (hasMergedBy(region.id, earlier, options))
          expect(hasMergedBy(region.id, later, options)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('every place the timetable resolves has merged by 2018-12-31 (确保 2018 年所有地区…达到国家扶贫标准), under every reading', () => {
    for (const region of RESOLVABLE)
      for (const mergeDate of MERGE_DATE_READINGS)
        expect(hasMergedBy(region.id, '2018-12-31', { reading: mergeDate }), region.id).toBe(true);
  });

  it('no place has merged before its listed year begins, under every reading', () => {
    for (const region of RESOLVABLE) {
      const year = twoLinesMergeYear(region.id);
      for (const mergeDate of MERGE_DATE_READINGS)
        expect(hasMergedBy(region.id, `${year - 1}-12-31`, { reading: mergeDate }), region.id).toBe(false);
    }
  });

  it('the readings order the merge day: startOfYear ≤ midYear ≤ endOfYear', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOLVABLE), plainDate, (region, date) => {
        const at = (reading: (typeof MERGE_DATE_READINGS)[number]): boolean =>
          hasMergedBy(region.id, date, { reading });
        if (at('endOfYear')) expect(at('midYear')).toBe(true);
        if (at('midYear')) expect(at('startOfYear')).toBe(true);
      }),
    );
  });
});

describe('placesMergingIn partitions the timetable', () => {
  it('the years 2016–2020 split the 51 entries without overlap or loss, each in box order', () => {
    const parts = [2016, 2017, 2018, 2019, 2020].map((y) => placesMergingIn(y));
    expect(parts.flat()).toEqual([...TWO_LINES_MERGE_TIMETABLE]);
    parts.forEach((part, i) => {
      for (const e of part) expect(e.year).toBe(2016 + i);
    });
  });

  it('any whole year outside 2016–2020 is refused at path "year"', () => {
    fc.assert(
      fc.property(
        fc.integer().filter((y) => y < 2016 || y > 2020),
        (y) => {
          expect(() => placesMergingIn(y)).toThrow(expect.objectContaining({ path: 'year' }));
        },
      ),
    );
  });
});

describe('data is frozen', () => {
  it('every exported value of the timetable is deeply frozen (zod schemas aside)', () => {
    for (const [name, value] of Object.entries(timetable)) {
      if (typeof value === 'function' || name.endsWith('Schema')) continue;
      expect(isDeepFrozen(value), name).toBe(true);
    }
    expect(isDeepFrozen(REGIONS)).toBe(true);
  });

  it('results are frozen: placesMergingIn and timetableEntryFor', () => {
    expect(Object.isFrozen(placesMergingIn(2017))).toBe(true);
    expect(Object.isFrozen(timetableEntryFor('朝阳区'))).toBe(true);
  });
});
