import { CORE_INTERPRETATIONS } from '../core/rules.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { DIBAO_PARAMS } from './params.js';

export { DIBAO_PARAMS };

/** The ids of the dibao area's rules (`DIBAO_RULE_IDS.gapSubsidy` is `'dibao.gapSubsidy'`). */
export const DIBAO_RULE_IDS = /* @__PURE__ */ Object.freeze({
  gapSubsidy: 'dibao.gapSubsidy',
  incomeExemption: 'dibao.incomeExemption',
  gradualExit: 'dibao.gradualExit',
  safetyNetClass: 'dibao.safetyNetClass',
  caseByCaseProcedure: 'dibao.caseByCaseProcedure',
  localStandard: 'dibao.localStandard',
  twoLinesMerge: 'dibao.twoLinesMerge',
} as const);

/** The readings this area chose where the plan is ambiguous. */
export const DIBAO_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'dibao.incomeMeasure',
    area: 'dibao',
    question:
      'The plan pays the gap between the local Dibao standard and the household’s per-capita income, but names ' +
      'no period: is income measured per year or per month, and how do the monthly and annual subsidies relate?',
    chosen: {
      id: 'annualBasis',
      description:
        'Standard and income are compared per person per year (a monthly figure × 12). The annual subsidy is ' +
        'the exact gap (annual standard × members − counted annual household income, never below zero); the ' +
        'monthly subsidy that is paid is the annual subsidy ÷ 12, rounded half up to the fen.',
    },
    alternatives: [
      {
        id: 'monthlyBasis',
        description:
          'Standard and income are compared per person per month (an annual figure ÷ 12, exactly). The monthly ' +
          'subsidy is the monthly gap × members rounded half up to the fen, but never above the monthly ' +
          'guarantee (standard × members) rounded down to the fen; the annual subsidy is monthly × 12.',
      },
    ],
    rationale:
      'Rural household income (farming, seasonal work, project returns) is assessed over a year, and the ' +
      'national poverty line the standard must reach is a yearly figure per person; the household gap is ' +
      'computed from totals (standard × members − income), so no per-capita rounding enters the amount.',
    citations: [C.gapSubsidy, C.mergeBy2018],
  }),
  defineInterpretation({
    id: 'dibao.campaignPeriod',
    area: 'dibao',
    question:
      'Guaranteed project returns are not counted “in the campaign period” (脱贫攻坚期内): which dates is that, ' +
      'and which date of the household is tested?',
    chosen: {
      id: 'through2020',
      description:
        'From 2016-01-01 (the plan’s first year) to 2020-12-31 (its 2020 targets), both inclusive; the date ' +
        'tested is the date of the household income assessment (家庭收入核算).',
    },
    alternatives: [
      {
        id: 'through2019',
        description:
          '2016-01-01 to 2019-12-31: the plan strives to basically complete the province’s task by end-2019.',
      },
      {
        id: 'throughTransition2025',
        description:
          '2016-01-01 to 2025-12-31: the national five-year transition period after 2020 kept the main policies ' +
          'stable. Not in this plan; offered for callers who apply the later national rule.',
      },
    ],
    rationale:
      'The plan’s goal and targets are set for 2020 (确保到2020年…实现脱贫), so the campaign it speaks of ends with ' +
      '2020; “暂不计入” (not counted for now) marks the exemption as temporary. Callers may pass their own dates.',
    citations: [C.exemptionWhen, C.goal2020Preface, C.goal2020Targets, C.goal2019],
  }),
  defineInterpretation({
    id: 'dibao.gradualExitDecrease',
    area: 'dibao',
    question:
      'During gradual exit the subsidy decreases each quarter (补助金逐季递减), but the plan gives no rate: how ' +
      'much is paid in each quarter?',
    chosen: {
      id: 'linearStepDown',
      description:
        'Equal steps down to zero: of n quarters (6 or 8), quarter k pays (n − k + 1)/n of the full quarterly ' +
        'subsidy (base monthly subsidy × 3): 6/6, 5/6, …, 1/6 for 18 months; the next quarter would pay nothing.',
    },
    alternatives: [
      {
        id: 'halvingEachQuarter',
        description: 'Quarter k pays (1/2)^(k − 1) of the full quarterly subsidy: 1, 1/2, 1/4, …',
      },
      {
        id: 'customFactors',
        description:
          'A caller-given table of one factor per quarter, each in [0, 1] and never increasing (a local rule).',
      },
    ],
    rationale:
      'A linear step-down is the simplest decrease that the text allows, ends naturally at zero with the ' +
      'period, and treats every quarter alike; local implementing rules differ, so a table can replace it.',
    citations: [C.gradualExitMonths],
  }),
  defineInterpretation({
    id: 'dibao.gradualExitBase',
    area: 'dibao',
    question:
      'Gradual exit continues “the Dibao treatment” (低保的待遇): what amount does the decrease start from, ' +
      'since the household’s income now exceeds the gap formula?',
    chosen: {
      id: 'subsidyBeforeExit',
      description:
        'The monthly subsidy the household received before it exited; the first quarter pays it in full ' +
        '(under linearStepDown) and later quarters less.',
    },
    alternatives: [
      {
        id: 'standardTimesMembers',
        description: 'The local monthly standard × members (the full guarantee), as the caller’s base.',
      },
    ],
    rationale:
      '继续享受 (continue to enjoy) reads as keeping what the household had; the schedule takes the base as ' +
      'an input, so a caller applies the alternative by passing that amount.',
    citations: [C.gradualExitMonths],
  }),
  defineInterpretation({
    id: 'dibao.safetyNetCondition',
    area: 'dibao',
    question:
      'The safety net is for “无业可扶、无力脱贫” people: must both hold (no livelihood to support and unable ' +
      'to exit by own effort), or either?',
    chosen: {
      id: 'bothConditions',
      description:
        'Both: the person has no livelihood to support and cannot exit poverty by their own effort.',
    },
    alternatives: [{ id: 'eitherCondition', description: 'Either condition alone suffices.' }],
    rationale:
      'The two phrases joined by 、 describe one group: people the development measures (industry, jobs) ' +
      'cannot lift; someone with a livelihood to support or the strength to work is served by those measures.',
    citations: [C.safetyNet],
  }),
  defineInterpretation({
    id: 'dibao.twoLinesMergeFrom',
    area: 'dibao',
    question: 'From when must a place’s Dibao standard be at least the national poverty line (两线合一)?',
    chosen: {
      id: 'fromMergeYear',
      description:
        'In every year from the place’s year in 专栏6 on (2016, 2017 or 2018, per the timetable area); the ' +
        'standard and the national line are compared per person per year, 达到 read as “at least” (不低于).',
    },
    alternatives: [
      {
        id: 'allBy2018',
        description: 'Only the province-wide deadline: every place from 2018 on, whatever its 专栏6 year.',
      },
    ],
    rationale:
      '专栏6 gives each place the year in which its standard is raised to the line (分年度差异性提标); once ' +
      'merged, the standards are adjusted dynamically so as to stay merged.',
    citations: [C.box6, C.mergeBy2018, C.dynamicStandard],
  }),
]);

