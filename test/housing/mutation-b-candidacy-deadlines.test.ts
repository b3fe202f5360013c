/**
 * Whole trace steps of the candidacy and deadline rules (zh and en text, citations, params, inputs, value), each
 * decision on both sides of its boundary, and the refusals of the resettlement-mix schema (issue 15).
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { HOUSING_CITATIONS as C } from '../../src/housing/citations.js';
import {
  assessRelocationCandidacy,
  checkDangerousHouseDeadline,
  checkRelocationDeadline,
  checkResettlementMix,
} from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const only = <T>(trace: readonly T[], i: number): T => {
  const step = trace[i];
  if (step === undefined) throw new Error(`no step ${i}`);
  return step;
};

/** The parts of a step a user reads, for one toEqual. */
const seen = (s: TraceStep) => ({
  ruleId: s.ruleId,
  citations: s.citations,
  params: s.params,
  inputs: s.inputs,
  value: s.value,
  zh: s.text.zh,
  en: s.text.en,
});

const OPEN = { readings: { candidacyConditions: 'listedOrLocalFinding' } } as const;

describe('housing.relocationCandidacy: the decision step, whole', () => {
  it.each([
    {
      name: 'not registered, disasters hold: never a candidate (搬迁对象仅限建档立卡贫困人口)',
      input: { registeredPoor: false, conditions: { frequentNaturalDisasters: true } },
      options: undefined,
      candidate: false,
      met: ['frequentNaturalDisasters'],
      citations: [C.candidacyBasis, C.conditionDisasters, C.principles],
      zh: '非建档立卡贫困人口：搬迁对象仅限建档立卡贫困人口。',
      en: 'Not a registered poor person: relocation candidates are registered poor people only.',
    },
    {
      name: 'not registered, no condition: not a candidate, the same refusal',
      input: { registeredPoor: false, conditions: {} },
      options: undefined,
      candidate: false,
      met: [],
      citations: [C.candidacyBasis, C.principles],
      zh: '非建档立卡贫困人口：搬迁对象仅限建档立卡贫困人口。',
      en: 'Not a registered poor person: relocation candidates are registered poor people only.',
    },
    {
      name: 'registered, no condition (anyListedCondition): 0 conditions, not a candidate',
      input: { registeredPoor: true, conditions: { farFromTownsAndTrunkRoads: false } },
      options: undefined,
      candidate: false,
      met: [],
      citations: [C.candidacyBasis, C.principles],
      zh: '建档立卡贫困人口，但居住地不符合所列任何条件。',
      en: 'Registered poor, but none of the listed conditions holds where the person lives.',
    },
    {
      name: 'registered, only a local finding (anyListedCondition): the finding does not count',
      input: { registeredPoor: true, conditions: { otherLocalFinding: true } },
      options: undefined,
      candidate: false,
      met: [],
      citations: [C.candidacyBasis, C.principles],
      zh: '建档立卡贫困人口，但居住地不符合所列任何条件。',
      en: 'Registered poor, but none of the listed conditions holds where the person lives.',
    },
    {
      name: 'registered, no condition (listedOrLocalFinding): the local-finding wording',
      input: { registeredPoor: true, conditions: { otherLocalFinding: false } },
      options: OPEN,
      candidate: false,
      met: [],
      citations: [C.candidacyBasis, C.principles],
      zh: '建档立卡贫困人口，但所列条件及地方认定均不表明当地“一方水土养不起一方人”。',
      en: 'Registered poor, but neither a listed condition nor a local finding says the place cannot support its people.',
    },
    {
      name: 'registered, 1 condition: a candidate, “a condition holds”',
      input: { registeredPoor: true, conditions: { smallHighIncidenceHighCostVillage: true } },
      options: undefined,
      candidate: true,
      met: ['smallHighIncidenceHighCostVillage'],
      citations: [C.candidacyBasis, C.conditionSmallPoorVillage, C.principles],
      zh: '建档立卡贫困人口，居住地符合：村屯人口规模较小、贫困发生率较高、扶贫成本大。属搬迁对象；是否搬迁遵循农户自愿。',
      en: 'Registered poor, living where a condition holds: smallHighIncidenceHighCostVillage. A candidate; moving is voluntary (农户自愿).',
    },
    {
      name: 'registered, 2 conditions: a candidate, “conditions hold”, each cited in the plan’s order',
      input: {
        registeredPoor: true,
        conditions: { farFromTownsAndTrunkRoads: true, poorLivingOrFragileEcology: true },
      },
      options: undefined,
      candidate: true,
      met: ['poorLivingOrFragileEcology', 'farFromTownsAndTrunkRoads'],
      citations: [C.candidacyBasis, C.conditionPoorEnvironment, C.conditionRemote, C.principles],
      zh: '建档立卡贫困人口，居住地符合：生存环境差、生态环境脆弱、不具备基本生产生活条件；距城镇和交通干道较远、基础设施和公共服务设施难以延伸。属搬迁对象；是否搬迁遵循农户自愿。',
      en: 'Registered poor, living where conditions hold: poorLivingOrFragileEcology, farFromTownsAndTrunkRoads. A candidate; moving is voluntary (农户自愿).',
    },
    {
      name: 'registered, disasters and a local finding (listedOrLocalFinding): both count, their shared clause cited once',
      input: {
        registeredPoor: true,
        conditions: { otherLocalFinding: true, frequentNaturalDisasters: true },
      },
      options: OPEN,
      candidate: true,
      met: ['frequentNaturalDisasters', 'otherLocalFinding'],
      citations: [C.candidacyBasis, C.conditionDisasters, C.principles],
      zh: '建档立卡贫困人口，居住地符合：自然灾害多发；“一方水土养不起一方人”。属搬迁对象；是否搬迁遵循农户自愿。',
      en: 'Registered poor, living where conditions hold: frequentNaturalDisasters, otherLocalFinding. A candidate; moving is voluntary (农户自愿).',
    },
  ])('$name', ({ input, options, candidate, met, citations, zh, en }) => {
    const r = assessRelocationCandidacy(deepFreeze(input), options);
    expect(r.candidate).toBe(candidate);
    expect(r.registeredPoor).toBe(input.registeredPoor);
    expect(r.conditionsMet).toEqual(met);
    expect(r.explanation).toBe(en);
    expect(r.trace).toHaveLength(1);
    expect(seen(only(r.trace, 0))).toEqual({
      ruleId: 'housing.relocationCandidacy',
      citations,
      params: [],
      inputs: { registeredPoor: input.registeredPoor, conditionsMet: met.join(',') },
      value: candidate,
      zh,
      en,
    });
  });
});

