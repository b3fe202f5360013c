import { describe, expect, it } from 'vitest';
import {
  checkTwoLinesMerge,
  defineDibaoStandards,
  dibaoGapSubsidy,
  ILLUSTRATIVE_DIBAO_STANDARDS,
} from '../../src/dibao/index.js';
import { deepFreeze, expectPolicyError, policyError } from './helpers.js';

describe('dibao.localStandard: local Dibao standards are validated parameters', () => {
  it('a table resolves regions by any name and gives the annual amount (300 a month × 12 = 3600)', () => {
    const table = defineDibaoStandards(
      deepFreeze([
        { region: '延吉市', year: 2019, amount: '4000' },
        { region: '长白朝鲜族自治县', year: 2019, amount: '300', period: 'month' },
      ]),
    );
    expect(table.illustrative).toBe(false);
    expect(table.standardFor('延吉市', 2019).annualAmount.toString()).toBe('4000.00');
    const changbai = table.standardFor('长白县', 2019);
    expect(changbai.regionName).toBe('长白县');
    expect(changbai.annualAmount.toString()).toBe('3600.00');
    expect(table.tryStandardFor('延吉市', 2020)).toBeUndefined();
    expect(Object.isFrozen(table.entries)).toBe(true);
  });

  it('the illustrative set says so, in its flag and each source', () => {
    expect(ILLUSTRATIVE_DIBAO_STANDARDS.illustrative).toBe(true);
    for (const e of ILLUSTRATIVE_DIBAO_STANDARDS.entries) expect(e.source).toMatch(/^ILLUSTRATIVE/u);
  });

  it('a household in 延吉市 in 2019 (illustrative 3900): 3900 × 3 − 9000 = 2700 a year, 225 a month', () => {
    const s = ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2019);
    const r = dibaoGapSubsidy({ members: 3, householdIncome: '9000' }, s);
    expect(r.monthly.toString()).toBe('225.00');
    expect([s.standard.toString(), s.standardPeriod]).toEqual(['3900.00', 'year']);
  });

  it('an unknown region is refused with suggestions', () => {
    const error = policyError(() => defineDibaoStandards([{ region: '延吉县', year: 2019, amount: '4000' }]));
    expect(error.ruleId).toBe('dibao.localStandard');
    expect(error.path).toBe('[0].region');
    expect(error.issues[0]?.code).toBe('unknown_region');
    expect(error.suggestions).toContain('延吉市');
  });

  it.each([
    ['a negative amount', [{ region: '延吉市', year: 2019, amount: '-1' }], '[0].amount', undefined],
    ['a zero amount', [{ region: '延吉市', year: 2019, amount: 0 }], '[0].amount', undefined],
    ['a year out of range', [{ region: '延吉市', year: 1999, amount: '1' }], '[0].year', undefined],
    [
      'the same region and year twice',
      [
        { region: '延吉市', year: 2019, amount: '1' },
        { region: 'yanji', year: 2019, amount: '2' },
      ],
      '[1]',
      'duplicate_standard',
    ],
  ])('refuses %s', (_name, entries, path, code) => {
    expectPolicyError(() => defineDibaoStandards(deepFreeze(entries)), 'dibao.localStandard', path, code);
  });

  it('no standard for the year is refused (no_standard); an unknown place is refused at lookup', () => {
    expectPolicyError(
      () => ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2015),
      'dibao.localStandard',
      'region',
      'no_standard',
    );
    expectPolicyError(
      () => ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('Atlantis', 2019),
      'dibao.localStandard',
      'region',
      'unknown_region',
    );
  });
});

