/**
 * Test-only reference: the 0.1 implementation, copied unchanged but for its imports, so property tests can
 * prove the contract refactor keeps amounts identical to the fen (and, under startDayCounted, the dates).
 */
import { addDays, addMonths } from 'date-fns';
import type { Decimal } from 'decimal.js';
import { meetsBound } from '../../../src/core/bounds.js';
import type { Citation } from '../../../src/core/citation.js';
import { formatPlainDate, parsePlainDate, type PlainDate } from '../../../src/core/dates.js';
import { Dec } from '../../../src/core/decimal.js';
import { parseInput, refuse } from '../../../src/core/errors.js';
import { Money } from '../../../src/core/money.js';
import { DIBAO_CITATIONS as C } from '../../../src/dibao/citations.js';
import { annualize } from './gapSubsidy.js';
import {
  gradualExitCheckInputSchema,
  gradualExitScheduleInputSchema,
  gradualExitScheduleOptionsSchema,
  type GradualExitCheckInput,
  type GradualExitDecreaseReading,
  type GradualExitHouseholdType,
  type GradualExitScheduleInput,
  type GradualExitScheduleOptions,
} from './schema.js';
import { traceStep, type TraceStep } from './trace.js';

const RULE_ID = 'dibao.gradualExit';

/** Months of continued Dibao: 18 for a rural Dibao household, 24 for a disabled Dibao household. */
export const GRADUAL_EXIT_MONTHS: Readonly<Record<GradualExitHouseholdType, 18 | 24>> = Object.freeze({
  ruralDibao: 18,
  disabledDibao: 24,
});

/** Months per quarter (季). */
export const MONTHS_PER_QUARTER = 3;

/** The income limit of gradual exit: below 200% of the local standard (低于…200%, strict). */
export const GRADUAL_EXIT_INCOME_MULTIPLE = 2;

/** Why a household does or does not qualify for gradual exit. */
export type GradualExitReason = 'qualifies' | 'notTemporarilyExited' | 'incomeNotBelow200Percent';

/** The result of {@link checkGradualExit}. */
export interface GradualExitCheckResult {
  readonly ruleId: 'dibao.gradualExit';
  readonly eligible: boolean;
  /** Every reason that applies (`['qualifies']` when eligible). */
  readonly reasons: readonly GradualExitReason[];
  readonly householdType: GradualExitHouseholdType;
  /** Months of continued Dibao if eligible: 18 or 24. */
  readonly months: 18 | 24;
  /** Quarters of continued Dibao if eligible: 6 or 8. */
  readonly quarters: 6 | 8;
  /** Counted per-capita annual disposable income after exemptions, half up to the fen (for display). */
  readonly perCapitaAnnualIncome: Money;
  /** 200% of the annual standard per person: the limit the income must be below. */
  readonly annualIncomeLimit: Money;
  /**
   * Whether the counted income is still below the standard itself: then the ordinary gap subsidy is due
   * as well (see {@link dibaoGapSubsidy}), and the household has not in fact left the Dibao range.
   */
  readonly belowStandard: boolean;
  readonly trace: readonly TraceStep[];
  readonly citations: readonly Citation[];
}

/**
 * Whether a household qualifies for Dibao gradual exit (渐退).
 *
 * 对享受扶贫政策后暂时脱贫且享受豁免政策后，家庭人均可支配收入低于当地低保标准 200% 的家庭，给予农村低保家庭
 * 继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇 (第八章第一节). The income is the counted income after
 * exemptions; 低于 is strict, so exactly 200% does not qualify. Compared as household totals per year:
 * counted income < 2 × annual standard × members.
 *
 * @example
 * ```ts
 * checkGradualExit({ householdType: 'ruralDibao', temporarilyExited: true, standard: '4000', members: 2,
 *   householdIncome: '15999.99' }).eligible //=> true  (15999.99 < 2 × 4000 × 2 = 16000)
 * ```
 */
