import { meetsBound, type BoundTerm } from '../core/bounds.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money } from '../core/money.js';
import { EXIT_CITATIONS } from './citations.js';
import {
  answerChecklist,
  checklistStep,
  checklistVerdict,
  exitVerdict,
  type ChecklistItem,
  type ExitCondition,
} from './exit.js';
import { TARGETS_RULE_IDS } from './ids.js';
import { STABLE_INCOME } from './interpretations.js';
import {
  householdExitInputSchema,
  householdExitLocalSchema,
  type HouseholdExitInput,
  type HouseholdExitLocal,
} from './schema.js';

/** 稳定超过国家扶贫标准: the limit word of the household income test (超过 excludes the line itself). */
export const HOUSEHOLD_INCOME_BOUND: BoundTerm = '超过';

const h = (id: string, zh: string, en: string, citation = EXIT_CITATIONS.twoAssurances): ExitCondition =>
  Object.freeze({ id, zh, en, citation });

/** The household exit checklist: stability and channels of income, 两不愁 and 三保障. */
export const HOUSEHOLD_EXIT_CONDITIONS: readonly ExitCondition[] = /* @__PURE__ */ Object.freeze([
  h(
    'incomeStable',
    '收入稳定超过国家扶贫标准',
    'income stably above the national line',
    EXIT_CITATIONS.householdIncome,
  ),
  h(
    'incomeChannels',
    '有稳定增收渠道和收入来源',
    'stable channels and sources of income',
    EXIT_CITATIONS.householdChannels,
  ),
  h('food', '不愁吃', 'no worry about food'),
  h('clothing', '不愁穿', 'no worry about clothing'),
  h('compulsoryEducation', '义务教育有保障', 'compulsory education guaranteed'),
  h('basicMedicalCare', '基本医疗有保障', 'basic medical care guaranteed'),
  h('housingSafety', '住房安全有保障', 'safe housing guaranteed'),
]);

/** The outcome of a household exit check. */
export interface HouseholdExitCheck {
  readonly perCapitaIncome: Money;
  readonly nationalPovertyLine: Money;
  readonly bound: BoundTerm;
  /** Income strictly above the line (超过: equal is not enough). */
  readonly incomeMet: boolean;
  readonly checklist: readonly ChecklistItem[];
  readonly conditionsMet: boolean | null;
  /** False if either test fails, null while the checklist is incomplete, else true. */
  readonly qualifies: boolean | null;
}

const SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.householdExit,
  citations: [EXIT_CITATIONS.householdIncome, EXIT_CITATIONS.householdChannels, EXIT_CITATIONS.twoAssurances],
  params: [],
  interpretations: [STABLE_INCOME],
});

/**
 * Checks a registered poor household against the exit standard: per-capita disposable income above the
 * national poverty line (超过: strictly; the line is the caller's `local.nationalPovertyLine`, which the plan does
 * not give as a number), and the checklist of stable income, 两不愁 and 三保障 (each true, false or null).
 *
 * @throws PolicyInputError for an income that is not an amount of yuan ≥ 0, a line that is not > 0 (path
 *   `local.nationalPovertyLine`), a bad date or checklist.
 * @example
 * ```ts
 * const line = { nationalPovertyLine: '3000' } // the caller's figure, not the plan's
 * checkHouseholdExit({ perCapitaIncome: '3000', date: '2018-12-01' }, line).incomeMet    //=> false (超过 excludes the line)
 * checkHouseholdExit({ perCapitaIncome: '3000.01', date: '2018-12-01' }, line).incomeMet //=> true
 * ```
 */
export function checkHouseholdExit(
  input: HouseholdExitInput,
  local: HouseholdExitLocal,
  options?: EvaluationOptions,
): RuleResult<HouseholdExitCheck> {
  const i = parseInput(SPEC.ruleId, householdExitInputSchema, input);
  const line = parseInput(SPEC.ruleId, householdExitLocalSchema, local, 'local').nationalPovertyLine;
  const ctx = openEvaluation(SPEC, options, i.date);
  const incomeMet = meetsBound(i.perCapitaIncome.toDecimal(), HOUSEHOLD_INCOME_BOUND, line.toDecimal());
  ctx.step({
    citations: [EXIT_CITATIONS.householdIncome],
    inputs: { perCapitaIncome: i.perCapitaIncome.toString(), nationalPovertyLine: line.toString() },
    value: incomeMet,
    zh: `家庭年人均可支配收入 ${i.perCapitaIncome.toString()} 元，须${HOUSEHOLD_INCOME_BOUND}国家扶贫标准 ${line.toString()} 元（不含相等）：${incomeMet ? '达到' : '未达到'}`,
    en: `per-capita disposable income ${i.perCapitaIncome.toString()} yuan must be more than the national line ${line.toString()} yuan (超过: equal is not enough): ${incomeMet ? 'met' : 'not met'}`,
  });
  const checklist = answerChecklist(HOUSEHOLD_EXIT_CONDITIONS, i.conditions);
  const conditionsMet = checklistVerdict(checklist);
  checklistStep(ctx, checklist, conditionsMet);
  return ctx.finish({
    perCapitaIncome: i.perCapitaIncome,
    nationalPovertyLine: line,
    bound: HOUSEHOLD_INCOME_BOUND,
    incomeMet,
    checklist,
    conditionsMet,
    qualifies: exitVerdict(incomeMet, conditionsMet),
  });
}
