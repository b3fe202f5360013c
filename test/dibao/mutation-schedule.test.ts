/**
 * dibao.gradualExit schedule: the first five steps whole (citations, params, inputs, result, zh, en) under each
 * reading, a reform whose months are not a whole number of quarters, the rounding of the shown factors and
 * months, and options that combine factors with other readings and overrides (issue 15).
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { gradualExitSchedule, type GradualExitSchedule } from '../../src/dibao/index.js';

const MONTHS = '给予农村低保家庭继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇（补助金逐季递减）';
const base = { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '100' } as const;

const whole = (s: TraceStep) => ({
  citations: s.citations.map((c) => c.quote),
  params: s.params,
  inputs: s.inputs,
  result: s.amount?.toString() ?? s.value,
  text: s.text,
});
const quarters = (s: GradualExitSchedule) =>
  s.quarters.map((q) => [
    q.quarter,
    q.start,
    q.end,
    q.months,
    q.factor.toString(),
    q.amount.toString(),
    q.monthlyAmounts.map(String),
  ]);

describe('gradualExitSchedule, each step whole', () => {
  it('a reform of 10 months in quarters of 3: 3 + 3 + 3 + 1 months at 4/4, 3/4, 2/4, 1/4; 100 × (12 + 9 + 6 + 1) ÷ 4 = 100 × 7 = 700', () => {
    const s = gradualExitSchedule(base, { overrides: { 'dibao.gradualExitMonthsRural': 10 } });
    expect(s.trace.slice(0, 5).map(whole)).toEqual([
      {
        citations: [MONTHS],
        params: ['dibao.gradualExitMonthsRural', 'dibao.monthsPerQuarter'],
        inputs: { formula: 'ruralDibao', quarters: 4 },
        result: 10,
        text: {
          zh: '农村低保家庭继续享受低保 10 个月，每季 3 个月，共 4 季',
          en: 'a rural Dibao household keeps Dibao for 10 months: 4 quarters of 3 months',
        },
      },
      {
        citations: [MONTHS],
        params: [],
        inputs: { formula: '2019-01-02 – 2019-11-01', monthPeriod: 'civilCode' },
        result: '2019-11-01',
        text: {
          zh: '期间：2019-01-02 至 2019-11-01（依《民法典》第二百零一条，开始的当日不计入）',
          en: 'period: 2019-01-02 to 2019-11-01 (Civil Code art. 201: the start day is not counted)',
        },
      },
      {
        citations: [],
        params: ['dibao.monthsPerQuarter'],
        inputs: { formula: '100.00 × 3' },
        result: '300.00',
        text: {
          zh: '每季全额补助：100.00 元 × 3 个月 = 300.00 元',
          en: 'full quarterly subsidy: 100.00 yuan × 3 months = 300.00 yuan',
        },
      },
      {
        citations: [MONTHS],
        params: [],
        inputs: { formula: '1, 0.75, 0.5, 0.25', reading: 'linearStepDown' },
        result: 'sum 2.5',
        text: {
          zh: '各季发放比例（linearStepDown；补助金逐季递减）：1, 0.75, 0.5, 0.25，合计 2.5',
          en: 'quarterly factors (linearStepDown; decreasing each quarter): 1, 0.75, 0.5, 0.25, sum 2.5',
        },
      },
      {
        citations: [],
        params: [],
        inputs: { formula: '100.00 × 7' },
        result: '700.00',
        text: {
          zh: '合计（月补助 × 按比例折算的月数，四舍五入到分）：100.00 × 7 = 700.00 元',
          en: 'total (monthly subsidy × months paid at their factors, half up to the fen): 100.00 × 7 = 700.00 yuan',
        },
      },
    ]);
    expect(quarters(s)).toEqual([
      [1, '2019-01-02', '2019-04-01', 3, '1', '300.00', ['100.00', '100.00', '100.00']],
      [2, '2019-04-02', '2019-07-01', 3, '0.75', '225.00', ['75.00', '75.00', '75.00']],
      [3, '2019-07-02', '2019-10-01', 3, '0.5', '150.00', ['50.00', '50.00', '50.00']],
      [4, '2019-10-02', '2019-11-01', 1, '0.25', '25.00', ['25.00']],
    ]);
    expect(s.trace.slice(5).map(whole)).toEqual([
      {
        citations: [],
        params: [],
        inputs: { formula: 'total split by factors', quarter: 1, start: '2019-01-02', end: '2019-04-01' },
        result: '300.00',
        text: {
          zh: '第 1 季（2019-01-02 至 2019-04-01）：300.00 元',
          en: 'quarter 1 (2019-01-02 to 2019-04-01): 300.00 yuan',
        },
      },
      {
        citations: [],
        params: [],
        inputs: { formula: 'total split by factors', quarter: 2, start: '2019-04-02', end: '2019-07-01' },
        result: '225.00',
        text: {
          zh: '第 2 季（2019-04-02 至 2019-07-01）：225.00 元',
          en: 'quarter 2 (2019-04-02 to 2019-07-01): 225.00 yuan',
        },
      },
      {
        citations: [],
        params: [],
        inputs: { formula: 'total split by factors', quarter: 3, start: '2019-07-02', end: '2019-10-01' },
        result: '150.00',
        text: {
          zh: '第 3 季（2019-07-02 至 2019-10-01）：150.00 元',
          en: 'quarter 3 (2019-07-02 to 2019-10-01): 150.00 yuan',
        },
      },
      {
        citations: [],
        params: [],
        inputs: { formula: 'total split by factors', quarter: 4, start: '2019-10-02', end: '2019-11-01' },
        result: '25.00',
        text: {
          zh: '第 4 季（2019-10-02 至 2019-11-01）：25.00 元',
          en: 'quarter 4 (2019-10-02 to 2019-11-01): 25.00 yuan',
        },
      },
    ]);
    expect([s.months, s.firstDay, s.endDate, s.total.toString(), s.baseQuarterlySubsidy.toString()]).toEqual([
      10,
      '2019-01-02',
      '2019-11-01',
      '700.00',
      '300.00',
    ]);
    expect(s.params.map((p) => [p.id, p.value, p.source])).toEqual([
      ['dibao.gradualExitMonthsRural', '10', 'override'],
      ['dibao.monthsPerQuarter', '3', 'plan'],
    ]);
  });

  it('halvingEachQuarter, 6 quarters: factors shown to 4 places (0.03125 → 0.0313), sum 1.96875; 100 × 5.90625 = 590.625 → 590.63, the extra fen to quarter 6', () => {
    const s = gradualExitSchedule(base, { readings: { gradualExitDecrease: 'halvingEachQuarter' } });
    expect(s.trace[3]?.inputs).toEqual({
      formula: '1, 0.5, 0.25, 0.125, 0.0625, 0.0313',
      reading: 'halvingEachQuarter',
    });
    expect(s.trace[3]?.value).toBe('sum 1.96875');
    expect(s.trace[4]?.inputs.formula).toBe('100.00 × 5.90625');
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '300.00',
      '150.00',
      '75.00',
      '37.50',
      '18.75',
      '9.38',
    ]);
    expect(s.quarters[5]?.monthlyAmounts.map(String)).toEqual(['3.13', '3.13', '3.12']);
    expect(s.quarters[5]?.factor.toString()).toBe('0.03125');
  });

  it('halvingEachQuarter, 8 quarters of 100.01: sum 255/128 = 1.9921875 shown 1.992188; months 5.9765625 shown 5.976563; total 597.72', () => {
    const s = gradualExitSchedule(
      { ...base, householdType: 'disabledDibao', baseMonthlySubsidy: '100.01' },
      { readings: { gradualExitDecrease: 'halvingEachQuarter' } },
    );
    expect(s.trace[3]?.text.en).toBe(
      'quarterly factors (halvingEachQuarter; decreasing each quarter): 1, 0.5, 0.25, 0.125, 0.0625, 0.0313, 0.0156, 0.0078, sum 1.992188',
    );
    expect(s.trace[4]?.text.zh).toBe(
      '合计（月补助 × 按比例折算的月数，四舍五入到分）：100.01 × 5.976563 = 597.72 元',
    );
    expect(s.trace[2]?.text.zh).toBe('每季全额补助：100.01 元 × 3 个月 = 300.03 元');
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '300.03',
      '150.02',
      '75.01',
      '37.50',
      '18.75',
      '9.38',
      '4.69',
      '2.34',
    ]);
    expect(s.quarters[1]?.monthlyAmounts.map(String)).toEqual(['50.01', '50.01', '50.00']);
    expect(s.baseQuarterlySubsidy.toString()).toBe('300.03');
  });

  it('factors keep the other readings: with startDayCounted the period starts on 2019-01-01; 100 × (3 + 1.5 + 1.5) = 600', () => {
    const s = gradualExitSchedule(base, {
      factors: [1, 0.5, 0.5, 0, 0, 0],
      readings: { monthPeriod: 'startDayCounted' },
    });
    expect(s.readings).toEqual({ gradualExitDecrease: 'customFactors', monthPeriod: 'startDayCounted' });
    expect([s.firstDay, s.endDate, s.total.toString()]).toEqual(['2019-01-01', '2020-06-30', '600.00']);
    expect(s.trace[1]?.inputs).toEqual({
      formula: '2019-01-01 – 2020-06-30',
      monthPeriod: 'startDayCounted',
    });
    expect(s.trace[3]?.text.zh).toBe(
      '各季发放比例（customFactors；补助金逐季递减）：1, 0.5, 0.5, 0, 0, 0，合计 2',
    );
  });

  it('factors keep the overrides: 12 months (4 quarters) with factors 1, 0.5, 0.5, 0 pays 100 × 6 = 600', () => {
    const s = gradualExitSchedule(base, {
      overrides: { 'dibao.gradualExitMonthsRural': 12 },
      factors: [1, 0.5, 0.5, 0],
    });
    expect([s.months, s.quarters.length, s.total.toString()]).toEqual([12, 4, '600.00']);
    expect(s.params.find((p) => p.id === 'dibao.gradualExitMonthsRural')?.source).toBe('override');
  });

  it('monthly quarters (a reform of 1 month per step) over 18 months: 18 quarters of 1 month, 18/18 … 1/18', () => {
    const s = gradualExitSchedule(
      { ...base, baseMonthlySubsidy: '180' },
      { overrides: { 'dibao.monthsPerQuarter': 1 } },
    );
    expect(s.quarters.length).toBe(18);
    expect(s.quarters.map((q) => q.months)).toEqual(Array.from({ length: 18 }, () => 1));
    expect(s.quarters.slice(0, 3).map((q) => q.amount.toString())).toEqual(['180.00', '170.00', '160.00']);
    expect(s.baseQuarterlySubsidy.toString()).toBe('180.00');
    expect(s.trace[2]?.text.zh).toBe('每季全额补助：180.00 元 × 1 个月 = 180.00 元');
  });

  it('all factors 0: nothing is paid, 0.00 in every quarter and month (no split of a zero total by zero weights)', () => {
    const s = gradualExitSchedule(base, { factors: [0, 0, 0, 0, 0, 0] });
    expect(s.total.toString()).toBe('0.00');
    expect(s.quarters.map((q) => [q.amount.toString(), q.monthlyAmounts.map(String)])).toEqual(
      Array.from({ length: 6 }, () => ['0.00', ['0.00', '0.00', '0.00']]),
    );
    expect(s.trace[4]?.inputs.formula).toBe('100.00 × 0');
  });
});
