import { defineParam, PLAN_END, PLAN_START, type Param } from '../core/param.js';
import { DIBAO_CITATIONS as C } from './citations.js';

/**
 * The figures chapter 8 fixes for the Dibao area, as dated, cited parameters. Formulas and trace texts read
 * them through the evaluation context, so a reform (`options.overrides`) changes results and explanations
 * together. Local Dibao standards and the national poverty line are not here: the plan gives none (they are
 * the caller's figures, see `dibaoLocalStandardSchema`).
 */

/**
 * Gradual exit: the household's per-capita disposable income must be below (低于, strict) this per cent of the
 * local Dibao standard. A whole number of per cent (the parameter units have no per cent above 100).
 */
export const GRADUAL_EXIT_INCOME_LIMIT: Param = defineParam({
  id: 'dibao.gradualExitIncomeLimit',
  area: 'dibao',
  title: {
    zh: '渐退收入线（当地低保标准的百分比）',
    en: 'gradual-exit income limit (per cent of the local Dibao standard)',
  },
  unit: 'percent',
  bound: '低于',
  citation: C.gradualExitIncome,
  versions: [{ from: null, value: '200' }],
});

/** Gradual exit: months of continued Dibao for a rural Dibao household (农村低保家庭). */
export const GRADUAL_EXIT_MONTHS_RURAL: Param = defineParam({
  id: 'dibao.gradualExitMonthsRural',
  area: 'dibao',
  title: { zh: '农村低保家庭继续享受低保的月数', en: 'months of continued Dibao, rural Dibao household' },
  unit: 'months',
  citation: C.gradualExitMonths,
  versions: [{ from: null, value: '18' }],
});

/** Gradual exit: months of continued Dibao for a disabled Dibao household (残疾人低保家庭). */
export const GRADUAL_EXIT_MONTHS_DISABLED: Param = defineParam({
  id: 'dibao.gradualExitMonthsDisabled',
  area: 'dibao',
  title: {
    zh: '残疾人低保家庭继续享受低保的月数',
    en: 'months of continued Dibao, disabled Dibao household',
  },
  unit: 'months',
  citation: C.gradualExitMonths,
  versions: [{ from: null, value: '24' }],
});

/**
 * Gradual exit: months in each step of the decrease (逐季递减: a quarter, 3 months). A reform may decrease
 * monthly (1) or half-yearly (6); where the period is not a whole number of steps, the last step is shorter.
 */
export const MONTHS_PER_STEP: Param = defineParam({
  id: 'dibao.monthsPerQuarter',
  area: 'dibao',
  title: { zh: '每季月数（补助金逐季递减）', en: 'months per quarter (the subsidy decreases each quarter)' },
  unit: 'months',
  citation: C.quarterlyDecrease,
  versions: [{ from: null, value: '3' }],
});

/** The campaign period (脱贫攻坚期) begins with the plan's period, the 13th Five-Year period. */
export const CAMPAIGN_PERIOD_START: Param = defineParam({
  id: 'dibao.campaignPeriodStart',
  area: 'dibao',
  title: { zh: '脱贫攻坚期起始日', en: 'first day of the campaign period' },
  unit: 'date',
  citation: C.campaignPeriodStart,
  versions: [{ from: null, value: PLAN_START }],
});

/** The campaign period ends with 2020, the year of the plan's goal (reading `through2020`). */
export const CAMPAIGN_PERIOD_END: Param = defineParam({
  id: 'dibao.campaignPeriodEnd',
  area: 'dibao',
  title: { zh: '脱贫攻坚期截止日', en: 'last day of the campaign period' },
  unit: 'date',
  citation: C.goal2020Preface,
  versions: [{ from: null, value: PLAN_END }],
});

/** The campaign period ends with 2019, when the task is to be basically complete (reading `through2019`). */
export const CAMPAIGN_PERIOD_END_BY_2019: Param = defineParam({
  id: 'dibao.campaignPeriodEndBasicallyComplete',
  area: 'dibao',
  title: {
    zh: '脱贫攻坚期截止日（基本完成任务之年末）',
    en: 'last day of the campaign period (end of the year the task is basically complete)',
  },
  unit: 'date',
  citation: C.goal2019,
  versions: [{ from: null, value: '2019-12-31' }],
});

/** 两线合一: by this year every place's Dibao standard reaches the national poverty line. */
export const TWO_LINES_MERGE_DEADLINE: Param = defineParam({
  id: 'dibao.twoLinesMergeDeadlineYear',
  area: 'dibao',
  title: { zh: '“两线合一”全部完成年份', en: 'year by which every standard reaches the poverty line' },
  unit: 'year',
  citation: C.mergeBy2018,
  versions: [{ from: null, value: '2018' }],
});

/** The plan's figures this area reads, as dated, cited parameters. */
export const DIBAO_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([
  GRADUAL_EXIT_INCOME_LIMIT,
  GRADUAL_EXIT_MONTHS_RURAL,
  GRADUAL_EXIT_MONTHS_DISABLED,
  MONTHS_PER_STEP,
  CAMPAIGN_PERIOD_START,
  CAMPAIGN_PERIOD_END,
  CAMPAIGN_PERIOD_END_BY_2019,
  TWO_LINES_MERGE_DEADLINE,
]);

/** The plan's value of a parameter (its last version), for deprecated constants. */
export function planValue(param: Param): string {
  // Stryker disable next-line StringLiteral: defineParam refuses a parameter without versions, so the fallback is never evaluated
  return param.versions[param.versions.length - 1]?.value ?? '';
}
