import type { BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { defineParam, type Param, type ParamUnit } from '../core/param.js';
import type { BilingualTitle } from '../core/registry.js';
import { FINANCE_CITATIONS as C } from './citations.js';

/**
 * The figures chapters 4, 9, 10 and 12 fix for finance, land and partnerships, as dated, cited parameters.
 * Each is date-independent within the plan (`from: null`): the plan states no earlier value for any of them.
 */
function param(
  id: string,
  title: BilingualTitle,
  unit: ParamUnit,
  value: string,
  citation: Citation,
  extra: { readonly bound?: BoundTerm; readonly counter?: BilingualTitle; readonly note?: string } = {},
): Param {
  return defineParam({
    id: `finance.${id}`,
    area: 'finance',
    title,
    unit,
    ...(extra.bound === undefined ? {} : { bound: extra.bound }),
    ...(extra.counter === undefined ? {} : { counter: extra.counter }),
    citation,
    versions: [{ from: null, value, ...(extra.note === undefined ? {} : { note: extra.note }) }],
  });
}

const VILLAGES = { zh: '个村', en: 'villages' };
const COUNTIES = { zh: '个县', en: 'counties' };

/** 5万元以下: a microcredit loan of at most 50,000 yuan (以下 includes 50,000). */
export const MICROCREDIT_LIMIT = param(
  'microcreditLimit',
  { zh: '扶贫小额信贷免担保免抵押额度', en: 'microcredit amount without guarantee or collateral' },
  'yuan',
  '50000',
  C.microcreditTerms,
  { bound: '以下', note: '5万元 = 50,000 yuan' },
);

/** 3年内: a term within 3 years (inclusion of exactly 3 years: interpretation `finance.microcreditTerm`). */
export const MICROCREDIT_TERM_YEARS = param(
  'microcreditTermYears',
  { zh: '扶贫小额信贷免担保免抵押期限', en: 'microcredit term without guarantee or collateral' },
  'years',
  '3',
  C.microcreditTerms,
  { bound: '以内' },
);

/** 每年增加1亿元: the provincial special fund grows by 1 亿元 a year. */
export const FUND_ANNUAL_INCREASE = param(
  'fundAnnualIncrease',
  { zh: '省级财政专项扶贫资金每年增加额', en: 'yearly increase of the provincial special fund' },
  'yi',
  '1',
  C.fundGrowth,
);

/** 从2016年起: the first year of the increases. */
export const FUND_START_YEAR = param(
  'fundStartYear',
  { zh: '专项扶贫资金增长起始年', en: 'first year of the fund increases' },
  'year',
  '2016',
  C.fundGrowth,
);

/** 连续5年: five consecutive years of increases. */
export const FUND_YEARS = param(
  'fundYears',
  { zh: '专项扶贫资金连续增长年数', en: 'years of consecutive fund increases' },
  'years',
  '5',
  C.fundGrowth,
);

/** 5年共计15亿元: the total the plan states for the five years. */
export const FUND_STATED_TOTAL = param(
  'fundStatedTotal',
  { zh: '专项扶贫资金5年共计', en: 'stated five-year total of the extra fund' },
  'yi',
  '15',
  C.fundTotal,
);

/** 每年每县专项安排600亩: 600 mu of new construction land a year for each national key county. */
export const LAND_QUOTA_MU = param(
  'landQuotaMu',
  { zh: '重点县每年新增建设用地指标', en: 'new construction land quota per national key county a year' },
  'mu',
  '600',
  C.landQuota,
);

/** 1.28亿元 for the housing of the concentrated resettlement sites (chapter 4). */
export const RELOCATION_HOUSING_YI = param(
  'relocationHousingYi',
  { zh: '集中安置区房屋建设投资', en: 'investment in housing of concentrated resettlement sites' },
  'yi',
  '1.28',
  C.relocationHousing,
);

/** 252个集中安置区. */
export const RELOCATION_SITES = param(
  'relocationSites',
  { zh: '集中安置区数', en: 'concentrated resettlement sites' },
  'count',
  '252',
  C.relocationHousing,
  { counter: { zh: '个集中安置区', en: 'sites' } },
);

/** 66万平方米: 660,000 m² of housing. */
export const RELOCATION_HOUSING_M2 = param(
  'relocationHousingM2',
  { zh: '集中安置区房屋建设面积', en: 'housing floor area of concentrated sites' },
  'm2',
  '660000',
  C.relocationHousing,
  { note: '66万平方米' },
);

/** 10.9亿元 for the sites' infrastructure and public-service facilities. */
export const RELOCATION_FACILITIES_YI = param(
  'relocationFacilitiesYi',
  { zh: '安置区配套设施投资', en: 'investment in resettlement sites’ facilities' },
  'yi',
  '10.9',
  C.relocationFacilities,
);

/** 3.99亿元 for the running-water projects of registered poor villages (chapter 10). */
export const WATER_YI = param(
  'waterYi',
  { zh: '贫困村自来水工程投资', en: 'investment in running water for registered poor villages' },
  'yi',
  '3.99',
  C.water,
);

/** 346个建档立卡贫困村. */
export const WATER_VILLAGES = param(
  'waterVillages',
  { zh: '自来水工程贫困村数', en: 'villages of the water programme' },
  'count',
  '346',
  C.water,
  { counter: VILLAGES },
);

/** 13个县（市）. */
export const WATER_COUNTIES = param(
  'waterCounties',
  { zh: '自来水工程县（市）数', en: 'counties of the water programme' },
  'count',
  '13',
  C.water,
  { counter: COUNTIES },
);

/** 产业脱贫项目投资 408.85 亿元 (chapter 11). */
export const INDUSTRY_YI = param(
  'industryYi',
  { zh: '产业脱贫项目投资', en: 'industry projects' },
  'yi',
  '408.85',
  C.industry,
);

/** 易地搬迁脱贫项目投资 41.83 亿元. */
export const RELOCATION_CATEGORY_YI = param(
  'relocationCategoryYi',
  { zh: '易地搬迁脱贫项目投资', en: 'relocation projects' },
  'yi',
  '41.83',
  C.relocationCategory,
);

/** 医疗健康脱贫项目投资 38.59 亿元. */
export const HEALTH_YI = param(
  'healthYi',
  { zh: '医疗健康脱贫项目投资', en: 'health projects' },
  'yi',
  '38.59',
  C.health,
);

/** 基础设施建设项目投资 254.42 亿元. */
export const INFRASTRUCTURE_YI = param(
  'infrastructureYi',
  { zh: '基础设施建设项目投资', en: 'infrastructure projects' },
  'yi',
  '254.42',
  C.infrastructure,
);

/** 农村生产生活改善项目投资 115.68 亿元 as the text states it (表3-2 prints 115.78). */
export const RURAL_LIVING_YI = param(
  'ruralLivingYi',
  { zh: '农村生产生活改善项目投资', en: 'rural living and production projects (text)' },
  'yi',
  '115.68',
  C.ruralLiving,
  { note: 'the text’s figure; 表3-2 prints 115.78 (see budget.textVersusTable)' },
);

/** 宁波市5县（市、区）: the helping units of 专栏7. */
export const EAST_WEST_HELPERS = param(
  'eastWestHelpers',
  { zh: '宁波市结对县（市、区）数', en: 'Ningbo units pairing with Yanbian' },
  'count',
  '5',
  C.eastWestCounts,
  { counter: { zh: '个县（市、区）', en: 'units' } },
);

/** 延边州4县（市）: the helped units of 专栏7. */
export const EAST_WEST_RECIPIENTS = param(
  'eastWestRecipients',
  { zh: '延边州结对县（市）数', en: 'Yanbian units paired with Ningbo' },
  'count',
  '4',
  C.eastWestCounts,
  { counter: { zh: '个县（市）', en: 'units' } },
);

/** 其他在职省级领导分别包保 15 个贫困县（市、区）. */
export const LEADER_COUNTIES = param(
  'leaderCounties',
  { zh: '省级领导包保贫困县数', en: 'poor counties covered by the other provincial leaders' },
  'count',
  '15',
  C.leaderCounties,
  { counter: COUNTIES },
);

/** 每名省级领导确定一个村作为脱贫包保村. */
export const LEADER_VILLAGES = param(
  'leaderVillages',
  { zh: '每名省级领导包保村数', en: 'villages per provincial leader' },
  'count',
  '1',
  C.leaderVillageAndHouseholds,
  { counter: VILLAGES },
);

/** 直接联系 5 个贫困户. */
export const LEADER_HOUSEHOLDS = param(
  'leaderHouseholds',
  { zh: '每名省级领导直接联系贫困户数', en: 'poor households each provincial leader contacts directly' },
  'count',
  '5',
  C.leaderVillageAndHouseholds,
  { counter: { zh: '个贫困户', en: 'households' } },
);

/** 每个部门（单位）包保 1—2 个建档立卡贫困村: at least 1. */
export const DEPARTMENT_VILLAGES_MIN = param(
  'departmentVillagesMin',
  { zh: '每个部门包保村数下限', en: 'fewest villages per department' },
  'count',
  '1',
  C.departmentVillages,
  { bound: '不少于', counter: VILLAGES },
);

/** 1—2 个: at most 2. */
export const DEPARTMENT_VILLAGES_MAX = param(
  'departmentVillagesMax',
  { zh: '每个部门包保村数上限', en: 'most villages per department' },
  'count',
  '2',
  C.departmentVillages,
  { bound: '不超过', counter: VILLAGES },
);

/** 194 个建档立卡贫困村 in the counties with the heaviest tasks. */
export const DEPARTMENT_VILLAGES_TOTAL = param(
  'departmentVillagesTotal',
  { zh: '省直部门包保贫困村总数', en: 'villages the provincial departments cover' },
  'count',
  '194',
  C.departmentVillages,
  { counter: VILLAGES },
);

/** 定点帮扶时限保持5年不变. */
export const FIXED_POINT_YEARS = param(
  'fixedPointYears',
  { zh: '定点帮扶时限', en: 'fixed-point assistance term' },
  'years',
  '5',
  C.fixedTerm,
);

/** 结对关系保持到2020年. */
export const PAIRING_UNTIL_YEAR = param(
  'pairingUntilYear',
  { zh: '结对关系保持至', en: 'pairings kept until' },
  'year',
  '2020',
  C.pairingUntil2020,
);

/** Every parameter of the finance area, in the order of the guide. */
export const FINANCE_PARAM_LIST: readonly Param[] = /* @__PURE__ */ Object.freeze([
  MICROCREDIT_LIMIT,
  MICROCREDIT_TERM_YEARS,
  FUND_ANNUAL_INCREASE,
  FUND_START_YEAR,
  FUND_YEARS,
  FUND_STATED_TOTAL,
  LAND_QUOTA_MU,
  RELOCATION_HOUSING_YI,
  RELOCATION_SITES,
  RELOCATION_HOUSING_M2,
  RELOCATION_FACILITIES_YI,
  WATER_YI,
  WATER_VILLAGES,
  WATER_COUNTIES,
  INDUSTRY_YI,
  RELOCATION_CATEGORY_YI,
  HEALTH_YI,
  INFRASTRUCTURE_YI,
  RURAL_LIVING_YI,
  EAST_WEST_HELPERS,
  EAST_WEST_RECIPIENTS,
  LEADER_COUNTIES,
  LEADER_VILLAGES,
  LEADER_HOUSEHOLDS,
  DEPARTMENT_VILLAGES_MIN,
  DEPARTMENT_VILLAGES_MAX,
  DEPARTMENT_VILLAGES_TOTAL,
  FIXED_POINT_YEARS,
  PAIRING_UNTIL_YEAR,
]);
