import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResettlementMix } from '../../src/housing/index.js';

describe('housing.concentratedShare properties', () => {
  it('the check flips exactly above 70%: compliant iff 10 × concentrated > 7 × total', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t }))),
        ([t, c]) => {
          const r = checkResettlementMix({ concentratedPeople: c, totalPeople: t });
          expect(r.compliant).toBe(10 * c > 7 * t);
          // minimumConcentratedPeople is where it flips: it complies, one fewer does not
          const m = r.minimumConcentratedPeople;
          expect(10 * m > 7 * t).toBe(true);
          expect(10 * (m - 1) > 7 * t).toBe(false);
          expect(r.shortfallPeople).toBe(Math.max(0, m - c));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('at exactly 70% (total a multiple of 10) the check fails, one more person passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (k) => {
        const t = 10 * k;
        expect(checkResettlementMix({ concentratedPeople: 7 * k, totalPeople: t }).compliant).toBe(false);
        expect(checkResettlementMix({ concentratedPeople: 7 * k + 1, totalPeople: t }).compliant).toBe(true);
      }),
    );
  });

  it('more concentrated people never turn a compliant mix non-compliant', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 100_000 })
          .chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t - 1 }))),
        ([t, c]) => {
          if (checkResettlementMix({ concentratedPeople: c, totalPeople: t }).compliant) {
            expect(checkResettlementMix({ concentratedPeople: c + 1, totalPeople: t }).compliant).toBe(true);
          }
        },
      ),
    );
  });
});
