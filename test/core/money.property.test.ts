import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, yiToYuan, yuanToYi } from '../../src/core/money.js';

/** Amounts in fen, as Money, across ±10 亿元. */
const fen = fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n });
const money = fen.map((f) => Money.fromFen(f));
const weights = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
  .filter((w) => w.some((x) => x > 0));

describe('Money properties', () => {
  it('allocate: the parts sum exactly to the whole, for any amount and weights', () => {
    fc.assert(
      fc.property(money, weights, (m, w) => {
        const parts = m.allocate(w);
        expect(parts).toHaveLength(w.length);
        expect(Money.sum(parts).eq(m)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('allocate: each part is within one fen of its exact share, and zero weights get zero', () => {
    fc.assert(
      fc.property(money, weights, (m, w) => {
        const total = w.reduce((a, b) => a + b, 0);
        m.allocate(w).forEach((part, i) => {
          const exact = m
            .toFen()
            .times(w[i] ?? 0)
            .dividedBy(total);
          expect(part.toFen().minus(exact).abs().lt(1)).toBe(true);
          if (w[i] === 0) expect(part.isZero()).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('plus and minus are exact inverses; addition commutes', () => {
    fc.assert(
      fc.property(money, money, (a, b) => {
        expect(a.plus(b).minus(b).eq(a)).toBe(true);
        expect(a.plus(b).eq(b.plus(a))).toBe(true);
      }),
    );
  });

  it('times(rate) rounds half up to within half a fen of the exact product', () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 0, max: 10000 }), (m, bp) => {
        const r = (bp / 10000).toString();
        const exactFen = m.toFen().times(r);
        const diff = m.times(r).toFen().minus(exactFen).abs();
        expect(diff.lte(0.5)).toBe(true);
      }),
    );
  });

  it('JSON round trip keeps every amount exactly', () => {
    fc.assert(
      fc.property(money, (m) => {
        const back = Money.of(JSON.parse(JSON.stringify(m)) as string);
        expect(back.eq(m)).toBe(true);
      }),
    );
  });

  it('亿元 → yuan → 亿元 is the identity for 2-decimal figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        const yi = (hundredths / 100).toFixed(2);
        expect(yuanToYi(yiToYuan(yi)).eq(yi)).toBe(true);
      }),
    );
  });
});
