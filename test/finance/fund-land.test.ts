/** Chapter 12, section 2: the provincial fund schedule, the land quota and the matching-funds waiver. */
import { describe, expect, it } from 'vitest';
import {
  checkCountyMatching,
  landQuota,
  provincialFundSchedule,
  PROVINCIAL_FUND_USES,
} from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

describe('provincial special fund: +1 亿元 a year from 2016 for five years, 15 亿元 in all', () => {
  it('the increases stack: extras 1, 2, 3, 4, 5 亿元, and 1 + 2 + 3 + 4 + 5 = 15 = the stated total', () => {
    const r = provincialFundSchedule();
    expect(
      r.years.map((y) => [
        y.year,
        y.increaseYi.toString(),
        y.extraYi.toString(),
        y.cumulativeExtraYi.toString(),
      ]),
    ).toEqual([
      [2016, '1', '1', '1'],
      [2017, '1', '2', '3'],
      [2018, '1', '3', '6'],
      [2019, '1', '4', '10'],
      [2020, '1', '5', '15'],
    ]);
    expect(r.totalExtraYi.toString()).toBe('15');
    expect(r.totalExtraYuan.toString()).toBe('1500000000.00');
    expect(r.years[4]?.extraYuan.toString()).toBe('500000000.00');
    expect(r.sumsToStated).toBe(true);
    expect(r.differenceYi.toString()).toBe('0');
    expect(r.requested).toBeNull();
  });

  it('2018, the third year: up 1 亿元 on 2017, 3 亿元 above 2015, 1 + 2 + 3 = 6 亿元 extra so far', () => {
    const r = provincialFundSchedule({ year: 2018 });
    expect(r.requested?.extraYi.toString()).toBe('3');
    expect(r.requested?.cumulativeExtraYi.toString()).toBe('6');
    expect(r.trace.at(-1)?.text.zh).toBe('2018 年：比上年增加 1 亿元，比基期多 3 亿元，累计新增 6 亿元');
  });

  it('the flat reading (1 亿元 above 2015 every year) gives 5 × 1 = 5, not the stated 15: the check fails by 10', () => {
    const r = provincialFundSchedule(undefined, { readings: { fundIncrease: 'flat' } });
    expect(r.years.map((y) => y.extraYi.toString())).toEqual(['1', '1', '1', '1', '1']);
    expect(r.years.map((y) => y.increaseYi.toString())).toEqual(['1', '0', '0', '0', '0']);
    expect(r.totalExtraYi.toString()).toBe('5');
    expect(r.sumsToStated).toBe(false);
    expect(r.differenceYi.toString()).toBe('-10');
    expect(r.trace[1]?.text.en).toBe('5 亿元 in all, not the stated 15 亿元 (100 million yuan)');
  });

  it('the uses the plan names: dangerous houses, relocation, demonstration villages, border counties, old base areas', () => {
    expect(provincialFundSchedule().uses.map((u) => u.zh)).toEqual(PROVINCIAL_FUND_USES.map((u) => u.zh));
    expect(PROVINCIAL_FUND_USES).toHaveLength(5);
    expect(PROVINCIAL_FUND_USES[0]?.zh).toBe('贫困户危房改造');
  });

  it('the envelope: rule id, the four parameters, the reading, a zh/en trace', () => {
    const r = provincialFundSchedule();
    expect(r.ruleId).toBe('finance.provincialFund');
    expect(r.date).toBeNull();
    expect(r.readings).toEqual({ fundIncrease: 'stacking' });
    expect(r.params.map((p) => p.id).sort()).toEqual([
      'finance.fundAnnualIncrease',
      'finance.fundStartYear',
      'finance.fundStatedTotal',
      'finance.fundYears',
    ]);
    expect(r.trace[0]?.text.zh).toBe(
      '从 2016 年起连续 5 年每年增加 1 亿元（逐年累加）：各年新增 1、2、3、4、5 亿元',
    );
  });

  it.each([
    [{ year: 2015 }, 'year'],
    [{ year: 2021 }, 'year'],
    [{ year: 2016.5 }, 'year'],
    [{ yaer: 2016 }, 'yaer'],
    ['2016', ''],
  ])('refuses %j at %s', (input, path) => {
    const e = refusal(() => provincialFundSchedule(input as never));
    expect(e.ruleId).toBe('finance.provincialFund');
    expect(e.path).toBe(path);
  });
});

describe('land quota: 每年每县专项安排600亩 for each national key county', () => {
  it.each([
    ['汪清县', 1, 1, '600'],
    ['222426', 1, 1, '600'], // 安图县 by its GB/T 2260 code
    ['梨树县', 1, 0, '0'],
    ['白城市', 1, 3, '1800'],
    ['延边州', 1, 4, '2400'],
    ['吉林省', 1, 8, '4800'],
    ['吉林省', 5, 8, '24000'],
    ['长春市', 1, 0, '0'],
  ] as const)('%s over %i year(s): %i key counties × 600 mu = %s mu', (place, years, counties, total) => {
    const r = landQuota({ place, years });
    expect(r.counties).toHaveLength(counties);
    expect(r.totalMu.toString()).toBe(total);
    expect(r.perCountyPerYearMu.toString()).toBe('600');
  });

  it('the trace names the counties and the arithmetic; a place without key counties gets none', () => {
    expect(landQuota({ place: '白城市' }).trace[0]?.text.zh).toBe(
      '镇赉县、通榆县、大安市：3 个重点县 × 每年每县 600 亩 × 1 年 = 1800 亩',
    );
    expect(landQuota({ place: '长春市' }).trace[0]?.text.en).toBe(
      'Changchun is not and contains no national key county: no dedicated quota',
    );
  });

  it('refuses an unknown place with suggestions, and a bad number of years', () => {
    const e = refusal(() => landQuota({ place: '长百县' }));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['finance.landQuota', 'place', 'unknown_region']);
    expect(e.suggestions).toContain('长白县');
    expect(refusal(() => landQuota({ place: '通化' })).issues[0]?.code).toBe('ambiguous_region');
    expect(refusal(() => landQuota({ place: '汪清县', years: 0 })).path).toBe('years');
    expect(refusal(() => landQuota({ place: 5 } as never)).path).toBe('place');
  });
});

describe('county matching funds: 贫困地区公益性建设项目取消县配套资金', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('public-interest %s, in a poor area %s → waived %s', (publicInterest, inPoorArea, waived) => {
    const r = checkCountyMatching({ publicInterest, inPoorArea });
    expect(r.waived).toBe(waived);
    expect(r.ruleId).toBe('finance.countyMatchingWaiver');
    expect(r.trace).toHaveLength(1);
  });

  it('says which condition is missing, and refuses a non-boolean', () => {
    expect(checkCountyMatching({ publicInterest: false, inPoorArea: false }).trace[0]?.text.en).toBe(
      'county matching funds are not waived by this clause (not a public-interest project; not in a poor area)',
    );
    expect(
      refusal(() => checkCountyMatching({ publicInterest: 'yes', inPoorArea: true } as never)).path,
    ).toBe('publicInterest');
  });
});
