import { describe, expect, it } from 'vitest';
import { dibaoGapSubsidy, DIBAO_CITATIONS, ILLUSTRATIVE_DIBAO_STANDARDS } from '../../src/dibao/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

describe('dibao.gapSubsidy: 按照家庭人均收入低于当地低保标准的差额给予低保补助', () => {
  it.each([
    // standard per person per year, members, household income, exempt, annual, monthly
    ['4000 × 3 − 9000 = 3000 a year; 3000 ÷ 12 = 250 a month', '4000', 3, '9000', '0', '3000.00', '250.00'],
    [
      'income exactly at the standard (12000 = 4000 × 3) is not 低于: 0',
      '4000',
      3,
      '12000',
      '0',
      '0.00',
      '0.00',
    ],
    [
      'income above the standard (10000 > 4000 × 2) gives 0, never negative',
      '4000',
      2,
      '10000',
      '0',
      '0.00',
      '0.00',
    ],
    [
      'exempt 1200 not counted: 3500 × 4 − (10000 − 1200) = 5200; 5200 ÷ 12 = 433.33',
      '3500',
      4,
      '10000',
      '1200',
      '5200.00',
      '433.33',
    ],
    ['no income at all: 3600 × 1 = 3600 a year, 300 a month', '3600', 1, '0', '0', '3600.00', '300.00'],
    [
      'half a fen rounds up: 1000 − 999.94 = 0.06; 0.06 ÷ 12 = 0.005 → 0.01',
      '1000',
      1,
      '999.94',
      '0',
      '0.06',
      '0.01',
    ],
    ['3000 − 1999.94 = 1000.06; ÷ 12 = 83.3383 → 83.34', '3000', 1, '1999.94', '0', '1000.06', '83.34'],
  ])('%s', (_name, standard, members, income, exempt, annual, monthly) => {
    const input = deepFreeze({ members, householdIncome: income, exemptIncome: exempt });
    const r = dibaoGapSubsidy(input, deepFreeze({ standard }));
    expect(r.annual.toString()).toBe(annual);
    expect(r.monthly.toString()).toBe(monthly);
    expect(r.readings.incomeMeasure).toBe('annualBasis');
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('a monthly standard and monthly income: (300 × 12) × 2 − 500 × 12 = 7200 − 6000 = 1200 a year, 100 a month', () => {
    const r = dibaoGapSubsidy(
      { members: 2, householdIncome: '500', incomePeriod: 'month' },
      { standard: '300', standardPeriod: 'month' },
    );
    expect(r.annualStandard.toString()).toBe('3600.00');
    expect(r.countedAnnualIncome.toString()).toBe('6000.00');
    expect(r.annual.toString()).toBe('1200.00');
    expect(r.monthly.toString()).toBe('100.00');
  });

  it('reading monthlyBasis: (12000 − 9001) ÷ 12 = 249.9167 → 249.92 a month; × 12 = 2999.04 a year', () => {
    const r = dibaoGapSubsidy(
      { members: 3, householdIncome: '9001' },
      { standard: '4000' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    expect(r.monthly.toString()).toBe('249.92');
    expect(r.annual.toString()).toBe('2999.04');
    expect(r.readings.incomeMeasure).toBe('monthlyBasis');
    const annualBasis = dibaoGapSubsidy({ members: 3, householdIncome: '9001' }, { standard: '4000' });
    expect(annualBasis.annual.toString()).toBe('2999.00');
    expect(annualBasis.monthly.toString()).toBe('249.92');
  });

  it('monthlyBasis never rounds above the guarantee: 0.06 ÷ 12 = 0.005 would round to 0.01; capped at 0.00 (0.005 down)', () => {
    const r = dibaoGapSubsidy(
      { members: 1, householdIncome: '0' },
      { standard: '0.06' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    expect(r.monthly.toString()).toBe('0.00');
    const big = dibaoGapSubsidy(
      { members: 1, householdIncome: '0' },
      { standard: '4000.06' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    // 4000.06 ÷ 12 = 333.3383 → half up 333.34, but the guarantee rounded down is 333.33
    expect(big.monthly.toString()).toBe('333.33');
    expect(big.annual.toString()).toBe('3999.96');
  });

  it('per-capita income is shown rounded (10000 ÷ 3 = 3333.33) while the gap uses totals (4000 × 3 − 10000 = 2000)', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '10000' }, { standard: '4000' });
    expect(r.perCapitaAnnualIncome.toString()).toBe('3333.33');
    expect(r.annual.toString()).toBe('2000.00');
  });

  it('traces each step and cites the clause; the envelope names the rule, the reading and no plan figure', () => {
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '9000' }, { standard: '4000' });
    expect(r.citations).toContain(DIBAO_CITATIONS.gapSubsidy);
    expect(r.trace.some((s) => s.citations.includes(DIBAO_CITATIONS.gapSubsidy))).toBe(true);
    expect(r.trace.at(-1)?.amount?.toString()).toBe('250.00');
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({
      annual: '3000.00',
      monthly: '250.00',
      ruleId: 'dibao.gapSubsidy',
      date: null,
      regime: 'plan',
      readings: { incomeMeasure: 'annualBasis' },
      params: [],
    });
  });

  it('a table entry is a local standard: 延吉市 2019 (illustrative 3900) × 3 − 9000 = 2700 a year', () => {
    const local = ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2019);
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '9000' }, local);
    expect(r.annual.toString()).toBe('2700.00');
  });

  it('the 0.1 one-object form still works (deprecated): { standard, … } and options second give the same result', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated form is what this test checks
    const legacy = dibaoGapSubsidy(deepFreeze({ standard: '4000', members: 3, householdIncome: '9001' }), {
      readings: { incomeMeasure: 'monthlyBasis' },
    });
    const now = dibaoGapSubsidy(
      { members: 3, householdIncome: '9001' },
      { standard: '4000' },
      { readings: { incomeMeasure: 'monthlyBasis' } },
    );
    expect(JSON.stringify(legacy)).toBe(JSON.stringify(now));
  });

  it('a standard given twice (in the household and as local) is refused', () => {
    expectPolicyError(
      () =>
        dibaoGapSubsidy({ standard: '4000', members: 3, householdIncome: '9000' } as never, {
          standard: '4000',
        }),
      'dibao.gapSubsidy',
      'standard',
      'conflicting_standard',
    );
  });

  describe('bad input is a PolicyInputError naming the field', () => {
    const ok = { members: 3, householdIncome: '9000' };
    const local = { standard: '4000' };
    it.each([
      ['negative income', { ...ok, householdIncome: '-1' }, local, 'householdIncome'],
      ['zero members', { ...ok, members: 0 }, local, 'members'],
      ['fractional members', { ...ok, members: 2.5 }, local, 'members'],
      ['zero standard', ok, { standard: '0' }, 'local.standard'],
      ['no local standard', ok, undefined, 'local'],
      ['an amount finer than the fen', { ...ok, householdIncome: '1.005' }, local, 'householdIncome'],
      ['exempt income above the income', { ...ok, exemptIncome: '9000.01' }, local, 'exemptIncome'],
      ['an unknown period', ok, { ...local, standardPeriod: 'week' }, 'local.standardPeriod'],
      ['(0.1 form) zero standard', { ...ok, standard: '0' }, undefined, 'standard'],
      [
        '(0.1 form) an unknown period',
        { ...ok, ...local, standardPeriod: 'week' },
        undefined,
        'standardPeriod',
      ],
    ])('%s', (_name, input, loc, path) => {
      expectPolicyError(
        () => dibaoGapSubsidy(deepFreeze(input) as never, deepFreeze(loc) as never),
        'dibao.gapSubsidy',
        path,
      );
    });
    it('an unknown reading, option or parameter', () => {
      expectPolicyError(
        () => dibaoGapSubsidy(ok, local, { readings: { incomeMeasure: 'weekly' } }),
        'dibao.gapSubsidy',
        'options.readings.incomeMeasure',
      );
      expectPolicyError(
        () => dibaoGapSubsidy(ok, local, { overrides: { 'dibao.gradualExitMonthsRural': 12 } }),
        'dibao.gapSubsidy',
        'options.overrides.dibao.gradualExitMonthsRural',
        'unknown_param',
      );
    });
  });
});
