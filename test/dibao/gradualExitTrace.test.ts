/**
 * dibao.gradualExit: the traces show each step's arithmetic and cite the clause it applies; the results cite
 * 暂时脱贫 / 低于 200% / 18 or 24 months; the quarters are numbered 1..n with three monthly payments each; and
 * the weights helper refuses what its types do not allow (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { checkGradualExit, gradualExitSchedule, gradualExitWeights } from '../../src/dibao/index.js';
import { policyError } from './helpers.js';

const WHO = '对享受扶贫政策后暂时脱贫且享受豁免政策后';
const INCOME = '家庭人均可支配收入低于当地低保标准 200% 的家庭';
const MONTHS = '给予农村低保家庭继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇（补助金逐季递减）';
const EXEMPT_WHO = '对丧失劳动能力低保对象获得的扶贫项目保底收益';
const EXEMPT_WHEN = '在脱贫攻坚期内，暂不计入家庭收入核算范围';

const quotes = (cs: readonly { readonly quote: string }[] | undefined): string[] =>
  (cs ?? []).map((c) => c.quote);

describe('checkGradualExit trace: 暂时脱贫 → counted income → 低于 200% → 18 / 24 months, each step cited', () => {
  it('rural, 17000 − 1200 exempt = 15800 < 2 × 4000 × 2 = 16000: four steps, the exemption clause on the income step', () => {
    const r = checkGradualExit({
      householdType: 'ruralDibao',
      temporarilyExited: true,
      standard: '4000',
      members: 2,
      householdIncome: '17000',
      exemptIncome: '1200',
    });
    expect(r.trace.map((s) => [s.step, s.formula, s.result])).toEqual([
      ['temporarily exited after the policies (暂时脱贫)?', 'caller', 'true'],
      ['counted annual household disposable income after exemptions', '17000.00 − 1200.00', '15800.00'],
      [
        'per-capita income 低于 200% of the standard? (strict; compared as household totals)',
        '15800.00 < 2 × 4000.00 × 2 = 16000.00',
        'true',
      ],
      ['months of continued Dibao (农村低保家庭)', 'ruralDibao', '18'],
    ]);
    expect(r.trace.map((s) => quotes(s.citations))).toEqual([
      [WHO],
      [EXEMPT_WHO, EXEMPT_WHEN],
      [INCOME],
      [MONTHS],
    ]);
    expect(quotes(r.citations)).toEqual([WHO, INCOME, MONTHS]);
  });

  it('disabled, not exited, no exemption, monthly 1400 × 12 = 16800 ≥ 2 × 4000 × 2: the income step cites nothing (no exemption), 24 months for 残疾人低保家庭', () => {
    const r = checkGradualExit({
      householdType: 'disabledDibao',
      temporarilyExited: false,
      standard: '4000',
      members: 2,
      householdIncome: '1400',
      incomePeriod: 'month',
    });
    expect(r.trace.map((s) => [s.step, s.formula, s.result])).toEqual([
      ['temporarily exited after the policies (暂时脱贫)?', 'caller', 'false'],
      ['counted annual household disposable income after exemptions', '16800.00 − 0.00', '16800.00'],
      [
        'per-capita income 低于 200% of the standard? (strict; compared as household totals)',
        '16800.00 < 2 × 4000.00 × 2 = 16000.00',
        'false',
      ],
      ['months of continued Dibao (残疾人低保家庭)', 'disabledDibao', '24'],
    ]);
    expect(r.trace.map((s) => quotes(s.citations))).toEqual([[WHO], [], [INCOME], [MONTHS]]);
    expect(quotes(r.citations)).toEqual([WHO, INCOME, MONTHS]);
  });
});

describe('gradualExitSchedule trace: months, full quarter, 逐季递减 factors, total, one line per quarter', () => {
  it('rural from 2019-01-01, 600 a month: 600 × 3 = 1800; factors 1, 0.8333, …, 0.1667 sum 3.5; 1800 × 3.5 = 6300', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '600',
    });
    expect(s.trace.map((t) => [t.step, t.formula, t.result])).toEqual([
      ['months of continued Dibao', 'ruralDibao', '18 (6 quarters)'],
      ['full quarterly subsidy', '600.00 × 3', '1800.00'],
      ['quarterly factors (linearStepDown; 逐季递减)', '1, 0.8333, 0.6667, 0.5, 0.3333, 0.1667', 'sum 3.5'],
      ['total, half up to the fen', '1800.00 × 3.5', '6300.00'],
      ['quarter 1: 2019-01-01 – 2019-03-31', 'total split by factors', '1800.00'],
      ['quarter 2: 2019-04-01 – 2019-06-30', 'total split by factors', '1500.00'],
      ['quarter 3: 2019-07-01 – 2019-09-30', 'total split by factors', '1200.00'],
      ['quarter 4: 2019-10-01 – 2019-12-31', 'total split by factors', '900.00'],
      ['quarter 5: 2020-01-01 – 2020-03-31', 'total split by factors', '600.00'],
      ['quarter 6: 2020-04-01 – 2020-06-30', 'total split by factors', '300.00'],
    ]);
    expect(s.trace.map((t) => quotes(t.citations))).toEqual([
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
  });

  it('quarters are numbered 1..8 for a disabled household (24 months = 8 quarters)', () => {
    const s = gradualExitSchedule({
      householdType: 'disabledDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '500',
    });
    expect(s.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.trace[0]?.result).toBe('24 (8 quarters)');
  });

  it('month end and leap year: from 2019-11-30, quarter 1 ends 2020-02-28 and quarter 2 starts on leap day 2020-02-29', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-11-30',
      baseMonthlySubsidy: '100',
    });
    // 2019-11-30 + 3 months = 2020-02-29 (clamped from the 30th; 2020 is a leap year), + 6 = 2020-05-30, …
    expect(s.quarters.map((q) => [q.quarter, q.start, q.end])).toEqual([
      [1, '2019-11-30', '2020-02-28'],
      [2, '2020-02-29', '2020-05-29'],
      [3, '2020-05-30', '2020-08-29'],
      [4, '2020-08-30', '2020-11-29'],
      [5, '2020-11-30', '2021-02-27'],
      [6, '2021-02-28', '2021-05-29'],
    ]);
    expect(s.endDate).toBe('2021-05-29'); // 2019-11-30 + 18 months = 2021-05-30, less one day
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
    expect(s.trace[2]?.step).toBe('quarterly factors (customFactors; 逐季递减)');
    expect(s.trace[2]?.formula).toBe('1, 0.5, 0.5, 0.5, 0.5, 0.5');
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

describe('gradualExitWeights: only the two named readings, only 6 or 8 quarters', () => {
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

  it.each([0, 5, 7, 9, 6.5])('%s quarters is refused: the plan’s schedules are 6 or 8 quarters', (n) => {
    const e = policyError(() => gradualExitWeights('linearStepDown', n));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
      'dibao.gradualExit',
      'quarterCount',
      'out_of_range',
    ]);
  });
});
