import { describe, expect, it } from 'vitest';
import { checkResettlementMix } from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const RULE = 'housing.concentratedShare';

describe('housing.concentratedShare: 集中安置人口超过70%', () => {
  it.each([
    { c: 70, t: 100, ok: false, min: 71, short: 1 }, // 70/100 = 70%: 超过 excludes 70% itself
    { c: 71, t: 100, ok: true, min: 71, short: 0 }, // 71/100 = 71%
    { c: 7, t: 10, ok: false, min: 8, short: 1 }, // 7/10 = 70% exactly
    { c: 8, t: 10, ok: true, min: 8, short: 0 }, // 8/10 = 80%
    { c: 8563, t: 12233, ok: false, min: 8564, short: 1 }, // 0.7 × 12,233 = 8,563.1; 8,563 is below it
    { c: 8564, t: 12233, ok: true, min: 8564, short: 0 }, // 8,564 > 8,563.1
    { c: 0, t: 1, ok: false, min: 1, short: 1 }, // 0/1 = 0%
    { c: 1, t: 1, ok: true, min: 1, short: 0 }, // 1/1 = 100%
    { c: 2, t: 3, ok: false, min: 3, short: 1 }, // 2/3 = 66.67%; 0.7 × 3 = 2.1 → need 3
    { c: 700000, t: 1000000, ok: false, min: 700001, short: 1 }, // exactly 70% of a million
  ])('$c of $t people concentrated: compliant=$ok (need at least $min)', ({ c, t, ok, min, short }) => {
    const r = checkResettlementMix(deepFreeze({ concentratedPeople: c, totalPeople: t }));
    expect(r.compliant).toBe(ok);
    expect(r.minimumConcentratedPeople).toBe(min);
    expect(r.shortfallPeople).toBe(short);
    expect(r.bound).toBe('超过');
  });

  it('the share is exact: 7 of 10 is 0.7; 71 of 100 is 0.71', () => {
    expect(checkResettlementMix({ concentratedPeople: 7, totalPeople: 10 }).share.toString()).toBe('0.7');
    expect(checkResettlementMix({ concentratedPeople: 71, totalPeople: 100 }).share.toString()).toBe('0.71');
  });

  it('people not registered count only under allRelocatedPeople: 70/100 registered + 10/10 others = 80/110 > 70%', () => {
    const input = deepFreeze({
      concentratedPeople: 70,
      totalPeople: 100,
      nonRegistered: { concentratedPeople: 10, totalPeople: 10 },
    });
    expect(checkResettlementMix(input).compliant).toBe(false); // default: 70/100
    const all = checkResettlementMix(input, { readings: { concentratedShareBase: 'allRelocatedPeople' } });
    expect(all.compliant).toBe(true); // 80/110 = 72.7%; 0.7 × 110 = 77 < 80
    expect(all.concentratedPeople).toBe(80);
    expect(all.totalPeople).toBe(110);
  });

  it('explains a failing mix with the people still needed', () => {
    expect(checkResettlementMix({ concentratedPeople: 70, totalPeople: 100 }).explanation).toBe(
      '70 of 100 people (70%) are resettled in concentrated sites: not more than 70%; at least 71 are needed (1 more).',
    );
  });

  describe('bad input', () => {
    it.each([
      { input: { concentratedPeople: 101, totalPeople: 100 }, path: 'concentratedPeople' }, // more concentrated than total
      { input: { concentratedPeople: 1, totalPeople: 0 }, path: 'totalPeople' }, // zero people
      { input: { concentratedPeople: 1.5, totalPeople: 10 }, path: 'concentratedPeople' }, // fractional
      { input: { concentratedPeople: 5, totalPeople: 10.5 }, path: 'totalPeople' },
      { input: { concentratedPeople: -1, totalPeople: 10 }, path: 'concentratedPeople' },
      {
        input: {
          concentratedPeople: 5,
          totalPeople: 10,
          nonRegistered: { concentratedPeople: 3, totalPeople: 2 },
        },
        path: 'nonRegistered.concentratedPeople',
      },
    ])('checkResettlementMix($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => checkResettlementMix(deepFreeze(input)), RULE, path);
    });
  });
});
