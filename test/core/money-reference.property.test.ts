import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { allocateBefore, formatBefore } from './reference/money.js';

/** Amounts in fen, small (up to ±10 yuan) or across the whole range (±10¹⁷ fen), as Money. */
const money = fc
  .oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }))
  .map((f) => Money.fromFen(f));
/** Small weights, so that equal remainders (ties) are frequent. */
const weights = fc
  .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 })
  .filter((w) => w.some((x) => x > 0));

describe('Money: today’s format and allocate give the outputs of before (issue 15 refactor)', () => {
  it('format is unchanged for any amount', () => {
    fc.assert(
      fc.property(money, (m) => {
        expect(m.format()).toBe(formatBefore(m));
      }),
      { numRuns: 2000 },
    );
  });

  it('allocate is unchanged for any amount and weights, ties included', () => {
    fc.assert(
      fc.property(money, weights, (m, w) => {
        expect(m.allocate(w).map(String)).toEqual(allocateBefore(m, w));
      }),
      { numRuns: 2000 },
    );
  });
});