const RELOCATION_STATUS_CITES = [C.relocationBy2018, C.table1Relocation];
const HOUSES_STATUS_CITES = [C.dangerousHousesBy2017, C.table1DangerousHouses];

describe('housing.relocationDeadline: the deadline step and the status step, whole', () => {
  it('the deadline step (endOf2018): 2018-12-31 read from housing.relocationDeadline, that day included', () => {
    const r = checkRelocationDeadline({ date: '2018-06-30' });
    expect(seen(only(r.trace, 0))).toEqual({
      ruleId: 'housing.relocationDeadline',
      citations: [C.relocationBy2018],
      params: ['housing.relocationDeadline'],
      inputs: {},
      value: '2018-12-31',
      zh: '易地搬迁脱贫工作完成期限：2018-12-31（含当日）。',
      en: 'The deadline for relocation: 2018-12-31 (that day included).',
    });
  });

  it('the deadline step (startOf2018): the last day of the year before 2018-12-31 is 2017-12-31', () => {
    const r = checkRelocationDeadline(
      { date: '2017-12-31' },
      { readings: { relocationBy2018: 'startOf2018' } },
    );
    expect(seen(only(r.trace, 0))).toEqual({
      ruleId: 'housing.relocationDeadline',
      citations: [C.relocationBy2018],
      params: ['housing.relocationDeadline'],
      inputs: {},
      value: '2017-12-31',
      zh: '按“该年开始前”理解（期限参数 2018-12-31 所在年份之前）：易地搬迁脱贫工作完成期限为 2017-12-31（含当日）。',
      en: "Read as before the deadline's year begins (parameter 2018-12-31): the deadline for relocation is 2017-12-31 (that day included).",
    });
    expect(r.status).toBe('deadlineDay');
  });

  it('a reform of the deadline to 2019-06-30 moves both readings and their texts (startOf2018 → 2018-12-31)', () => {
    const overrides = { 'housing.relocationDeadline': '2019-06-30' };
    const end = checkRelocationDeadline({ date: '2019-06-30' }, { overrides });
    expect(only(end.trace, 0).text.zh).toBe('易地搬迁脱贫工作完成期限：2019-06-30（含当日）。');
    expect(only(end.trace, 0).text.en).toBe('The deadline for relocation: 2019-06-30 (that day included).');
    expect(end.status).toBe('deadlineDay');
    const start = checkRelocationDeadline(
      { date: '2019-01-01' },
      { overrides, readings: { relocationBy2018: 'startOf2018' } },
    );
    expect(start.deadline).toBe('2018-12-31');
    expect(only(start.trace, 0).text.zh).toBe(
      '按“该年开始前”理解（期限参数 2019-06-30 所在年份之前）：易地搬迁脱贫工作完成期限为 2018-12-31（含当日）。',
    );
    expect(only(start.trace, 0).text.en).toBe(
      "Read as before the deadline's year begins (parameter 2019-06-30): the deadline for relocation is 2018-12-31 (that day included).",
    );
    expect(start.pastDeadline).toBe(true); // 2019-01-01 is 1 day after 2018-12-31
  });

  it.each([
    {
      date: '2018-12-30', // 1 day before the deadline
      status: 'beforeDeadline',
      zh: '2018-12-30：易地搬迁脱贫工作尚未到期，距期限 2018-12-31 还有 1 天。',
      en: 'On 2018-12-30, relocation is not yet due: 1 day(s) remain until 2018-12-31.',
    },
    {
      date: '2018-12-31', // the deadline day itself, included
      status: 'deadlineDay',
      zh: '2018-12-31：易地搬迁脱贫工作今日到期，2018-12-31 是最后一天（含当日）。',
      en: 'On 2018-12-31, relocation is due: today, 2018-12-31, is the last day.',
    },
    {
      date: '2019-01-01', // 1 day after
      status: 'pastDeadline',
      zh: '2019-01-01：易地搬迁脱贫工作应于 2018-12-31 前完成，已过期 1 天；未完成即逾期。',
      en: 'On 2019-01-01, relocation was due by 2018-12-31, 1 day(s) ago; unfinished work is overdue.',
    },
  ])('on $date the status step says $status', ({ date, status, zh, en }) => {
    const r = checkRelocationDeadline({ date });
    expect(r.trace).toHaveLength(2);
    expect(seen(only(r.trace, 1))).toEqual({
      ruleId: 'housing.relocationDeadline',
      citations: RELOCATION_STATUS_CITES,
      params: [],
      inputs: { date, deadline: '2018-12-31' },
      value: status,
      zh,
      en,
    });
    expect(r.explanation).toBe(en);
  });
});

