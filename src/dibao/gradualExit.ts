import { meetsBound } from '../core/bounds.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput, refuse } from '../core/errors.js';
import { Money } from '../core/money.js';
import type { Param } from '../core/param.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { annualize } from './gapSubsidy.js';
import { localArguments } from './local.js';
import {
  GRADUAL_EXIT_INCOME_LIMIT,
  GRADUAL_EXIT_MONTHS_DISABLED,
  GRADUAL_EXIT_MONTHS_RURAL,
  MONTHS_PER_STEP,
  planValue,
} from './params.js';
import { DIBAO_RULE_IDS } from './rules.js';
import {
  gradualExitCheckInputSchema,
  type DibaoLocalStandardInput,
  type GradualExitCheckInput,
  type GradualExitHouseholdType,
} from './schema.js';
import { addStep, showYuan, yesNoEn, yesNoZh } from './steps.js';

const RULE_ID = DIBAO_RULE_IDS.gradualExit;
const MAX_MONTHS = 1200;

/**
 * The plan's months of continued Dibao by household type (18 and 24): the values of the parameters
 * `dibao.gradualExitMonthsRural` and `dibao.gradualExitMonthsDisabled`.
 * @deprecated read `result.months` (it follows a reform's overrides) or the parameters (`getParam`).
 */
export const GRADUAL_EXIT_MONTHS: Readonly<Record<GradualExitHouseholdType, number>> =
  /* @__PURE__ */ Object.freeze({
    ruralDibao: Number(planValue(GRADUAL_EXIT_MONTHS_RURAL)),
    disabledDibao: Number(planValue(GRADUAL_EXIT_MONTHS_DISABLED)),
  });

/** @deprecated the parameter `dibao.monthsPerQuarter` (3). */
export const MONTHS_PER_QUARTER = Number(planValue(MONTHS_PER_STEP));

/** @deprecated the parameter `dibao.gradualExitIncomeLimit` (200, per cent): 2 as a multiple. */
export const GRADUAL_EXIT_INCOME_MULTIPLE: number = Number(planValue(GRADUAL_EXIT_INCOME_LIMIT)) / 100;

/** The months parameter of a household type. */
export function monthsParamOf(type: GradualExitHouseholdType): Param {
  return type === 'ruralDibao' ? GRADUAL_EXIT_MONTHS_RURAL : GRADUAL_EXIT_MONTHS_DISABLED;
}

/** 农村低保家庭 / 残疾人低保家庭, and the English. */
export function householdTypeText(type: GradualExitHouseholdType): { zh: string; en: string } {
  return type === 'ruralDibao'
    ? { zh: '农村低保家庭', en: 'rural Dibao household' }
    : { zh: '残疾人低保家庭', en: 'disabled Dibao household' };
}

/**
 * The months of continued Dibao and the months per quarter in force (the plan's, or a reform's), checked: at
 * least one month per quarter and at most 1200 months, else a `PolicyInputError` at the override's path.
 */
export function gradualExitMonths(
  ctx: RuleContext,
  type: GradualExitHouseholdType,
): { months: number; stepMonths: number; quarters: number } {
  const param = monthsParamOf(type);
  const months = ctx.integer(param);
  const stepMonths = ctx.integer(MONTHS_PER_STEP);
  if (months < 1 || months > MAX_MONTHS) {
    refuse(
      RULE_ID,
      `options.overrides.${param.id}`,
      months,
      `must be from 1 to ${MAX_MONTHS} months`,
      'out_of_range',
    );
  }
  if (stepMonths < 1 || stepMonths > MAX_MONTHS) {
    refuse(
      RULE_ID,
      `options.overrides.${MONTHS_PER_STEP.id}`,
      stepMonths,
      `must be from 1 to ${MAX_MONTHS} months`,
      'out_of_range',
    );
  }
  return { months, stepMonths, quarters: Math.ceil(months / stepMonths) };
}

/** Why a household does or does not qualify for gradual exit. */
export type GradualExitReason = 'qualifies' | 'notTemporarilyExited' | 'incomeNotBelowLimit';

