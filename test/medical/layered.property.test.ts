/**
 * The layered cascade (src/medical/layers) returns the same figures, to the fen, as the single function it
 * replaced (kept under test/medical/reference): every reading combination, both regimes (forced, or chosen by
 * the claim's date), one claim or a year of claims carried by `reimburseYear`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  PAYERS,
  reimburse,
  reimburseYear,
  type ClaimInput,
  type ReimbursementResult,
} from '../../src/medical/index.js';
import * as ref from './reference/reimburse.js';
import { compareWithBaseline as refCompare } from './reference/compare.js';
import { reimburseYear as refYear } from './reference/year.js';
import { claimArb, deepFreeze, profileArb, readingsArb } from './support.js';

type Figures = Pick<
  ReimbursementResult,
  | 'regime'
  | 'totalCost'
  | 'inCatalogueCost'
  | 'outOfCatalogueCost'
  | 'shares'
  | 'reimbursed'
  | 'outOfPocket'
  | 'outOfPocketInCatalogue'
  | 'outOfPocketOutOfCatalogue'
  | 'ratios'
  | 'depositRequired'
> & { readonly trace: readonly { ruleId: string; payer: string | null; amount: unknown }[] };

/** The figures of a result, as strings (exact to the fen; ratios exact). */
function figures(r: Figures) {
  const s = (x: { toString(): string } | null | undefined): string =>
    x === null || x === undefined ? 'null' : x.toString();
  return {
    regime: r.regime,
    totalCost: s(r.totalCost),
    inCatalogueCost: s(r.inCatalogueCost),
    outOfCatalogueCost: s(r.outOfCatalogueCost),
    shares: PAYERS.map((p) => `${p}:${s(r.shares[p])}`).join(' '),
    reimbursed: s(r.reimbursed),
    outOfPocket: s(r.outOfPocket),
    outOfPocketInCatalogue: s(r.outOfPocketInCatalogue),
    outOfPocketOutOfCatalogue: s(r.outOfPocketOutOfCatalogue),
    ratios: [r.ratios.overall, r.ratios.inCatalogue, r.ratios.inCounty].map(s).join(' '),
    depositRequired: r.depositRequired,
    // every step that pays (or explains) an amount, in order; the no-deposit step carries no amount now
    steps: r.trace.map((t) => `${t.ruleId}/${s(t.payer)}/${t.amount === null ? '0.00' : s(t.amount)}`),
  };
}

const dateArb = fc
  .record({
    year: fc.constantFrom(2014, 2015, 2016, 2018, 2020),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const regimeArb = fc.constantFrom(undefined, 'plan' as const, 'baseline' as const);

/** The regime the reference must be told: forced, or chosen by the date (core.planEffectiveDate). */
const refRegime = (date: string, forced: 'plan' | 'baseline' | undefined) =>
  forced ?? (date < '2016-01-01' ? 'baseline' : 'plan');

const dated = (claim: ClaimInput, date: string): ClaimInput => deepFreeze({ ...claim, date });

describe('layered cascade == the single function it replaced, to the fen', () => {
  it('one claim: any claim, profile, readings and regime (forced or by date)', () => {
    fc.assert(
      fc.property(
        claimArb,
        dateArb,
        profileArb,
        readingsArb,
        regimeArb,
        (c, date, profile, readings, regime) => {
          const claim = dated(c, date);
          const options = regime === undefined ? { readings } : { readings, regime };
          const now = reimburse(claim, profile, options);
          const before = ref.reimburse(claim, profile, { readings, regime: refRegime(date, regime) });
          expect(figures(now)).toEqual(figures(before));
          expect(now.date).toBe(before.date);
          expect(now.readings).toEqual(before.readings);
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('compareWithBaseline: both sides and the difference', () => {
    fc.assert(
      fc.property(claimArb, dateArb, profileArb, readingsArb, (c, date, profile, readings) => {
        const claim = dated(c, date);
        const now = compareWithBaseline(claim, profile, { readings });
        const before = refCompare(claim, profile, { readings });
        expect(figures(now.plan)).toEqual(figures(before.plan));
        expect(figures(now.baseline)).toEqual(figures(before.baseline));
        expect(String(now.difference.outOfPocket)).toBe(String(before.difference.outOfPocket));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a year of claims carried by reimburseYear: each claim and the year to date', () => {
    const yearArb = fc
      .record({
        year: fc.constantFrom(2015, 2018),
        claims: fc.array(fc.tuple(claimArb, fc.integer({ min: 1, max: 365 })), {
          minLength: 1,
          maxLength: 6,
        }),
      })
      .map(({ year, claims }) =>
        claims
          .map(([c, day]) => {
            const d = new Date(Date.UTC(year, 0, day));
            return dated(c, d.toISOString().slice(0, 10));
          })
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      );
    fc.assert(
      fc.property(yearArb, profileArb, readingsArb, (claims, profile, readings) => {
        const now = reimburseYear(claims, profile, { readings });
        const first = String(claims[0]?.date ?? '2018-01-01');
        const before = refYear(claims, profile, { readings, regime: refRegime(first, undefined) });
        expect(now.claims.map(figures)).toEqual(before.claims.map(figures));
        expect(JSON.stringify(now.yearToDate)).toBe(JSON.stringify(before.yearToDate));
        expect(String(now.totals.outOfPocket)).toBe(String(before.totals.outOfPocket));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
