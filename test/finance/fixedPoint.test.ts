/** 定点帮扶 (chapter 9, section 2): leaders, departments and the five-year term. */
import { describe, expect, it } from 'vitest';
import { checkDepartmentVillages, fixedPointAssistance } from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

describe('fixed-point assistance', () => {
  it('leaders: 15 poor counties together; each leader 1 village and 5 households', () => {
    const r = fixedPointAssistance();
    expect(r.leaders).toEqual({
      countiesCovered: 15,
      countiesPerLeader: null,
      villagesPerLeader: 1,
      householdsPerLeader: 5,
    });
    expect(r.readings).toEqual({ leaderCoverage: 'together' });
  });

  it('under the reading each, every leader covers 15 counties', () => {
    expect(fixedPointAssistance({ readings: { leaderCoverage: 'each' } }).leaders.countiesPerLeader).toBe(15);
  });

  it('departments: 194 villages at 1–2 each need ⌈194 / 2⌉ = 97 to 194 / 1 = 194 departments', () => {
    expect(fixedPointAssistance().departments).toEqual({
      villagesMin: 1,
      villagesMax: 2,
      villagesTotal: 194,
      fewestDepartments: 97,
      mostDepartments: 194,
    });
  });

  it('the term: fixed for 5 years, pairings kept until 2020; the trace in both languages', () => {
    const r = fixedPointAssistance();
    expect(r.term).toEqual({ years: 5, pairingsUntilYear: 2020 });
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '其他在职省级领导分别（合计）包保 15 个县；每人 1 个村、直接联系 5 个贫困户',
      '194 个村，每个部门 1 个村—2 个村：需要 97 至 194 个部门',
      '定点帮扶时限保持 5 年不变，结对关系保持到 2020 年',
    ]);
    expect(r.trace[2]?.text.en).toBe('the assignment stays fixed for 5 years; pairings are kept until 2020');
  });

  it.each([
    [0, false],
    [1, true],
    [2, true],
    [3, false],
  ])('a department covering %i villages is within 1—2: %s', (villages, within) => {
    const r = checkDepartmentVillages({ villages });
    expect(r.withinRange).toBe(within);
    expect(r.ruleId).toBe('finance.fixedPointAssistance');
  });

  it('refuses a count that is not a whole number ≥ 0, and input other than {}', () => {
    expect(refusal(() => checkDepartmentVillages({ villages: -1 })).path).toBe('villages');
    expect(refusal(() => checkDepartmentVillages({ villages: 1.5 })).path).toBe('villages');
    expect(refusal(() => fixedPointAssistance({ a: 1 } as never)).path).toBe('options.a');
  });
});
