/**
 * dibao.gapSubsidy: the trace shows each step's arithmetic as a caseworker would write it, and every step cites
 * the clause it applies (按照家庭人均收入低于当地低保标准的差额给予低保补助; the exemption clause where income is exempt).
 */
import { describe, expect, it } from 'vitest';
import { dibaoGapSubsidy } from '../../src/dibao/index.js';

const GAP = '按照家庭人均收入低于当地低保标准的差额给予低保补助';

describe('dibao.gapSubsidy trace', () => {
  it('monthly figures are annualised (× 12), exempt income is subtracted and cited: 325 × 12 = 3900; 650 × 12 − 100 × 12 = 6600; 11700 − 6600 = 5100; ÷ 12 = 425', () => {
    const r = dibaoGapSubsidy({
      standard: '325',
      standardPeriod: 'month',
      members: 3,
      householdIncome: '650',
      incomePeriod: 'month',
      exemptIncome: '100',
    });
    expect(r.trace.map((s) => [s.formula, s.result])).toEqual([
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

  it('annual figures are shown as given; a per-capita income that does not end shows four decimals: 10000 ÷ 3 = 3333.3333…', () => {
    const r = dibaoGapSubsidy({ standard: '4000', members: 3, householdIncome: '10000' });
    expect(r.trace.map((s) => [s.formula, s.result])).toEqual([
      ['4000.00', '4000.00'],
      ['10000.00 − 0.00', '10000.00'],
      ['10000.00 ÷ 3', '3333.3333…'],
      ['10000.00 < 4000.00 × 3 = 12000.00', 'true'],
      ['max(0, 12000.00 − 10000.00)', '2000.00'],
      ['2000.00 ÷ 12', '166.67'],
    ]);
  });

  it('a per-capita income with one or two decimals is shown to the fen: 10001 ÷ 2 = 5000.50', () => {
    const r = dibaoGapSubsidy({ standard: '6000', members: 2, householdIncome: '10001' });
    expect(r.trace[2]?.result).toBe('5000.50');
  });

  it('under monthlyBasis the annual step multiplies the monthly payment: 166.67 × 12 = 2000.04', () => {
    const r = dibaoGapSubsidy(
      { standard: '4000', members: 3, householdIncome: '10000' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    expect(r.trace.at(-1)?.formula).toBe('166.67 × 12');
    expect(r.trace.at(-1)?.result).toBe('2000.04');
  });

  it('every step of every reading cites the gap-subsidy clause', () => {
    for (const incomeMeasure of ['annualBasis', 'monthlyBasis'] as const) {
      const r = dibaoGapSubsidy(
        { standard: '4000', members: 3, householdIncome: '10000', exemptIncome: '500' },
        { readings: { incomeMeasure } },
      );
      for (const step of r.trace) expect(step.citations.map((c) => c.quote)).toContain(GAP);
    }
  });

  it('options without readings take the default reading (annualBasis)', () => {
    const r = dibaoGapSubsidy({ standard: '4000', members: 3, householdIncome: '10000' }, {});
    expect(r.monthly.toString()).toBe('166.67');
    expect(r.annual.toString()).toBe('2000.00');
  });
});
