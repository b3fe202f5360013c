import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { buildingSubsidy, siteBuildingSubsidy } from '../../src/housing/index.js';
import { deepFreeze } from './helpers.js';

const fen = fc.integer({ min: 0, max: 10_000_000 }); // up to 100,000.00 yuan per person
const people = fc.integer({ min: 1, max: 10_000 });
const others = fc.integer({ min: 0, max: 1_000 });

describe('housing.subsidyByRegisteredHeadcount properties', () => {
  it('the subsidy is linear in registered headcount: s(a + b) = s(a) + s(b), s(n) = rate × n exactly', () => {
    fc.assert(
      fc.property(fen, people, people, (f, a, b) => {
        const rate = Money.fromFen(f);
        const s = (n: number) => buildingSubsidy({ registeredPeople: n }, { ratePerPerson: rate }).subsidy;
        expect(s(a + b).eq(s(a).plus(s(b)))).toBe(true);
        expect(s(a).toFen().eq(rate.toFen().times(a))).toBe(true);
      }),
    );
  });

  it('people who are not registered add nothing', () => {
    fc.assert(
      fc.property(fen, people, others, (f, n, m) => {
        const rate = Money.fromFen(f);
        expect(
          buildingSubsidy(
            { registeredPeople: n, nonRegisteredPeople: m },
            { ratePerPerson: rate },
          ).subsidy.eq(buildingSubsidy({ registeredPeople: n }, { ratePerPerson: rate }).subsidy),
        ).toBe(true);
      }),
    );
  });

  it('a site’s subsidy is the sum of its households’ and equals rate × its registered people', () => {
    fc.assert(
      fc.property(
        fen,
        fc.array(fc.record({ registeredPeople: people, nonRegisteredPeople: others }), {
          minLength: 1,
          maxLength: 20,
        }),
        (f, households) => {
          const rate = Money.fromFen(f);
          const site = siteBuildingSubsidy(deepFreeze({ households }), { ratePerPerson: rate });
          const total = households.reduce((n, h) => n + h.registeredPeople, 0);
          expect(
            site.subsidy.eq(
              Money.sum(households.map((h) => buildingSubsidy(h, { ratePerPerson: rate }).subsidy)),
            ),
          ).toBe(true);
          expect(site.subsidy.eq(rate.times(total))).toBe(true);
          expect(site.registeredPeople).toBe(total);
        },
      ),
    );
  });
});
