/** Invariants of the finance area, with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  ASSISTANCE_PAIRS,
  checkMicrocreditLoan,
  helpersFor,
  landQuota,
  provincialFundSchedule,
  recipientsOf,
} from '../../src/finance/index.js';
import { findRegion, NATIONAL_KEY_COUNTIES, regionById } from '../../src/regions/index.js';

const fen = fc.integer({ min: 1, max: 100_000_000 }).map((f) => (f / 100).toFixed(2));

describe('microcredit: the check flips exactly above 50,000 yuan and above 3 years', () => {
  it('an amount qualifies iff it is ≤ 50000.00 (any term within 36 months, registered)', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 1, max: 36 }), (amount, months) => {
        const r = checkMicrocreditLoan(
          deepFreeze({ amount, term: { months }, registeredPoorHousehold: true }),
        );
        expect(r.qualifies).toBe(Number(amount) <= 50000);
      }),
      { numRuns: 500 },
    );
  });

  it('a term qualifies iff it is ≤ 36 months (months or whole years), under the chosen reading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1200 }), (months) => {
        const r = checkMicrocreditLoan({ amount: '1000', term: { months }, registeredPoorHousehold: true });
        expect(r.qualifies).toBe(months <= 36);
        if (months % 12 === 0) {
          const y = checkMicrocreditLoan({
            amount: '1000',
            term: { years: months / 12 },
            registeredPoorHousehold: true,
          });
          expect(y.qualifies).toBe(r.qualifies);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the boundary itself: 50000.00 passes, 50000.01 fails; 36 months passes, 37 fails', () => {
    const at = (amount: string, months: number) =>
      checkMicrocreditLoan({ amount, term: { months }, registeredPoorHousehold: true }).qualifies;
    expect([at('50000.00', 36), at('50000.01', 36), at('50000.00', 37)]).toEqual([true, false, false]);
  });

  it('an unregistered borrower never qualifies', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 1, max: 100 }), (amount, months) => {
        expect(
          checkMicrocreditLoan({ amount, term: { months }, registeredPoorHousehold: false }).qualifies,
        ).toBe(false);
      }),
    );
  });
});

describe('fund schedule: increases every year and sums to the stated total', () => {
  it('under the plan the extras rise by 1 亿元 each year and sum to 15', () => {
    const r = provincialFundSchedule();
    for (let i = 1; i < r.years.length; i += 1) {
      expect(r.years[i]?.extraYi.minus(r.years[i - 1]?.extraYi ?? 0).toString()).toBe('1');
    }
    expect(r.years.at(-1)?.cumulativeExtraYi.toString()).toBe('15');
    expect(r.sumsToStated).toBe(true);
  });

  it('for any increase d and n years, the stacked extras sum to d × n(n + 1) / 2 and never fall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 20 }), (d, n) => {
        const r = provincialFundSchedule(undefined, {
          overrides: { 'finance.fundAnnualIncrease': d, 'finance.fundYears': n },
        });
        expect(r.years).toHaveLength(n);
        expect(r.totalExtraYi.toNumber()).toBe((d * n * (n + 1)) / 2);
        for (let i = 1; i < n; i += 1)
          expect(r.years[i]?.extraYi.gte(r.years[i - 1]?.extraYi ?? 0)).toBe(true);
        expect(r.years.at(-1)?.cumulativeExtraYi.eq(r.totalExtraYi)).toBe(true);
      }),
    );
  });
});

describe('land quota: 600 mu × key counties × years', () => {
  it('the province’s quota is the sum of its key counties’ quotas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (years) => {
        const total = NATIONAL_KEY_COUNTIES.reduce(
          (s, c) => s + landQuota({ place: c.id, years }).totalMu.toNumber(),
          0,
        );
        expect(landQuota({ place: '吉林省', years }).totalMu.toNumber()).toBe(total);
        expect(total).toBe(600 * 8 * years);
      }),
      { numRuns: 30 },
    );
  });
});

describe('pairs: both ends resolve in the region registry; each lookup is the inverse of the other', () => {
  it.each(ASSISTANCE_PAIRS.map((p) => [p.helper, p.recipient, p] as const))('%s → %s', (_h, _r, p) => {
    expect(regionById(p.helperId).name).toBe(p.helper);
    expect(regionById(p.recipientId).name).toBe(p.recipient);
    expect(findRegion(p.helperId).id).toBe(p.helperId);
    expect(recipientsOf(p.helperId).map((r) => r.id)).toContain(p.recipientId);
    expect(helpersFor(p.recipientId).map((h) => h.id)).toContain(p.helperId);
  });

  it('helpersFor(r) contains h iff recipientsOf(h) contains r, over every pair of ends', () => {
    const helpers = [...new Set(ASSISTANCE_PAIRS.map((p) => p.helperId))];
    const recipients = [...new Set(ASSISTANCE_PAIRS.map((p) => p.recipientId))];
    fc.assert(
      fc.property(fc.constantFrom(...helpers), fc.constantFrom(...recipients), (h, r) => {
        const forward = recipientsOf(h).some((x) => x.id === r);
        const backward = helpersFor(r).some((x) => x.id === h);
        expect(forward).toBe(backward);
        expect(forward).toBe(ASSISTANCE_PAIRS.some((p) => p.helperId === h && p.recipientId === r));
      }),
      { numRuns: 200 },
    );
  });
});