export function checkGradualExit(input: GradualExitCheckInput): GradualExitCheckResult {
  const v = parseInput(RULE_ID, gradualExitCheckInputSchema, input);
  const annualStandard = annualize(v.standard, v.standardPeriod);
  const counted = annualize(v.householdIncome, v.incomePeriod).minus(
    annualize(v.exemptIncome, v.incomePeriod),
  );
  const limitPerCapita = annualStandard.times(GRADUAL_EXIT_INCOME_MULTIPLE);
  const limitTotal = limitPerCapita.times(v.members);
  const below200 = meetsBound(counted, '低于', limitTotal);
  const belowStandard = meetsBound(counted, '低于', annualStandard.times(v.members));
  const months = GRADUAL_EXIT_MONTHS[v.householdType];

  const reasons: GradualExitReason[] = [];
  if (!v.temporarilyExited) reasons.push('notTemporarilyExited');
  if (!below200) reasons.push('incomeNotBelow200Percent');
  const eligible = reasons.length === 0;
  if (eligible) reasons.push('qualifies');

  const trace: TraceStep[] = [
    traceStep('temporarily exited after the policies (暂时脱贫)?', 'caller', String(v.temporarilyExited), [
      C.gradualExitWho,
    ]),
    traceStep(
      'counted annual household disposable income after exemptions',
      `${annualize(v.householdIncome, v.incomePeriod).toFixed(2)} − ${annualize(v.exemptIncome, v.incomePeriod).toFixed(2)}`,
      counted.toFixed(2),
      v.exemptIncome.isZero() ? [] : [C.exemptionWho, C.exemptionWhen],
    ),
    traceStep(
      'per-capita income 低于 200% of the standard? (strict; compared as household totals)',
      `${counted.toFixed(2)} < 2 × ${annualStandard.toFixed(2)} × ${v.members} = ${limitTotal.toFixed(2)}`,
      String(below200),
      [C.gradualExitIncome],
    ),
    traceStep(
      `months of continued Dibao (${v.householdType === 'ruralDibao' ? '农村低保家庭' : '残疾人低保家庭'})`,
      v.householdType,
      String(months),
      [C.gradualExitMonths],
    ),
  ];

  return Object.freeze({
    ruleId: RULE_ID,
    eligible,
    reasons: Object.freeze(reasons),
    householdType: v.householdType,
    months,
    quarters: (months / MONTHS_PER_QUARTER) as 6 | 8,
    perCapitaAnnualIncome: Money.round(counted.dividedBy(v.members)),
    annualIncomeLimit: Money.round(limitPerCapita),
    belowStandard,
    trace: Object.freeze(trace),
    citations: Object.freeze([C.gradualExitWho, C.gradualExitIncome, C.gradualExitMonths]),
  });
}

/** One quarter of a gradual-exit schedule. */
export interface GradualExitQuarter {
  /** 1-based. */
  readonly quarter: number;
  /** First day, inclusive. */
  readonly start: PlainDate;
  /** Last day, inclusive. */
  readonly end: PlainDate;
  /** The share of the full quarterly subsidy paid in this quarter. */
  readonly factor: Decimal;
  /** The quarter's subsidy. */
  readonly amount: Money;
  /** The quarter's subsidy as three monthly payments summing exactly to it (the extra fen first). */
  readonly monthlyAmounts: readonly Money[];
}

/** The result of {@link gradualExitSchedule}. */
export interface GradualExitSchedule {
  readonly ruleId: 'dibao.gradualExit';
  readonly householdType: GradualExitHouseholdType;
  readonly months: 18 | 24;
  readonly startDate: PlainDate;
  /** Last day of continued Dibao, inclusive. */
  readonly endDate: PlainDate;
  readonly baseMonthlySubsidy: Money;
  /** The full quarterly subsidy: base monthly × 3. */
  readonly baseQuarterlySubsidy: Money;
  readonly quarters: readonly GradualExitQuarter[];
  /** The sum of the quarters' subsidies, exactly. */
  readonly total: Money;
  readonly readings: { readonly gradualExitDecrease: GradualExitDecreaseReading };
  readonly trace: readonly TraceStep[];
  readonly citations: readonly Citation[];
}

/**
 * The quarterly factors of a reading for `quarterCount` quarters, as whole-number weights over a common
 * denominator so that sums stay exact: `linearStepDown` is (n − k + 1)/n, `halvingEachQuarter` is
 * 2^(n − k)/2^(n − 1) for quarter k = 1..n.
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
  // The plan's schedules are 18 or 24 months: 6 or 8 quarters.
  if (quarterCount !== 6 && quarterCount !== 8) {
    refuse(RULE_ID, 'quarterCount', quarterCount, 'must be 6 (18 months) or 8 (24 months)', 'out_of_range');
  }
  if (reading === 'linearStepDown') {
    return {
      weights: Array.from({ length: quarterCount }, (_, i) => new Dec(quarterCount - i)),
      denominator: new Dec(quarterCount),
    };
  }
  return {
    weights: Array.from({ length: quarterCount }, (_, i) => new Dec(2).pow(quarterCount - 1 - i)),
    denominator: new Dec(2).pow(quarterCount - 1),
  };
}

function validateFactors(factors: readonly Decimal[], quarterCount: number): void {
  if (factors.length !== quarterCount) {
    refuse(
      RULE_ID,
      'options.factors',
      factors.map(String),
      `must have one factor per quarter: ${quarterCount} for ${quarterCount * MONTHS_PER_QUARTER} months`,
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
 * The gradual-exit schedule: the quarters of continued Dibao with their dates and decreasing subsidies.
 *
 * 18 months (6 quarters) for a rural Dibao household, 24 months (8 quarters) for a disabled Dibao household;
 * 补助金逐季递减. Quarter k runs from `startDate` + 3(k − 1) months to the day before `startDate` + 3k months
 * (date-fns `addMonths`, which clamps to the month's last day: a start on 2019-01-31 gives quarters starting
 * 2019-04-30, 2019-07-31, …). The full quarterly subsidy is the base monthly subsidy × 3; each quarter pays
 * a factor of it (reading `linearStepDown` of `dibao.gradualExitDecrease` by default: 6/6, 5/6, …, 1/6).
 * The total is rounded half up to the fen once and split over the quarters by their factors (largest
 * remainder), so the quarters sum exactly to the total and never increase. Eligibility is
 * {@link checkGradualExit}'s question; this function only lays out the schedule.
 *
 * @example
 * ```ts
 * const s = gradualExitSchedule({ householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '600' });
 * s.quarters.map((q) => q.amount.toString()) //=> ['1800.00', '1500.00', '1200.00', '900.00', '600.00', '300.00']
 * s.total.toString() //=> '6300.00'
 * s.endDate          //=> '2020-06-30'
 * ```
 */
