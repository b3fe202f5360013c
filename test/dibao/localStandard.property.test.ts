/** A table of local Dibao standards gives back what was entered, with a monthly standard × 12 as its year. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { defineDibaoStandards } from '../../src/dibao/index.js';

describe('dibao.localStandard', () => {
  it('standardFor returns the entered amount; the annual amount is × 12 for a monthly one, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('month', 'year'),
        fc.integer({ min: 2016, max: 2020 }),
        (fen, period, year) => {
          const amount = new Dec(fen).div(100).toFixed(2);
          const table = defineDibaoStandards([{ region: '长白县', year, amount, period }]);
          const s = table.standardFor('长白县', year);
          expect(s.amount.toString()).toBe(amount);
          const annual = period === 'month' ? new Dec(amount).times(12) : new Dec(amount);
          expect(s.annualAmount.toString()).toBe(annual.toFixed(2));
        },
      ),
      { numRuns: 200 },
    );
  });
});
