import { addDays } from 'date-fns/addDays';
import type { Decimal } from 'decimal.js';
import { formatPlainDate, parsePlainDate, type PlainDate } from '../core/dates.js';
import { Dec } from '../core/decimal.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput, refuse } from '../core/errors.js';
import { Money } from '../core/money.js';
import { monthBoundary, monthPeriod, type MonthPeriodReading } from '../core/period.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { gradualExitMonths, householdTypeText, monthsParamOf } from './gradualExit.js';
import { GRADUAL_EXIT_MONTHS_DISABLED, GRADUAL_EXIT_MONTHS_RURAL, MONTHS_PER_STEP } from './params.js';
import { DIBAO_RULE_IDS, interpretationById } from './rules.js';
import {
  gradualExitFactorsSchema,
  gradualExitScheduleInputSchema,
  type GradualExitDecreaseReading,
  type GradualExitHouseholdType,
  type GradualExitScheduleInput,
} from './schema.js';
import { addStep } from './steps.js';

const RULE_ID = DIBAO_RULE_IDS.gradualExit;
const MAX_QUARTERS = 1200;
const DECREASE = interpretationById('dibao.gradualExitDecrease');
const MONTH_PERIOD = interpretationById('core.monthPeriod');

const SCHEDULE_SPEC = defineRuleSpec({
  ruleId: RULE_ID,
  citations: [C.gradualExitMonths, C.gradualExitIncome],
  params: [GRADUAL_EXIT_MONTHS_RURAL, GRADUAL_EXIT_MONTHS_DISABLED, MONTHS_PER_STEP],
  interpretations: [DECREASE, MONTH_PERIOD],
  optionKeys: ['factors'],
});

/**
 * Options of {@link gradualExitSchedule}: `readings.gradualExitDecrease` (`dibao.gradualExitDecrease`),
 * `readings.monthPeriod` (`core.monthPeriod`: `civilCode`, or `startDayCounted` as before 0.2), `overrides`
 * (a reform of the months), `regime`, and `factors`: one factor per quarter, each in [0, 1], never increasing
 * (quarter k pays `baseMonthlySubsidy × months of the quarter × factors[k]`; giving factors applies the reading
 * `customFactors`).
 */
export interface GradualExitScheduleOptions extends EvaluationOptions {
  readonly factors?: readonly (string | number | Decimal)[];
}

/** One quarter of a gradual-exit schedule. */
export interface GradualExitQuarter {
  /** 1-based. */
  readonly quarter: number;
  /** First day, inclusive. */
  readonly start: PlainDate;
  /** Last day, inclusive. */
  readonly end: PlainDate;
  /** Months in the quarter (the plan: 3; a reform's last quarter may be shorter). */
  readonly months: number;
  /** The share of the full subsidy paid in this quarter. */
  readonly factor: Decimal;
  /** The quarter's subsidy. */
  readonly amount: Money;
  /** The quarter's subsidy as monthly payments summing exactly to it (the extra fen first). */
  readonly monthlyAmounts: readonly Money[];
}

/** The figures of {@link gradualExitSchedule}. */
export interface GradualExitScheduleFigures {
  readonly householdType: GradualExitHouseholdType;
  /** Months of continued Dibao (the plan: 18 or 24). */
  readonly months: number;
  /** The day the period is counted from, as given. */
  readonly startDate: PlainDate;
  /** First day of continued Dibao (the day after `startDate` under `civilCode`; `startDate` itself otherwise). */
  readonly firstDay: PlainDate;
  /** Last day of continued Dibao, inclusive. */
  readonly endDate: PlainDate;
  readonly baseMonthlySubsidy: Money;
  /** The full quarterly subsidy: base monthly × months per quarter. */
  readonly baseQuarterlySubsidy: Money;
  readonly quarters: readonly GradualExitQuarter[];
  /** The sum of the quarters' subsidies, exactly. */
  readonly total: Money;
}

/** The result of {@link gradualExitSchedule}: the figures and the evaluation envelope. */
export type GradualExitSchedule = RuleResult<GradualExitScheduleFigures>;

/**
 * The quarterly factors of a reading for `quarterCount` quarters, as whole-number weights over a common
 * denominator so that sums stay exact: `linearStepDown` is (n − k + 1)/n, `halvingEachQuarter` is
 * 2^(n − k)/2^(n − 1) for quarter k = 1..n. `quarterCount` is a whole number from 1 to 1200 (the plan's
 * schedules have 6 or 8).
 */
