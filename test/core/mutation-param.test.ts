/**
 * Parameters (src/core/param.ts), pinned for mutation testing (issue 15): the exact reasons a value is
 * refused, the exact refusals of a malformed definition, the version in force on each side of a `from` date,
 * and the exact zh/en text of each unit. Every definition is built inside its `it` so Stryker credits it.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { getParam } from '../../src/index.js';
import {
  canonicalParamValue,
  defineParam,
  formatParamLimit,
  formatParamValue,
  paramValueProblem,
  PLAN_START,
  versionOn,
  type Param,
  type ParamUnit,
  type ParamVersion,
} from '../../src/core/param.js';

const quote = '降低新农合大病保险报销起付线，由 1 万元降至 6000 元';

/** A definition of `core.x` with the given unit and versions (and any other field). */
function define(versions: readonly ParamVersion[], extra: Partial<Param> = {}): Param {
  return defineParam({
    id: 'core.x',
    area: 'core',
    title: { zh: '起付线', en: 'deductible' },
    unit: 'yuan',
    citation: cite({ chapter: 7, section: 2, quote }),
    versions,
    ...extra,
  });
}

describe('paramValueProblem: the exact reason a value is refused, by unit kind', () => {
  it.each<[ParamUnit, unknown, string | undefined]>([
    ['date', '2020-12-31', undefined],
    ['date', '2019-02-29', 'must be a calendar date as YYYY-MM-DD'],
    ['date', 20201231, 'must be a calendar date as YYYY-MM-DD'],
    ['date', null, 'must be a calendar date as YYYY-MM-DD'],
    ['yuan', true, 'must be a decimal string or number'],
    ['yuan', null, 'must be a decimal string or number'],
    ['yuan', 'abc', 'must be a finite decimal number'],
    ['yuan', Number.POSITIVE_INFINITY, 'must be a finite decimal number'],
    ['yuan', '-0.01', 'must not be negative'],
    ['yuan', 6000, undefined],
    ['yuan', '1.23', undefined],
    ['yuan', '1.234', 'must be exact to the fen (at most two decimals)'],
    ['yi', '1.234', undefined],
    ['rate', '1', undefined],
    ['rate', '1.01', 'must be a rate in [0, 1] (0.7 for 70%)'],
    ['percent', '200', undefined],
    ['months', '6', undefined],
    ['months', '1.5', 'must be a whole number'],
    ['count', '0.5', 'must be a whole number'],
  ])('%s %j → %s', (unit, value, expected) => {
    expect(paramValueProblem(unit, value)).toBe(expected);
  });
});

describe('canonicalParamValue: decimals in plain notation, dates as they are', () => {
  it.each<[ParamUnit, string | number, string]>([
    ['yuan', '6000.00', '6000'],
    ['rate', 0.0000001, '0.0000001'],
    ['rate', '.5', '0.5'],
    ['date', '2020-12-31', '2020-12-31'],
    ['yuan', 'abc', 'abc'],
  ])('%s %j → %s', (unit, value, expected) => {
    expect(canonicalParamValue(unit, value)).toBe(expected);
  });
});

describe('defineParam refuses a malformed definition with an exact message', () => {
  it.each<[string, () => Param, string]>([
    [
      'an id outside its area',
      () => define([{ from: null, value: '1' }], { id: 'medical.x' }),
      'param id "medical.x" is not of the form core.camelCase',
    ],
    [
      'an id not in camelCase',
      () => define([{ from: null, value: '1' }], { id: 'core.X' }),
      'param id "core.X" is not of the form core.camelCase',
    ],
    ['no version', () => define([]), 'param core.x has no value'],
    [
      'an unknown limit word',
      () => define([{ from: null, value: '1' }], { bound: 'toString' as never }),
      'param core.x has an unknown limit word toString',
    ],
    [
      'a value its unit refuses (money to the 1/1000 yuan)',
      () => define([{ from: null, value: '1.005' }]),
      'param core.x version 0: 1.005 must be exact to the fen (at most two decimals)',
    ],
    [
      'a from that is no calendar date (2019-02-29)',
      () => define([{ from: '2019-02-29', value: '1' }]),
      'param core.x version 0: from 2019-02-29 is not a date',
    ],
    [
      'a second version from any earlier date (null)',
      () =>
        define([
          { from: '2016-01-01', value: '1' },
          { from: null, value: '2' },
        ]),
      'param core.x: versions must be in strictly increasing date order',
    ],
    [
      'two versions from null',
      () =>
        define([
          { from: null, value: '1' },
          { from: null, value: '2' },
        ]),
      'param core.x: versions must be in strictly increasing date order',
    ],
    [
      'two versions from the same day',
      () =>
        define([
          { from: '2016-01-01', value: '1' },
          { from: '2016-01-01', value: '2' },
        ]),
      'param core.x: versions must be in strictly increasing date order',
    ],
    [
      'a version earlier than the one before it',
      () =>
        define([
          { from: null, value: '1' },
          { from: '2017-01-01', value: '2' },
          { from: '2016-12-31', value: '3' },
        ]),
      'param core.x: versions must be in strictly increasing date order',
    ],
  ])('%s', (_name, make, message) => {
    expect(make).toThrow(new Error(message));
  });
});

