import type { Param } from '../core/param.js';
import { defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { FINANCE_INTERPRETATION_LIST } from './interpretations.js';
import * as P from './params.js';

/** The rule ids of the finance area. */
export const FINANCE_RULE_IDS = /* @__PURE__ */ Object.freeze({
  microcredit: 'finance.microcredit',
  provincialFund: 'finance.provincialFund',
  landQuota: 'finance.landQuota',
  countyMatchingWaiver: 'finance.countyMatchingWaiver',
  programmeAllocations: 'finance.programmeAllocations',
  allocationAudit: 'finance.allocationAudit',
  pairings: 'finance.pairings',
  fixedPointAssistance: 'finance.fixedPointAssistance',
} as const);

/** The plan's figures this area reads, as dated, cited parameters. */
export const FINANCE_PARAMS: readonly Param[] = P.FINANCE_PARAM_LIST;

/** The interpretations this area records. */
export const FINANCE_INTERPRETATIONS: readonly Interpretation[] = FINANCE_INTERPRETATION_LIST;

const ALLOCATION_PARAMS = [
  P.RELOCATION_HOUSING_YI,
  P.RELOCATION_SITES,
  P.RELOCATION_HOUSING_M2,
  P.RELOCATION_FACILITIES_YI,
  P.WATER_YI,
  P.WATER_VILLAGES,
  P.WATER_COUNTIES,
  P.INDUSTRY_YI,
  P.RELOCATION_CATEGORY_YI,
  P.HEALTH_YI,
  P.INFRASTRUCTURE_YI,
  P.RURAL_LIVING_YI,
].map((p) => p.id);

// Each definition is built in a pure-annotated function: a bundle that never reads FINANCE_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of this area, in the order its guide presents them. */
export const FINANCE_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.microcredit,
      area: 'finance',
      kind: 'check',
      title: {
        zh: '扶贫小额信贷免担保免抵押',
        en: 'Poverty-alleviation microcredit without guarantee or collateral',
      },
      summary:
        'A loan to a registered poor household of 5万元 or less (以下 includes 50,000 yuan) for a term within 3 years needs ' +
        'no guarantee and no collateral; the check names each condition that fails, with its clause.',
      citations: [C.microcredit],
      interpretations: ['finance.microcreditTerm'],
      params: [P.MICROCREDIT_LIMIT.id, P.MICROCREDIT_TERM_YEARS.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.provincialFund,
      area: 'finance',
      kind: 'calculation',
      title: {
        zh: '省级财政专项扶贫资金投入增长机制',
        en: 'Growth schedule of the provincial special poverty fund',
      },
      summary:
        '+1 亿元 a year from 2016 for five years: each year’s increase, its extra over 2015 and the cumulative extra, ' +
        'a check that the extras add up to the stated 15 亿元, and the uses the plan names.',
      citations: [C.fundGrowth, C.fundUses],
      interpretations: ['finance.fundIncrease'],
      params: [P.FUND_ANNUAL_INCREASE.id, P.FUND_START_YEAR.id, P.FUND_YEARS.id, P.FUND_STATED_TOTAL.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.landQuota,
      area: 'finance',
      kind: 'calculation',
      title: { zh: '重点县新增建设用地指标', en: 'New construction land quota of the national key counties' },
      summary:
        '600 mu of new construction land a year for each national key county (found through the region registry); for a ' +
        'prefecture or the province, the sum over the key counties in it.',
      citations: [C.landQuota],
      params: [P.LAND_QUOTA_MU.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.countyMatchingWaiver,
      area: 'finance',
      kind: 'check',
      title: {
        zh: '取消县配套资金',
        en: 'No county matching funds for public-interest projects in poor areas',
      },
      summary:
        'A public-interest construction project in a poor area needs no county-level matching funds; any other project ' +
        'keeps whatever matching its own programme requires.',
      citations: [C.matchingWaiver],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.programmeAllocations,
      area: 'finance',
      kind: 'table',
      title: { zh: '项目资金安排', en: 'Programme allocations stated in the text, with per-unit figures' },
      summary:
        'Relocation 1.28 亿元 (252 sites, 660,000 m²) and 10.9 亿元, water 3.99 亿元 (346 villages in 13 counties) and ' +
        'chapter 11’s category figures (408.85, 41.83, 38.59, 254.42, 115.68 亿元), exact, in yuan, with per-unit figures.',
      citations: [
        C.relocationHousing,
        C.relocationFacilities,
        C.water,
        C.industry,
        C.health,
        C.infrastructure,
      ],
      interpretations: ['finance.facilitiesSites'],
      params: ALLOCATION_PARAMS,
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.allocationAudit,
      area: 'finance',
      kind: 'check',
      title: {
        zh: '项目资金与资金需求表的核对',
        en: 'Audit of the programme allocations against the budget tables',
      },
      summary:
        'Each allocation against the 合计 cell of 表3-1/表3-2 it falls in: equal (408.85, 41.83, 38.59, 254.42), within ' +
        '(1.28 + 10.9 of 41.83; 3.99 of 115.78) or different (the text’s 115.68 against 115.78); the fund’s 15 亿元 ' +
        'against 政府投入.',
      citations: [C.relocationHousing, C.water, C.ruralLiving, C.fundTotal],
      params: [...ALLOCATION_PARAMS, P.FUND_STATED_TOTAL.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.pairings,
      area: 'finance',
      kind: 'table',
      title: { zh: '扶贫协作结对名单', en: 'Helper–recipient pairs of boxes 7, 8 and 9, both ways' },
      summary:
        'Every helper–recipient pair of 专栏7–9 (a row with two helpers gives two pairs), looked up from either end or for ' +
        'a province or prefecture; the count of 专栏7 against the text’s 5 and 4 units.',
      citations: [C.box7, C.box8, C.box9, C.eastWestCounts, C.intraProvincial],
      params: [P.EAST_WEST_HELPERS.id, P.EAST_WEST_RECIPIENTS.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: FINANCE_RULE_IDS.fixedPointAssistance,
      area: 'finance',
      kind: 'table',
      title: { zh: '定点帮扶', en: 'Fixed-point assistance: leaders, departments and the five-year term' },
      summary:
        'Provincial leaders cover the 15 poor counties, each with one village and 5 poor households; each department 1–2 ' +
        'villages, 194 in all (hence 97 to 194 departments); the assignment is fixed for 5 years and kept until 2020.',
      citations: [C.leaderCounties, C.leaderVillageAndHouseholds, C.departmentVillages, C.fixedTerm],
      interpretations: ['finance.leaderCoverage'],
      params: [
        P.LEADER_COUNTIES.id,
        P.LEADER_VILLAGES.id,
        P.LEADER_HOUSEHOLDS.id,
        P.DEPARTMENT_VILLAGES_MIN.id,
        P.DEPARTMENT_VILLAGES_MAX.id,
        P.DEPARTMENT_VILLAGES_TOTAL.id,
        P.FIXED_POINT_YEARS.id,
        P.PAIRING_UNTIL_YEAR.id,
      ],
    }))(),
]);