export function gradualExitWeights(
  reading: Exclude<GradualExitDecreaseReading, 'customFactors'>,
  quarterCount: number,
): { readonly weights: readonly Decimal[]; readonly denominator: Decimal } {
  // Callers in plain JavaScript may pass anything: check what the types promise.
  if (!(['linearStepDown', 'halvingEachQuarter'] as unknown[]).includes(reading)) {
    refuse(
      RULE_ID,
      'reading',
      reading,
      "must be 'linearStepDown' or 'halvingEachQuarter'",
      'unknown_reading',
    );
  }
  if (!Number.isInteger(quarterCount) || quarterCount < 1 || quarterCount > MAX_QUARTERS) {
    refuse(
      RULE_ID,
      'quarterCount',
      quarterCount,
      `must be a whole number from 1 to ${MAX_QUARTERS}`,
      'out_of_range',
    );
  }
  if (reading === 'linearStepDown') {
    return Object.freeze({
      weights: Object.freeze(Array.from({ length: quarterCount }, (_, i) => new Dec(quarterCount - i))),
      denominator: new Dec(quarterCount),
    });
  }
  return Object.freeze({
    weights: Object.freeze(
      Array.from({ length: quarterCount }, (_, i) => new Dec(2).pow(quarterCount - 1 - i)),
    ),
    denominator: new Dec(2).pow(quarterCount - 1),
  });
}

function validateFactors(factors: readonly Decimal[], quarterCount: number, months: number): void {
  if (factors.length !== quarterCount) {
    refuse(
      RULE_ID,
      'options.factors',
      factors.map(String),
      `must have one factor per quarter: ${quarterCount} for ${months} months`,
      'wrong_length',
    );
  }
  factors.forEach((f, i) => {
    if (f.lt(0) || f.gt(1)) {
      refuse(RULE_ID, `options.factors[${i}]`, f.toString(), 'must lie in [0, 1]', 'out_of_range');
    }
    const previous = factors[i - 1];
    if (previous !== undefined && f.gt(previous)) {
      refuse(
        RULE_ID,
        `options.factors[${i}]`,
        f.toString(),
        `must not be more than the previous quarter's factor ${previous.toString()} (逐季递减)`,
        'increasing',
      );
    }
  });
}

/**
 * Opens the evaluation with the reading the options imply: factors without a reading apply `customFactors`;
 * factors with another reading, or `customFactors` without factors, are refused.
 */
function openScheduleEvaluation(
  options: unknown,
  date: PlainDate,
): { ctx: RuleContext; factors: readonly Decimal[] | undefined } {
  const first = openEvaluation(SCHEDULE_SPEC, options, date);
  const given = (options ?? {}) as GradualExitScheduleOptions;
  const asked = given.readings?.gradualExitDecrease;
  if (given.factors === undefined) {
    if (first.reading(DECREASE) === 'customFactors') {
      refuse(
        RULE_ID,
        'options.factors',
        undefined,
        "the reading 'customFactors' needs a table of factors",
        'missing_factors',
      );
    }
    return { ctx: first, factors: undefined };
  }
  const factors = parseInput(RULE_ID, gradualExitFactorsSchema, given.factors, 'options.factors');
  if (asked !== undefined && asked !== 'customFactors') {
    refuse(
      RULE_ID,
      'options.readings.gradualExitDecrease',
      asked,
      "conflicts with options.factors: give factors with 'customFactors' (or no reading)",
      'conflicting_options',
    );
  }
  const readings = { ...given.readings, gradualExitDecrease: 'customFactors' };
  return { ctx: openEvaluation(SCHEDULE_SPEC, { ...given, readings }, date), factors };
}

/** The weights of each quarter (over `denominator`) and the reading that gave them. */
function quarterWeights(
  ctx: RuleContext,
  factors: readonly Decimal[] | undefined,
  quarterCount: number,
  months: number,
): { weights: readonly Decimal[]; denominator: Decimal } {
  if (factors !== undefined) {
    validateFactors(factors, quarterCount, months);
    return { weights: factors, denominator: new Dec(1) };
  }
  const reading = ctx.reading<Exclude<GradualExitDecreaseReading, 'customFactors'>>(DECREASE);
  return gradualExitWeights(reading, quarterCount);
}

interface Layout {
  readonly months: number;
  readonly stepMonths: number;
  readonly quarterCount: number;
  /** Months in quarter k (index k − 1). */
  readonly monthsIn: readonly number[];
}

function layoutOf(ctx: RuleContext, type: GradualExitHouseholdType): Layout {
  const { months, stepMonths, quarters } = gradualExitMonths(ctx, type);
  const monthsIn = Array.from({ length: quarters }, (_, i) => Math.min(stepMonths, months - stepMonths * i));
  return { months, stepMonths, quarterCount: quarters, monthsIn };
}

