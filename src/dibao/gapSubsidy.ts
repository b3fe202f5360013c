import type { Decimal } from 'decimal.js';
import { meetsBound } from '../core/bounds.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput } from '../core/errors.js';
import { Money } from '../core/money.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { localArguments } from './local.js';
import { DIBAO_RULE_IDS, interpretationById } from './rules.js';
import {
  gapSubsidyInputSchema,
  type AmountPeriod,
  type DibaoLocalStandard,
  type DibaoLocalStandardInput,
  type GapSubsidyInput,
  type IncomeMeasureReading,
} from './schema.js';
import { addStep, showYuan, yesNoEn, yesNoZh } from './steps.js';

/** Months in a year, for converting between annual and monthly figures (a calendar fact, not a plan figure). */
export const MONTHS_PER_YEAR = 12;

const INCOME_MEASURE = interpretationById('dibao.incomeMeasure');

const SPEC = defineRuleSpec({
  ruleId: DIBAO_RULE_IDS.gapSubsidy,
  citations: [C.gapSubsidy, C.coverage],
  params: [],
  interpretations: [INCOME_MEASURE],
});

/** Options of {@link dibaoGapSubsidy}: `readings.incomeMeasure` (`dibao.incomeMeasure`), overrides, regime. */
export type GapSubsidyOptions = EvaluationOptions;
/** @deprecated use {@link GapSubsidyOptions} */
export type IncomeMeasureOptions = GapSubsidyOptions;

/** The figures of {@link dibaoGapSubsidy}. */
export interface GapSubsidyFigures {
  /** Whether the counted per-capita income is below (低于, strict) the standard: a gap exists. */
  readonly belowStandard: boolean;
  /** The subsidy paid each month, rounded half up to the fen. */
  readonly monthly: Money;
  /** The subsidy for a year (exact gap under `annualBasis`; monthly × 12 under `monthlyBasis`). */
  readonly annual: Money;
  /** Annual standard per person (a monthly standard × 12). */
  readonly annualStandard: Money;
  /** Counted household income per year, after exemptions. */
  readonly countedAnnualIncome: Money;
  /** Counted per-capita annual income, rounded half up to the fen (for display; the gap uses totals). */
  readonly perCapitaAnnualIncome: Money;
  readonly members: number;
}

/** The result of {@link dibaoGapSubsidy}: the figures and the evaluation envelope. */
export type GapSubsidyResult = RuleResult<GapSubsidyFigures>;

/** A yuan amount per `period` as an exact annual decimal. */
export function annualize(amount: Money, period: AmountPeriod): Decimal {
  return period === 'year' ? amount.toDecimal() : amount.toDecimal().times(MONTHS_PER_YEAR);
}

const perMonth = (p: AmountPeriod): string => (p === 'month' ? ' × 12' : '');

interface Counted {
  readonly annualStandard: Decimal;
  readonly counted: Decimal;
  readonly guarantee: Decimal;
  readonly belowStandard: boolean;
}

/** Steps 1–4: the annual standard, the counted income, the per-capita income, and whether it is below. */
function countedIncomeSteps(
  ctx: RuleContext,
  v: ReturnType<typeof gapSubsidyInputSchema.parse>,
  local: DibaoLocalStandard,
): Counted {
  const annualStandard = annualize(local.standard, local.standardPeriod);
  const counted = annualize(v.householdIncome, v.incomePeriod).minus(
    annualize(v.exemptIncome, v.incomePeriod),
  );
  const std = showYuan(annualStandard);
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: `${local.standard.toString()}${perMonth(local.standardPeriod)}`,
    inputs: { standard: local.standard.toString(), standardPeriod: local.standardPeriod },
    result: std,
    zh: `当地低保标准（每人每年）：${local.standard.toString()}${perMonth(local.standardPeriod)} = ${std} 元`,
    en: `local Dibao standard per person per year: ${local.standard.toString()}${perMonth(local.standardPeriod)} = ${std} yuan`,
  });
  const incomeFormula = `${v.householdIncome.toString()}${perMonth(v.incomePeriod)} − ${v.exemptIncome.toString()}${perMonth(v.incomePeriod)}`;
  addStep(ctx, {
    citations: v.exemptIncome.isZero() ? [C.gapSubsidy] : [C.gapSubsidy, C.exemptionWho, C.exemptionWhen],
    formula: incomeFormula,
    result: showYuan(counted),
    zh: `计入的家庭年收入（家庭收入 − 不计入的收入）：${incomeFormula} = ${showYuan(counted)} 元`,
    en: `counted annual household income (income − exempt income): ${incomeFormula} = ${showYuan(counted)} yuan`,
  });
  const perCapita = counted.dividedBy(v.members);
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: `${showYuan(counted)} ÷ ${v.members}`,
    result: showYuan(perCapita),
    zh: `家庭人均年收入：${showYuan(counted)} ÷ ${v.members} 人 = ${showYuan(perCapita)} 元`,
    en: `per-capita annual income: ${showYuan(counted)} ÷ ${v.members} members = ${showYuan(perCapita)} yuan`,
  });
  const guarantee = annualStandard.times(v.members);
  const belowStandard = meetsBound(counted, '低于', guarantee);
  const cmp = `${showYuan(counted)} < ${std} × ${v.members} = ${showYuan(guarantee)}`;
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: cmp,
    result: belowStandard,
    zh: `家庭人均收入低于当地低保标准？（按家庭总额比较：收入 < 标准 × 人数）${cmp}：${yesNoZh(belowStandard)}`,
    en: `per-capita income lower than the standard? (as household totals: income < standard × members) ${cmp}: ${yesNoEn(belowStandard)}`,
  });
  return { annualStandard, counted, guarantee, belowStandard };
}

