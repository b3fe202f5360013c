/**
 * dibao.gradualExit: the traces show each step's arithmetic and cite the clause it applies; the results cite
 * 暂时脱贫 / 低于 200% / 18 or 24 months; the quarters are numbered 1..n with three monthly payments each; and
 * the weights helper refuses what its types do not allow (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { checkGradualExit, gradualExitSchedule, gradualExitWeights } from '../../src/dibao/index.js';
import { policyError } from './helpers.js';

const WHO = '对享受扶贫政策后暂时脱贫且享受豁免政策后';
const INCOME = '家庭人均可支配收入低于当地低保标准 200% 的家庭';
const MONTHS = '给予农村低保家庭继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇（补助金逐季递减）';
const EXEMPT_WHO = '对丧失劳动能力低保对象获得的扶贫项目保底收益';
const EXEMPT_WHEN = '在脱贫攻坚期内，暂不计入家庭收入核算范围';

const quotes = (cs: readonly { readonly quote: string }[] | undefined): string[] =>
  (cs ?? []).map((c) => c.quote);

/** A step's formula and its result as text (money to the fen, yes/no as true/false). */
const row = (s: TraceStep): [unknown, string] => [s.inputs.formula, s.amount?.toString() ?? String(s.value)];

describe('checkGradualExit trace: 暂时脱贫 → counted income → 低于 200% → 18 / 24 months, each step cited', () => {
  it('rural, 17000 − 1200 exempt = 15800 < 4000 × 2 × 200% = 16000: four steps, the exemption clause on the income step', () => {
    const r = checkGradualExit(
      {
        householdType: 'ruralDibao',
        temporarilyExited: true,
        members: 2,
        householdIncome: '17000',
        exemptIncome: '1200',
      },
      { standard: '4000' },
    );
    expect(r.trace.map(row)).toEqual([
      ['caller', 'true'],
      ['17000.00 − 1200.00', '15800.00'],
      ['15800.00 < 4000.00 × 2 × 200% = 16000.00', 'true'],
      ['ruralDibao', '18'],
    ]);
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '享受扶贫政策后暂时脱贫：是',
      '享受豁免政策后计入的家庭年可支配收入：17000.00 − 1200.00 = 15800.00 元',
      '家庭人均可支配收入低于当地低保标准的 200 %？（严格低于，按家庭总额比较）15800.00 < 4000.00 × 2 × 200% = 16000.00：是',
      '农村低保家庭继续享受 18 个月低保待遇（每季 3 个月，共 6 季）',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      'temporarily exited after the poverty-alleviation policies (暂时脱贫): yes',
      'counted annual household disposable income after exemptions: 17000.00 − 1200.00 = 15800.00 yuan',
      'per-capita disposable income lower than 200 % of the local standard? (strict; as household totals) 15800.00 < 4000.00 × 2 × 200% = 16000.00: yes',
      'a rural Dibao household keeps Dibao for 18 months (6 quarters of 3 months)',
    ]);
    expect(r.trace.map((s) => quotes(s.citations))).toEqual([
      [WHO],
      [EXEMPT_WHO, EXEMPT_WHEN],
      [INCOME],
      [MONTHS],
    ]);
    expect(r.trace.map((s) => s.params)).toEqual([
      [],
      [],
      ['dibao.gradualExitIncomeLimit'],
      ['dibao.gradualExitMonthsRural', 'dibao.monthsPerQuarter'],
    ]);
    expect(quotes(r.citations)).toEqual([WHO, INCOME, MONTHS]);
    expect(r.params.map((p) => [p.id, p.value, p.source])).toEqual([
      ['dibao.gradualExitIncomeLimit', '200', 'plan'],
      ['dibao.gradualExitMonthsRural', '18', 'plan'],
      ['dibao.monthsPerQuarter', '3', 'plan'],
    ]);
  });

  it('disabled, not exited, no exemption, monthly 1400 × 12 = 16800 ≥ 4000 × 2 × 200%: the income step cites nothing (no exemption), 24 months for 残疾人低保家庭', () => {
    const r = checkGradualExit(
      {
        householdType: 'disabledDibao',
        temporarilyExited: false,
        members: 2,
        householdIncome: '1400',
        incomePeriod: 'month',
      },
      { standard: '4000' },
    );
    expect(r.trace.map(row)).toEqual([
      ['caller', 'false'],
      ['16800.00 − 0.00', '16800.00'],
      ['16800.00 < 4000.00 × 2 × 200% = 16000.00', 'false'],
      ['disabledDibao', '24'],
    ]);
    expect(r.trace[3]?.text).toEqual({
      zh: '残疾人低保家庭继续享受 24 个月低保待遇（每季 3 个月，共 8 季）',
      en: 'a disabled Dibao household keeps Dibao for 24 months (8 quarters of 3 months)',
    });
    expect(r.trace.map((s) => quotes(s.citations))).toEqual([[WHO], [], [INCOME], [MONTHS]]);
    expect(quotes(r.citations)).toEqual([WHO, INCOME, MONTHS]);
  });
});