/** The figures of {@link checkGradualExit}. */
export interface GradualExitCheckFigures {
  readonly eligible: boolean;
  /** Every reason that applies (`['qualifies']` when eligible). */
  readonly reasons: readonly GradualExitReason[];
  readonly householdType: GradualExitHouseholdType;
  /** Months of continued Dibao if eligible (the plan: 18 or 24). */
  readonly months: number;
  /** Quarters of continued Dibao if eligible (the plan: 6 or 8); a shorter last quarter counts as one. */
  readonly quarters: number;
  /** Counted per-capita annual disposable income after exemptions, half up to the fen (for display). */
  readonly perCapitaAnnualIncome: Money;
  /** The income limit per person per year (the plan: 200% of the annual standard), half up to the fen. */
  readonly annualIncomeLimit: Money;
  /**
   * Whether the counted income is still below the standard itself: then the ordinary gap subsidy is due
   * as well (see {@link dibaoGapSubsidy}), and the household has not in fact left the Dibao range.
   */
  readonly belowStandard: boolean;
}

/** The result of {@link checkGradualExit}: the figures and the evaluation envelope. */
export type GradualExitCheckResult = RuleResult<GradualExitCheckFigures>;

/** Options of {@link checkGradualExit}: overrides (a reform) and regime. */
export type GradualExitCheckOptions = EvaluationOptions;

const CHECK_SPEC = defineRuleSpec({
  ruleId: RULE_ID,
  citations: [C.gradualExitWho, C.gradualExitIncome, C.gradualExitMonths],
  params: [
    GRADUAL_EXIT_INCOME_LIMIT,
    GRADUAL_EXIT_MONTHS_RURAL,
    GRADUAL_EXIT_MONTHS_DISABLED,
    MONTHS_PER_STEP,
  ],
  interpretations: [],
});

type CheckInput = ReturnType<typeof gradualExitCheckInputSchema.parse>;

/** Steps 1–3: temporarily exited; counted income; below the income limit. */
function incomeLimitSteps(
  ctx: RuleContext,
  v: CheckInput,
  annualStandard: ReturnType<typeof annualize>,
): { below: boolean; limitPerCapita: ReturnType<typeof annualize>; counted: ReturnType<typeof annualize> } {
  addStep(ctx, {
    citations: [C.gradualExitWho],
    formula: 'caller',
    result: v.temporarilyExited,
    zh: `享受扶贫政策后暂时脱贫：${yesNoZh(v.temporarilyExited)}`,
    en: `temporarily exited after the poverty-alleviation policies (暂时脱贫): ${yesNoEn(v.temporarilyExited)}`,
  });
  const income = annualize(v.householdIncome, v.incomePeriod);
  const exempt = annualize(v.exemptIncome, v.incomePeriod);
  const counted = income.minus(exempt);
  const incomeFormula = `${income.toFixed(2)} − ${exempt.toFixed(2)}`;
  addStep(ctx, {
    citations: v.exemptIncome.isZero() ? [] : [C.exemptionWho, C.exemptionWhen],
    formula: incomeFormula,
    result: counted.toFixed(2),
    zh: `享受豁免政策后计入的家庭年可支配收入：${incomeFormula} = ${counted.toFixed(2)} 元`,
    en: `counted annual household disposable income after exemptions: ${incomeFormula} = ${counted.toFixed(2)} yuan`,
  });
  const percent = ctx.decimal(GRADUAL_EXIT_INCOME_LIMIT);
  const limitPerCapita = annualStandard.times(percent).dividedBy(100);
  const limitTotal = limitPerCapita.times(v.members);
  const below = meetsBound(counted, '低于', limitTotal);
  const formula = `${counted.toFixed(2)} < ${annualStandard.toFixed(2)} × ${v.members} × ${percent.toString()}% = ${showYuan(limitTotal)}`;
  // Stryker disable next-line StringLiteral: a per-cent parameter shows as `200%` in every language, so '' renders as 'zh' does
  const limitZh = ctx.show(GRADUAL_EXIT_INCOME_LIMIT, 'zh');
  // Stryker disable next-line StringLiteral: the limit word is Chinese for 'zh' only, so '' renders as 'en' does
  const limitEn = ctx.showLimit(GRADUAL_EXIT_INCOME_LIMIT, 'en');
  addStep(ctx, {
    citations: [C.gradualExitIncome],
    params: [GRADUAL_EXIT_INCOME_LIMIT],
    formula,
    result: below,
    zh: `家庭人均可支配收入低于当地低保标准的 ${limitZh}？（严格低于，按家庭总额比较）${formula}：${yesNoZh(below)}`,
    en: `per-capita disposable income ${limitEn} of the local standard? (strict; as household totals) ${formula}: ${yesNoEn(below)}`,
  });
  return { below, limitPerCapita, counted };
}

