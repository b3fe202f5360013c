/**
 * finance.provincialFund, step by step: each trace step's citation, parameters, inputs, value and zh/en sentence
 * under both readings of `finance.fundIncrease`, a requested year, and the refusal of a year outside the schedule
 * (its message names the schedule's span, or `none` when an override leaves it empty). Found by mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { plainStep } from '../support/trace.js';
import { FINANCE_CITATIONS as C, provincialFundSchedule } from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const plain = plainStep;

const GROWTH_PARAMS = ['finance.fundAnnualIncrease', 'finance.fundStartYear', 'finance.fundYears'];

describe('provincialFundSchedule trace: the yearly extras, the check against 共计15亿元, the year asked about', () => {
  it('stacking, 2017: extras 1 + 2 + 3 + 4 + 5 = 15 = stated; 2017 is up 1 on 2016, 2 above 2015, 1 + 2 = 3 so far', () => {
    const r = provincialFundSchedule({ year: 2017 });
    expect(r.trace.map(plain)).toEqual([
      {
        citations: [C.fundGrowth],
        params: GROWTH_PARAMS,
        inputs: { reading: 'stacking' },
        amount: null,
        value: '1 + 2 + 3 + 4 + 5',
        zh: '从 2016 年起连续 5 年每年增加 1 亿元（逐年累加）：各年新增 1、2、3、4、5 亿元',
        en: '1 亿元 (100 million yuan) more each year for 5 years from 2016 (increases stack): extras 1, 2, 3, 4, 5 亿元',
      },
      {
        citations: [C.fundTotal],
        params: ['finance.fundStatedTotal'],
        inputs: { totalExtraYi: '15' },
        amount: null,
        value: true,
        zh: '合计 15 亿元，与规划所写共计 15 亿元相符',
        en: '15 亿元 in all, equal to the stated 15 亿元 (100 million yuan)',
      },
      {
        citations: [C.fundGrowth],
        params: [],
        inputs: { year: 2017 },
        amount: null,
        value: '3',
        zh: '2017 年：比上年增加 1 亿元，比基期多 2 亿元，累计新增 3 亿元',
        en: '2017: up 1 亿元 on the year before, 2 亿元 above the base, 3 亿元 extra in all so far',
      },
    ]);
  });

  it('flat, 2019: extras 1 + 1 + 1 + 1 + 1 = 5 ≠ 15; 2019 is up 0 on 2018, 1 above 2015, 4 × 1 = 4 so far', () => {
    const r = provincialFundSchedule({ year: 2019 }, { readings: { fundIncrease: 'flat' } });
    expect(r.trace.map(plain)).toEqual([
      {
        citations: [C.fundGrowth],
        params: GROWTH_PARAMS,
        inputs: { reading: 'flat' },
        amount: null,
        value: '1 + 1 + 1 + 1 + 1',
        zh: '从 2016 年起连续 5 年每年增加 1 亿元（每年均比基期多同一数额）：各年新增 1、1、1、1、1 亿元',
        en: '1 亿元 (100 million yuan) more each year for 5 years from 2016 (the same extra every year): extras 1, 1, 1, 1, 1 亿元',
      },
      {
        citations: [C.fundTotal],
        params: ['finance.fundStatedTotal'],
        inputs: { totalExtraYi: '5' },
        amount: null,
        value: false,
        zh: '合计 5 亿元，不等于规划所写共计 15 亿元',
        en: '5 亿元 in all, not the stated 15 亿元 (100 million yuan)',
      },
      {
        citations: [C.fundGrowth],
        params: [],
        inputs: { year: 2019 },
        amount: null,
        value: '4',
        zh: '2019 年：比上年增加 0 亿元，比基期多 1 亿元，累计新增 4 亿元',
        en: '2019: up 0 亿元 on the year before, 1 亿元 above the base, 4 亿元 extra in all so far',
      },
    ]);
  });

  it('a reform of 2 亿元 a year for 3 years from 2017: extras 2 + 4 + 6 = 12, not the stated 15', () => {
    const r = provincialFundSchedule(undefined, {
      overrides: {
        'finance.fundAnnualIncrease': '2',
        'finance.fundYears': '3',
        'finance.fundStartYear': '2017',
      },
    });
    expect(r.trace.map((s) => [s.value, s.text.zh, s.text.en])).toEqual([
      [
        '2 + 4 + 6',
        '从 2017 年起连续 3 年每年增加 2 亿元（逐年累加）：各年新增 2、4、6 亿元',
        '2 亿元 (100 million yuan) more each year for 3 years from 2017 (increases stack): extras 2, 4, 6 亿元',
      ],
      [
        false,
        '合计 12 亿元，不等于规划所写共计 15 亿元',
        '12 亿元 in all, not the stated 15 亿元 (100 million yuan)',
      ],
    ]);
  });
});

describe('provincialFundSchedule refuses a year outside the schedule, naming its span', () => {
  it.each([
    ['2015, the year before 2016–2020', 2015, {}, '2016–2020'],
    ['2021, the year after 2016–2020', 2021, {}, '2016–2020'],
    [
      '2016 under 3 years from 2017 (2017–2019)',
      2016,
      { 'finance.fundStartYear': '2017', 'finance.fundYears': '3' },
      '2017–2019',
    ],
    ['2016 when an override leaves no years at all', 2016, { 'finance.fundYears': '0' }, 'none'],
  ])('%s', (_name, year, overrides, span) => {
    const e = refusal(() => provincialFundSchedule({ year }, { overrides }));
    expect(e.ruleId).toBe('finance.provincialFund');
    expect(e.issues).toEqual([
      {
        path: 'year',
        value: year,
        message: `must be a year of the schedule (${span})`,
        code: 'out_of_range',
      },
    ]);
  });

  it('the first and last years are in the schedule (2016 → 1 so far, 2020 → 15 so far)', () => {
    expect(provincialFundSchedule({ year: 2016 }).requested?.cumulativeExtraYi.toString()).toBe('1');
    expect(provincialFundSchedule({ year: 2020 }).requested?.cumulativeExtraYi.toString()).toBe('15');
  });
});
