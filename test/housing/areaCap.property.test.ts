import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { areaCapFor, checkHousePlan } from '../../src/housing/index.js';
import { deepFreeze } from './helpers.js';

const people = fc.integer({ min: 1, max: 10_000 });
const others = fc.integer({ min: 0, max: 50 });

describe('housing.areaCap properties', () => {
  it('the cap is linear in registered people: cap(n) = 25 × n and cap(a + b) = cap(a) + cap(b)', () => {
    fc.assert(
      fc.property(people, people, (a, b) => {
        const capA = areaCapFor({ registeredPeople: a }).capM2;
        const capB = areaCapFor({ registeredPeople: b }).capM2;
        expect(capA.eq(new Dec(25).times(a))).toBe(true);
        expect(areaCapFor({ registeredPeople: a + b }).capM2.eq(capA.plus(capB))).toBe(true);
      }),
    );
  });

  it('people who are not registered never change the cap (default reading)', () => {
    fc.assert(
      fc.property(people, others, (n, m) => {
        expect(
          areaCapFor({ registeredPeople: n, nonRegisteredPeople: m }).capM2.eq(
            areaCapFor({ registeredPeople: n }).capM2,
          ),
        ).toBe(true);
      }),
    );
  });

  it('a plan at exactly the cap complies; 0.01 m² above it does not; 0.01 m² below it does', () => {
    fc.assert(
      fc.property(people, (n) => {
        const cap = new Dec(25).times(n);
        expect(checkHousePlan({ registeredPeople: n, plannedAreaM2: cap.toString() }).compliant).toBe(true);
        const over = checkHousePlan({ registeredPeople: n, plannedAreaM2: cap.plus('0.01').toString() });
        expect(over.compliant).toBe(false);
        expect(over.excessM2.toString()).toBe('0.01');
        const under = checkHousePlan({ registeredPeople: n, plannedAreaM2: cap.minus('0.01').toString() });
        expect(under.compliant).toBe(true);
        expect(under.headroomM2.toString()).toBe('0.01');
      }),
    );
  });

  it('compliant exactly when planned ≤ 25 × people, and excess − headroom = planned − cap', () => {
    fc.assert(
      fc.property(people, fc.integer({ min: 1, max: 100_000_000 }), (n, hundredths) => {
        const planned = new Dec(hundredths).dividedBy(100);
        const input = deepFreeze({ registeredPeople: n, plannedAreaM2: planned.toString() });
        const r = checkHousePlan(input);
        expect(r.compliant).toBe(planned.lte(new Dec(25).times(n)));
        expect(r.excessM2.minus(r.headroomM2).eq(planned.minus(r.capM2))).toBe(true);
        expect(r.excessM2.isNegative()).toBe(false);
        expect(r.headroomM2.isNegative()).toBe(false);
        expect(r.excessM2.isZero() || r.headroomM2.isZero()).toBe(true);
      }),
    );
  });

  it('more people never make a compliant plan non-compliant (monotone)', () => {
    fc.assert(
      fc.property(
        people,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (n, extra, area) => {
          const before = checkHousePlan({ registeredPeople: n, plannedAreaM2: area });
          const after = checkHousePlan({ registeredPeople: n + extra, plannedAreaM2: area });
          if (before.compliant) expect(after.compliant).toBe(true);
        },
      ),
    );
  });
});
