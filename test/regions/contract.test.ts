/**
 * Regions (issue 9): rule ids as one object; resolveRegion exported for the other areas, validating its
 * arguments; the plan's own lists live in src/plan, as printed.
 */
import { describe, expect, it } from 'vitest';
import {
  BOX6_ROWS,
  BUDGET_TABLE_ROWS,
  NATIONAL_KEY_COUNTY_NAMES,
  PAIRING_BOXES,
  PAIRING_BOX_TITLES,
} from '../../src/plan/index.js';
import {
  BUDGET_REGIONS,
  LOOKUP_RULE_ID,
  NATIONAL_KEY_COUNTIES,
  PAIRINGS,
  REGIONS_RULES,
  REGIONS_RULE_IDS,
  regionById,
  resolveRegion,
} from '../../src/regions/index.js';
import { refusal } from '../support/errors.js';

describe('REGIONS_RULE_IDS', () => {
  it('names every rule of the area, in registry order; LOOKUP_RULE_ID stays as a deprecated alias', () => {
    expect(Object.values(REGIONS_RULE_IDS)).toEqual(REGIONS_RULES.map((r) => r.id));
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias must stay equal
    expect(LOOKUP_RULE_ID).toBe(REGIONS_RULE_IDS.lookup);
  });
});

describe('resolveRegion, for the other areas', () => {
  it('finds a place and refuses an unknown one under the caller’s rule and path', () => {
    expect(resolveRegion('长白朝鲜族自治县', 'timetable.twoLinesMerge', 'place').id).toBe('changbai');
    const e = refusal(() => resolveRegion('长百县', 'dibao.standards', 'input.place'));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
      'dibao.standards',
      'input.place',
      'unknown_region',
    ]);
    expect(e.suggestions).toContain('长白县');
  });

  it.each([
    ['a rule id that is not area.camelCase', '长白县', 'Not A Rule', 'place', 'ruleId'],
    ['a rule id that is not a string', '长白县', 7, 'place', 'ruleId'],
    ['a path that is not a string', '长白县', 'timetable.twoLinesMerge', null, 'path'],
  ])('%s is refused under regions.lookup', (_why, query, ruleId, path, at) => {
    const e = refusal(() => resolveRegion(query, ruleId as string, path as unknown as string));
    expect([e.ruleId, e.path]).toEqual(['regions.lookup', at]);
  });

  it('regionById is exported too', () => {
    expect(regionById('changbai').name).toBe('长白县');
  });
});

describe('the plan’s own lists (src/plan), as printed', () => {
  it('专栏6: 28 + 7 + 16 = 51 places in 2016, 2017, 2018', () => {
    expect(BOX6_ROWS.map((r) => [r.year, r.names.length])).toEqual([
      [2016, 28],
      [2017, 7],
      [2018, 16],
    ]);
  });

  it('the budget rows are the registry’s BUDGET_REGIONS, in table order', () => {
    expect(BUDGET_REGIONS.map((r) => r.name)).toEqual(BUDGET_TABLE_ROWS);
  });

  it('the key counties: 6 + 4 named, 2 in both, 8 in all', () => {
    const union = new Set([...NATIONAL_KEY_COUNTY_NAMES.photovoltaic, ...NATIONAL_KEY_COUNTY_NAMES.ethnic]);
    expect(union.size).toBe(8);
    expect(NATIONAL_KEY_COUNTIES).toHaveLength(8);
  });

  it('专栏7–9: 4 + 3 + 8 = 15 pairs, with the boxes’ headings', () => {
    expect(PAIRING_BOXES.map((b) => b.pairs.length)).toEqual([4, 3, 8]);
    expect(PAIRINGS).toHaveLength(15);
    expect(PAIRING_BOX_TITLES.map((c) => c.box)).toEqual([7, 8, 9]);
  });
});
