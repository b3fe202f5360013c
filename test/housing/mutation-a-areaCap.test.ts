// Mutation tests (issue 15) for housing.areaCap: each trace step whole (zh, en, citations, params, inputs,
// value), and the 不超过 decision on both sides of the cap.
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { areaCapFor, checkHousePlan, HOUSING_CITATIONS as C } from '../../src/housing/index.js';

const RULE = 'housing.areaCap';
const PARAM = 'housing.areaCapPerPerson';
const STANDARD_ZH = '（标准：不超过 25 平方米/人）';

/** A step as plain data (amount as its string), to compare whole. */
function plain(step: TraceStep | undefined): unknown {
  return step === undefined ? undefined : { ...step, amount: step.amount?.toString() ?? null };
}

/** The expected cap step: `people × 25 m²`. */
function capStep(inputs: Record<string, number>, cap: string, zh: string, en: string): unknown {
  return {
    ruleId: RULE,
    citations: [C.areaCap],
    params: [PARAM],
    inputs,
    amount: null,
    value: cap,
    payer: null,
    text: { zh, en },
  };
}

describe('housing.areaCap mutation: the cap step, whole', () => {
  it.each([
    {
      name: '1 registered + 0 not: 1 × 25 = 25 m², singular “person”, nothing left out',
      people: { registeredPeople: 1 },
      reading: 'registeredMembers' as const,
      step: capStep(
        { registeredPeople: 1, nonRegisteredPeople: 0, countedPeople: 1 },
        '25',
        `住房建设面积上限：1 名建档立卡搬迁人口 × 25 平方米/人 = 25 平方米${STANDARD_ZH}。`,
        'Area cap: 1 registered person × 25 m² per person = 25 m².',
      ),
    },
    {
      name: '3 registered + 1 not under registeredMembers: 3 × 25 = 75 m²; the 1 not registered is left out',
      people: { registeredPeople: 3, nonRegisteredPeople: 1 },
      reading: 'registeredMembers' as const,
      step: capStep(
        { registeredPeople: 3, nonRegisteredPeople: 1, countedPeople: 3 },
        '75',
        `住房建设面积上限：3 名建档立卡搬迁人口 × 25 平方米/人 = 75 平方米${STANDARD_ZH}；非建档立卡成员 1 人不计入。`,
        'Area cap: 3 registered people × 25 m² per person = 75 m²; the 1 person not registered adds nothing.',
      ),
    },
    {
      name: '2 registered + 2 not under registeredMembers: 2 × 25 = 50 m²; the 2 not registered are left out (plural)',
      people: { registeredPeople: 2, nonRegisteredPeople: 2 },
      reading: 'registeredMembers' as const,
      step: capStep(
        { registeredPeople: 2, nonRegisteredPeople: 2, countedPeople: 2 },
        '50',
        `住房建设面积上限：2 名建档立卡搬迁人口 × 25 平方米/人 = 50 平方米${STANDARD_ZH}；非建档立卡成员 2 人不计入。`,
        'Area cap: 2 registered people × 25 m² per person = 50 m²; the 2 people not registered add nothing.',
      ),
    },
    {
      name: '3 registered + 2 not under allMembers: (3 + 2) × 25 = 125 m², nobody left out',
      people: { registeredPeople: 3, nonRegisteredPeople: 2 },
      reading: 'allMembers' as const,
      step: capStep(
        { registeredPeople: 3, nonRegisteredPeople: 2, countedPeople: 5 },
        '125',
        `住房建设面积上限：5 名搬迁成员（含非建档立卡成员） × 25 平方米/人 = 125 平方米${STANDARD_ZH}。`,
        'Area cap: 5 people (registered or not) × 25 m² per person = 125 m².',
      ),
    },
    {
      name: '2 registered + 0 not under allMembers: 2 × 25 = 50 m²',
      people: { registeredPeople: 2, nonRegisteredPeople: 0 },
      reading: 'allMembers' as const,
      step: capStep(
        { registeredPeople: 2, nonRegisteredPeople: 0, countedPeople: 2 },
        '50',
        `住房建设面积上限：2 名搬迁成员（含非建档立卡成员） × 25 平方米/人 = 50 平方米${STANDARD_ZH}。`,
        'Area cap: 2 people (registered or not) × 25 m² per person = 50 m².',
      ),
    },
    {
      name: '1 registered + 0 not under allMembers: 1 × 25 = 25 m², "1 person" (singular)',
      people: { registeredPeople: 1, nonRegisteredPeople: 0 },
      reading: 'allMembers' as const,
      step: capStep(
        { registeredPeople: 1, nonRegisteredPeople: 0, countedPeople: 1 },
        '25',
        `住房建设面积上限：1 名搬迁成员（含非建档立卡成员） × 25 平方米/人 = 25 平方米${STANDARD_ZH}。`,
        'Area cap: 1 person (registered or not) × 25 m² per person = 25 m².',
      ),
    },
  ])('$name', ({ people, reading, step }) => {
    const r = areaCapFor(people, { readings: { areaCapBasis: reading } });
    expect(r.trace).toHaveLength(1);
    expect(plain(r.trace[0])).toEqual(step);
  });
});