// Each definition is built in a pure-annotated function: a bundle that never reads DIBAO_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the dibao area, in the order its docs present them. */
export const DIBAO_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.gapSubsidy',
      area: 'dibao',
      kind: 'calculation',
      title: { zh: '低保差额补助', en: 'Dibao gap subsidy' },
      summary:
        'An eligible household receives the difference between the local Dibao standard and its per-capita ' +
        'income, times its members, never negative, monthly and annually, exact to the fen.',
      citations: [C.gapSubsidy, C.coverage],
      interpretations: ['dibao.incomeMeasure', 'core.moneyRounding'],
      params: [],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.incomeExemption',
      area: 'dibao',
      kind: 'check',
      title: { zh: '扶贫项目保底收益不计入家庭收入', en: 'Guaranteed project returns exempt from income' },
      summary:
        'Guaranteed returns from poverty-alleviation projects received by Dibao recipients who have lost the ' +
        'ability to work are not counted as household income during the campaign period.',
      citations: [C.exemptionWho, C.exemptionWhen, C.assetIncome],
      interpretations: ['dibao.campaignPeriod'],
      params: [
        'dibao.campaignPeriodStart',
        'dibao.campaignPeriodEnd',
        'dibao.campaignPeriodEndBasicallyComplete',
      ],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.gradualExit',
      area: 'dibao',
      kind: 'calculation',
      title: { zh: '低保渐退', en: 'Dibao gradual exit' },
      summary:
        'A temporarily exited household whose per-capita disposable income after exemptions is below 200% of ' +
        'the local standard keeps Dibao 18 months (rural Dibao household) or 24 months (disabled Dibao ' +
        'household), the subsidy decreasing each quarter.',
      citations: [C.gradualExitWho, C.gradualExitIncome, C.gradualExitMonths],
      interpretations: [
        'dibao.gradualExitDecrease',
        'dibao.gradualExitBase',
        'dibao.incomeMeasure',
        'core.monthPeriod',
        'core.boundaryInclusion',
        'core.moneyRounding',
      ],
      params: [
        'dibao.gradualExitIncomeLimit',
        'dibao.gradualExitMonthsRural',
        'dibao.gradualExitMonthsDisabled',
        'dibao.monthsPerQuarter',
      ],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.safetyNetClass',
      area: 'dibao',
      kind: 'check',
      title: { zh: '兜底保障对象', en: 'Safety-net classification' },
      summary:
        'People with no livelihood to support and unable to exit poverty by their own effort are covered by the ' +
        'safety net; cases no measure covers, or poverty from a sudden event, go to case-by-case deliberation.',
      citations: [C.safetyNet, C.caseByCaseWho],
      interpretations: ['dibao.safetyNetCondition'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.caseByCaseProcedure',
      area: 'dibao',
      kind: 'procedure',
      title: { zh: '一事一议帮扶脱贫', en: 'Case-by-case deliberation procedure' },
      summary:
        'The village committee reports, the township government recognises, the county government approves; ' +
        'then the case is helped out of poverty case by case. Steps out of order are refused.',
      citations: [C.caseByCaseSteps, C.caseByCaseWho],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.localStandard',
      area: 'dibao',
      kind: 'parameter',
      title: { zh: '当地农村低保标准', en: 'Local rural Dibao standard' },
      summary:
        'The plan sets no figures: local Dibao standards are validated caller parameters per region and year ' +
        '(an illustrative set is named as such), adjusted dynamically.',
      citations: [C.gapSubsidy, C.dynamicStandard],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'dibao.twoLinesMerge',
      area: 'dibao',
      kind: 'check',
      title: { zh: '农村低保标准与扶贫标准“两线合一”', en: 'Dibao standard at least the poverty line' },
      summary:
        'From its merge year in 专栏6 on, a place’s Dibao standard must reach the national poverty line (a ' +
        'caller parameter); all places by 2018.',
      citations: [C.twoLinesMergeGoal, C.mergeBy2018, C.box6],
      interpretations: ['dibao.twoLinesMergeFrom', 'dibao.incomeMeasure'],
      params: ['dibao.twoLinesMergeDeadlineYear'],
    }))(),
]);

/**
 * The interpretation with this id, of this area or the core (for a function's rule spec). Throws a plain Error
 * for an unknown id: a bug in this library, caught at load.
 */
export function interpretationById(id: string): Interpretation {
  const found = [...DIBAO_INTERPRETATIONS, ...CORE_INTERPRETATIONS].find((i) => i.id === id);
  // Stryker disable next-line StringLiteral: every id asked for is a literal of this area's modules, all found at load, so the message is never built
  if (found === undefined) throw new Error(`no interpretation ${id}`);
  return found;
}