export function gradualExitSchedule(
  input: GradualExitScheduleInput,
  options?: GradualExitScheduleOptions,
): GradualExitSchedule {
  const v = parseInput(RULE_ID, gradualExitScheduleInputSchema, input);
  const opts = parseInput(RULE_ID, gradualExitScheduleOptionsSchema, options, 'options');
  const months = GRADUAL_EXIT_MONTHS[v.householdType];
  const quarterCount = months / MONTHS_PER_QUARTER;

  const asked = opts?.readings?.gradualExitDecrease;
  let reading: GradualExitDecreaseReading;
  let weights: readonly Decimal[];
  let denominator: Decimal = new Dec(1);
  if (opts?.factors !== undefined) {
    if (asked !== undefined && asked !== 'customFactors') {
      refuse(
        RULE_ID,
        'options.readings.gradualExitDecrease',
        asked,
        "conflicts with options.factors: give factors with 'customFactors' (or no reading)",
        'conflicting_options',
      );
    }
    reading = 'customFactors';
    weights = opts.factors;
    validateFactors(weights, quarterCount);
  } else if (asked === 'customFactors') {
    return refuse(
      RULE_ID,
      'options.factors',
      undefined,
      `the reading 'customFactors' needs a table of ${quarterCount} factors`,
      'missing_factors',
    );
  } else {
    reading = asked ?? 'linearStepDown';
    ({ weights, denominator } = gradualExitWeights(reading, quarterCount));
  }

  const start =
    parsePlainDate(v.startDate) ?? refuse(RULE_ID, 'startDate', v.startDate, 'must be a real date');
  const boundary = (k: number): Date => addMonths(start, MONTHS_PER_QUARTER * k);
  const baseQuarterly = v.baseMonthlySubsidy.times(MONTHS_PER_QUARTER);
  const weightSum = weights.reduce((sum, w) => sum.plus(w), new Dec(0));
  const factorSum = weightSum.dividedBy(denominator);
  const factors = weights.map((w) => w.dividedBy(denominator));
  const total = Money.round(baseQuarterly.toDecimal().times(weightSum).dividedBy(denominator));
  const amounts = total.isZero() ? weights.map(() => Money.ZERO) : total.allocate(weights);

  const quarters: GradualExitQuarter[] = factors.map((factor, i) => {
    const amount = amounts[i] ?? Money.ZERO;
    return Object.freeze({
      quarter: i + 1,
      start: formatPlainDate(boundary(i)),
      end: formatPlainDate(addDays(boundary(i + 1), -1)),
      factor,
      amount,
      monthlyAmounts: Object.freeze(
        amount.isZero() ? [Money.ZERO, Money.ZERO, Money.ZERO] : amount.allocate([1, 1, 1]),
      ),
    });
  });
  const endDate = formatPlainDate(addDays(boundary(quarterCount), -1));

  const trace: TraceStep[] = [
    traceStep('months of continued Dibao', v.householdType, `${months} (${quarterCount} quarters)`, [
      C.gradualExitMonths,
    ]),
    traceStep('full quarterly subsidy', `${v.baseMonthlySubsidy.toString()} × 3`, baseQuarterly.toString()),
    traceStep(
      `quarterly factors (${reading}; 逐季递减)`,
      factors.map((f) => f.toDecimalPlaces(4).toString()).join(', '),
      `sum ${factorSum.toDecimalPlaces(6).toString()}`,
      [C.gradualExitMonths],
    ),
    traceStep(
      'total, half up to the fen',
      `${baseQuarterly.toString()} × ${factorSum.toDecimalPlaces(6).toString()}`,
      total.toString(),
    ),
    ...quarters.map((q) =>
      traceStep(`quarter ${q.quarter}: ${q.start} – ${q.end}`, `total split by factors`, q.amount.toString()),
    ),
  ];

  return Object.freeze({
    ruleId: RULE_ID,
    householdType: v.householdType,
    months,
    startDate: v.startDate,
    endDate,
    baseMonthlySubsidy: v.baseMonthlySubsidy,
    baseQuarterlySubsidy: baseQuarterly,
    quarters: Object.freeze(quarters),
    total,
    readings: Object.freeze({ gradualExitDecrease: reading }),
    trace: Object.freeze(trace),
    citations: Object.freeze([C.gradualExitMonths, C.gradualExitIncome]),
  });
}