describe('housing.areaCap mutation: the comparison step, whole, on both sides of 不超过', () => {
  /** The expected comparison step. */
  function compareStep(planned: string, cap: string, compliant: boolean, zh: string, en: string): unknown {
    return {
      ruleId: RULE,
      citations: [C.areaCap],
      params: [PARAM],
      inputs: { plannedAreaM2: planned, capM2: cap },
      amount: null,
      value: compliant,
      payer: null,
      text: { zh, en },
    };
  }

  it.each([
    {
      name: '1 person, 25 m² = 1 × 25: exactly at the cap, 不超过 includes it',
      plan: { registeredPeople: 1, plannedAreaM2: '25' },
      reading: 'registeredMembers' as const,
      step: compareStep(
        '25',
        '25',
        true,
        `1 名建档立卡搬迁人口规划住房建设面积 25 平方米，未超过上限 25 平方米，恰好等于上限（不超过含本数），符合标准${STANDARD_ZH}。`,
        '25 m² for 1 registered person is not more than the cap of 1 × 25 m² per person = 25 m² (exactly at the cap: 不超过 includes it).',
      ),
    },
    {
      name: '1 person, 25.01 m² > 1 × 25: 0.01 m² over fails',
      plan: { registeredPeople: 1, plannedAreaM2: '25.01' },
      reading: 'registeredMembers' as const,
      step: compareStep(
        '25.01',
        '25',
        false,
        `1 名建档立卡搬迁人口规划住房建设面积 25.01 平方米，超过上限 25 平方米，超出 0.01 平方米，不符合标准${STANDARD_ZH}。`,
        '25.01 m² for 1 registered person exceeds the cap of 1 × 25 m² per person = 25 m² by 0.01 m².',
      ),
    },
    {
      name: '2 people, 40 m² < 2 × 25 = 50: 50 − 40 = 10 m² of headroom',
      plan: { registeredPeople: 2, plannedAreaM2: '40' },
      reading: 'registeredMembers' as const,
      step: compareStep(
        '40',
        '50',
        true,
        `2 名建档立卡搬迁人口规划住房建设面积 40 平方米，未超过上限 50 平方米，尚余 10 平方米，符合标准${STANDARD_ZH}。`,
        '40 m² for 2 registered people is not more than the cap of 2 × 25 m² per person = 50 m²; 10 m² below it.',
      ),
    },
    {
      name: '2 registered + 1 not under allMembers, 75 m² = 3 × 25: at the cap',
      plan: { registeredPeople: 2, nonRegisteredPeople: 1, plannedAreaM2: '75' },
      reading: 'allMembers' as const,
      step: compareStep(
        '75',
        '75',
        true,
        `3 名搬迁成员（含非建档立卡成员）规划住房建设面积 75 平方米，未超过上限 75 平方米，恰好等于上限（不超过含本数），符合标准${STANDARD_ZH}。`,
        '75 m² for 3 people (registered or not) is not more than the cap of 3 × 25 m² per person = 75 m² (exactly at the cap: 不超过 includes it).',
      ),
    },
    {
      name: '2 registered + 1 not under registeredMembers, 75 m² > 2 × 25 = 50: 25 m² over',
      plan: { registeredPeople: 2, nonRegisteredPeople: 1, plannedAreaM2: '75' },
      reading: 'registeredMembers' as const,
      step: compareStep(
        '75',
        '50',
        false,
        `2 名建档立卡搬迁人口规划住房建设面积 75 平方米，超过上限 50 平方米，超出 25 平方米，不符合标准${STANDARD_ZH}。`,
        '75 m² for 2 registered people exceeds the cap of 2 × 25 m² per person = 50 m² by 25 m².',
      ),
    },
  ])('$name', ({ plan, reading, step }) => {
    const r = checkHousePlan(plan, { readings: { areaCapBasis: reading } });
    expect(r.trace).toHaveLength(2);
    expect(plain(r.trace[1])).toEqual(step);
    expect(r.bound).toBe('不超过');
    expect(r.explanation).toBe((step as { text: { en: string } }).text.en);
  });

  it('a reform of 30 m² per person: 2 × 30 = 60 m², and both steps say 30, not 25', () => {
    const r = checkHousePlan({ registeredPeople: 2, plannedAreaM2: '60' }, { overrides: { [PARAM]: '30' } });
    expect(r.compliant).toBe(true);
    expect(r.trace[0]?.text).toEqual({
      zh: '住房建设面积上限：2 名建档立卡搬迁人口 × 30 平方米/人 = 60 平方米（标准：不超过 30 平方米/人）。',
      en: 'Area cap: 2 registered people × 30 m² per person = 60 m².',
    });
    expect(r.trace[1]?.text).toEqual({
      zh: '2 名建档立卡搬迁人口规划住房建设面积 60 平方米，未超过上限 60 平方米，恰好等于上限（不超过含本数），符合标准（标准：不超过 30 平方米/人）。',
      en: '60 m² for 2 registered people is not more than the cap of 2 × 30 m² per person = 60 m² (exactly at the cap: 不超过 includes it).',
    });
  });
});
