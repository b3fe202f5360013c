/**
 * Chapter 12, section 2, step by step: the land quota's trace (one county and one year, several of each, a place
 * with none), the matching-funds waiver's trace for all four combinations, and the refusals the finance area's
 * place and 亿元 helpers pass on (an unknown or ambiguous place, an override finer than one fen).
 */
import { describe, expect, it } from 'vitest';
import {
  checkCountyMatching,
  FINANCE_CITATIONS as C,
  landQuota,
  provincialFundSchedule,
} from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const step = (
  ruleId: string,
  s: {
    citations: readonly unknown[];
    params: readonly string[];
    inputs: Record<string, unknown>;
    value: unknown;
    zh: string;
    en: string;
  },
) => ({
  ruleId,
  citations: s.citations,
  params: s.params,
  inputs: s.inputs,
  amount: null,
  value: s.value,
  payer: null,
  text: { zh: s.zh, en: s.en },
});

describe('landQuota: the whole trace step', () => {
  const landStep = (
    place: string,
    keyCounties: number,
    years: number,
    value: string,
    zh: string,
    en: string,
  ) =>
    step('finance.landQuota', {
      citations: [C.landQuota],
      params: ['finance.landQuotaMu'],
      inputs: { place, keyCounties, years },
      value,
      zh,
      en,
    });

  it.each([
    [
      '汪清县',
      1,
      landStep(
        '汪清县',
        1,
        1,
        '600',
        '汪清县：1 个重点县 × 每年每县 600 亩 × 1 年 = 600 亩',
        '1 national key county × 600 mu a year × 1 year = 600 mu',
      ),
    ],
    [
      '汪清县',
      3,
      landStep(
        '汪清县',
        1,
        3,
        '1800',
        '汪清县：1 个重点县 × 每年每县 600 亩 × 3 年 = 1800 亩',
        '1 national key county × 600 mu a year × 3 years = 1800 mu',
      ),
    ],
    [
      '白城市',
      1,
      landStep(
        '白城市',
        3,
        1,
        '1800',
        '镇赉县、通榆县、大安市：3 个重点县 × 每年每县 600 亩 × 1 年 = 1800 亩',
        '3 national key counties × 600 mu a year × 1 year = 1800 mu',
      ),
    ],
    [
      '白城市',
      2,
      landStep(
        '白城市',
        3,
        2,
        '3600',
        '镇赉县、通榆县、大安市：3 个重点县 × 每年每县 600 亩 × 2 年 = 3600 亩',
        '3 national key counties × 600 mu a year × 2 years = 3600 mu',
      ),
    ],
    [
      '长春市',
      1,
      landStep(
        '长春市',
        0,
        1,
        '0',
        '长春市不是国家扶贫开发工作重点县，也不含重点县：无专项指标',
        'Changchun is not and contains no national key county: no dedicated quota',
      ),
    ],
    [
      '梨树县',
      4,
      landStep(
        '梨树县',
        0,
        4,
        '0',
        '梨树县不是国家扶贫开发工作重点县，也不含重点县：无专项指标',
        'Lishu County is not and contains no national key county: no dedicated quota',
      ),
    ],
  ] as const)('%s over %i year(s)', (place, years, expected) => {
    expect(landQuota({ place, years }).trace).toEqual([expected]);
  });
});

describe('landQuota: an unknown or ambiguous place is refused with the registry’s message, code and names', () => {
  it('长百县 is no place: unknown_region, the registry’s sentence, 长白县 suggested', () => {
    const e = refusal(() => landQuota({ place: '长百县' }));
    expect([e.ruleId, e.path, e.value]).toEqual(['finance.landQuota', 'place', '长百县']);
    expect(e.issues[0]?.message).toBe(
      'is not a place in the registry (a name, official name, alias, id or GB/T 2260 code)',
    );
    expect(e.issues[0]?.code).toBe('unknown_region');
    expect(e.suggestions).toContain('长白县');
  });

  it('通化 names both 通化市 and 通化县: ambiguous_region, both offered', () => {
    const e = refusal(() => landQuota({ place: '通化' }));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['finance.landQuota', 'place', 'ambiguous_region']);
    expect(e.issues[0]?.message).toMatch(/^names more than one place \(.*\); say which$/u);
    expect(e.suggestions).toEqual(expect.arrayContaining(['通化市', '通化县']));
  });
});

describe('checkCountyMatching: the whole trace step for each combination', () => {
  it.each([
    [
      true,
      true,
      true,
      '贫困地区公益性建设项目：取消县配套资金',
      'a public-interest project in a poor area: no county matching funds',
    ],
    [
      false,
      true,
      false,
      '县配套资金不因本条取消（不是公益性建设项目）',
      'county matching funds are not waived by this clause (not a public-interest project)',
    ],
    [
      true,
      false,
      false,
      '县配套资金不因本条取消（不在贫困地区）',
      'county matching funds are not waived by this clause (not in a poor area)',
    ],
    [
      false,
      false,
      false,
      '县配套资金不因本条取消（不是公益性建设项目；不在贫困地区）',
      'county matching funds are not waived by this clause (not a public-interest project; not in a poor area)',
    ],
  ] as const)(
    'public interest %s, in a poor area %s: waived %s',
    (publicInterest, inPoorArea, waived, zh, en) => {
      const r = checkCountyMatching({ publicInterest, inPoorArea });
      expect(r.waived).toBe(waived);
      expect(r.trace).toEqual([
        step('finance.countyMatchingWaiver', {
          citations: [C.matchingWaiver],
          params: [],
          inputs: { publicInterest, inPoorArea },
          value: waived,
          zh,
          en,
        }),
      ]);
    },
  );
});

describe('an override in 亿元 finer than one fen is refused', () => {
  it('1e-11 亿元 = 0.001 yuan: invalid_value at the override’s path, with the reason', () => {
    const e = refusal(() =>
      provincialFundSchedule(undefined, { overrides: { 'finance.fundAnnualIncrease': '1e-11' } }),
    );
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
      'finance.provincialFund',
      'options.overrides.finance.fundAnnualIncrease',
      'invalid_value',
    ]);
    expect(e.issues[0]?.message).toBe('is finer than one fen in yuan (at most 10 decimals of 亿元)');
  });
});
