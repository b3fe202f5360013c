import { describe, expect, it } from 'vitest';
import { checkGradualExit, gradualExitSchedule } from '../../src/dibao/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const household = {
  householdType: 'ruralDibao',
  temporarilyExited: true,
  members: 2,
  householdIncome: '15999.99',
} as const;
const local = { standard: '4000' } as const;

describe('dibao.gradualExit: 家庭人均可支配收入低于当地低保标准 200% …继续享受 18 / 24 个月', () => {
  it('15999.99 < 2 × 4000 × 2 = 16000: a rural Dibao household keeps Dibao 18 months (6 quarters)', () => {
    const r = checkGradualExit(deepFreeze({ ...household }), deepFreeze(local));
    expect(r.eligible).toBe(true);
    expect(r.reasons).toEqual(['qualifies']);
    expect(r.months).toBe(18);
    expect(r.quarters).toBe(6);
    expect(r.annualIncomeLimit.toString()).toBe('8000.00');
    expect(r.perCapitaAnnualIncome.toString()).toBe('8000.00'); // 7999.995 shown half up
    expect(r.belowStandard).toBe(false);
  });

  it('exactly 200% (16000 = 2 × 4000 × 2) is not 低于: no gradual exit', () => {
    const r = checkGradualExit({ ...household, householdIncome: '16000' }, local);
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(['incomeNotBelowLimit']);
  });

  it('after exemptions: 17000 − 1200 exempt = 15800 < 16000 qualifies', () => {
    const r = checkGradualExit({ ...household, householdIncome: '17000', exemptIncome: '1200' }, local);
    expect(r.eligible).toBe(true);
  });

  it('a disabled Dibao household keeps Dibao 24 months (8 quarters)', () => {
    const r = checkGradualExit({ ...household, householdType: 'disabledDibao' }, local);
    expect([r.months, r.quarters]).toEqual([24, 8]);
  });

  it('a household that has not temporarily exited does not qualify', () => {
    const r = checkGradualExit({ ...household, temporarilyExited: false, householdIncome: '16000' }, local);
    expect(r.reasons).toEqual(['notTemporarilyExited', 'incomeNotBelowLimit']);
  });

  it('monthly figures: 599.99 × 12 = 7199.88 < 2 × 300 × 12 = 7200 qualifies; 600 × 12 = 7200 does not', () => {
    const base = { ...household, members: 1, incomePeriod: 'month' } as const;
    const monthly = { standard: '300', standardPeriod: 'month' } as const;
    expect(checkGradualExit({ ...base, householdIncome: '599.99' }, monthly).eligible).toBe(true);
    expect(checkGradualExit({ ...base, householdIncome: '600' }, monthly).eligible).toBe(false);
  });

  it('income below the standard itself is flagged: the ordinary gap subsidy is due too', () => {
    expect(checkGradualExit({ ...household, householdIncome: '7000' }, local).belowStandard).toBe(true);
  });

  it.each([
    ['zero members', { ...household, members: 0 }, 'members'],
    ['negative income', { ...household, householdIncome: '-0.01' }, 'householdIncome'],
    ['an unknown household type', { ...household, householdType: 'urban' }, 'householdType'],
    ['a zero standard', { ...household, standard: '0' }, 'standard'],
  ])('bad input: %s', (_name, input, path) => {
    const loc = 'standard' in input ? undefined : local;
    expectPolicyError(
      () => checkGradualExit(deepFreeze(input) as never, loc as never),
      'dibao.gradualExit',
      path,
    );
  });

  it('bad local standard: the path names the second argument', () => {
    expectPolicyError(
      () => checkGradualExit(household, { standard: '-1' }),
      'dibao.gradualExit',
      'local.standard',
    );
  });

  it('the 0.1 one-object form still works (deprecated)', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated form is what this test checks
    const legacy = checkGradualExit({ ...household, standard: '4000' });
    expect(JSON.stringify(legacy)).toBe(JSON.stringify(checkGradualExit(household, local)));
  });
});