describe('dibao.twoLinesMerge: 确保 2018 年所有地区农村低保标准全部达到国家扶贫标准 (专栏6)', () => {
  const line = '3000'; // a caller's national poverty line per person per year (illustrative)
  it.each([
    [
      '榆树市 (专栏6: 2017) in 2016: not yet required, compliant though below',
      '榆树市',
      2016,
      '2900',
      2017,
      false,
      false,
      true,
      '100.00',
    ],
    [
      '榆树市 in 2017: required, 2900 < 3000, short by 100',
      '榆树市',
      2017,
      '2900',
      2017,
      true,
      false,
      false,
      '100.00',
    ],
    [
      '延吉市 (2016) in 2016: 3000 reaches 3000 (不低于 includes it)',
      '延吉市',
      2016,
      '3000',
      2016,
      true,
      true,
      true,
      '0.00',
    ],
    ['长白县 (2018) in 2017: not yet required', '长白县', 2017, '2500', 2018, false, false, true, '500.00'],
    ['长白县 in 2019: required and met', '长白县', 2019, '3100', 2018, true, true, true, '0.00'],
  ] as const)('%s', (_name, region, year, standard, mergeYear, must, reaches, compliant, shortfall) => {
    const r = checkTwoLinesMerge(deepFreeze({ region, year, standard, nationalPovertyLine: line }));
    expect([r.mergeYear, r.mustReachLine, r.reachesLine, r.compliant]).toEqual([
      mergeYear,
      must,
      reaches,
      compliant,
    ]);
    expect(r.shortfall.toString()).toBe(shortfall);
  });

  it('a monthly standard: 250 × 12 = 3000 reaches a 3000 line', () => {
    const r = checkTwoLinesMerge({
      region: '长白县',
      year: 2018,
      standard: '250',
      standardPeriod: 'month',
      nationalPovertyLine: line,
    });
    expect(r.annualStandard.toString()).toBe('3000.00');
    expect(r.compliant).toBe(true);
  });

  it('reading allBy2018: 榆树市 is not required before 2018', () => {
    const r = checkTwoLinesMerge(
      { region: '榆树市', year: 2017, standard: '2900', nationalPovertyLine: line },
      { readings: { twoLinesMergeFrom: 'allBy2018' } },
    );
    expect(r.mustReachLine).toBe(false);
    expect(r.requiredFrom).toBe(2018);
    expect(r.readings.twoLinesMergeFrom).toBe('allBy2018');
    expect(r.params.map((p) => [p.id, p.value])).toEqual([['dibao.twoLinesMergeDeadlineYear', '2018']]);
    expect(r.trace[0]?.text).toEqual({
      zh: '所有地区农村低保标准于 2018 年全部达到国家扶贫标准',
      en: "every place's standard reaches the national poverty line by 2018",
    });
  });

  it('traces the merge year from 专栏6, whether it is required, and whether the standard reaches the line', () => {
    const r = checkTwoLinesMerge({
      region: '榆树市',
      year: 2017,
      standard: '2900',
      nationalPovertyLine: line,
    });
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '榆树市“两线合一”年份（专栏6 分年度差异性提标时序表）：2017 年',
      '2017 年是否须达到国家扶贫标准：2017 ≥ 2017：是',
      '年低保标准达到（不低于）国家扶贫标准：2900.00 ≥ 3000.00：否',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      "year from which 榆树市's standard must reach the line (box 6 timetable): 2017",
      'required in 2017? 2017 ≥ 2017: yes',
      'annual standard not less than the national poverty line: 2900.00 ≥ 3000.00: no',
    ]);
    expect(r.params).toEqual([]); // the 专栏6 year comes from the timetable area, not from a dibao parameter
  });

  it('timetable readings pass through options.timetable; an unknown one is refused there', () => {
    expectPolicyError(
      () =>
        checkTwoLinesMerge(
          { region: '榆树市', year: 2017, standard: '2900', nationalPovertyLine: line },
          { timetable: { cityDistricts: 'everything' } },
        ),
      'dibao.twoLinesMerge',
      'options.timetable.cityDistricts',
    );
  });

  it('refuses an unknown region, a prefecture listed by parts, and a missing national line', () => {
    expectPolicyError(
      () => checkTwoLinesMerge({ region: '榆树县', year: 2017, standard: '1', nationalPovertyLine: line }),
      'dibao.twoLinesMerge',
      'region',
      'unknown_region',
    );
    expectPolicyError(
      () => checkTwoLinesMerge({ region: '吉林省', year: 2017, standard: '1', nationalPovertyLine: line }),
      'dibao.twoLinesMerge',
      'region',
    );
    expectPolicyError(
      () => checkTwoLinesMerge({ region: '榆树市', year: 2017, standard: '1' } as never),
      'dibao.twoLinesMerge',
      'nationalPovertyLine',
    );
  });
});