describe('housing.dangerousHouseDeadline: the deadline step and the status step, whole', () => {
  it.each([
    {
      date: '2017-12-29', // 2 days before
      status: 'beforeDeadline',
      zh: '2017-12-29：建档立卡贫困户存量危房改造尚未到期，距期限 2017-12-31 还有 2 天。',
      en: 'On 2017-12-29, dangerous-house renovation is not yet due: 2 day(s) remain until 2017-12-31.',
    },
    {
      date: '2017-12-31',
      status: 'deadlineDay',
      zh: '2017-12-31：建档立卡贫困户存量危房改造今日到期，2017-12-31 是最后一天（含当日）。',
      en: 'On 2017-12-31, dangerous-house renovation is due: today, 2017-12-31, is the last day.',
    },
    {
      date: '2018-01-02', // 2 days after
      status: 'pastDeadline',
      zh: '2018-01-02：建档立卡贫困户存量危房改造应于 2017-12-31 前完成，已过期 2 天；未完成即逾期。',
      en: 'On 2018-01-02, dangerous-house renovation was due by 2017-12-31, 2 day(s) ago; unfinished work is overdue.',
    },
  ])('on $date: $status', ({ date, status, zh, en }) => {
    const r = checkDangerousHouseDeadline({ date });
    expect(r.trace.map(seen)).toEqual([
      {
        ruleId: 'housing.dangerousHouseDeadline',
        citations: [C.dangerousHousesBy2017],
        params: ['housing.dangerousHouseDeadline'],
        inputs: {},
        value: '2017-12-31',
        zh: '建档立卡贫困户存量危房改造完成期限：2017-12-31（含当日）。',
        en: 'The deadline for dangerous-house renovation: 2017-12-31 (that day included).',
      },
      {
        ruleId: 'housing.dangerousHouseDeadline',
        citations: HOUSES_STATUS_CITES,
        params: [],
        inputs: { date, deadline: '2017-12-31' },
        value: status,
        zh,
        en,
      },
    ]);
  });
});

describe('resettlementMixInputSchema: concentrated people cannot exceed the total', () => {
  const RULE = 'housing.concentratedShare';

  it('10 of 10 (equal) is accepted; 11 of 10 is refused with the total named', () => {
    expect(checkResettlementMix({ concentratedPeople: 10, totalPeople: 10 }).compliant).toBe(true);
    const e = expectPolicyError(
      () => checkResettlementMix(deepFreeze({ concentratedPeople: 11, totalPeople: 10 })),
      RULE,
      'concentratedPeople',
    );
    expect(e.issues).toEqual([
      {
        path: 'concentratedPeople',
        value: 11,
        message: 'must not be more than totalPeople (10)',
        code: 'custom',
      },
    ]);
    expect(e.message).toBe(
      '[housing.concentratedShare] concentratedPeople = 11: must not be more than totalPeople (10)',
    );
  });

  it('others: 2 of 2 accepted; 3 of 2 refused at nonRegistered.concentratedPeople', () => {
    expect(
      checkResettlementMix({
        concentratedPeople: 8,
        totalPeople: 10,
        nonRegistered: { concentratedPeople: 2, totalPeople: 2 },
      }).compliant,
    ).toBe(true);
    const e = expectPolicyError(
      () =>
        checkResettlementMix(
          deepFreeze({
            concentratedPeople: 8,
            totalPeople: 10,
            nonRegistered: { concentratedPeople: 3, totalPeople: 2 },
          }),
        ),
      RULE,
      'nonRegistered.concentratedPeople',
    );
    expect(e.issues).toEqual([
      {
        path: 'nonRegistered.concentratedPeople',
        value: 3,
        message: 'must not be more than nonRegistered.totalPeople (2)',
        code: 'custom',
      },
    ]);
  });
});