/** The quarters' dates: quarter k runs from the day after the boundary at 3(k − 1) months to the boundary at 3k. */
function quarterDates(
  start: PlainDate,
  layout: Layout,
  reading: MonthPeriodReading,
): { start: PlainDate; end: PlainDate }[] {
  // Stryker disable next-line StringLiteral: startDate has passed plainDateSchema, so it always parses and this refusal is never built
  const from = parsePlainDate(start) ?? refuse(RULE_ID, 'startDate', start, 'must be a real date');
  let elapsed = 0;
  return layout.monthsIn.map((m) => {
    const first = addDays(monthBoundary(from, elapsed, reading), 1);
    elapsed += m;
    return { start: formatPlainDate(first), end: formatPlainDate(monthBoundary(from, elapsed, reading)) };
  });
}

/** The quarters' amounts: the total rounded once, split by weight × months (largest remainder). */
function quarterAmounts(
  base: Money,
  layout: Layout,
  w: { weights: readonly Decimal[]; denominator: Decimal },
): { total: Money; amounts: readonly Money[]; paidMonths: Decimal } {
  const shares = w.weights.map((x, i) => x.times(layout.monthsIn[i] ?? 0));
  const paidMonths = shares.reduce((sum, x) => sum.plus(x), new Dec(0)).dividedBy(w.denominator);
  const total = Money.round(base.toDecimal().times(paidMonths));
  // Stryker disable next-line ArrowFunction: the quarters read a missing amount as Money.ZERO, so a zero total's parts are zero either way
  const amounts = total.isZero() ? shares.map(() => Money.ZERO) : total.allocate(shares);
  return { total, amounts, paidMonths };
}

/** Steps: months and quarters, the period, the full quarter, the factors and the total. */
function scheduleSteps(
  ctx: RuleContext,
  s: {
    type: GradualExitHouseholdType;
    layout: Layout;
    period: { firstDay: PlainDate; lastDay: PlainDate };
    base: Money;
    factors: readonly Decimal[];
    total: Money;
    paidMonths: Decimal;
  },
): void {
  const param = monthsParamOf(s.type);
  const t = householdTypeText(s.type);
  const q = s.layout.quarterCount;
  addStep(ctx, {
    citations: [C.gradualExitMonths],
    params: [param, MONTHS_PER_STEP],
    formula: s.type,
    inputs: { quarters: q },
    result: s.layout.months,
    zh: `${t.zh}继续享受低保 ${ctx.show(param, 'zh')}，每季 ${ctx.show(MONTHS_PER_STEP, 'zh')}，共 ${q} 季`,
    en: `a ${t.en} keeps Dibao for ${ctx.show(param, 'en')}: ${q} quarters of ${ctx.show(MONTHS_PER_STEP, 'en')}`,
  });
  const civil = ctx.reading<MonthPeriodReading>(MONTH_PERIOD) === 'civilCode';
  addStep(ctx, {
    citations: [C.gradualExitMonths],
    formula: `${s.period.firstDay} – ${s.period.lastDay}`,
    inputs: { monthPeriod: civil ? 'civilCode' : 'startDayCounted' },
    result: s.period.lastDay,
    zh: `期间：${s.period.firstDay} 至 ${s.period.lastDay}（${civil ? '依《民法典》第二百零一条，开始的当日不计入' : '开始的当日计入'}）`,
    en: `period: ${s.period.firstDay} to ${s.period.lastDay} (${civil ? 'Civil Code art. 201: the start day is not counted' : 'the start day counted'})`,
  });
  const quarterly = s.base.times(s.layout.stepMonths);
  addStep(ctx, {
    citations: [],
    params: [MONTHS_PER_STEP],
    formula: `${s.base.toString()} × ${s.layout.stepMonths}`,
    result: quarterly,
    zh: `每季全额补助：${s.base.toString()} 元 × ${ctx.show(MONTHS_PER_STEP, 'zh')} = ${quarterly.toString()} 元`,
    en: `full quarterly subsidy: ${s.base.toString()} yuan × ${ctx.show(MONTHS_PER_STEP, 'en')} = ${quarterly.toString()} yuan`,
  });
  const reading = ctx.reading(DECREASE);
  const shown = s.factors.map((f) => f.toDecimalPlaces(4).toString()).join(', ');
  const sum = s.factors
    .reduce((a, f) => a.plus(f), new Dec(0))
    .toDecimalPlaces(6)
    .toString();
  addStep(ctx, {
    citations: [C.gradualExitMonths],
    formula: shown,
    inputs: { reading },
    result: `sum ${sum}`,
    zh: `各季发放比例（${reading}；补助金逐季递减）：${shown}，合计 ${sum}`,
    en: `quarterly factors (${reading}; decreasing each quarter): ${shown}, sum ${sum}`,
  });
  const months = s.paidMonths.toDecimalPlaces(6).toString();
  addStep(ctx, {
    citations: [],
    formula: `${s.base.toString()} × ${months}`,
    result: s.total,
    zh: `合计（月补助 × 按比例折算的月数，四舍五入到分）：${s.base.toString()} × ${months} = ${s.total.toString()} 元`,
    en: `total (monthly subsidy × months paid at their factors, half up to the fen): ${s.base.toString()} × ${months} = ${s.total.toString()} yuan`,
  });
}

