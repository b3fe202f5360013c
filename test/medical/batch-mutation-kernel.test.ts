import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ClaimInput, ReimburseOptions } from '../../src/medical/index.js';
import { expectSameAsReimburse, expectSameYears } from './batch-mutation-support.js';
import { claimArb, PROFILE, profileArb, readingsArb } from './support.js';

/**
 * The whole-fen kernel against the layered cascade, on seeded samples (small enough for a mutation run): every
 * reading, both regimes, generated profiles (rates, bands, ceilings, caps), claims alone and years of claims.
 */

const dates = ['2015-12-31', '2016-01-01', '2018-03-01'];
const dated = (seed: number, n: number): ClaimInput[] =>
  fc
    .sample(claimArb, { numRuns: n, seed })
    .map((c, i) => ({ ...c, date: dates[i % dates.length] ?? '2018-03-01' }));

const optionsOf = (seed: number, n: number): ReimburseOptions[] =>
  fc.sample(readingsArb, { numRuns: n, seed }).map((readings, i) => ({
    readings,
    ...(i % 4 === 3 ? { regime: 'baseline' as const } : {}),
    ...(i % 5 === 4 ? { overrides: { 'medical.criticalIllnessDeductible': '3000.55' } } : {}),
  }));

describe('the kernel = reimburse to the fen', () => {
  it('the illustrative profile, 6 choices of readings × 30 claims', () => {
    const claims = dated(11, 30);
    for (const options of optionsOf(3, 6)) expectSameAsReimburse(claims, PROFILE, options);
  }, 60_000);

  it('6 generated profiles × 2 choices of readings × 20 claims', () => {
    const profiles = fc.sample(profileArb, { numRuns: 6, seed: 5 });
    const claims = dated(13, 20);
    const options = optionsOf(17, 12);
    profiles.forEach((profile, p) => {
      expectSameAsReimburse(claims, profile, options[2 * p]);
      expectSameAsReimburse(claims, profile, options[2 * p + 1]);
    });
  }, 60_000);

  it('years: 4 generated profiles × 6 patients of up to 8 claims (ceilings, caps, yearly deductible)', () => {
    const profiles = fc.sample(profileArb, { numRuns: 4, seed: 23 });
    const options = optionsOf(29, 4);
    const years = fc
      .sample(fc.array(claimArb, { minLength: 1, maxLength: 8 }), { numRuns: 6, seed: 31 })
      .map((cs) => cs.map((c, k) => ({ ...c, date: `2018-${String(1 + k).padStart(2, '0')}-15` })));
    profiles.forEach((profile, p) => {
      expectSameYears(years, profile, options[p]);
    });
    expectSameYears(years, PROFILE);
  }, 60_000);
});
