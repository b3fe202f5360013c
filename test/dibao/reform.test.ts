/**
 * Every figure chapter 8 fixes for Dibao is a parameter: a reform (options.overrides) changes the results AND the
 * trace texts (no figure of the plan is a literal in a sentence or a formula).
 */
import { describe, expect, it } from 'vitest';
import { compareReform } from '../../src/core/reform.js';
import { getParam } from '../../src/index.js';
import {
  checkGradualExit,
  checkTwoLinesMerge,
  countableIncome,
  DIBAO_PARAMS,
  DIBAO_RULE_IDS,
  DIBAO_RULES,
  gradualExitSchedule,
} from '../../src/dibao/index.js';
import { expectPolicyError } from './helpers.js';

const household = { householdType: 'ruralDibao', temporarilyExited: true, members: 2 } as const;
const local = { standard: '4000' } as const;
/** Whether `figure` stands alone in the text (not as part of another number: 200 in 12000 does not count). */
const standsAlone = (figure: string) => new RegExp(`(?<![\\d.])${figure}(?![\\d.])`, 'u');
const texts = (r: { trace: readonly { text: { zh: string; en: string } }[] }): string =>
  r.trace.map((s) => `${s.text.zh}\n${s.text.en}`).join('\n');

describe('the dibao parameters', () => {
  it('are registered, each read by a rule that names it, with the plan’s value', () => {
    expect(DIBAO_PARAMS.map((p) => [p.id, p.versions.at(-1)?.value])).toEqual([
      ['dibao.gradualExitIncomeLimit', '200'],
      ['dibao.gradualExitMonthsRural', '18'],
      ['dibao.gradualExitMonthsDisabled', '24'],
      ['dibao.monthsPerQuarter', '3'],
      ['dibao.campaignPeriodStart', '2016-01-01'],
      ['dibao.campaignPeriodEnd', '2020-12-31'],
      ['dibao.campaignPeriodEndBasicallyComplete', '2019-12-31'],
      ['dibao.twoLinesMergeDeadlineYear', '2018'],
    ]);
    const named = new Set(DIBAO_RULES.flatMap((r) => r.params));
    for (const p of DIBAO_PARAMS) {
      expect(getParam(p.id)).toBe(p);
      expect(named.has(p.id), p.id).toBe(true);
    }
    expect(getParam('dibao.gradualExitIncomeLimit').bound).toBe('低于');
  });

  it('DIBAO_RULE_IDS names every rule of the area', () => {
    expect(Object.values(DIBAO_RULE_IDS)).toEqual(DIBAO_RULES.map((r) => r.id));
  });
});