/**
 * The gradual-exit schedule: the quarters of continued Dibao with their dates and decreasing subsidies.
 *
 * 18 months (6 quarters) for a rural Dibao household, 24 months (8 quarters) for a disabled Dibao household;
 * 补助金逐季递减 (parameters `dibao.gradualExitMonthsRural`, `dibao.gradualExitMonthsDisabled`,
 * `dibao.monthsPerQuarter`). Periods follow `core.monthPeriod` (core `monthPeriod`): under the default
 * `civilCode` (Civil Code arts. 201–203) the start day is not counted, quarter k runs from the day after
 * `startDate` + 3(k − 1) months to `startDate` + 3k months (the month's last day where it has no such day),
 * so 2019-03-31 + 18 months ends 2020-09-30; under `startDayCounted` (0.1's convention) quarter k runs from
 * `startDate` + 3(k − 1) months to the day before `startDate` + 3k months. The full quarterly subsidy is the
 * base monthly subsidy × 3; each quarter pays a factor of it (reading `linearStepDown` of
 * `dibao.gradualExitDecrease` by default: 6/6, 5/6, …, 1/6). The total is rounded half up to the fen once and
 * split over the quarters by their factors (largest remainder), so the quarters sum exactly to the total and
 * never increase. Eligibility is {@link checkGradualExit}'s question; this function only lays out the schedule.
 *
 * @example
 * ```ts
 * const s = gradualExitSchedule({ householdType: 'ruralDibao', startDate: '2018-12-31', baseMonthlySubsidy: '600' });
 * s.quarters.map((q) => q.amount.toString()) //=> ['1800.00', '1500.00', '1200.00', '900.00', '600.00', '300.00']
 * s.total.toString()        //=> '6300.00'
 * [s.firstDay, s.endDate]   //=> ['2019-01-01', '2020-06-30']
 * ```
 */
export function gradualExitSchedule(
  input: GradualExitScheduleInput,
  options?: GradualExitScheduleOptions,
): GradualExitSchedule {
  const v = parseInput(RULE_ID, gradualExitScheduleInputSchema, input);
  const { ctx, factors } = openScheduleEvaluation(options, v.startDate);
  const layout = layoutOf(ctx, v.householdType);
  const weights = quarterWeights(ctx, factors, layout.quarterCount, layout.months);
  const reading = ctx.reading<MonthPeriodReading>(MONTH_PERIOD);
  const period = monthPeriod(v.startDate, layout.months, reading, RULE_ID);
  const dates = quarterDates(v.startDate, layout, reading);
  const { total, amounts, paidMonths } = quarterAmounts(v.baseMonthlySubsidy, layout, weights);
  const quarterFactors = weights.weights.map((w) => w.dividedBy(weights.denominator));
  scheduleSteps(ctx, {
    type: v.householdType,
    layout,
    period,
    base: v.baseMonthlySubsidy,
    factors: quarterFactors,
    total,
    paidMonths,
  });
  const quarters = quarterFactors.map((factor, i): GradualExitQuarter => {
    const amount = amounts[i] ?? Money.ZERO;
    const m = layout.monthsIn[i] ?? 0;
    // Stryker disable next-line ObjectLiteral,StringLiteral: dates has one entry per quarter (both follow layout.monthsIn), so the fallback is never read
    const { start, end } = dates[i] ?? { start: '', end: '' };
    addStep(ctx, {
      citations: [],
      formula: 'total split by factors',
      inputs: { quarter: i + 1, start, end },
      result: amount,
      zh: `第 ${i + 1} 季（${start} 至 ${end}）：${amount.toString()} 元`,
      en: `quarter ${i + 1} (${start} to ${end}): ${amount.toString()} yuan`,
    });
    // A quarter has at least one month, so the ratios are never all zero (a zero amount splits into zeros).
    const monthly = amount.allocate(Array.from({ length: m }, () => 1));
    return { quarter: i + 1, start, end, months: m, factor, amount, monthlyAmounts: monthly };
  });
  return ctx.finish({
    householdType: v.householdType,
    months: layout.months,
    startDate: v.startDate,
    firstDay: period.firstDay,
    endDate: period.lastDay,
    baseMonthlySubsidy: v.baseMonthlySubsidy,
    baseQuarterlySubsidy: v.baseMonthlySubsidy.times(layout.stepMonths),
    quarters,
    total,
  });
}
