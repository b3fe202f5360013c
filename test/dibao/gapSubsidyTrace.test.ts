/**
 * dibao.gapSubsidy: the trace shows each step's arithmetic as a caseworker would write it (`inputs.formula`),
 * in Chinese and English, and every step cites the clause it applies (按照家庭人均收入低于当地低保标准的差额给予低保补助;
 * the exemption clause where income is exempt).
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { dibaoGapSubsidy } from '../../src/dibao/index.js';

const GAP = '按照家庭人均收入低于当地低保标准的差额给予低保补助';

/** A step's formula and its result as text (money to the fen, yes/no as true/false). */
const row = (s: TraceStep): [unknown, string] => [s.inputs.formula, s.amount?.toString() ?? String(s.value)];

describe('dibao.gapSubsidy trace', () => {
  it('monthly figures are annualised (× 12), exempt income is subtracted and cited: 325 × 12 = 3900; 650 × 12 − 100 × 12 = 6600; 11700 − 6600 = 5100; ÷ 12 = 425', () => {
    const r = dibaoGapSubsidy(
      { members: 3, householdIncome: '650', incomePeriod: 'month', exemptIncome: '100' },
      { standard: '325', standardPeriod: 'month' },
    );
    expect(r.trace.map(row)).toEqual([
      ['325.00 × 12', '3900.00'],
      ['650.00 × 12 − 100.00 × 12', '6600.00'],
      ['6600.00 ÷ 3', '2200.00'],
      ['6600.00 < 3900.00 × 3 = 11700.00', 'true'],
      ['max(0, 11700.00 − 6600.00)', '5100.00'],
      ['5100.00 ÷ 12', '425.00'],
    ]);
    expect(r.trace[1]?.citations.map((c) => c.quote)).toEqual([
      GAP,
      '对丧失劳动能力低保对象获得的扶贫项目保底收益',
      '在脱贫攻坚期内，暂不计入家庭收入核算范围',
    ]);
  });

  it('the same steps in Chinese and in English, with the numbers in the sentences', () => {
    const r = dibaoGapSubsidy(
      { members: 3, householdIncome: '650', incomePeriod: 'month', exemptIncome: '100' },
      { standard: '325', standardPeriod: 'month' },
    );
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '当地低保标准（每人每年）：325.00 × 12 = 3900.00 元',
      '计入的家庭年收入（家庭收入 − 不计入的收入）：650.00 × 12 − 100.00 × 12 = 6600.00 元',
      '家庭人均年收入：6600.00 ÷ 3 人 = 2200.00 元',
      '家庭人均收入低于当地低保标准？（按家庭总额比较：收入 < 标准 × 人数）6600.00 < 3900.00 × 3 = 11700.00：是',
      '年补助 =（标准 − 人均收入）× 人数 = 标准 × 人数 − 收入，不低于 0：max(0, 11700.00 − 6600.00) = 5100.00 元',
      '月补助（四舍五入到分）：5100.00 ÷ 12 = 425.00 元',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      'local Dibao standard per person per year: 325.00 × 12 = 3900.00 yuan',
      'counted annual household income (income − exempt income): 650.00 × 12 − 100.00 × 12 = 6600.00 yuan',
      'per-capita annual income: 6600.00 ÷ 3 members = 2200.00 yuan',
      'per-capita income lower than the standard? (as household totals: income < standard × members) 6600.00 < 3900.00 × 3 = 11700.00: yes',
      'annual subsidy = (standard − per-capita income) × members = standard × members − income, ≥ 0: max(0, 11700.00 − 6600.00) = 5100.00 yuan',
      'monthly subsidy, rounded half up to the fen: 5100.00 ÷ 12 = 425.00 yuan',
    ]);
    expect(r.trace.every((s) => s.ruleId === 'dibao.gapSubsidy')).toBe(true);
  });

  it('annual figures are shown as given; a per-capita income that does not end shows four decimals: 10000 ÷ 3 = 3333.3333…', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '10000' }, { standard: '4000' });
    expect(r.trace.map(row)).toEqual([
      ['4000.00', '4000.00'],
      ['10000.00 − 0.00', '10000.00'],
      ['10000.00 ÷ 3', '3333.3333…'],
      ['10000.00 < 4000.00 × 3 = 12000.00', 'true'],
      ['max(0, 12000.00 − 10000.00)', '2000.00'],
      ['2000.00 ÷ 12', '166.67'],
    ]);
  });

  it('a per-capita income with one or two decimals is shown to the fen: 10001 ÷ 2 = 5000.50', () => {
    const r = dibaoGapSubsidy({ members: 2, householdIncome: '10001' }, { standard: '6000' });
    expect(r.trace[2]?.value).toBe('5000.50');
  });

  it('under monthlyBasis the annual step multiplies the monthly payment: 166.67 × 12 = 2000.04', () => {
    const r = dibaoGapSubsidy(
      { members: 3, householdIncome: '10000' },
      { standard: '4000' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    const last = r.trace.at(-1);
    expect(last?.inputs.formula).toBe('166.67 × 12');
    expect(last?.amount?.toString()).toBe('2000.04');
    expect(last?.text).toEqual({
      zh: '年补助：166.67 × 12 = 2000.04 元',
      en: 'annual subsidy: 166.67 × 12 = 2000.04 yuan',
    });
    expect(r.trace.at(-2)?.text.zh).toMatch(/^月补助 =（月标准 − 月人均收入）× 人数.*= 166\.67 元$/u);
  });

  it('every step of every reading cites the gap-subsidy clause', () => {
    for (const incomeMeasure of ['annualBasis', 'monthlyBasis'] as const) {
      const r = dibaoGapSubsidy(
        { members: 3, householdIncome: '10000', exemptIncome: '500' },
        { standard: '4000' },
        { readings: { incomeMeasure } },
      );
      for (const step of r.trace) expect(step.citations.map((c) => c.quote)).toContain(GAP);
    }
  });

  it('options without readings take the registry’s chosen reading (annualBasis)', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '10000' }, { standard: '4000' }, {});
    expect(r.monthly.toString()).toBe('166.67');
    expect(r.annual.toString()).toBe('2000.00');
    expect(r.readings).toEqual({ incomeMeasure: 'annualBasis' });
  });
});