describe('reforms of gradual exit', () => {
  it('an income limit of 150%: 15999.99 is no longer below 4000 × 2 × 150% = 12000; the sentences say 150 %', () => {
    const c = compareReform(
      (o) => checkGradualExit({ ...household, householdIncome: '11999.99' }, local, o),
      {
        overrides: { 'dibao.gradualExitIncomeLimit': 150 },
      },
    );
    expect(c.plan.eligible).toBe(true);
    expect(c.reform.eligible).toBe(true); // 11999.99 < 12000
    const at = (income: string) =>
      checkGradualExit({ ...household, householdIncome: income }, local, {
        overrides: { 'dibao.gradualExitIncomeLimit': 150 },
      });
    const r = at('15999.99');
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(['incomeNotBelowLimit']);
    expect(r.annualIncomeLimit.toString()).toBe('6000.00'); // 4000 × 150%
    expect(r.trace[2]?.inputs.formula).toBe('15999.99 < 4000.00 × 2 × 150% = 12000.00');
    expect(r.trace[2]?.text.zh).toContain('低于当地低保标准的 150 %');
    expect(r.trace[2]?.text.en).toContain('lower than 150 % of the local standard');
    expect(texts(c.plan)).toMatch(standsAlone('200')); // the check can fail
    expect(texts(r)).not.toMatch(standsAlone('200'));
    expect(texts(at('1')).match(/\d+ ?%/gu)).toEqual(['150 %', '150%', '150 %', '150%']);
    expect(r.params.find((p) => p.id === 'dibao.gradualExitIncomeLimit')).toMatchObject({
      value: '150',
      source: 'override',
    });
  });

  it('12 months for a rural household: 4 quarters, 600 × 3 × (4 + 3 + 2 + 1)/4 = 4500, the sentences say 12', () => {
    const options = { overrides: { 'dibao.gradualExitMonthsRural': 12 } };
    const check = checkGradualExit({ ...household, householdIncome: '1000' }, local, options);
    expect([check.months, check.quarters]).toEqual([12, 4]);
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2018-12-31', baseMonthlySubsidy: '600' },
      options,
    );
    expect(s.quarters.map((q) => q.amount.toString())).toEqual(['1800.00', '1350.00', '900.00', '450.00']);
    expect([s.total.toString(), s.endDate]).toEqual(['4500.00', '2019-12-31']);
    expect(s.trace[0]?.text.zh).toBe('农村低保家庭继续享受低保 12 个月，每季 3 个月，共 4 季');
    expect(check.trace[3]?.text.en).toBe(
      'a rural Dibao household keeps Dibao for 12 months (4 quarters of 3 months)',
    );
    expect(texts(s) + texts(check)).not.toMatch(standsAlone('18'));
  });

  it('36 months for a disabled household: 12 quarters ending 2018-12-31 + 36 months = 2021-12-31', () => {
    const s = gradualExitSchedule(
      { householdType: 'disabledDibao', startDate: '2018-12-31', baseMonthlySubsidy: '120' },
      { overrides: { 'dibao.gradualExitMonthsDisabled': '36' } },
    );
    expect(s.quarters).toHaveLength(12);
    expect(s.endDate).toBe('2021-12-31');
    expect(s.trace[0]?.text.en).toBe(
      'a disabled Dibao household keeps Dibao for 36 months: 12 quarters of 3 months',
    );
    // 120 × 3 × (12 + 11 + … + 1)/12 = 360 × 6.5 = 2340
    expect(s.total.toString()).toBe('2340.00');
  });

  it('a monthly decrease (1 month per step): 18 steps of 600 × 18/18 … 1/18; total 600 × 9.5 = 5700', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2018-12-31', baseMonthlySubsidy: '600' },
      { overrides: { 'dibao.monthsPerQuarter': 1 } },
    );
    expect(s.quarters).toHaveLength(18);
    expect(s.quarters[0]).toMatchObject({ start: '2019-01-01', end: '2019-01-31', months: 1 });
    expect(s.quarters.map((q) => q.amount.toString()).slice(0, 3)).toEqual(['600.00', '566.67', '533.33']);
    expect(s.total.toString()).toBe('5700.00');
    expect(s.trace[2]?.text.zh).toBe('每季全额补助：600.00 元 × 1 个月 = 600.00 元');
  });

  it('4 months per step over 18 months: 4 + 4 + 4 + 4 + 2, the last step shorter; 600 × (4 × 5/5 + 4 × 4/5 + 4 × 3/5 + 4 × 2/5 + 2 × 1/5) = 600 × 11.6 = 6960', () => {
    const s = gradualExitSchedule(
      { householdType: 'ruralDibao', startDate: '2018-12-31', baseMonthlySubsidy: '600' },
      { overrides: { 'dibao.monthsPerQuarter': 4 } },
    );
    expect(s.quarters.map((q) => [q.months, q.amount.toString(), q.end])).toEqual([
      [4, '2400.00', '2019-04-30'],
      [4, '1920.00', '2019-08-31'],
      [4, '1440.00', '2019-12-31'],
      [4, '960.00', '2020-04-30'],
      [2, '240.00', '2020-06-30'],
    ]);
    expect(s.quarters.at(-1)?.monthlyAmounts.map(String)).toEqual(['120.00', '120.00']);
    expect(s.total.toString()).toBe('6960.00');
    expect(s.baseQuarterlySubsidy.toString()).toBe('2400.00');
  });

  it.each([
    ['dibao.monthsPerQuarter', 0],
    ['dibao.gradualExitMonthsRural', 0],
    ['dibao.gradualExitMonthsRural', 1201],
  ])('refuses %s = %s at the override’s path', (id, value) => {
    const options = { overrides: { [id]: value } };
    expectPolicyError(
      () =>
        gradualExitSchedule(
          { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '1' },
          options,
        ),
      'dibao.gradualExit',
      `options.overrides.${id}`,
      'out_of_range',
    );
    expectPolicyError(
      () => checkGradualExit({ ...household, householdIncome: '1' }, local, options),
      'dibao.gradualExit',
      `options.overrides.${id}`,
      'out_of_range',
    );
  });

  it('a factor table must match a reform’s quarter count: 12 months → 4 factors', () => {
    expectPolicyError(
      () =>
        gradualExitSchedule(
          { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '1' },
          { overrides: { 'dibao.gradualExitMonthsRural': 12 }, factors: [1, 1, 1, 1, 1, 1] },
        ),
      'dibao.gradualExit',
      'options.factors',
      'wrong_length',
    );
  });
});

