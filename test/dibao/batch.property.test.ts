import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { Money } from '../../src/core/money.js';
import { checkGradualExit, compileDibao, dibaoGapSubsidy } from '../../src/dibao/index.js';

const yuan = (min: number, max: number) =>
  fc.integer({ min, max }).map((fen) => Money.fromFen(fen).toString());
const localArb = fc.record({
  standard: yuan(1, 1_000_000),
  standardPeriod: fc.constantFrom('year' as const, 'month' as const),
});
const householdArb = fc
  .record({
    members: fc.integer({ min: 1, max: 12 }),
    income: fc.integer({ min: 0, max: 50_000_000 }),
    exemptShare: fc.integer({ min: 0, max: 100 }),
    incomePeriod: fc.constantFrom('year' as const, 'month' as const),
    asNumber: fc.boolean(),
  })
  .map((h) => {
    const exempt = Math.floor((h.income * h.exemptShare) / 100);
    const m = (f: number) => (h.asNumber ? f / 100 : Money.fromFen(f).toString());
    return {
      members: h.members,
      householdIncome: m(h.income),
      exemptIncome: m(exempt),
      incomePeriod: h.incomePeriod,
    };
  });
const exitArb = fc
  .tuple(householdArb, fc.constantFrom('ruralDibao' as const, 'disabledDibao' as const), fc.boolean())
  .map(([h, householdType, temporarilyExited]) => ({ ...h, householdType, temporarilyExited }));
const flat = (o: object) => JSON.parse(JSON.stringify(o)) as unknown;
const figures = <T extends object>(r: T, keys: readonly (keyof T)[]) =>
  flat(Object.fromEntries(keys.map((k) => [k, r[k]])));
const GAP_KEYS = [
  'belowStandard',
  'monthly',
  'annual',
  'annualStandard',
  'countedAnnualIncome',
  'perCapitaAnnualIncome',
  'members',
] as const;
const EXIT_KEYS = [
  'eligible',
  'reasons',
  'householdType',
  'months',
  'quarters',
  'perCapitaAnnualIncome',
  'annualIncomeLimit',
  'belowStandard',
] as const;

describe('compileDibao: the batch equals the single functions to the fen', () => {
  it('gapSubsidyMany = dibaoGapSubsidy on every household, both readings; totals are the exact sums', () => {
    fc.assert(
      fc.property(
        localArb,
        fc.constantFrom('annualBasis' as const, 'monthlyBasis' as const),
        fc.array(householdArb, { minLength: 1, maxLength: 30 }),
        (local, reading, households) => {
          const options = { readings: { incomeMeasure: reading } };
          const batch = compileDibao(local, options).gapSubsidyMany(households);
          expect(batch.errors).toEqual([]);
          let annual = Money.ZERO;
          households.forEach((h, i) => {
            const expected = dibaoGapSubsidy(h, local, options);
            expect(figures(batch.get(i), GAP_KEYS)).toEqual(figures(expected, GAP_KEYS));
            annual = annual.plus(expected.annual);
          });
          expect(batch.totals.annual.toString()).toBe(annual.toString());
          expect(batch.explain(0)).toEqual(
            dibaoGapSubsidy(households[0] ?? { members: 1, householdIncome: 0 }, local, options),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('checkGradualExitMany = checkGradualExit on every household, with a reform of the income limit', () => {
    fc.assert(
      fc.property(
        localArb,
        fc.constantFrom(undefined, { overrides: { 'dibao.gradualExitIncomeLimit': '150.5' } }),
        fc.array(exitArb, { minLength: 1, maxLength: 30 }),
        (local, options, households) => {
          const batch = compileDibao(local, options).checkGradualExitMany(households);
          expect(batch.errors).toEqual([]);
          households.forEach((h, i) => {
            expect(figures(batch.get(i), EXIT_KEYS)).toEqual(
              figures(checkGradualExit(h, local, options), EXIT_KEYS),
            );
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an invalid household never stops the batch: its index and today’s error', () => {
    const local = { standard: '3900' };
    const households: unknown[] = [
      { members: 3, householdIncome: '7800' },
      { members: 0, householdIncome: '1' },
      { members: 2, householdIncome: '1', exemptIncome: '2' },
      { members: 2, householdIncome: ' 7800 ' },
    ];
    const batch = compileDibao(local).gapSubsidyMany(households);
    expect(batch.errors.map((e) => e.index)).toEqual([1, 2]);
    for (const { index, error } of batch.errors) {
      expect(error).toBeInstanceOf(PolicyInputError);
      expect(() => dibaoGapSubsidy(households[index] as never, local)).toThrow(error.message);
    }
    expect(batch.get(3).monthly.toString()).toBe(
      dibaoGapSubsidy({ members: 2, householdIncome: '7800' }, local).monthly.toString(),
    );
    expect(batch.totals.count).toBe(2);
  });

  it('(3 × 3,900 − 7,800) = 3,900 a year, 325.00 a month for a household of 3', () => {
    const f = compileDibao({ standard: '3900' })
      .gapSubsidyMany([{ members: 3, householdIncome: '7800' }])
      .get(0);
    expect([f.annual.toString(), f.monthly.toString()]).toEqual(['3900.00', '325.00']);
  });
});