describe('gradualExitSchedule trace: months, period, full quarter, 逐季递减 factors, total, one line per quarter', () => {
  it('rural counted from 2018-12-31, 600 a month: 600 × 3 = 1800; factors 1, 0.8333, …, 0.1667 sum 3.5; 600 × 10.5 months = 6300', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2018-12-31',
      baseMonthlySubsidy: '600',
    });
    expect(s.trace.map(row)).toEqual([
      ['ruralDibao', '18'],
      ['2019-01-01 – 2020-06-30', '2020-06-30'],
      ['600.00 × 3', '1800.00'],
      ['1, 0.8333, 0.6667, 0.5, 0.3333, 0.1667', 'sum 3.5'],
      ['600.00 × 10.5', '6300.00'],
      ['total split by factors', '1800.00'],
      ['total split by factors', '1500.00'],
      ['total split by factors', '1200.00'],
      ['total split by factors', '900.00'],
      ['total split by factors', '600.00'],
      ['total split by factors', '300.00'],
    ]);
    expect(s.trace.slice(0, 5).map((t) => t.text.zh)).toEqual([
      '农村低保家庭继续享受低保 18 个月，每季 3 个月，共 6 季',
      '期间：2019-01-01 至 2020-06-30（依《民法典》第二百零一条，开始的当日不计入）',
      '每季全额补助：600.00 元 × 3 个月 = 1800.00 元',
      '各季发放比例（linearStepDown；补助金逐季递减）：1, 0.8333, 0.6667, 0.5, 0.3333, 0.1667，合计 3.5',
      '合计（月补助 × 按比例折算的月数，四舍五入到分）：600.00 × 10.5 = 6300.00 元',
    ]);
    expect(s.trace.slice(5).map((t) => t.text.en)).toEqual([
      'quarter 1 (2019-01-01 to 2019-03-31): 1800.00 yuan',
      'quarter 2 (2019-04-01 to 2019-06-30): 1500.00 yuan',
      'quarter 3 (2019-07-01 to 2019-09-30): 1200.00 yuan',
      'quarter 4 (2019-10-01 to 2019-12-31): 900.00 yuan',
      'quarter 5 (2020-01-01 to 2020-03-31): 600.00 yuan',
      'quarter 6 (2020-04-01 to 2020-06-30): 300.00 yuan',
    ]);
    expect(s.trace[5]?.text.zh).toBe('第 1 季（2019-01-01 至 2019-03-31）：1800.00 元');
    expect(s.trace.map((t) => quotes(t.citations))).toEqual([
      [MONTHS],
      [MONTHS],
      [],
      [MONTHS],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(quotes(s.citations)).toEqual([MONTHS, INCOME]);
    expect(s.date).toBe('2018-12-31');
  });

  it('under startDayCounted the period step says so: 2019-01-01 to 2020-06-30 (the start day counted)', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '600' },
      { readings: { monthPeriod: 'startDayCounted' } },
    );
    expect(s.trace[1]?.text).toEqual({
      zh: '期间：2019-01-01 至 2020-06-30（开始的当日计入）',
      en: 'period: 2019-01-01 to 2020-06-30 (the start day counted)',
    });
  });

  it('quarters are numbered 1..8 for a disabled household (24 months = 8 quarters)', () => {
    const s = gradualExitSchedule({
      householdType: 'disabledDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '500',
    });
    expect(s.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.trace[0]?.value).toBe(24);
    expect(s.trace[0]?.inputs.quarters).toBe(8);
  });

  it('month end and leap year: counted from 2019-11-30, quarter 1 ends on leap day 2020-02-29 (November 30 + 3 months; February has no 30th)', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-11-30',
      baseMonthlySubsidy: '100',
    });
    // 2019-11-30 + 3 months = 2020-02-29 (the month's last day; 2020 is a leap year), + 6 = 2020-05-30, …,
    // + 15 = 2021-02-28, + 18 = 2021-05-30 (Civil Code: the period ends on the corresponding day).
    expect(s.quarters.map((q) => [q.quarter, q.start, q.end])).toEqual([
      [1, '2019-12-01', '2020-02-29'],
      [2, '2020-03-01', '2020-05-30'],
      [3, '2020-05-31', '2020-08-30'],
      [4, '2020-08-31', '2020-11-30'],
      [5, '2020-12-01', '2021-02-28'],
      [6, '2021-03-01', '2021-05-30'],
    ]);
    expect(s.endDate).toBe('2021-05-30');
  });

  it('a zero base still pays three monthly amounts (0.00 each) in every quarter', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: 0,
    });
    expect(s.quarters.map((q) => q.monthlyAmounts.map(String))).toEqual(
      Array.from({ length: 6 }, () => ['0.00', '0.00', '0.00']),
    );
    expect(s.quarters.map((q) => q.amount.toString())).toEqual(Array.from({ length: 6 }, () => '0.00'));
  });

  it('a quarter with factor 0 in a caller’s table pays three monthly 0.00: 300 × [1, 1, 1, 1, 1, 0] → last quarter 0 + 0 + 0', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '100' },
      { factors: [1, 1, 1, 1, 1, 0] },
    );
    expect(s.quarters[5]?.monthlyAmounts.map(String)).toEqual(['0.00', '0.00', '0.00']);
    expect(s.quarters[0]?.monthlyAmounts.map(String)).toEqual(['100.00', '100.00', '100.00']);
    expect(s.total.toString()).toBe('1500.00'); // 300 × 5
  });

  it('factors with the reading customFactors named explicitly are accepted: 300 × (1 + 0.5 × 5) = 1050', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '100' },
      {
        readings: { gradualExitDecrease: 'customFactors' },
        factors: [1, '0.5', '0.5', '0.5', '0.5', '0.5'],
      },
    );
    expect(s.readings.gradualExitDecrease).toBe('customFactors');
    expect(s.total.toString()).toBe('1050.00');
    expect(s.trace[3]?.text.en).toBe(
      'quarterly factors (customFactors; decreasing each quarter): 1, 0.5, 0.5, 0.5, 0.5, 0.5, sum 3.5',
    );
    expect(s.trace[3]?.inputs.formula).toBe('1, 0.5, 0.5, 0.5, 0.5, 0.5');
  });

  it('a table of the wrong length names the count it needs: 6 for 18 months (6 × 3)', () => {
    const e = policyError(() =>
      gradualExitSchedule(
        { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '100' },
        { factors: [1, 1, 1] },
      ),
    );
    expect(e.issues[0]?.message).toBe('must have one factor per quarter: 6 for 18 months');
  });
});