describe('gradual-exit periods (core.monthPeriod): Civil Code by default, the start day counted on request', () => {
  it.each([
    // start, months (household), civilCode first–last, startDayCounted first–last
    ['2019-03-31', 'ruralDibao', '2019-04-01', '2020-09-30', '2019-03-31', '2020-09-29'],
    ['2019-03-15', 'ruralDibao', '2019-03-16', '2020-09-15', '2019-03-15', '2020-09-14'],
    ['2019-03-15', 'disabledDibao', '2019-03-16', '2021-03-15', '2019-03-15', '2021-03-14'],
    ['2019-08-31', 'ruralDibao', '2019-09-01', '2021-02-28', '2019-08-31', '2021-02-27'],
  ] as const)(
    'from %s (%s): Civil Code %s – %s; start day counted %s – %s',
    (startDate, householdType, civilFirst, civilLast, countedFirst, countedLast) => {
      const input = { householdType, startDate, baseMonthlySubsidy: '300' } as const;
      const civil = gradualExitSchedule(input);
      const counted = gradualExitSchedule(input, { readings: { monthPeriod: 'startDayCounted' } });
      expect([civil.firstDay, civil.endDate]).toEqual([civilFirst, civilLast]);
      expect([counted.firstDay, counted.endDate]).toEqual([countedFirst, countedLast]);
      expect(counted.readings.monthPeriod).toBe('startDayCounted');
      expect(civil.quarters.map((q) => q.amount.toString())).toEqual(
        counted.quarters.map((q) => q.amount.toString()),
      );
    },
  );

  it('2019-03-31 + 18 months: 31 March → 30 June (no 31st) → 30 September …; the last quarter ends 2020-09-30', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-03-31',
      baseMonthlySubsidy: '300',
    });
    expect(s.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2019-04-01', '2019-06-30'],
      ['2019-07-01', '2019-09-30'],
      ['2019-10-01', '2019-12-31'],
      ['2020-01-01', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
      ['2020-07-01', '2020-09-30'],
    ]);
  });

  it('startDayCounted keeps 0.1’s dates: from 2019-01-01, quarters 01-01 – 03-31, …, 2020-04-01 – 2020-06-30', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '600' },
      { readings: { monthPeriod: 'startDayCounted' } },
    );
    expect(s.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2019-01-01', '2019-03-31'],
      ['2019-04-01', '2019-06-30'],
      ['2019-07-01', '2019-09-30'],
      ['2019-10-01', '2019-12-31'],
      ['2020-01-01', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
    ]);
    expect(s.endDate).toBe('2020-06-30');
  });

  it('startDayCounted from 2019-01-31: addMonths clamps 31 January + 3 months to 30 April, so quarter 1 ends 2019-04-29; the end is 2021-01-31 − 1 day = 2021-01-30', () => {
    const s = gradualExitSchedule(
      { householdType: 'disabledDibao', startDate: '2019-01-31', baseMonthlySubsidy: '500' },
      { readings: { monthPeriod: 'startDayCounted' } },
    );
    expect(s.quarters.map((q) => q.start)).toEqual([
      '2019-01-31',
      '2019-04-30',
      '2019-07-31',
      '2019-10-31',
      '2020-01-31',
      '2020-04-30',
      '2020-07-31',
      '2020-10-31',
    ]);
    expect(s.quarters[0]?.end).toBe('2019-04-29');
    expect(s.endDate).toBe('2021-01-30');
  });

  it('an unknown period reading is refused at options.readings.monthPeriod', () => {
    expectPolicyError(
      () =>
        gradualExitSchedule(
          { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '1' },
          { readings: { monthPeriod: 'inclusive' } },
        ),
      'dibao.gradualExit',
      'options.readings.monthPeriod',
      'invalid_value',
    );
  });
});

