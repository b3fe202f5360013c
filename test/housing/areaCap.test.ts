import { describe, expect, it } from 'vitest';
import { areaCapFor, checkHousePlan } from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

describe('housing.areaCap: 人均住房建设面积不超过25平方米', () => {
  it.each([
    { registeredPeople: 1, cap: '25' }, // 1 × 25
    { registeredPeople: 2, cap: '50' }, // 2 × 25
    { registeredPeople: 4, cap: '100' }, // 4 × 25
    { registeredPeople: 7, cap: '175' }, // 7 × 25
  ])(
    'a household of $registeredPeople registered people may build up to $cap m²',
    ({ registeredPeople, cap }) => {
      const result = areaCapFor(deepFreeze({ registeredPeople }));
      expect(result.capM2.toString()).toBe(cap);
      expect(result.countedPeople).toBe(registeredPeople);
      expect(result.readings.areaCapBasis).toBe('registeredMembers');
    },
  );

  it('a member who is not registered adds nothing: 3 registered + 1 not = 3 × 25 = 75 m²', () => {
    expect(areaCapFor({ registeredPeople: 3, nonRegisteredPeople: 1 }).capM2.toString()).toBe('75');
  });

  it('under the allMembers reading the same household may build 4 × 25 = 100 m²', () => {
    const r = areaCapFor(
      { registeredPeople: 3, nonRegisteredPeople: 1 },
      { readings: { areaCapBasis: 'allMembers' } },
    );
    expect(r.capM2.toString()).toBe('100');
    expect(r.readings.areaCapBasis).toBe('allMembers');
  });

  it.each([
    { people: 3, area: '75', compliant: true, diff: '0', excess: '0', headroom: '0' }, // 75 − 75 = 0: 不超过 includes the cap
    { people: 3, area: '75.01', compliant: false, diff: '0.01', excess: '0.01', headroom: '0' }, // 75.01 − 75
    { people: 3, area: '80', compliant: false, diff: '5', excess: '5', headroom: '0' }, // 80 − 75
    { people: 4, area: '90', compliant: true, diff: '-10', excess: '0', headroom: '10' }, // 90 − 100
    { people: 2, area: '49.99', compliant: true, diff: '-0.01', excess: '0', headroom: '0.01' }, // 49.99 − 50
    { people: 5, area: '150.5', compliant: false, diff: '25.5', excess: '25.5', headroom: '0' }, // 150.5 − 125
  ])(
    '$area m² for $people registered people: compliant=$compliant (planned − cap = $diff m²)',
    ({ people, area, compliant, diff, excess, headroom }) => {
      const r = checkHousePlan(deepFreeze({ registeredPeople: people, plannedAreaM2: area }));
      expect(r.compliant).toBe(compliant);
      expect(r.differenceM2.toString()).toBe(diff);
      expect(r.excessM2.toString()).toBe(excess);
      expect(r.headroomM2.toString()).toBe(headroom);
      expect(r.bound).toBe('不超过');
      expect(r.citations[0]?.quote).toContain('不超过25平方米');
    },
  );

  it('areas are exact decimals: 0.1 + 0.2 style numbers are not rounded (75.000000001 m² for 3 people fails)', () => {
    const r = checkHousePlan({ registeredPeople: 3, plannedAreaM2: '75.000000001' });
    expect(r.compliant).toBe(false);
    expect(r.excessM2.toString()).toBe('0.000000001');
  });

  it('accepts numbers as well as strings for the area (75.5 m² for 3 people is 0.5 m² over)', () => {
    expect(checkHousePlan({ registeredPeople: 3, plannedAreaM2: 75.5 }).excessM2.toString()).toBe('0.5');
  });

  it('explains the result in one sentence with the arithmetic', () => {
    expect(checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' }).explanation).toBe(
      '80 m² for 3 registered people exceeds the cap of 3 × 25 m² per person = 75 m² by 5 m².',
    );
    expect(checkHousePlan({ registeredPeople: 3, plannedAreaM2: '75' }).explanation).toContain(
      'exactly at the cap',
    );
  });

  it('serializes to JSON without loss (decimals as strings)', () => {
    const json = JSON.parse(
      JSON.stringify(checkHousePlan({ registeredPeople: 3, plannedAreaM2: '75.01' })),
    ) as Record<string, unknown>;
    expect(json.plannedAreaM2).toBe('75.01');
    expect(json.capM2).toBe('75');
    expect(json.excessM2).toBe('0.01');
  });

  it('results are frozen', () => {
    expect(Object.isFrozen(checkHousePlan({ registeredPeople: 1, plannedAreaM2: 20 }))).toBe(true);
    expect(Object.isFrozen(areaCapFor({ registeredPeople: 1 }).citations)).toBe(true);
  });

  describe('bad input is a PolicyInputError naming the field', () => {
    it.each([
      { input: { registeredPeople: 0 }, path: 'registeredPeople' }, // zero people
      { input: { registeredPeople: 2.5 }, path: 'registeredPeople' }, // fractional people
      { input: { registeredPeople: -1 }, path: 'registeredPeople' },
      { input: { registeredPeople: '3' }, path: 'registeredPeople' },
      { input: { registeredPeople: 3, nonRegisteredPeople: 0.5 }, path: 'nonRegisteredPeople' },
      { input: { registeredPeople: 3, nonRegisteredPeople: -1 }, path: 'nonRegisteredPeople' },
      { input: {}, path: 'registeredPeople' },
    ])('areaCapFor($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => areaCapFor(deepFreeze(input) as never), 'housing.areaCap', path);
    });

    it.each([
      { input: { registeredPeople: 3, plannedAreaM2: '-1' }, path: 'plannedAreaM2' }, // negative area
      { input: { registeredPeople: 3, plannedAreaM2: -0.01 }, path: 'plannedAreaM2' },
      { input: { registeredPeople: 3, plannedAreaM2: 0 }, path: 'plannedAreaM2' },
      { input: { registeredPeople: 3, plannedAreaM2: 'seventy' }, path: 'plannedAreaM2' },
      { input: { registeredPeople: 3, plannedAreaM2: Number.NaN }, path: 'plannedAreaM2' },
      { input: { registeredPeople: 0, plannedAreaM2: '10' }, path: 'registeredPeople' },
      { input: { registeredPeople: 1.5, plannedAreaM2: '10' }, path: 'registeredPeople' },
    ])('checkHousePlan($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => checkHousePlan(deepFreeze(input)), 'housing.areaCap', path);
    });

    it('a misspelt field is refused, not ignored, and named by its own path', () => {
      const e = expectPolicyError(
        () => areaCapFor({ registeredPeople: 3, nonRegistered: 1 } as never),
        'housing.areaCap',
        'nonRegistered',
      );
      expect(e.message).toContain('nonRegistered');
    });

    it('an unknown reading is refused at options.readings.areaCapBasis', () => {
      expectPolicyError(
        () => areaCapFor({ registeredPeople: 3 }, { readings: { areaCapBasis: 'perRoom' as never } }),
        'housing.areaCap',
        'options.readings.areaCapBasis',
      );
    });
  });
});
