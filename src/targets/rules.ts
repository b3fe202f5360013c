import type { Param } from '../core/param.js';
import { defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { EXIT_CITATIONS } from './citations.js';
import { TARGETS_RULE_IDS as IDS } from './ids.js';
import {
  APPROXIMATE_FIGURES,
  BARE_FIGURE_DIRECTION,
  DEADLINE_DAY,
  INCIDENCE_DENOMINATOR,
  POLICY_RETENTION_PERIOD,
  STABLE_INCOME,
  TABLE1_COLUMNS,
  UNDATED_DEADLINE,
} from './interpretations.js';
import {
  COUNTY_EXIT_INCIDENCE,
  COUNTY_EXIT_INCIDENCE_YANBIAN,
  EXIT_PARAMS,
  PLAN_END_DATE,
  TARGET_FIGURE_PARAMS,
  TARGETS,
  VILLAGE_EXIT_INCIDENCE,
  VILLAGE_EXIT_INCIDENCE_YANBIAN,
} from './params.js';
import { TABLE_1_HEADER, TABLE_1_TITLE } from './table1.js';

export { TARGETS_RULE_IDS } from './ids.js';

const table1 = TARGETS.filter((t) => t.source === 'table1');
const text = TARGETS.filter((t) => t.source === 'text');
const AUDITED = [
  'poorPeopleExits',
  'poorVillageExits',
  'poorCountyExits',
  'scopePeople',
  'scopeVillages',
  'scopeCounties',
  'provincialFundIncreasePerYear',
  'provincialFundIncreaseTotal',
];
const audited = TARGETS.filter((t) => AUDITED.includes(t.id));
const paramsOf = (targets: typeof TARGETS): string[] =>
  targets.flatMap((t) => [
    ...(t.baseline === null ? [] : [t.baseline.param]),
    ...new Set(t.figures.flatMap((f) => (f.param === null ? [] : [f.param]))),
  ]);

/** The interpretations this area records. */
export const TARGETS_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  TABLE1_COLUMNS,
  BARE_FIGURE_DIRECTION,
  APPROXIMATE_FIGURES,
  DEADLINE_DAY,
  UNDATED_DEADLINE,
  POLICY_RETENTION_PERIOD,
  INCIDENCE_DENOMINATOR,
  STABLE_INCOME,
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const TARGETS_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([
  ...EXIT_PARAMS,
  ...TARGET_FIGURE_PARAMS,
]);

const ASSESS_INTERPRETATIONS = [
  TABLE1_COLUMNS.id,
  BARE_FIGURE_DIRECTION.id,
  APPROXIMATE_FIGURES.id,
  DEADLINE_DAY.id,
  UNDATED_DEADLINE.id,
];

// Each definition is built in a pure-annotated function: a bundle that never reads TARGETS_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of this area. */
export const TARGETS_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.table1,
      area: 'targets',
      kind: 'table',
      title: {
        zh: '“十三五”时期贫困地区发展和贫困人口脱贫主要指标（表1）',
        en: 'Table 1: main indicators, 2016–2020',
      },
      summary:
        'Every row of 表1, both parts: name, unit, the 2015 baseline, the target of each year it lists (numbers and words), ' +
        'the attribute (约束性 binding / 预期性 anticipatory) and the responsible department, as cited data (TARGETS).',
      citations: [TABLE_1_TITLE, TABLE_1_HEADER, ...table1.map((t) => t.citation)],
      interpretations: [TABLE1_COLUMNS.id, BARE_FIGURE_DIRECTION.id],
      params: paramsOf(table1),
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.planTargets,
      area: 'targets',
      kind: 'table',
      title: { zh: '规划正文中的量化目标', en: 'Quantitative targets of the text' },
      summary:
        'Every other target of chapters 1–10 and 12, with its deadline, unit, limit word and citation, and the figures the ' +
        'plan gives as context (the 12th plan’s results; the plan’s scope).',
      citations: [...new Set(text.map((t) => t.citation))],
      interpretations: [BARE_FIGURE_DIRECTION.id, APPROXIMATE_FIGURES.id, UNDATED_DEADLINE.id],
      params: paramsOf(text),
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.table1Audit,
      area: 'targets',
      kind: 'check',
      title: { zh: '表1 核对', en: 'Audit of Table 1' },
      summary:
        'Checks what 表1 implies (663 + 511 + 315 = 1,489 villages; 0 + 4 + 11 = 15 counties; the people rows against ' +
        '700,739 and the preface) and reports what cannot be checked, as data.',
      citations: [TABLE_1_TITLE, ...audited.map((t) => t.citation)],
      params: paramsOf(audited),
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.assess,
      area: 'targets',
      kind: 'check',
      title: { zh: '目标完成情况评估', en: 'Assessment of a target' },
      summary:
        'An observation against a target on a date: met, not met, not yet due, or not assessable (words, 左右, context), ' +
        'with the clause and the limit word applied (以上/以下 include; 超过/低于 exclude).',
      citations: [TABLE_1_TITLE],
      interpretations: ASSESS_INTERPRETATIONS,
      params: [...paramsOf(TARGETS), PLAN_END_DATE.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.povertyIncidence,
      area: 'targets',
      kind: 'calculation',
      title: { zh: '贫困发生率', en: 'Poverty incidence' },
      summary:
        'Registered poor people ÷ rural population of a village or county, exactly (a fraction, never rounded for a test).',
      citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.county],
      interpretations: [INCIDENCE_DENOMINATOR.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.householdExit,
      area: 'targets',
      kind: 'check',
      title: { zh: '贫困人口退出标准', en: 'Household exit standard' },
      summary:
        'Per-capita disposable income stably above (超过, strict) the national poverty line the caller supplies, and the two ' +
        'assurances and three guarantees as a checklist the caller answers.',
      citations: [
        EXIT_CITATIONS.householdIncome,
        EXIT_CITATIONS.householdChannels,
        EXIT_CITATIONS.twoAssurances,
      ],
      interpretations: [STABLE_INCOME.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.villageExit,
      area: 'targets',
      kind: 'check',
      title: { zh: '贫困村退出标准', en: 'Village exit standard' },
      summary:
        'Village poverty incidence at or below 2% (3% in 延边州, decided through the region registry), plus the plan’s ' +
        'qualitative conditions as a checklist the caller answers.',
      citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.villageConditions],
      interpretations: [INCIDENCE_DENOMINATOR.id],
      params: [VILLAGE_EXIT_INCIDENCE.id, VILLAGE_EXIT_INCIDENCE_YANBIAN.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.countyExit,
      area: 'targets',
      kind: 'check',
      title: { zh: '贫困县退出标准', en: 'County exit standard' },
      summary:
        'County poverty incidence at or below 2% (3% in 延边州), plus the plan’s qualitative conditions as a checklist.',
      citations: [EXIT_CITATIONS.county, EXIT_CITATIONS.countyConditions],
      interpretations: [INCIDENCE_DENOMINATOR.id],
      params: [COUNTY_EXIT_INCIDENCE.id, COUNTY_EXIT_INCIDENCE_YANBIAN.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.householdExitProcedure,
      area: 'targets',
      kind: 'procedure',
      title: { zh: '贫困人口退出程序', en: 'Household exit procedure' },
      summary:
        'Democratic appraisal and candidates (village two committees); verification one by one; the household agrees; public ' +
        'notice without objection; township approval; announcement; removal from the register. Steps out of order are refused.',
      citations: [EXIT_CITATIONS.householdProcedure, EXIT_CITATIONS.householdSteps],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.villageExitProcedure,
      area: 'targets',
      kind: 'procedure',
      title: { zh: '贫困村退出程序', en: 'Village exit procedure' },
      summary:
        'Self-check and application; township review; public notice in the township; county approval and announcement; ' +
        'filing with the prefecture. Steps out of order are refused.',
      citations: [EXIT_CITATIONS.villageProcedure],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.countyExitProcedure,
      area: 'targets',
      kind: 'procedure',
      title: { zh: '贫困县退出程序', en: 'County exit procedure' },
      summary:
        'Self-assessment and application; prefecture review; provincial review; public notice; for a national key county ' +
        '(decided through the region registry) the State Council group’s evaluation and inspection; provincial approval.',
      citations: [EXIT_CITATIONS.countyProcedure, EXIT_CITATIONS.keyCountyProcedure],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: IDS.policyRetention,
      area: 'targets',
      kind: 'check',
      title: { zh: '摘帽不摘政策', en: 'Exit without losing policies' },
      summary:
        'Whether an exited household, village or county still keeps its policies on a date: for a period the plan does not ' +
        'fix, a local parameter (or, by another reading, until the end of 2020).',
      citations: [EXIT_CITATIONS.retention],
      interpretations: [POLICY_RETENTION_PERIOD.id],
      params: [PLAN_END_DATE.id],
    }))(),
]);