describe('gradual-exit schedule: 补助金逐季递减', () => {
  it('rural, counted from 2019-01-01, 600 a month: 1800 × 6/6, 5/6, … 1/6 = 1800 … 300; total 1800 × 3.5 = 6300; Civil Code periods: 2019-01-02 to 2019-01-01 + 3 months = 2019-04-01, …, 2019-01-01 + 18 months = 2020-07-01', () => {
    const input = deepFreeze({
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '600',
    } as const);
    const s = gradualExitSchedule(input);
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '1800.00',
      '1500.00',
      '1200.00',
      '900.00',
      '600.00',
      '300.00',
    ]);
    // 民法典第二百零一条: the start day is not counted; each quarter ends on the day of the month that
    // corresponds to the start day (2019-01-01 + 3k months).
    expect(s.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2019-01-02', '2019-04-01'],
      ['2019-04-02', '2019-07-01'],
      ['2019-07-02', '2019-10-01'],
      ['2019-10-02', '2020-01-01'],
      ['2020-01-02', '2020-04-01'],
      ['2020-04-02', '2020-07-01'],
    ]);
    expect(s.total.toString()).toBe('6300.00');
    expect([s.firstDay, s.endDate]).toEqual(['2019-01-02', '2020-07-01']);
    expect(s.readings).toEqual({ gradualExitDecrease: 'linearStepDown', monthPeriod: 'civilCode' });
    expect(s.quarters[1]?.monthlyAmounts.map(String)).toEqual(['500.00', '500.00', '500.00']);
  });

  it('disabled, counted from 2019-01-31 (month end), 500 a month: 8 quarters of 1500 × 8/8 … 1/8; total 1500 × 4.5 = 6750', () => {
    const s = gradualExitSchedule({
      householdType: 'disabledDibao',
      startDate: '2019-01-31',
      baseMonthlySubsidy: '500',
    });
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '1500.00',
      '1312.50',
      '1125.00',
      '937.50',
      '750.00',
      '562.50',
      '375.00',
      '187.50',
    ]);
    // 31 January + 3 months: April has no 31st, so the quarter ends on its last day, 30 April (民法典第二百零三条
    // as core.monthPeriod reads it); the next begins on 1 May. Later quarters end on the 31st again.
    expect(s.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2019-02-01', '2019-04-30'],
      ['2019-05-01', '2019-07-31'],
      ['2019-08-01', '2019-10-31'],
      ['2019-11-01', '2020-01-31'],
      ['2020-02-01', '2020-04-30'],
      ['2020-05-01', '2020-07-31'],
      ['2020-08-01', '2020-10-31'],
      ['2020-11-01', '2021-01-31'],
    ]);
    expect(s.endDate).toBe('2021-01-31'); // 2019-01-31 + 24 months
    expect(s.total.toString()).toBe('6750.00');
  });

  it('leap day start 2020-02-29: quarters end on the 29th (28 February in 2021, which has no 29th); ends 2020-02-29 + 18 months = 2021-08-29', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2020-02-29',
      baseMonthlySubsidy: '100',
    });
    expect(s.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2020-03-01', '2020-05-29'],
      ['2020-05-30', '2020-08-29'],
      ['2020-08-30', '2020-11-29'],
      ['2020-11-30', '2021-02-28'],
      ['2021-03-01', '2021-05-29'],
      ['2021-05-30', '2021-08-29'],
    ]);
    expect(s.endDate).toBe('2021-08-29');
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '300.00',
      '250.00',
      '200.00',
      '150.00',
      '100.00',
      '50.00',
    ]);
  });

  it('fen are split exactly: 300.03 × 3.5 = 1050.105 → 1050.11, split 6:5:4:3:2:1 as 300.03 + 250.03 + 200.02 + 150.02 + 100.01 + 50.00', () => {
    const s = gradualExitSchedule({
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '100.01',
    });
    expect(s.total.toString()).toBe('1050.11');
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '300.03',
      '250.03',
      '200.02',
      '150.02',
      '100.01',
      '50.00',
    ]);
  });

  it('reading halvingEachQuarter: 1920 × 1, 1/2, … 1/32 = 1920, 960, 480, 240, 120, 60; total 3780', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '640' },
      { readings: { gradualExitDecrease: 'halvingEachQuarter' } },
    );
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '1920.00',
      '960.00',
      '480.00',
      '240.00',
      '120.00',
      '60.00',
    ]);
    expect(s.total.toString()).toBe('3780.00');
  });

  it('a caller’s table [1, 1, 0.5, 0.5, 0.25, 0] of 600 a quarter: 600, 600, 300, 300, 150, 0; total 1950', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '200' },
      deepFreeze({ factors: [1, 1, '0.5', '0.5', '0.25', 0] }),
    );
    expect(s.readings.gradualExitDecrease).toBe('customFactors');
    expect(s.quarters.map((q) => q.amount.toString())).toEqual([
      '600.00',
      '600.00',
      '300.00',
      '300.00',
      '150.00',
      '0.00',
    ]);
    expect(s.total.toString()).toBe('1950.00');
  });

  it('a zero base gives a schedule of zeros', () => {
    const s = gradualExitSchedule({
      householdType: 'disabledDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: 0,
    });
    expect(s.total.isZero()).toBe(true);
    expect(s.quarters).toHaveLength(8);
  });

  describe('bad input', () => {
    const input = {
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '600',
    } as const;
    it.each([
      [
        'five factors for six quarters',
        { factors: [1, 0.8, 0.6, 0.4, 0.2] },
        'options.factors',
        'wrong_length',
      ],
      ['an increasing factor', { factors: [1, 0.5, 0.6, 0.4, 0.2, 0] }, 'options.factors[2]', 'increasing'],
      ['a factor above 1', { factors: ['1.2', 1, 1, 1, 1, 1] }, 'options.factors[0]', 'out_of_range'],
      ['a negative factor', { factors: [1, 1, 1, 1, 1, '-0.1'] }, 'options.factors[5]', 'out_of_range'],
      ['a factor that is not a number', { factors: [1, 1, 1, 1, 1, 'x'] }, 'options.factors[5]', undefined],
      [
        'factors with another reading',
        { readings: { gradualExitDecrease: 'halvingEachQuarter' }, factors: [1, 1, 1, 1, 1, 1] },
        'options.readings.gradualExitDecrease',
        'conflicting_options',
      ],
      [
        'customFactors without factors',
        { readings: { gradualExitDecrease: 'customFactors' } },
        'options.factors',
        'missing_factors',
      ],
    ])('%s', (_name, options, path, code) => {
      expectPolicyError(
        () => gradualExitSchedule(input, deepFreeze(options)),
        'dibao.gradualExit',
        path,
        code,
      );
    });

    it.each([
      ['a start date that does not exist (2019-02-29)', { ...input, startDate: '2019-02-29' }, 'startDate'],
      ['a start date in another format', { ...input, startDate: '01/02/2019' }, 'startDate'],
      ['an invalid Date', { ...input, startDate: new Date(Number.NaN) }, 'startDate'],
      ['a negative base', { ...input, baseMonthlySubsidy: '-600' }, 'baseMonthlySubsidy'],
    ])('%s', (_name, bad, path) => {
      expectPolicyError(() => gradualExitSchedule(bad), 'dibao.gradualExit', path);
    });
  });
});
