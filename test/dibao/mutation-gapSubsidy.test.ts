/**
 * dibao.gapSubsidy under both readings of dibao.incomeMeasure: every step whole (citations, inputs, result,
 * zh and en), and income above the guarantee never pays (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { dibaoGapSubsidy } from '../../src/dibao/index.js';

const GAP = '按照家庭人均收入低于当地低保标准的差额给予低保补助';
const monthlyBasis = { readings: { incomeMeasure: 'monthlyBasis' } } as const;
const quotes = (cs: readonly { readonly quote: string }[]) => cs.map((c) => c.quote);

describe('dibao.gapSubsidy, each step whole', () => {
  it('monthlyBasis, 3 members, 10000 against 4000: (12000 − 10000) ÷ 12 = 166.6667 → 166.67, cap 12000 ÷ 12 = 1000.00; × 12 = 2000.04', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '10000' }, { standard: '4000' }, monthlyBasis);
    expect(
      r.trace.map((s) => [quotes(s.citations), s.params, s.inputs, s.amount?.toString() ?? s.value]),
    ).toEqual([
      [[GAP], [], { formula: '4000.00', standard: '4000.00', standardPeriod: 'year' }, '4000.00'],
      [[GAP], [], { formula: '10000.00 − 0.00' }, '10000.00'],
      [[GAP], [], { formula: '10000.00 ÷ 3' }, '3333.3333…'],
      [[GAP], [], { formula: '10000.00 < 4000.00 × 3 = 12000.00' }, true],
      [[GAP], [], { formula: 'min(max(0, (12000.00 − 10000.00) ÷ 12), 1000.00)' }, '166.67'],
      [[GAP], [], { formula: '166.67 × 12' }, '2000.04'],
    ]);
    expect(r.trace[4]?.text).toEqual({
      zh:
        '月补助 =（月标准 − 月人均收入）× 人数，不低于 0，四舍五入到分，且不超过月保障额（向下取整到分）：' +
        'min(max(0, (12000.00 − 10000.00) ÷ 12), 1000.00) = 166.67 元',
      en:
        'monthly subsidy = (monthly standard − monthly per-capita income) × members, ≥ 0, half up to the fen, at ' +
        'most the monthly guarantee (standard × members, rounded down to the fen): ' +
        'min(max(0, (12000.00 − 10000.00) ÷ 12), 1000.00) = 166.67 yuan',
    });
    expect([r.belowStandard, r.members]).toEqual([true, 3]);
    expect([r.annualStandard, r.countedAnnualIncome, r.perCapitaAnnualIncome].map(String)).toEqual([
      '4000.00',
      '10000.00',
      '3333.33',
    ]);
  });

  it('a monthly standard 325 shows its inputs: { standard: 325.00, standardPeriod: month }', () => {
    const r = dibaoGapSubsidy(
      { members: 1, householdIncome: '0' },
      { standard: '325', standardPeriod: 'month' },
    );
    expect(r.trace[0]?.inputs).toEqual({
      formula: '325.00 × 12',
      standard: '325.00',
      standardPeriod: 'month',
    });
    expect(r.annual.toString()).toBe('3900.00');
  });

  it('no exempt income: the counted-income step cites only the gap clause', () => {
    const r = dibaoGapSubsidy({ members: 2, householdIncome: '5000' }, { standard: '4000' });
    expect(quotes(r.trace[1]?.citations ?? [])).toEqual([GAP]);
  });

  it.each([
    ['annualBasis', {}],
    ['monthlyBasis', monthlyBasis],
  ] as const)(
    '%s: income 12000.01 above the guarantee 4000 × 3 = 12000 pays 0.00, not −0.01; the step says no',
    (_reading, options) => {
      const r = dibaoGapSubsidy({ members: 3, householdIncome: '12000.01' }, { standard: '4000' }, options);
      expect([r.belowStandard, r.monthly.toString(), r.annual.toString()]).toEqual([false, '0.00', '0.00']);
      expect(r.trace[3]?.text.zh).toBe(
        '家庭人均收入低于当地低保标准？（按家庭总额比较：收入 < 标准 × 人数）12000.01 < 4000.00 × 3 = 12000.00：否',
      );
      expect(r.trace[3]?.text.en).toBe(
        'per-capita income lower than the standard? (as household totals: income < standard × members) 12000.01 < 4000.00 × 3 = 12000.00: no',
      );
    },
  );

  it('monthlyBasis far above the guarantee: 24000 against 12000 pays 0.00 a month (never −1000.00)', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '24000' }, { standard: '4000' }, monthlyBasis);
    expect([r.monthly.toString(), r.annual.toString()]).toEqual(['0.00', '0.00']);
    expect(r.trace[4]?.inputs.formula).toBe('min(max(0, (12000.00 − 24000.00) ÷ 12), 1000.00)');
  });

  it('income 11999.99, a fen below the guarantee 12000: 低于, 0.01 a year, 0.01 ÷ 12 → 0.00 a month', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '11999.99' }, { standard: '4000' });
    expect([r.belowStandard, r.annual.toString(), r.monthly.toString()]).toEqual([true, '0.01', '0.00']);
  });

  it('a per-capita income with exactly two decimals is shown to the fen: 10001 ÷ 4 = 2500.25', () => {
    const r = dibaoGapSubsidy({ members: 4, householdIncome: '10001' }, { standard: '4000' });
    expect(r.trace[2]?.value).toBe('2500.25');
    expect(r.trace[2]?.text.en).toBe('per-capita annual income: 10001.00 ÷ 4 members = 2500.25 yuan');
    expect(r.trace[2]?.text.zh).toBe('家庭人均年收入：10001.00 ÷ 4 人 = 2500.25 元');
  });

  it('a per-capita income with three decimals shows four and an ellipsis: 10001 ÷ 8 = 1250.125 → 1250.125…', () => {
    const r = dibaoGapSubsidy({ members: 8, householdIncome: '10001' }, { standard: '4000' });
    expect(r.trace[2]?.value).toBe('1250.125…');
    expect(r.perCapitaAnnualIncome.toString()).toBe('1250.13');
  });
});