/** Step 4: the months (and quarters) of continued Dibao for the household type. */
function monthsStep(ctx: RuleContext, type: GradualExitHouseholdType): { months: number; quarters: number } {
  const { months, quarters } = gradualExitMonths(ctx, type);
  const param = monthsParamOf(type);
  const t = householdTypeText(type);
  addStep(ctx, {
    citations: [C.gradualExitMonths],
    params: [param, MONTHS_PER_STEP],
    formula: type,
    inputs: { quarters },
    result: months,
    zh: `${t.zh}继续享受 ${ctx.show(param, 'zh')}低保待遇（每季 ${ctx.show(MONTHS_PER_STEP, 'zh')}，共 ${quarters} 季）`,
    en: `a ${t.en} keeps Dibao for ${ctx.show(param, 'en')} (${quarters} quarters of ${ctx.show(MONTHS_PER_STEP, 'en')})`,
  });
  return { months, quarters };
}

/**
 * Whether a household qualifies for Dibao gradual exit (渐退).
 *
 * 对享受扶贫政策后暂时脱贫且享受豁免政策后，家庭人均可支配收入低于当地低保标准 200% 的家庭，给予农村低保家庭
 * 继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇 (第八章第一节). The figures are the parameters
 * `dibao.gradualExitIncomeLimit`, `dibao.gradualExitMonthsRural`, `dibao.gradualExitMonthsDisabled` (a reform
 * overrides them through `options.overrides`). The income is the counted income after exemptions; 低于 is
 * strict, so exactly the limit does not qualify. Compared as household totals per year: counted income <
 * annual standard × members × limit%. The local standard is the second argument (`{ standard, standardPeriod }`).
 *
 * Deprecated: the 0.1 one-object form `checkGradualExit({ standard, … })` still works.
 *
 * @example
 * ```ts
 * checkGradualExit({ householdType: 'ruralDibao', temporarilyExited: true, members: 2,
 *   householdIncome: '15999.99' }, { standard: '4000' }).eligible //=> true  (15999.99 < 4000 × 2 × 200% = 16000)
 * ```
 */
export function checkGradualExit(
  household: GradualExitCheckInput,
  local: DibaoLocalStandardInput,
  options?: GradualExitCheckOptions,
): GradualExitCheckResult;
/** @deprecated the 0.1 form: pass the local standard as the second argument, `(household, local, options?)`. */
export function checkGradualExit(
  input: GradualExitCheckInput & DibaoLocalStandardInput,
  options?: GradualExitCheckOptions,
): GradualExitCheckResult;
export function checkGradualExit(
  household: GradualExitCheckInput,
  local?: DibaoLocalStandardInput | GradualExitCheckOptions,
  options?: GradualExitCheckOptions,
): GradualExitCheckResult {
  const args = localArguments(RULE_ID, household, local, options);
  const v = parseInput(RULE_ID, gradualExitCheckInputSchema, args.household);
  const ctx = openEvaluation(CHECK_SPEC, args.options, null);
  const annualStandard = annualize(args.local.standard, args.local.standardPeriod);
  const { below, limitPerCapita, counted } = incomeLimitSteps(ctx, v, annualStandard);
  const { months, quarters } = monthsStep(ctx, v.householdType);
  const reasons: GradualExitReason[] = [];
  if (!v.temporarilyExited) reasons.push('notTemporarilyExited');
  if (!below) reasons.push('incomeNotBelowLimit');
  const eligible = reasons.length === 0;
  if (eligible) reasons.push('qualifies');
  return ctx.finish({
    eligible,
    reasons,
    householdType: v.householdType,
    months,
    quarters,
    perCapitaAnnualIncome: Money.round(counted.dividedBy(v.members)),
    annualIncomeLimit: Money.round(limitPerCapita),
    belowStandard: meetsBound(counted, '低于', annualStandard.times(v.members)),
  });
}
