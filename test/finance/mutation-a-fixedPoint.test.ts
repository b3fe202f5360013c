/**
 * 定点帮扶 (chapter 9, section 2), step by step: every trace step of fixedPointAssistance and
 * checkDepartmentVillages in full (citations, parameters, inputs, value, zh and en), both readings of
 * finance.leaderCoverage, and the department count at the edges a reform can reach (a bound of 0 villages).
 */
import { describe, expect, it } from 'vitest';
import {
  checkDepartmentVillages,
  FINANCE_CITATIONS as C,
  fixedPointAssistance,
} from '../../src/finance/index.js';

const RULE = 'finance.fixedPointAssistance';

/** A trace step as the contract writes it: no amount, no payer. */
const step = (s: {
  citations: readonly unknown[];
  params: readonly string[];
  inputs: Record<string, unknown>;
  value: unknown;
  zh: string;
  en: string;
}) => ({
  ruleId: RULE,
  citations: s.citations,
  params: s.params,
  inputs: s.inputs,
  amount: null,
  value: s.value,
  payer: null,
  text: { zh: s.zh, en: s.en },
});

const leaderStep = (reading: 'together' | 'each', zhWho: string, enWho: string) =>
  step({
    citations: [C.leaderCounties, C.leaderVillageAndHouseholds],
    params: ['finance.leaderCounties', 'finance.leaderVillages', 'finance.leaderHouseholds'],
    inputs: { reading },
    value: 15,
    zh: `其他在职省级领导${zhWho}包保 15 个县；每人 1 个村、直接联系 5 个贫困户`,
    en: `the other provincial leaders ${enWho} cover 15 counties; each leader 1 village and 5 households contacted directly`,
  });

const departmentStep = step({
  citations: [C.departmentVillages],
  params: [
    'finance.departmentVillagesMin',
    'finance.departmentVillagesMax',
    'finance.departmentVillagesTotal',
  ],
  inputs: {},
  value: '97–194',
  zh: '194 个村，每个部门 1 个村—2 个村：需要 97 至 194 个部门',
  en: '194 villages at 1 village to 2 villages a department: 97 to 194 departments',
});

const termStep = step({
  citations: [C.fixedTerm, C.pairingUntil2020],
  params: ['finance.fixedPointYears', 'finance.pairingUntilYear'],
  inputs: {},
  value: 5,
  zh: '定点帮扶时限保持 5 年不变，结对关系保持到 2020 年',
  en: 'the assignment stays fixed for 5 years; pairings are kept until 2020',
});

describe('fixedPointAssistance: the whole trace', () => {
  it('reading together (chosen): 15 counties together, 194 villages ÷ 1–2 = 97–194 departments, 5 years, 2020', () => {
    expect(fixedPointAssistance().trace).toEqual([
      leaderStep('together', '分别（合计）', 'together'),
      departmentStep,
      termStep,
    ]);
  });

  it('reading each: every leader covers 15 counties; the other steps are unchanged', () => {
    expect(fixedPointAssistance({ readings: { leaderCoverage: 'each' } }).trace).toEqual([
      leaderStep('each', '每人', 'each'),
      departmentStep,
      termStep,
    ]);
  });
});

describe('fixedPointAssistance: departments needed under reformed village bounds', () => {
  const departments = (min: string, max: string, total: string) =>
    fixedPointAssistance({
      overrides: {
        'finance.departmentVillagesMin': min,
        'finance.departmentVillagesMax': max,
        'finance.departmentVillagesTotal': total,
      },
    });

  it.each([
    // [min, max, total, fewest, most]
    ['2', '3', '10', 4, 5], // ⌈10 / 3⌉ = 4, ⌊10 / 2⌋ = 5
    ['3', '4', '10', 3, 3], // ⌈10 / 4⌉ = 3, ⌊10 / 3⌋ = 3
    ['0', '2', '194', 97, 194], // at least 0 villages: at most one department per village, 194
    ['0', '0', '194', 0, 194], // at most 0 villages a department: none can cover a village, fewest 0
  ] as const)(
    '%s–%s villages a department, %s villages: %i to %i departments',
    (min, max, total, fewest, most) => {
      const r = departments(min, max, total);
      expect([r.departments.fewestDepartments, r.departments.mostDepartments]).toEqual([fewest, most]);
      expect(r.trace[1]?.value).toBe(`${fewest}–${most}`);
      expect(r.trace[1]?.text.zh).toBe(
        `${total} 个村，每个部门 ${min} 个村—${max} 个村：需要 ${fewest} 至 ${most} 个部门`,
      );
      expect(r.trace[1]?.text.en).toBe(
        `${total} villages at ${min} villages to ${max} villages a department: ${fewest} to ${most} departments`,
      );
    },
  );
});

describe('checkDepartmentVillages: 1—2 个村 includes both ends', () => {
  it.each([
    [0, false, '不在', 'outside'],
    [1, true, '在', 'within'],
    [2, true, '在', 'within'],
    [3, false, '不在', 'outside'],
  ] as const)('%i villages: within 1—2 is %s; the whole step', (villages, within, zhWord, enWord) => {
    expect(checkDepartmentVillages({ villages }).trace).toEqual([
      step({
        citations: [C.departmentVillages],
        params: ['finance.departmentVillagesMin', 'finance.departmentVillagesMax'],
        inputs: { villages },
        value: within,
        zh: `包保 ${villages} 个村：${zhWord} 不少于 1 个村、不超过 2 个村 之内`,
        en: `${villages === 1 ? '1 village' : `${villages} villages`}: ${enWord} not fewer than 1 village and not more than 2 villages`,
      }),
    ]);
  });

  it('a reform to 2—4 villages: 1 and 5 are outside, 2 and 4 within (不少于 and 不超过 both include)', () => {
    const reform = {
      overrides: { 'finance.departmentVillagesMin': '2', 'finance.departmentVillagesMax': '4' },
    };
    expect([1, 2, 4, 5].map((villages) => checkDepartmentVillages({ villages }, reform).withinRange)).toEqual(
      [false, true, true, false],
    );
    expect(checkDepartmentVillages({ villages: 5 }, reform).trace[0]?.text.en).toBe(
      '5 villages: outside not fewer than 2 villages and not more than 4 villages',
    );
  });
});