describe('reforms of the campaign period and the merge deadline', () => {
  const returns = { kind: 'guaranteedProjectReturns', amount: '500', recipientUnableToWork: true } as const;

  it('a campaign period ending 2021-06-30: returns assessed on 2021-03-01 are exempt; the sentence shows the new end', () => {
    const c = compareReform((o) => countableIncome({ assessmentDate: '2021-03-01', items: [returns] }, o), {
      overrides: { 'dibao.campaignPeriodEnd': '2021-06-30' },
    });
    expect([c.plan.exempt.toString(), c.reform.exempt.toString()]).toEqual(['0.00', '500.00']);
    expect(c.reform.trace[0]?.text.zh).toBe('评估日在脱贫攻坚期内？2016-01-01 ≤ 2021-03-01 ≤ 2021-06-30：是');
    expect(texts(c.reform)).not.toMatch(/2020-12-31/u);
  });

  it('a campaign period starting 2017-01-01: returns assessed on 2016-06-30 are counted', () => {
    const r = countableIncome(
      { assessmentDate: '2016-06-30', items: [returns] },
      { overrides: { 'dibao.campaignPeriodStart': '2017-01-01' } },
    );
    expect(r.items[0]?.reason).toBe('outsideCampaignPeriod');
    expect(r.trace[0]?.text.en).toBe(
      'assessment date within the campaign period (脱贫攻坚期内)? 2017-01-01 ≤ 2016-06-30 ≤ 2020-12-31: no',
    );
  });

  it('under through2019, its end moved to 2020-06-30: returns assessed on 2020-03-01 are exempt', () => {
    const r = countableIncome(
      { assessmentDate: '2020-03-01', items: [returns] },
      {
        readings: { campaignPeriod: 'through2019' },
        overrides: { 'dibao.campaignPeriodEndBasicallyComplete': '2020-06-30' },
      },
    );
    expect(r.exempt.toString()).toBe('500.00');
    expect(r.trace[0]?.text.zh).toContain('≤ 2020-06-30');
  });

  it('a date override that is not a date is refused', () => {
    expectPolicyError(
      () =>
        countableIncome(
          { assessmentDate: '2020-03-01', items: [] },
          { overrides: { 'dibao.campaignPeriodEnd': '2020-02-30' } },
        ),
      'dibao.incomeExemption',
      'options.overrides.dibao.campaignPeriodEnd',
    );
  });

  it('a province-wide deadline of 2017 (reading allBy2018): 榆树市 must reach the line in 2017; the sentence says 2017', () => {
    const c = compareReform(
      (o) =>
        checkTwoLinesMerge(
          { region: '榆树市', year: 2017, standard: '2900', nationalPovertyLine: '3000' },
          o,
        ),
      { overrides: { 'dibao.twoLinesMergeDeadlineYear': 2017 } },
      { readings: { twoLinesMergeFrom: 'allBy2018' } },
    );
    expect([c.plan.compliant, c.reform.compliant]).toEqual([true, false]);
    expect(c.reform.trace[0]?.text).toEqual({
      zh: '所有地区农村低保标准于 2017 年全部达到国家扶贫标准',
      en: "every place's standard reaches the national poverty line by 2017",
    });
    expect(texts(c.plan)).toMatch(standsAlone('2018'));
    expect(texts(c.reform)).not.toMatch(standsAlone('2018'));
  });
});
