/**
 * dibao.gradualExit check: both sides of 低于 for the income limit and for the standard itself, the figures
 * rounded for display, the reasons in order, and a reform of the limit in the step's words (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { checkGradualExit } from '../../src/dibao/index.js';

const household = { householdType: 'ruralDibao', temporarilyExited: true, members: 2 } as const;
const local = { standard: '4000' } as const;

describe('checkGradualExit, both sides of each bound', () => {
  it.each([
    // income, below the standard (4000 × 2 = 8000)?, eligible (below 16000)?, reasons
    ['7999.99', true, true, ['qualifies']],
    ['8000', false, true, ['qualifies']],
    ['15999.99', false, true, ['qualifies']],
    ['16000', false, false, ['incomeNotBelowLimit']],
  ] as const)(
    'income %s of 2 members at 4000: below the standard %s, eligible %s',
    (income, below, eligible, reasons) => {
      const r = checkGradualExit({ ...household, householdIncome: income }, local);
      expect([r.belowStandard, r.eligible, r.reasons]).toEqual([below, eligible, reasons]);
    },
  );

  it('not exited but income below the limit: the only reason is notTemporarilyExited', () => {
    const r = checkGradualExit({ ...household, temporarilyExited: false, householdIncome: '1000' }, local);
    expect([r.eligible, r.reasons]).toEqual([false, ['notTemporarilyExited']]);
    expect(r.trace[0]?.text).toEqual({
      zh: '享受扶贫政策后暂时脱贫：否',
      en: 'temporarily exited after the poverty-alleviation policies (暂时脱贫): no',
    });
  });

  it('a monthly standard 333.34 × 12 = 4000.08: limit 200% = 8000.16 per person; 7000 ÷ 3 = 2333.33 per person', () => {
    const r = checkGradualExit(
      { ...household, members: 3, householdIncome: '7000' },
      { standard: '333.34', standardPeriod: 'month' },
    );
    expect([r.annualIncomeLimit.toString(), r.perCapitaAnnualIncome.toString()]).toEqual([
      '8000.16',
      '2333.33',
    ]);
    expect(r.trace[2]?.inputs.formula).toBe('7000.00 < 4000.08 × 3 × 200% = 24000.48');
    expect([r.householdType, r.months, r.quarters]).toEqual(['ruralDibao', 18, 6]);
  });

  it('a limit of 150% in a reform: 11999.99 < 4000 × 2 × 150% = 12000 qualifies, in the words of the step', () => {
    const r = checkGradualExit({ ...household, householdIncome: '11999.99' }, local, {
      overrides: { 'dibao.gradualExitIncomeLimit': 150 },
    });
    expect([r.eligible, r.annualIncomeLimit.toString()]).toEqual([true, '6000.00']);
    expect(r.trace[2]?.text).toEqual({
      zh: '家庭人均可支配收入低于当地低保标准的 150%？（严格低于，按家庭总额比较）11999.99 < 4000.00 × 2 × 150% = 12000.00：是',
      en: 'per-capita disposable income lower than 150% of the local standard? (strict; as household totals) 11999.99 < 4000.00 × 2 × 150% = 12000.00: yes',
    });
    const at = checkGradualExit({ ...household, householdIncome: '12000' }, local, {
      overrides: { 'dibao.gradualExitIncomeLimit': 150 },
    });
    expect(at.reasons).toEqual(['incomeNotBelowLimit']);
  });

  it('a limit that does not end at the fen shows four places: 1000 × 1 × 33% ÷ 100 per person = 330; 1000.01 × 33% = 330.0033…', () => {
    const r = checkGradualExit(
      { ...household, members: 1, householdIncome: '0' },
      { standard: '1000.01' },
      {
        overrides: { 'dibao.gradualExitIncomeLimit': 33 },
      },
    );
    expect(r.trace[2]?.inputs.formula).toBe('0.00 < 1000.01 × 1 × 33% = 330.0033…');
    expect(r.annualIncomeLimit.toString()).toBe('330.00');
  });

  it('a disabled household under a reform of 20 months in quarters of 6: 4 quarters (6 + 6 + 6 + 2), in the words of the step', () => {
    const r = checkGradualExit(
      { ...household, householdType: 'disabledDibao', householdIncome: '1' },
      local,
      {
        overrides: { 'dibao.gradualExitMonthsDisabled': 20, 'dibao.monthsPerQuarter': 6 },
      },
    );
    expect([r.months, r.quarters]).toEqual([20, 4]);
    expect(r.trace[3]?.inputs).toEqual({ formula: 'disabledDibao', quarters: 4 });
    expect(r.trace[3]?.text.zh).toBe('残疾人低保家庭继续享受 20 个月低保待遇（每季 6 个月，共 4 季）');
  });
});
