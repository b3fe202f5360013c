/**
 * dibao.localStandard and dibao.twoLinesMerge, step by step: a town takes its county's standard, each merge
 * step's citations, parameters and formula, and both sides of 达到 (不低于: equal reaches) and of the year from
 * which the line is required (that year included) (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { checkTwoLinesMerge, defineDibaoStandards } from '../../src/dibao/index.js';
import { policyError } from './helpers.js';

const BOX6 = '分年度差异性提标时序表';
const BY2018 = '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准';
const quotes = (cs: readonly { readonly quote: string }[] | undefined) => (cs ?? []).map((c) => c.quote);

describe('a table of standards: a place without its own entry takes the nearest containing region’s', () => {
  const table = () =>
    defineDibaoStandards([
      { region: '靖宇县', year: 2019, amount: '3600' },
      { region: '赤松镇', year: 2019, amount: '3700', source: 'town figure' },
    ]);

  it('靖宇镇 (no entry) takes 靖宇县’s 3600; 赤松镇 keeps its own 3700', () => {
    const t = table();
    expect(t.standardFor('靖宇镇', 2019)).toMatchObject({ regionName: '靖宇县', year: 2019 });
    expect(t.standardFor('靖宇镇', 2019).amount.toString()).toBe('3600.00');
    expect(t.standardFor('赤松镇', 2019).regionName).toBe('赤松镇');
    expect(t.standardFor('赤松镇', 2019).source).toBe('town figure');
  });

  it('a year without an entry anywhere up the chain (2020) and the province itself find nothing', () => {
    const t = table();
    expect(t.tryStandardFor('靖宇镇', 2020)).toBeUndefined();
    expect(t.tryStandardFor('吉林省', 2019)).toBeUndefined();
    expect(t.tryStandardFor('延吉市', 2019)).toBeUndefined();
  });

  it('an entry without a source has no source key; a table is not illustrative unless it says so', () => {
    const t = table();
    expect('source' in (t.entries[0] ?? {})).toBe(false);
    expect(t.illustrative).toBe(false);
    expect(defineDibaoStandards([], { illustrative: false }).illustrative).toBe(false);
    expect(defineDibaoStandards([], { illustrative: true }).illustrative).toBe(true);
    expect(defineDibaoStandards([], {}).illustrative).toBe(false);
  });

  it('the same region in two years is two entries (the key is region and year)', () => {
    const t = defineDibaoStandards([
      { region: '延吉市', year: 2018, amount: '1' },
      { region: '延吉市', year: 2019, amount: '2' },
    ]);
    expect([
      t.standardFor('延吉市', 2018).amount.toString(),
      t.standardFor('延吉市', 2019).amount.toString(),
    ]).toEqual(['1.00', '2.00']);
  });
});

describe('checkTwoLinesMerge, each step whole', () => {
  it('榆树市 (专栏6: 2017) in 2016, 2999.99 against 3000: not yet required (2016 ≥ 2017 no), short 0.01, compliant', () => {
    const r = checkTwoLinesMerge({
      region: '榆树市',
      year: 2016,
      standard: '2999.99',
      nationalPovertyLine: '3000',
    });
    expect(r.trace.map((s) => [quotes(s.citations), s.params, s.inputs, s.value, s.amount])).toEqual([
      [[BOX6], [], { formula: '专栏6: 2017' }, 2017, null],
      [[], [], { formula: '2016 ≥ 2017' }, false, null],
      [[BY2018], [], { formula: '2999.99 ≥ 3000.00' }, false, null],
    ]);
    expect(r.trace.map((s) => s.text)).toEqual([
      {
        zh: '榆树市“两线合一”年份（专栏6 分年度差异性提标时序表）：2017 年',
        en: "year from which 榆树市's standard must reach the line (box 6 timetable): 2017",
      },
      { zh: '2016 年是否须达到国家扶贫标准：2016 ≥ 2017：否', en: 'required in 2016? 2016 ≥ 2017: no' },
      {
        zh: '年低保标准达到（不低于）国家扶贫标准：2999.99 ≥ 3000.00：否',
        en: 'annual standard not less than the national poverty line: 2999.99 ≥ 3000.00: no',
      },
    ]);
    expect([r.regionId, r.regionName, r.year, r.mergeYear, r.requiredFrom]).toEqual([
      'yushu',
      '榆树市',
      2016,
      2017,
      2017,
    ]);
    expect([r.mustReachLine, r.reachesLine, r.compliant]).toEqual([false, false, true]);
    expect([r.annualStandard, r.nationalPovertyLine, r.shortfall].map(String)).toEqual([
      '2999.99',
      '3000.00',
      '0.01',
    ]);
    expect(quotes(r.citations)).toEqual(['实现农村低保标准与扶贫标准“两线合一”', BY2018, BOX6]);
    expect(r.date).toBeNull();
  });

  it('榆树市 in 2017 (the merge year itself is required), 3000 reaches 3000 (不低于: equal reaches): yes / yes', () => {
    const r = checkTwoLinesMerge({
      region: '榆树市',
      year: 2017,
      standard: '3000',
      nationalPovertyLine: '3000',
    });
    expect(r.trace.map((s) => s.value)).toEqual([2017, true, true]);
    expect(r.trace[1]?.text.en).toBe('required in 2017? 2017 ≥ 2017: yes');
    expect(r.trace[2]?.text.zh).toBe('年低保标准达到（不低于）国家扶贫标准：3000.00 ≥ 3000.00：是');
    expect([r.mustReachLine, r.reachesLine, r.compliant, r.shortfall.toString()]).toEqual([
      true,
      true,
      true,
      '0.00',
    ]);
  });

  it('a monthly standard 249.99 × 12 = 2999.88 falls 0.12 short of 3000 in 2018 (required): not compliant', () => {
    const r = checkTwoLinesMerge({
      region: '长白县',
      year: 2018,
      standard: '249.99',
      standardPeriod: 'month',
      nationalPovertyLine: '3000',
    });
    expect([r.annualStandard.toString(), r.shortfall.toString(), r.compliant]).toEqual([
      '2999.88',
      '0.12',
      false,
    ]);
    expect(r.trace[2]?.inputs.formula).toBe('2999.88 ≥ 3000.00');
  });

  it('allBy2018: the deadline step cites 确保 2018 年… and reads the deadline parameter; 2018 ≥ 2018 is required', () => {
    const r = checkTwoLinesMerge(
      { region: '延吉市', year: 2018, standard: '2900', nationalPovertyLine: '3000' },
      { readings: { twoLinesMergeFrom: 'allBy2018' } },
    );
    expect(r.trace.map((s) => [quotes(s.citations), s.params, s.inputs, s.value])).toEqual([
      [[BY2018], ['dibao.twoLinesMergeDeadlineYear'], { formula: 'all places by 2018' }, 2018],
      [[], [], { formula: '2018 ≥ 2018' }, true],
      [[BY2018], [], { formula: '2900.00 ≥ 3000.00' }, false],
    ]);
    expect([r.mergeYear, r.requiredFrom, r.compliant]).toEqual([2016, 2018, false]);
  });

  it('a reform of the deadline to 2019 moves the step and its sentences: 2018 ≥ 2019 is not required', () => {
    const r = checkTwoLinesMerge(
      { region: '延吉市', year: 2018, standard: '2900', nationalPovertyLine: '3000' },
      {
        readings: { twoLinesMergeFrom: 'allBy2018' },
        overrides: { 'dibao.twoLinesMergeDeadlineYear': 2019 },
      },
    );
    expect(r.trace[0]?.text).toEqual({
      zh: '所有地区农村低保标准于 2019 年全部达到国家扶贫标准',
      en: "every place's standard reaches the national poverty line by 2019",
    });
    expect(r.trace[0]?.inputs.formula).toBe('all places by 2019');
    expect([r.requiredFrom, r.mustReachLine, r.compliant]).toEqual([2019, false, true]);
  });

  it('options.timetable passes the reading of timetable.cityDistricts: 朝阳区 is 2016 under otherDistricts, refused under listedOnly', () => {
    const input = { region: '朝阳区', year: 2016, standard: '3000', nationalPovertyLine: '3000' };
    expect(checkTwoLinesMerge(input, { timetable: { cityDistricts: 'otherDistricts' } }).mergeYear).toBe(
      2016,
    );
    expect(checkTwoLinesMerge(input, { timetable: {} }).mergeYear).toBe(2016);
    const e = policyError(() => checkTwoLinesMerge(input, { timetable: { cityDistricts: 'listedOnly' } }));
    expect([e.ruleId, e.issues]).toEqual([
      'dibao.twoLinesMerge',
      [
        {
          path: 'region',
          value: '朝阳区',
          message:
            'is not named in 专栏6; under the reading listedOnly it does not resolve to 长春市（市辖区）',
          code: 'not_listed',
        },
      ],
    ]);
    expect(e.suggestions).toEqual(['长春市（市辖区）']);
  });
});
