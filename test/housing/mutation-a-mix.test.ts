// Mutation tests (issue 15) for housing.concentratedShare: both trace steps whole (zh, en, citations, params,
// inputs, value), each reading, and 超过 on both sides of 70%.
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { checkResettlementMix, HOUSING_CITATIONS as C } from '../../src/housing/index.js';

const RULE = 'housing.concentratedShare';
const PARAM = 'housing.concentratedShareFloor';

/** A step as plain data (amount as its string), to compare whole. */
function plain(step: TraceStep | undefined): unknown {
  return step === undefined ? undefined : { ...step, amount: step.amount?.toString() ?? null };
}

/** The expected counting step. */
function countStep(registered: [number, number], counted: string, zh: string, en: string): unknown {
  return {
    ruleId: RULE,
    citations: [C.concentratedOver70],
    params: [],
    inputs: { concentratedPeople: registered[0], totalPeople: registered[1] },
    amount: null,
    value: counted,
    payer: null,
    text: { zh, en },
  };
}

/** The expected share step. */
function shareStep(
  counts: [number, number],
  share: string,
  compliant: boolean,
  zh: string,
  en: string,
): unknown {
  return {
    ruleId: RULE,
    citations: [C.concentratedOver70, C.concentratedMain],
    params: [PARAM],
    inputs: { concentratedPeople: counts[0], totalPeople: counts[1], share },
    amount: null,
    value: compliant,
    payer: null,
    text: { zh, en },
  };
}

const NOT_REGISTERED = { concentratedPeople: 5, totalPeople: 6 };

describe('housing.concentratedShare mutation: the counting step under each reading', () => {
  it.each([
    {
      name: 'registeredPeople reading: 70 of 100, the 5 of 6 not registered left out',
      reading: 'registeredPeople' as const,
      nonRegistered: NOT_REGISTERED,
      step: countStep(
        [70, 100],
        '70/100',
        '按建档立卡搬迁人口计：集中安置 70 人，安置总数 100 人。',
        'Counting registered relocating people: 70 concentrated of 100 resettled.',
      ),
    },
    {
      name: 'allRelocatedPeople reading: 70 + 5 = 75 of 100 + 6 = 106',
      reading: 'allRelocatedPeople' as const,
      nonRegistered: NOT_REGISTERED,
      step: countStep(
        [70, 100],
        '75/106',
        '按全部搬迁人口计（含非建档立卡人口）：集中安置 75 人，安置总数 106 人。',
        'Counting everyone resettled (registered or not): 75 concentrated of 106 resettled.',
      ),
    },
    {
      name: 'allRelocatedPeople reading with nobody else listed: the registered 70 of 100',
      reading: 'allRelocatedPeople' as const,
      nonRegistered: undefined,
      step: countStep(
        [70, 100],
        '70/100',
        '按建档立卡搬迁人口计：集中安置 70 人，安置总数 100 人。',
        'Counting registered relocating people: 70 concentrated of 100 resettled.',
      ),
    },
  ])('$name', ({ reading, nonRegistered, step }) => {
    const mix =
      nonRegistered === undefined
        ? { concentratedPeople: 70, totalPeople: 100 }
        : { concentratedPeople: 70, totalPeople: 100, nonRegistered };
    const r = checkResettlementMix(mix, { readings: { concentratedShareBase: reading } });
    expect(r.trace).toHaveLength(2);
    expect(plain(r.trace[0])).toEqual(step);
  });
});

describe('housing.concentratedShare mutation: the share step, 超过 70% on both sides', () => {
  it.each([
    {
      name: '70 of 100 = 70% is not more than 70%: at least 70 + 1 = 71 needed (1 more)',
      mix: { concentratedPeople: 70, totalPeople: 100 },
      reading: 'registeredPeople' as const,
      step: shareStep(
        [70, 100],
        '0.7',
        false,
        '集中安置 70 人，占 100 人的 70%，未超过 70%；至少需 71 人（尚差 1 人）。',
        '70 of 100 people (70%) are resettled in concentrated sites: not more than 70%; at least 71 are needed (1 more).',
      ),
    },
    {
      name: '71 of 100 = 71% is more than 70%',
      mix: { concentratedPeople: 71, totalPeople: 100 },
      reading: 'registeredPeople' as const,
      step: shareStep(
        [71, 100],
        '0.71',
        true,
        '集中安置 71 人，占 100 人的 71%，超过 70%，符合要求。',
        '71 of 100 people (71%) are resettled in concentrated sites: more than 70%.',
      ),
    },
    {
      name: '(70 + 5) of (100 + 6) = 70.7547% under allRelocatedPeople is more than 70%',
      mix: { concentratedPeople: 70, totalPeople: 100, nonRegistered: NOT_REGISTERED },
      reading: 'allRelocatedPeople' as const,
      step: shareStep(
        [75, 106],
        '0.70754716981132075471698113207547169811320754716981',
        true,
        '集中安置 75 人，占 106 人的 70.7547%，超过 70%，符合要求。',
        '75 of 106 people (70.7547%) are resettled in concentrated sites: more than 70%.',
      ),
    },
  ])('$name', ({ mix, reading, step }) => {
    const r = checkResettlementMix(mix, { readings: { concentratedShareBase: reading } });
    expect(plain(r.trace[1])).toEqual(step);
    expect(r.bound).toBe('超过');
    expect(r.explanation).toBe((step as { text: { en: string } }).text.en);
  });
});