/** Under `annualBasis`: annual = the exact gap, monthly = annual ÷ 12 half up. */
function annualBasisSteps(ctx: RuleContext, c: Counted): { annual: Money; monthly: Money } {
  const annual = c.belowStandard ? Money.round(c.guarantee.minus(c.counted)) : Money.ZERO;
  const gap = `max(0, ${showYuan(c.guarantee)} − ${showYuan(c.counted)})`;
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: gap,
    result: annual,
    zh: `年补助 =（标准 − 人均收入）× 人数 = 标准 × 人数 − 收入，不低于 0：${gap} = ${annual.toString()} 元`,
    en: `annual subsidy = (standard − per-capita income) × members = standard × members − income, ≥ 0: ${gap} = ${annual.toString()} yuan`,
  });
  const monthly = annual.dividedBy(MONTHS_PER_YEAR);
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: `${annual.toString()} ÷ 12`,
    result: monthly,
    zh: `月补助（四舍五入到分）：${annual.toString()} ÷ 12 = ${monthly.toString()} 元`,
    en: `monthly subsidy, rounded half up to the fen: ${annual.toString()} ÷ 12 = ${monthly.toString()} yuan`,
  });
  return { annual, monthly };
}

/** Under `monthlyBasis`: monthly = the monthly gap half up, at most the guarantee rounded down; annual = × 12. */
function monthlyBasisSteps(ctx: RuleContext, c: Counted): { annual: Money; monthly: Money } {
  const monthlyGap = c.guarantee.minus(c.counted).dividedBy(MONTHS_PER_YEAR);
  // Rounding half up must not lift the payment above the monthly guarantee (standard × members), which an
  // annual standard ÷ 12 need not state in whole fen: cap at the guarantee rounded down to the fen.
  const monthlyCap = Money.round(c.guarantee.dividedBy(MONTHS_PER_YEAR), 'down');
  const monthly = c.belowStandard ? Money.min(Money.round(monthlyGap), monthlyCap) : Money.ZERO;
  const formula = `min(max(0, (${showYuan(c.guarantee)} − ${showYuan(c.counted)}) ÷ 12), ${monthlyCap.toString()})`;
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula,
    result: monthly,
    zh: `月补助 =（月标准 − 月人均收入）× 人数，不低于 0，四舍五入到分，且不超过月保障额（向下取整到分）：${formula} = ${monthly.toString()} 元`,
    en: `monthly subsidy = (monthly standard − monthly per-capita income) × members, ≥ 0, half up to the fen, at most the monthly guarantee (standard × members, rounded down to the fen): ${formula} = ${monthly.toString()} yuan`,
  });
  const annual = monthly.times(MONTHS_PER_YEAR);
  addStep(ctx, {
    citations: [C.gapSubsidy],
    formula: `${monthly.toString()} × 12`,
    result: annual,
    zh: `年补助：${monthly.toString()} × 12 = ${annual.toString()} 元`,
    en: `annual subsidy: ${monthly.toString()} × 12 = ${annual.toString()} yuan`,
  });
  return { annual, monthly };
}

/**
 * The Dibao gap subsidy of a household: (local standard − per-capita counted income) × members, never
 * negative, as a monthly and an annual amount exact to the fen, with a bilingual trace of each step.
 *
 * 按照家庭人均收入低于当地低保标准的差额给予低保补助 (第八章第一节). The local standard is the second argument
 * ({@link dibaoLocalStandardSchema}: `{ standard, standardPeriod }`, e.g. an entry of a standards table).
 * Counted income is household income minus exempt income (see {@link countableIncome}). Under the default
 * reading `annualBasis` of `dibao.incomeMeasure`, annual = annual standard × members − counted annual income
 * (exact) and monthly = annual ÷ 12 rounded half up; under `monthlyBasis`, monthly = monthly gap × members
 * rounded half up and annual = monthly × 12.
 *
 * Deprecated: the 0.1 one-object form `dibaoGapSubsidy({ standard, members, … }, options?)` still works.
 *
 * @example
 * ```ts
 * const r = dibaoGapSubsidy({ members: 3, householdIncome: '9000' }, { standard: '4000' });
 * r.annual.toString()  //=> '3000.00'  (4000 × 3 − 9000)
 * r.monthly.toString() //=> '250.00'   (3000 ÷ 12)
 * ```
 */
export function dibaoGapSubsidy(
  household: GapSubsidyInput,
  local: DibaoLocalStandardInput,
  options?: GapSubsidyOptions,
): GapSubsidyResult;
/** @deprecated the 0.1 form: pass the local standard as the second argument, `(household, local, options?)`. */
export function dibaoGapSubsidy(
  input: GapSubsidyInput & DibaoLocalStandardInput,
  options?: GapSubsidyOptions,
): GapSubsidyResult;
export function dibaoGapSubsidy(
  household: GapSubsidyInput,
  local?: DibaoLocalStandardInput | GapSubsidyOptions,
  options?: GapSubsidyOptions,
): GapSubsidyResult {
  const args = localArguments(SPEC.ruleId, household, local, options);
  const v = parseInput(SPEC.ruleId, gapSubsidyInputSchema, args.household);
  const ctx = openEvaluation(SPEC, args.options, null);
  const c = countedIncomeSteps(ctx, v, args.local);
  const { annual, monthly } =
    ctx.reading<IncomeMeasureReading>(INCOME_MEASURE) === 'annualBasis'
      ? annualBasisSteps(ctx, c)
      : monthlyBasisSteps(ctx, c);
  return ctx.finish({
    belowStandard: c.belowStandard,
    monthly,
    annual,
    annualStandard: Money.round(c.annualStandard),
    countedAnnualIncome: Money.round(c.counted),
    perCapitaAnnualIncome: Money.round(c.counted.dividedBy(v.members)),
    members: v.members,
  });
}
