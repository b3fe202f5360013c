/** Reforms: each parameter changed through options.overrides changes the results AND the trace (no stale literal). */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { compareReform } from '../../src/core/reform.js';
import {
  assistancePairs,
  auditAllocations,
  checkDepartmentVillages,
  checkMicrocreditLoan,
  FINANCE_PARAMS,
  fixedPointAssistance,
  landQuota,
  programmeAllocations,
  provincialFundSchedule,
} from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const texts = (r: { trace: readonly { text: { zh: string; en: string } }[] }) =>
  r.trace.map((s) => `${s.text.zh}|${s.text.en}`).join('\n');

describe('reforms through options.overrides', () => {
  it('a microcredit limit of 10万元: 80,000 yuan now qualifies, and the trace says 100000 元', () => {
    const c = compareReform(
      (o) => checkMicrocreditLoan({ amount: '80000', term: { years: 3 }, registeredPoorHousehold: true }, o),
      { name: 'limit 10万元', overrides: { 'finance.microcreditLimit': '100000' } },
    );
    expect([c.plan.qualifies, c.reform.qualifies]).toEqual([false, true]);
    expect(c.reform.trace[0]?.text.zh).toBe('贷款 80000.00 元在 100000 元以下（含本数）');
    expect(c.reform.params.find((p) => p.id === 'finance.microcreditLimit')?.source).toBe('override');
  });

  it('a 5-year term limit: 48 months now qualifies; the trace says 5 年 (60 个月)', () => {
    const r = checkMicrocreditLoan(
      { amount: '1000', term: { months: 48 }, registeredPoorHousehold: true },
      { overrides: { 'finance.microcreditTermYears': 5 } },
    );
    expect(r.qualifies).toBe(true);
    expect(r.trace[1]?.text.zh).toBe('期限 48 个月在 5 年（60 个月）以内（含本数）');
  });

  it('the fund at +2 亿元 from 2017 for 4 years: 2 + 4 + 6 + 8 = 20, not the stated 15', () => {
    const r = provincialFundSchedule(
      { year: 2020 },
      {
        overrides: {
          'finance.fundAnnualIncrease': '2',
          'finance.fundStartYear': 2017,
          'finance.fundYears': 4,
        },
      },
    );
    expect(r.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020]);
    expect([r.totalExtraYi.toString(), r.sumsToStated]).toEqual(['20', false]);
    expect(r.trace[0]?.text.zh).toBe(
      '从 2017 年起连续 4 年每年增加 2 亿元（逐年累加）：各年新增 2、4、6、8 亿元',
    );
    const stated = provincialFundSchedule(undefined, {
      overrides: { 'finance.fundStatedTotal': '5' },
      readings: { fundIncrease: 'flat' },
    });
    expect(stated.sumsToStated).toBe(true);
  });

  it('a land quota of 1000 mu: 汪清县 gets 1000, the trace says 1000 亩', () => {
    const r = landQuota({ place: '汪清县' }, { overrides: { 'finance.landQuotaMu': '1000' } });
    expect(r.totalMu.toString()).toBe('1000');
    expect(r.trace[0]?.text.zh).toContain('每年每县 1000 亩');
  });

  it('fixed-point figures follow their overrides', () => {
    const r = fixedPointAssistance({
      overrides: {
        'finance.departmentVillagesTotal': 200,
        'finance.departmentVillagesMax': 3,
        'finance.fixedPointYears': 6,
      },
    });
    expect([r.departments.fewestDepartments, r.departments.mostDepartments, r.term.years]).toEqual([
      67, 200, 6,
    ]);
    expect(texts(r)).toContain('200 个村，每个部门 1 个村—3 个村');
    expect(texts(r)).toContain('保持 6 年不变');
    expect(
      checkDepartmentVillages({ villages: 3 }, { overrides: { 'finance.departmentVillagesMax': 3 } })
        .withinRange,
    ).toBe(true);
  });

  it('an override finer than one fen in yuan is refused at its path', () => {
    const e = refusal(() => programmeAllocations({ overrides: { 'finance.waterYi': '3.99000000001' } }));
    expect([e.ruleId, e.path]).toEqual(['finance.programmeAllocations', 'options.overrides.finance.waterYi']);
    expect(
      refusal(() =>
        provincialFundSchedule(undefined, { overrides: { 'finance.fundAnnualIncrease': '1e-11' } }),
      ).path,
    ).toBe('options.overrides.finance.fundAnnualIncrease');
  });

  it('every parameter, overridden, changes the result or its trace', () => {
    const runs = [
      (o: object) =>
        checkMicrocreditLoan({ amount: '50000', term: { years: 3 }, registeredPoorHousehold: true }, o),
      (o: object) => provincialFundSchedule(undefined, o),
      (o: object) => landQuota({ place: '吉林省' }, o),
      (o: object) => programmeAllocations(o),
      (o: object) => auditAllocations(o),
      (o: object) => assistancePairs(undefined, o),
      (o: object) => fixedPointAssistance(o),
    ];
    for (const param of FINANCE_PARAMS) {
      const changed = runs.some((run) => {
        let plan;
        try {
          plan = run({});
          const value = new Dec(param.versions[0]?.value ?? '0')
            .plus(param.unit === 'year' ? 1 : 3)
            .toString();
          const reform = run({ overrides: { [param.id]: value } });
          return texts(plan) !== texts(reform);
        } catch {
          return false; // the parameter is not one of this rule’s
        }
      });
      expect(changed, param.id).toBe(true);
    }
  });
});
