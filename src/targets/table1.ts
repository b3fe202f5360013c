import { cite, type Citation } from '../core/citation.js';
import type { BilingualText } from '../core/evaluation.js';
import type { Param } from '../core/param.js';
import { defineTarget, type Target, type TargetSpec } from './model.js';

const row = (quote: string): Citation => cite({ chapter: 1, section: 3, table: '1', quote });

/** 表1's title. */
export const TABLE_1_TITLE: Citation = row('表 1 “十三五”时期贫困地区发展和贫困人口脱贫主要指标');

/** 表1's header (printed twice: the table has two parts). */
export const TABLE_1_HEADER: Citation = row(
  '指 标 2015 年 (基数) 2017 年 2018 年 2019 年 2020 年 属性 数据来源',
);

const POVERTY_OFFICE: BilingualText = { zh: '省扶贫办', en: 'Provincial Poverty Alleviation Office' };
const PEOPLE = { zh: '人', en: 'people' };

const t = (spec: TargetSpec): TargetSpec => spec;

/** 表1's ten rows, both parts, in its order. */
const TABLE_1_SPECS: readonly TargetSpec[] = [
  t({
    id: 'poorPeopleExits',
    part: 1,
    name: { zh: '建档立卡年度脱贫人口', en: 'Registered poor people exiting poverty in the year' },
    unit: PEOPLE,
    paramUnit: 'count',
    counter: PEOPLE,
    baseline: { printed: '700739', value: '700739' },
    figures: [
      { year: 2017, printed: '166854', value: '166854' },
      { year: 2018, printed: '140266', value: '140266' },
      { year: 2019, printed: '87314', value: '87314' },
      {
        year: 2020,
        kind: 'qualitative',
        printed: '实现全面脱贫',
        meaning: { zh: '实现全面脱贫', en: 'every registered poor person has exited poverty' },
      },
    ],
    attribute: 'binding',
    department: POVERTY_OFFICE,
    citation: row('建档立卡年度脱贫人口 (人) 700739 166854 140266 87314 实现 全面 脱贫 约束性 省扶贫办'),
  }),
  t({
    id: 'poorVillageExits',
    part: 1,
    name: { zh: '建档立卡贫困村年度退出', en: 'Registered poor villages exiting in the year' },
    unit: { zh: '个', en: 'villages' },
    paramUnit: 'count',
    counter: { zh: '个', en: 'villages' },
    baseline: { printed: '1489', value: '1489' },
    figures: [
      { year: 2017, printed: '663', value: '663' },
      { year: 2018, printed: '511', value: '511' },
      { year: 2019, printed: '315', value: '315' },
    ],
    attribute: 'binding',
    department: POVERTY_OFFICE,
    citation: row('建档立卡贫困村年度退出 (个) 1489 663 511 315 约束性 省扶贫办'),
  }),
  t({
    id: 'poorCountyExits',
    part: 1,
    name: { zh: '贫困县摘帽', en: 'Poor counties exiting ("removing the hat") in the year' },
    unit: { zh: '个', en: 'counties' },
    paramUnit: 'count',
    counter: { zh: '个', en: 'counties' },
    baseline: { printed: '15', value: '15' },
    figures: [
      { year: 2017, printed: '0', value: '0' },
      { year: 2018, printed: '4', value: '4' },
      { year: 2019, printed: '11', value: '11' },
    ],
    attribute: 'binding',
    department: POVERTY_OFFICE,
    citation: row('贫困县摘帽 (个) 15 0 4 11 约束性 省扶贫办'),
  }),
  t({
    id: 'relocatedPoorPeople',
    part: 1,
    name: {
      zh: '实施易地扶贫搬迁贫困人口',
      en: 'Poor people to relocate (poverty-alleviation relocation)',
    },
    unit: PEOPLE,
    paramUnit: 'count',
    counter: PEOPLE,
    baseline: { printed: '12233', value: '12233' },
    figures: [
      {
        year: 2018,
        singleCell: true,
        kind: 'qualitative',
        printed: '全部解决',
        meaning: { zh: '全部解决', en: 'every one of them relocated (all resolved)' },
      },
    ],
    attribute: 'binding',
    department: {
      zh: '省发展改革委、省扶贫办',
      en: 'Provincial Development and Reform Commission; Provincial Poverty Alleviation Office',
    },
    citation: row('实施易地扶贫搬迁贫困人口 (人) 12233 全部解决 约束性 省发展改革委、 省扶贫办'),
  }),
  t({
    id: 'incomeGrowth',
    part: 1,
    name: {
      zh: '贫困地区农民人均可支配收入增速',
      en: 'Growth of per-capita disposable income of farmers in poor areas',
    },
    unit: { zh: '%', en: '%' },
    paramUnit: 'rate',
    baseline: { printed: '15', value: '0.15' },
    figures: [
      {
        year: 2019,
        singleCell: true,
        kind: 'relative',
        printed: '年均增速高于全国平均水平',
        meaning: {
          zh: '年均增速高于全国平均水平',
          en: 'average annual growth higher than the national average',
        },
        reference: { zh: '全国平均水平（年均增速）', en: 'the national average annual growth' },
      },
    ],
    attribute: 'anticipatory',
    department: { zh: '省统计局', en: 'Provincial Bureau of Statistics' },
    citation: row('贫困地区农民人均可支配收入增速 (%) 15 年均增速 高于全国 平均水平 预期性 省统计局'),
  }),
  t({
    id: 'waterSupplyRate',
    part: 1,
    name: { zh: '贫困地区农村集中供水率', en: 'Rural centralised water-supply rate in poor areas' },
    unit: { zh: '%', en: '%' },
    paramUnit: 'rate',
    baseline: { printed: '75', value: '0.75' },
    figures: [{ year: 2017, singleCell: true, printed: '82', value: '0.82' }],
    attribute: 'anticipatory',
    department: { zh: '省水利厅', en: 'Provincial Department of Water Resources' },
    citation: row('贫困地区农村集中供水率 (%) 75 82 预期性 省水利厅'),
  }),
  t({
    id: 'dangerousHouseRenovationRate',
    part: 2,
    name: {
      zh: '建档立卡贫困户存量危房改造率',
      en: 'Renovation rate of the existing dilapidated houses of registered poor households',
    },
    unit: { zh: '%', en: '%' },
    paramUnit: 'rate',
    figures: [{ year: 2017, singleCell: true, printed: '100', value: '1' }],
    attribute: 'binding',
    department: {
      zh: '省住房城乡建设厅、省扶贫办',
      en: 'Provincial Department of Housing and Urban-Rural Development; Provincial Poverty Alleviation Office',
    },
    citation: row('建档立卡贫困户存量危房改造率(%) — 100 约束性 省住房城乡建设厅、省扶贫办'),
  }),
  t({
    id: 'netEnrolmentRate',
    part: 2,
    name: {
      zh: '贫困县小学净入学率、初中净入学率',
      en: 'Net enrolment rates of primary and junior secondary school in poor counties',
    },
    unit: { zh: '%', en: '%' },
    paramUnit: 'rate',
    baseline: { printed: '99', value: '0.99' },
    figures: [{ year: 2019, singleCell: true, printed: '99', value: '0.99' }],
    attribute: 'anticipatory',
    department: { zh: '省教育厅', en: 'Provincial Department of Education' },
    citation: row('贫困县小学净入学率、初中净入学率(%) 99 99 预期性 省教育厅'),
  }),
  t({
    id: 'illnessPovertyHouseholds',
    part: 2,
    name: {
      zh: '建档立卡贫困户因病致(返)贫户数',
      en: 'Registered poor households impoverished (or returned to poverty) by illness',
    },
    unit: { zh: '万户', en: '10,000 households' },
    paramUnit: 'count',
    counter: { zh: '户', en: 'households' },
    baseline: { printed: '26.85', value: '268500' },
    figures: [
      {
        year: 2019,
        singleCell: true,
        kind: 'qualitative',
        printed: '基本解决',
        meaning: { zh: '基本解决', en: 'basically resolved' },
      },
    ],
    attribute: 'anticipatory',
    department: { zh: '省卫生计生委', en: 'Provincial Health and Family Planning Commission' },
    citation: row('建档立卡贫困户因病致(返)贫户数(万户) 26.85 基本解决 预期性 省卫生计生委'),
  }),
  t({
    id: 'villageCollectiveIncome',
    part: 2,
    name: {
      zh: '建档立卡贫困村集体经济年收入',
      en: 'Annual income of the collective economy of a registered poor village',
    },
    unit: { zh: '万元', en: '10,000 yuan' },
    paramUnit: 'wanYuan',
    baseline: { printed: '2', value: '2' },
    figures: [{ year: 2019, singleCell: true, printed: '≥5', value: '5', bound: '不低于' }],
    attribute: 'anticipatory',
    department: POVERTY_OFFICE,
    citation: row('建档立卡贫困村集体经济年收入(万元) 2 ≥5 预期性 省扶贫办'),
  }),
];

/** Builds 表1's ten rows, appending their parameters to `params`. */
export function table1Targets(params: Param[]): Target[] {
  return TABLE_1_SPECS.map((spec) => defineTarget({ source: 'table1', ...spec }, params));
}
