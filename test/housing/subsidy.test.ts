import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import {
  buildingSubsidy,
  ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON,
  siteBuildingSubsidy,
} from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const RULE = 'housing.subsidyByRegisteredHeadcount';

describe('housing.subsidyByRegisteredHeadcount: 以建档立卡搬迁户人口数量为依据进行核算和补助', () => {
  it.each([
    { rate: '20000', registered: 1, others: 0, subsidy: '20000.00' }, // 20,000 × 1
    { rate: '20000', registered: 3, others: 1, subsidy: '60000.00' }, // 20,000 × 3; the 1 not registered adds nothing
    { rate: '12345.67', registered: 4, others: 0, subsidy: '49382.68' }, // 12,345.67 × 4
    { rate: '0.01', registered: 7, others: 3, subsidy: '0.07' }, // 0.01 × 7
    { rate: '0', registered: 5, others: 0, subsidy: '0.00' }, // a zero local rate pays nothing
  ])(
    'rate $rate yuan × $registered registered people (+$others not registered) = $subsidy yuan',
    ({ rate, registered, others, subsidy }) => {
      const r = buildingSubsidy(
        deepFreeze({ registeredPeople: registered, nonRegisteredPeople: others }),
        deepFreeze({ ratePerPerson: rate }),
      );
      expect(r.subsidy.toString()).toBe(subsidy);
      expect(r.registeredPeople).toBe(registered);
      expect(r.nonRegisteredPeople).toBe(others);
    },
  );

  it('quotes “不得变相扩大或缩小补助范围” (no widening or narrowing of who counts)', () => {
    const quotes = buildingSubsidy({ registeredPeople: 1 }, { ratePerPerson: '1' }).citations.map(
      (c) => c.quote,
    );
    expect(quotes).toContain('不得变相扩大或缩小补助范围');
    expect(quotes).toContain('以建档立卡搬迁户人口数量为依据进行核算和补助');
  });

  it('a site of households [3 registered] and [2 registered + 2 not] gets 20,000 × (3 + 2) = 100,000.00 yuan', () => {
    const r = siteBuildingSubsidy(
      deepFreeze({
        households: [{ registeredPeople: 3 }, { registeredPeople: 2, nonRegisteredPeople: 2 }],
      }),
      { ratePerPerson: '20000' },
    );
    expect(r.subsidy.toString()).toBe('100000.00');
    expect(r.registeredPeople).toBe(5);
    expect(r.nonRegisteredPeople).toBe(2);
    expect(r.households.map((h) => h.subsidy.toString())).toEqual(['60000.00', '40000.00']);
  });

  it('accepts a Money rate, and the illustrative rate is 20,000.00 yuan (not from the plan)', () => {
    expect(ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON.toString()).toBe('20000.00');
    expect(
      buildingSubsidy({ registeredPeople: 2 }, { ratePerPerson: Money.of('1500.50') }).subsidy.toString(),
    ).toBe('3001.00'); // 1,500.50 × 2
  });

  it('serializes the subsidy as a string of yuan', () => {
    expect(
      JSON.parse(JSON.stringify(buildingSubsidy({ registeredPeople: 2 }, { ratePerPerson: '10' }))),
    ).toMatchObject({
      subsidy: '20.00',
      ratePerPerson: '10.00',
    });
  });

  describe('bad input', () => {
    it.each([
      { input: { registeredPeople: 0 }, local: { ratePerPerson: '20000' }, path: 'registeredPeople' },
      { input: { registeredPeople: 1.5 }, local: { ratePerPerson: '20000' }, path: 'registeredPeople' },
      { input: { registeredPeople: 2 }, local: { ratePerPerson: '-1' }, path: 'local.ratePerPerson' },
      { input: { registeredPeople: 2 }, local: { ratePerPerson: '10.001' }, path: 'local.ratePerPerson' },
      {
        input: { registeredPeople: 2, nonRegisteredPeople: -2 },
        local: { ratePerPerson: '10' },
        path: 'nonRegisteredPeople',
      },
      { input: { registeredPeople: 2 }, local: {}, path: 'local.ratePerPerson' },
      { input: { registeredPeople: 2 }, local: undefined, path: 'local' },
      // the 0.1 shape (the rate inside the household) is refused, naming the stray field
      {
        input: { ratePerPerson: '10', registeredPeople: 2 },
        local: { ratePerPerson: '10' },
        path: 'ratePerPerson',
      },
    ])('buildingSubsidy($input, $local) → path $path', ({ input, local, path }) => {
      expectPolicyError(() => buildingSubsidy(deepFreeze(input), deepFreeze(local) as never), RULE, path);
    });

    it.each([
      { input: { households: [] }, path: 'households' },
      {
        input: { households: [{ registeredPeople: 2 }, { registeredPeople: 0 }] },
        path: 'households[1].registeredPeople',
      },
      {
        input: { households: [{ registeredPeople: 2.5 }] },
        path: 'households[0].registeredPeople',
      },
    ])('siteBuildingSubsidy($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => siteBuildingSubsidy(deepFreeze(input), { ratePerPerson: '10' }), RULE, path);
    });

    it('siteBuildingSubsidy refuses a missing or negative rate at local.ratePerPerson', () => {
      expectPolicyError(
        () => siteBuildingSubsidy({ households: [{ registeredPeople: 1 }] }, { ratePerPerson: '-5' }),
        RULE,
        'local.ratePerPerson',
      );
    });
  });
});
