import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import {
  compileScheme,
  PAYERS,
  reimburse,
  reimburseYear,
  type ClaimInput,
  type ReimburseOptions,
} from '../../src/medical/index.js';
import { claimArb, PROFILE, profileArb, readingsArb } from './support.js';
import { flat } from './batch-mutation-support.js';

const dateArb = fc.constantFrom('2015-06-30', '2015-12-31', '2016-01-01', '2018-03-01', '2020-12-31');
const datedClaimArb = fc
  .tuple(claimArb, dateArb, fc.option(fc.string({ maxLength: 4 }), { nil: undefined }))
  .map(([c, date, id]): ClaimInput => (id === undefined ? { ...c, date } : { ...c, date, id }));
const optionsArb: fc.Arbitrary<ReimburseOptions> = fc.record(
  {
    readings: readingsArb,
    regime: fc.constantFrom('plan' as const, 'baseline' as const),
    overrides: fc.constantFrom(
      {},
      { 'medical.upliftPoints': '10' },
      { 'medical.inpatientWaiverRate': '0.125' },
      { 'medical.criticalIllnessDeductible': '3000.55' },
    ),
  },
  { requiredKeys: ['readings'] },
);

describe('reimburseMany equals reimburse to the fen', () => {
  it('on thousands of generated claims, every reading and regime, any profile (get and explain)', () => {
    fc.assert(
      fc.property(
        profileArb,
        optionsArb,
        fc.array(datedClaimArb, { minLength: 1, maxLength: 40 }),
        (profile, options, claims) => {
          const batch = compileScheme(profile, options).reimburseMany(claims);
          expect(batch.length).toBe(claims.length);
          expect(batch.errors).toEqual([]);
          claims.forEach((claim, i) => {
            const expected = reimburse(claim, profile, options);
            expect(flat(batch.get(i))).toEqual(flat(expected));
            if (i === 0) expect(batch.explain(i)).toEqual(expected);
          });
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('on the illustrative profile with the chosen readings, 2,000 claims', () => {
    const claims = fc.sample(datedClaimArb, { numRuns: 2000, seed: 42 });
    const batch = compileScheme(PROFILE).reimburseMany(claims);
    claims.forEach((claim, i) => {
      expect(flat(batch.get(i))).toEqual(flat(reimburse(claim, PROFILE)));
    });
  }, 120_000);
});

describe('reimburseMany: errors, totals, inputs the fast checker leaves to the schema', () => {
  const good: ClaimInput = {
    date: '2018-05-02',
    patient: { registeredPoor: true },
    careType: 'inpatient',
    diseaseGroup: 'other',
    hospital: { level: 'county', inCounty: true, designated: true },
    totalCost: '12000',
    inCatalogueCost: '10000',
  };
  const odd: unknown[] = [
    { ...good, totalCost: ' 12000 ' },
    { ...good, totalCost: 12000.5, inCatalogueCost: '1e4' },
    { ...good, date: new Date(2018, 4, 2) },
    { ...good, totalCost: '12000.5', inCatalogueCost: '010000' },
    { ...good, totalCost: '12000.', inCatalogueCost: '.5', rehabilitationItemsCost: 0.1 },
    { ...good, totalCost: '99999999999999.99', inCatalogueCost: '88888888888888.88' },
  ];
  const bad: unknown[] = [
    null,
    { ...good, totalCost: '12.345' },
    { ...good, inCatalogueCost: '13000' },
    { ...good, extra: 1 },
    { ...good, careType: 'outpatient', diseaseGroup: 'surgical28' },
    { ...good, date: '2018-02-30' },
    { ...good, totalCost: '-1' },
    { ...good, totalCost: '1.2.3' },
  ];

  it('an invalid item never stops the batch: its index and the error reimburse throws', () => {
    const items = [good, ...bad, good];
    const batch = compileScheme(PROFILE).reimburseMany(items);
    expect(batch.length).toBe(bad.length + 2);
    expect(batch.errors.map((e) => e.index)).toEqual(bad.map((_, i) => i + 1));
    batch.errors.forEach(({ index, error }) => {
      expect(error).toBeInstanceOf(PolicyInputError);
      let thrown: unknown;
      try {
        reimburse(items[index] as ClaimInput, PROFILE);
      } catch (e) {
        thrown = e;
      }
      expect(error.message).toBe((thrown as Error).message);
      expect(() => batch.get(index)).toThrow(error.message);
    });
    expect(flat(batch.get(bad.length + 1))).toEqual(flat(reimburse(good, PROFILE)));
  });

  it('odd but valid inputs (spaces, exponents, Dates, amounts beyond the fast path) equal reimburse', () => {
    const batch = compileScheme(PROFILE).reimburseMany(odd);
    expect(batch.errors).toEqual([]);
    odd.forEach((claim, i) => {
      expect(flat(batch.get(i))).toEqual(flat(reimburse(claim as ClaimInput, PROFILE)));
    });
  });

  it('totals per payer are the exact sums of the items: 3 × the same claim = 3 × its shares', () => {
    const batch = compileScheme(PROFILE).reimburseMany([good, good, null, good]);
    const one = reimburse(good, PROFILE);
    expect(batch.totals.count).toBe(3);
    for (const p of PAYERS) expect(batch.totals.shares[p].toString()).toBe(one.shares[p].times(3).toString());
    expect(batch.totals.outOfPocket.toString()).toBe(one.outOfPocket.times(3).toString());
    expect(batch.totals.totalCost.toString()).toBe('36000.00');
  });

  it('a reform that puts the profile target out of range refuses each item as reimburse does', () => {
    const options = { overrides: { 'medical.inCountyRatioMin': '0.86' } };
    const batch = compileScheme(PROFILE, options).reimburseMany([good]);
    expect(batch.errors).toHaveLength(1);
    expect(batch.errors[0]?.error.message).toContain('targetInCountyRatio');
    expect(() => reimburse(good, PROFILE, options)).toThrow(batch.errors[0]?.error.message);
  });

  it('a scheme refuses bad options once, as reimburse does', () => {
    expect(() => compileScheme(PROFILE, { regime: 'x' } as never)).toThrow(PolicyInputError);
    expect(() => compileScheme({ ...PROFILE, name: '' })).toThrow(PolicyInputError);
  });
});

describe('reimburseYears equals reimburseYear to the fen, patient by patient', () => {
  const day = fc.integer({ min: 0, max: 364 }).map((d) => {
    const date = new Date(Date.UTC(2018, 0, 1 + d));
    return date.toISOString().slice(0, 10);
  });
  const yearArb = fc
    .array(fc.tuple(claimArb, day), { maxLength: 8 })
    .map((pairs) =>
      pairs
        .map(([c, date]): ClaimInput => ({ ...c, date }))
        .sort((a, b) => String(a.date).localeCompare(String(b.date))),
    );

  it('ceilings, caps and the yearly deductible carried claim to claim; any profile, reading and regime', () => {
    fc.assert(
      fc.property(
        profileArb,
        optionsArb,
        fc.array(yearArb, { minLength: 1, maxLength: 6 }),
        (profile, options, patients) => {
          const batch = compileScheme(profile, options).reimburseYears(patients);
          expect(batch.errors).toEqual([]);
          patients.forEach((claims, p) => {
            const expected = reimburseYear(claims, profile, options);
            const got = batch.get(p);
            expect(got.claims.map(flat)).toEqual(expected.claims.map(flat));
            expect(JSON.parse(JSON.stringify(got.totals))).toEqual(
              JSON.parse(JSON.stringify(expected.totals)),
            );
            expect(JSON.parse(JSON.stringify(got.yearToDate))).toEqual(
              JSON.parse(JSON.stringify(expected.yearToDate)),
            );
          });
          expect(batch.explain(0)).toEqual(reimburseYear(patients[0] ?? [], profile, options));
          expect(batch.totals.count).toBe(patients.flat().length);
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);

  it('a patient out of date order or across years is refused as reimburseYear refuses, and the batch goes on', () => {
    const [sample] = fc.sample(claimArb, { numRuns: 1, seed: 1 });
    const a: ClaimInput = { ...sample, date: '2018-05-01' } as ClaimInput;
    const patients = [[a], [a, { ...a, date: '2018-04-01' }], [a, { ...a, date: '2019-01-01' }], [a, a]];
    const batch = compileScheme(PROFILE).reimburseYears(patients);
    expect(batch.errors.map((e) => [e.index, e.error.issues[0]?.code])).toEqual([
      [1, 'out_of_order'],
      [2, 'different_year'],
    ]);
    expect(batch.get(3).claims).toHaveLength(2);
    expect(() => batch.get(1)).toThrow(PolicyInputError);
  });
});