describe('defineParam accepts well-formed definitions and freezes them', () => {
  it('a date-independent figure (one version from null), a limit word and a counter', () => {
    const p = define([{ from: null, value: '25' }], {
      unit: 'count',
      bound: '不超过',
      counter: { zh: '项', en: 'items' },
    });
    expect(p.versions).toEqual([{ from: null, value: '25' }]);
    expect(p.counter).toEqual({ zh: '项', en: 'items' });
    expect(p.title).toEqual({ zh: '起付线', en: 'deductible' });
    expect([Object.isFrozen(p), Object.isFrozen(p.title), Object.isFrozen(p.counter)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([Object.isFrozen(p.versions), Object.isFrozen(p.versions[0])]).toEqual([true, true]);
    expect('counter' in define([{ from: null, value: '1' }])).toBe(false);
  });

  it('a first version from a date, then later dates (2016-01-01 < 2016-01-02 < 2020-12-31)', () => {
    const p = define([
      { from: PLAN_START, value: '6000' },
      { from: '2016-01-02', value: '5000' },
      { from: '2020-12-31', value: '4000' },
    ]);
    expect(p.versions.map((v) => v.value)).toEqual(['6000', '5000', '4000']);
  });

  it('a baseline from null, then the plan’s value from PLAN_START', () => {
    const p = define([
      { from: null, value: '10000', note: 'before the plan: 1 万元' },
      { from: PLAN_START, value: '6000' },
    ]);
    expect(p.versions[0]?.note).toBe('before the plan: 1 万元');
  });
});

describe('versionOn: the latest version started on or before the date', () => {
  it('10000 until 2015-12-31, 6000 from 2016-01-01, 5000 from 2018-07-01 (both sides of each from)', () => {
    const p = define([
      { from: null, value: '10000' },
      { from: PLAN_START, value: '6000' },
      { from: '2018-07-01', value: '5000' },
    ]);
    expect(
      ['1990-01-01', '2015-12-31', '2016-01-01', '2018-06-30', '2018-07-01', '2030-01-01'].map(
        (d) => versionOn(p, d)?.value,
      ),
    ).toEqual(['10000', '10000', '6000', '6000', '5000', '5000']);
  });

  it('no version before the first from (2016-01-01): undefined on 2015-12-31', () => {
    const p = define([{ from: PLAN_START, value: '6000' }]);
    expect(versionOn(p, '2015-12-31')).toBeUndefined();
    expect(versionOn(p, PLAN_START)?.value).toBe('6000');
  });
});

describe('formatParamValue: the value with its unit, as the plan writes it', () => {
  it.each<[Pick<Param, 'unit' | 'counter'>, string, string, string]>([
    [{ unit: 'yuan' }, '6000', '6000 元', '6000 yuan'],
    [{ unit: 'yi' }, '1.5', '1.5 亿元', '1.5 亿元 (100 million yuan)'],
    [{ unit: 'wanYuan' }, '2', '2 万元', '2 万元 (10,000 yuan)'],
    [{ unit: 'rate' }, '0.05', '5%', '5%'],
    [{ unit: 'rate' }, 'n/a', 'n/a%', 'n/a%'],
    [{ unit: 'percent' }, '70', '70%', '70%'],
    [{ unit: 'percentagePoints' }, '5', '5 个百分点', '5 percentage points'],
    [{ unit: 'm2' }, '25', '25 平方米', '25 m²'],
    [{ unit: 'mu' }, '3', '3 亩', '3 mu'],
    [{ unit: 'km' }, '10', '10 公里', '10 km'],
    [{ unit: 'months' }, '6', '6 个月', '6 months'],
    [{ unit: 'years' }, '5', '5 年', '5 years'],
    [{ unit: 'year' }, '2020', '2020 年', '2020'],
    [{ unit: 'date' }, '2020-12-31', '2020-12-31', '2020-12-31'],
    [{ unit: 'count' }, '23', '23', '23'],
    [{ unit: 'count', counter: { zh: '个', en: 'villages' } }, '2000', '2000 个', '2000 villages'],
  ])('%j %s → %s / %s', (param, value, zh, en) => {
    expect([formatParamValue(param, value, 'zh'), formatParamValue(param, value, 'en')]).toEqual([zh, en]);
  });
});

describe('formatParamLimit: the limit word before the value', () => {
  it.each<[Pick<Param, 'unit' | 'counter' | 'bound'>, string, string, string]>([
    [{ unit: 'm2PerPerson', bound: '不超过' }, '25', '不超过 25 平方米/人', 'not more than 25 m² per person'],
    [{ unit: 'rate', bound: '超过' }, '0.7', '超过 70%', 'more than 70%'],
    [
      { unit: 'count', bound: '不少于', counter: { zh: '个', en: 'villages' } },
      '5',
      '不少于 5 个',
      'not fewer than 5 villages',
    ],
    [{ unit: 'yuan' }, '6000', '6000 元', '6000 yuan'],
  ])('%j %s → %s / %s', (param, value, zh, en) => {
    expect([formatParamLimit(param, value, 'zh'), formatParamLimit(param, value, 'en')]).toEqual([zh, en]);
  });
});

describe('formatParamValue: English has a singular for a value of exactly 1 (Chinese has no plural)', () => {
  it.each([
    [{ unit: 'months' }, '1 month', '2 months'],
    [{ unit: 'years' }, '1 year', '18 years'],
    [{ unit: 'percentagePoints' }, '1 percentage point', '5 percentage points'],
    [{ unit: 'count', counter: { zh: '个', en: 'villages' } }, '1 village', '2 villages'],
    [{ unit: 'count', counter: { zh: '个', en: 'counties' } }, '1 county', '2 counties'],
    [{ unit: 'count', counter: { zh: '人', en: 'people' } }, '1 person', '2 people'],
    [{ unit: 'count', counter: { zh: '个', en: 'service points' } }, '1 service point', '2 service points'],
    [
      { unit: 'count', counter: { zh: '倍', en: 'times the 2010 figure' } },
      '1 times the 2010 figure',
      '2 times the 2010 figure',
    ],
    [{ unit: 'm2PerPerson' }, '1 m² per person', '2 m² per person'],
    [{ unit: 'yuan' }, '1 yuan', '2 yuan'],
  ] as const)('%j: "%s", and "%s" for 2 (or 18, 5)', (param, one, many) => {
    expect(formatParamValue(param, '1', 'en')).toBe(one);
    expect(formatParamValue(param, many.slice(0, many.indexOf(' ')), 'en')).toBe(many);
    // Chinese keeps its one form: 1 个月 / 2 个月
    expect(formatParamValue(param, '1', 'zh')).toBe(formatParamValue(param, '2', 'zh').replace(/^2/u, '1'));
  });

  it('only exactly "1" is singular: 1.5 months, 11 months and 0 months stay plural', () => {
    expect(['1.5', '11', '0', '10'].map((v) => formatParamValue({ unit: 'months' }, v, 'en'))).toEqual([
      '1.5 months',
      '11 months',
      '0 months',
      '10 months',
    ]);
  });

  it('the plan\'s own figures of 1 read as singulars: "at least 1 broker", "1 village" per provincial leader', () => {
    const brokers = getParam('targets.labourBrokersPerVillage2019');
    const villages = getParam('finance.leaderVillages');
    expect(formatParamLimit(brokers, '1', 'en')).toBe('at least 1 broker');
    expect(formatParamValue(villages, '1', 'en')).toBe('1 village');
  });
});
