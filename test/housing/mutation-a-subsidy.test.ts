// Mutation tests (issue 15) for housing.subsidyByRegisteredHeadcount: each household step and the site step
// whole (zh, en, citations, inputs, amount), singular and plural, with and without people not registered.
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { buildingSubsidy, HOUSING_CITATIONS as C, siteBuildingSubsidy } from '../../src/housing/index.js';

const RULE = 'housing.subsidyByRegisteredHeadcount';

/** A step as plain data (amount as its string), to compare whole. */
function plain(step: TraceStep | undefined): unknown {
  return step === undefined ? undefined : { ...step, amount: step.amount?.toString() ?? null };
}

/** The expected step of one household. */
function householdStep(
  rate: string,
  registeredPeople: number,
  nonRegisteredPeople: number,
  amount: string,
  zh: string,
  en: string,
): unknown {
  return {
    ruleId: RULE,
    citations: [C.subsidyByHeadcount, C.subsidyNoWideningOrNarrowing],
    params: [],
    inputs: { ratePerPerson: rate, registeredPeople, nonRegisteredPeople },
    amount,
    value: null,
    payer: null,
    text: { zh, en },
  };
}

describe('housing.subsidyByRegisteredHeadcount mutation: one household’s step, whole', () => {
  it.each([
    {
      name: '100 × 1 registered = 100.00 yuan (singular “person”, nobody left out)',
      people: { registeredPeople: 1 },
      step: householdStep(
        '100.00',
        1,
        0,
        '100.00',
        '建房补助：100.00 元/人（地方标准）× 1 名建档立卡搬迁人口 = 100.00 元。',
        'Household building subsidy: 100.00 yuan per person (local rate) × 1 registered person = 100.00 yuan.',
      ),
    },
    {
      name: '100 × 2 registered = 200.00 yuan, 0 not registered: nothing said of them',
      people: { registeredPeople: 2, nonRegisteredPeople: 0 },
      step: householdStep(
        '100.00',
        2,
        0,
        '200.00',
        '建房补助：100.00 元/人（地方标准）× 2 名建档立卡搬迁人口 = 200.00 元。',
        'Household building subsidy: 100.00 yuan per person (local rate) × 2 registered people = 200.00 yuan.',
      ),
    },
    {
      name: '100 × 1 registered = 100.00 yuan; the 1 not registered adds nothing',
      people: { registeredPeople: 1, nonRegisteredPeople: 1 },
      step: householdStep(
        '100.00',
        1,
        1,
        '100.00',
        '建房补助：100.00 元/人（地方标准）× 1 名建档立卡搬迁人口 = 100.00 元；非建档立卡人口 1 人不计入。',
        'Household building subsidy: 100.00 yuan per person (local rate) × 1 registered person = 100.00 yuan; the 1 person not registered adds nothing.',
      ),
    },
    {
      name: '100 × 3 registered = 300.00 yuan; the 2 not registered add nothing',
      people: { registeredPeople: 3, nonRegisteredPeople: 2 },
      step: householdStep(
        '100.00',
        3,
        2,
        '300.00',
        '建房补助：100.00 元/人（地方标准）× 3 名建档立卡搬迁人口 = 300.00 元；非建档立卡人口 2 人不计入。',
        'Household building subsidy: 100.00 yuan per person (local rate) × 3 registered people = 300.00 yuan; the 2 people not registered add nothing.',
      ),
    },
  ])('$name', ({ people, step }) => {
    const r = buildingSubsidy(people, { ratePerPerson: '100' });
    expect(r.trace).toHaveLength(1);
    expect(plain(r.trace[0])).toEqual(step);
  });
});

describe('housing.subsidyByRegisteredHeadcount mutation: a site’s steps, whole', () => {
  it('households [1], [2 + 1 not], [3 + 2 not] at 100: 100 × (1 + 2 + 3) = 600.00 yuan, numbered 1 to 3', () => {
    const r = siteBuildingSubsidy(
      {
        households: [
          { registeredPeople: 1 },
          { registeredPeople: 2, nonRegisteredPeople: 1 },
          { registeredPeople: 3, nonRegisteredPeople: 2 },
        ],
      },
      { ratePerPerson: '100' },
    );
    expect(r.subsidy.toString()).toBe('600.00');
    expect(r.registeredPeople).toBe(6);
    expect(r.nonRegisteredPeople).toBe(3);
    expect(r.trace.map(plain)).toEqual([
      householdStep(
        '100.00',
        1,
        0,
        '100.00',
        '第 1 户建房补助：100.00 元/人（地方标准）× 1 名建档立卡搬迁人口 = 100.00 元。',
        'Household 1: building subsidy: 100.00 yuan per person (local rate) × 1 registered person = 100.00 yuan.',
      ),
      householdStep(
        '100.00',
        2,
        1,
        '200.00',
        '第 2 户建房补助：100.00 元/人（地方标准）× 2 名建档立卡搬迁人口 = 200.00 元；非建档立卡人口 1 人不计入。',
        'Household 2: building subsidy: 100.00 yuan per person (local rate) × 2 registered people = 200.00 yuan; the 1 person not registered adds nothing.',
      ),
      householdStep(
        '100.00',
        3,
        2,
        '300.00',
        '第 3 户建房补助：100.00 元/人（地方标准）× 3 名建档立卡搬迁人口 = 300.00 元；非建档立卡人口 2 人不计入。',
        'Household 3: building subsidy: 100.00 yuan per person (local rate) × 3 registered people = 300.00 yuan; the 2 people not registered add nothing.',
      ),
      {
        ruleId: RULE,
        citations: [C.subsidyByHeadcount],
        params: [],
        inputs: { households: 3, registeredPeople: 6, nonRegisteredPeople: 3 },
        amount: '600.00',
        value: null,
        payer: null,
        text: {
          zh: '安置区建房补助合计：3 户、6 名建档立卡搬迁人口，共 600.00 元。',
          en: 'Site building subsidy: 3 households, 6 registered people, 600.00 yuan in all.',
        },
      },
    ]);
  });
});