describe('gradualExitWeights: only the two named readings, a whole number of quarters from 1 to 1200', () => {
  it('linearStepDown over 8 quarters: 8, 7, …, 1 over 8; halvingEachQuarter over 6: 32, 16, …, 1 over 32', () => {
    const lin = gradualExitWeights('linearStepDown', 8);
    expect(lin.weights.map(String)).toEqual(['8', '7', '6', '5', '4', '3', '2', '1']);
    expect(lin.denominator.toString()).toBe('8');
    const half = gradualExitWeights('halvingEachQuarter', 6);
    expect(half.weights.map(String)).toEqual(['32', '16', '8', '4', '2', '1']);
    expect(half.denominator.toString()).toBe('32');
  });

  it('an unknown reading from plain JavaScript is refused (unknown_reading)', () => {
    const e = policyError(() => gradualExitWeights('customFactors' as never, 6));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
      'dibao.gradualExit',
      'reading',
      'unknown_reading',
    ]);
  });

  it('any whole number of quarters (a reform’s months): linearStepDown over 5 is 5, 4, 3, 2, 1 over 5', () => {
    expect(gradualExitWeights('linearStepDown', 5).weights.map(String)).toEqual(['5', '4', '3', '2', '1']);
    expect(gradualExitWeights('halvingEachQuarter', 1).weights.map(String)).toEqual(['1']);
  });

  it.each([0, -1, 6.5, 1201, Number.NaN])('%s quarters is refused', (n) => {
    const e = policyError(() => gradualExitWeights('linearStepDown', n));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
      'dibao.gradualExit',
      'quarterCount',
      'out_of_range',
    ]);
  });
});
