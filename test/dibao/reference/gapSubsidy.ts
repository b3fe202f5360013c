/**
 * Test-only reference: the 0.1 implementation, copied unchanged but for its imports, so property tests can
 * prove the contract refactor keeps amounts identical to the fen (and, under startDayCounted, the dates).
 */
import type { Decimal } from 'decimal.js';
import { meetsBound } from '../../../src/core/bounds.js';
import type { Citation } from '../../../src/core/citation.js';
import { parseInput } from '../../../src/core/errors.js';
import { Money } from '../../../src/core/money.js';
import { DIBAO_CITATIONS as C } from '../../../src/dibao/citations.js';
import {
  gapSubsidyInputSchema,
  incomeMeasureOptionsSchema,
  type AmountPeriod,
  type GapSubsidyInput,
  type IncomeMeasureOptions,
  type IncomeMeasureReading,
} from './schema.js';
import { traceStep, type TraceStep } from './trace.js';

const RULE_ID = 'dibao.gapSubsidy';

/** Months in a year, for converting between annual and monthly figures. */
export const MONTHS_PER_YEAR = 12;

/** The result of {@link dibaoGapSubsidy}. */
export interface GapSubsidyResult {
  readonly ruleId: 'dibao.gapSubsidy';
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
  /** The reading of `dibao.incomeMeasure` applied. */
  readonly readings: { readonly incomeMeasure: IncomeMeasureReading };
  readonly trace: readonly TraceStep[];
  readonly citations: readonly Citation[];
}

/** A yuan amount per `period` as an exact annual decimal. */
export function annualize(amount: Money, period: AmountPeriod): Decimal {
  return period === 'year' ? amount.toDecimal() : amount.toDecimal().times(MONTHS_PER_YEAR);
}

function show(d: Decimal): string {
  return d.isInteger() || d.decimalPlaces() <= 2 ? d.toFixed(2) : `${d.toDecimalPlaces(4).toString()}…`;
}

/**
 * The Dibao gap subsidy of a household: (local standard − per-capita counted income) × members, never
 * negative, as a monthly and an annual amount exact to the fen, with a trace of each step.
 *
 * 按照家庭人均收入低于当地低保标准的差额给予低保补助 (第八章第一节). Counted income is household income minus
 * exempt income (see {@link countableIncome}). Under the default reading `annualBasis` of
 * `dibao.incomeMeasure`, annual = annual standard × members − counted annual income (exact) and monthly =
 * annual ÷ 12 rounded half up; under `monthlyBasis`, monthly = monthly gap × members rounded half up and
 * annual = monthly × 12.
 *
 * @example
 * ```ts
 * const r = dibaoGapSubsidy({ standard: '4000', members: 3, householdIncome: '9000' });
 * r.annual.toString()  //=> '3000.00'  (4000 × 3 − 9000)
 * r.monthly.toString() //=> '250.00'   (3000 ÷ 12)
 * ```
 */
export function dibaoGapSubsidy(input: GapSubsidyInput, options?: IncomeMeasureOptions): GapSubsidyResult {
  const v = parseInput(RULE_ID, gapSubsidyInputSchema, input);
  const opts = parseInput(RULE_ID, incomeMeasureOptionsSchema, options, 'options');
  const reading: IncomeMeasureReading = opts?.readings?.incomeMeasure ?? 'annualBasis';
  const trace: TraceStep[] = [];

  const annualStandard = annualize(v.standard, v.standardPeriod);
  const annualIncome = annualize(v.householdIncome, v.incomePeriod);
  const annualExempt = annualize(v.exemptIncome, v.incomePeriod);
  const counted = annualIncome.minus(annualExempt);
  const perMonth = (p: AmountPeriod): string => (p === 'month' ? ' × 12' : '');

  trace.push(
    traceStep(
      'annual Dibao standard per person',
      `${v.standard.toString()}${perMonth(v.standardPeriod)}`,
      show(annualStandard),
      [C.gapSubsidy],
    ),
    traceStep(
      'counted annual household income (income − exempt income)',
      `${v.householdIncome.toString()}${perMonth(v.incomePeriod)} − ${v.exemptIncome.toString()}${perMonth(v.incomePeriod)}`,
      show(counted),
      v.exemptIncome.isZero() ? [C.gapSubsidy] : [C.gapSubsidy, C.exemptionWho, C.exemptionWhen],
    ),
  );
  const perCapita = counted.dividedBy(v.members);
  trace.push(
    traceStep('per-capita annual income', `${show(counted)} ÷ ${v.members}`, show(perCapita), [C.gapSubsidy]),
  );

  const guarantee = annualStandard.times(v.members);
  const belowStandard = meetsBound(counted, '低于', guarantee);
  trace.push(
    traceStep(
      'per-capita income 低于 the standard? (compared as household totals: income < standard × members)',
      `${show(counted)} < ${show(annualStandard)} × ${v.members} = ${show(guarantee)}`,
      String(belowStandard),
      [C.gapSubsidy],
    ),
  );

  let monthly: Money;
  let annual: Money;
  if (reading === 'annualBasis') {
    annual = belowStandard ? Money.round(guarantee.minus(counted)) : Money.ZERO;
    trace.push(
      traceStep(
        'annual subsidy = (standard − per-capita income) × members = standard × members − income, ≥ 0',
        `max(0, ${show(guarantee)} − ${show(counted)})`,
        annual.toString(),
        [C.gapSubsidy],
      ),
    );
    monthly = annual.dividedBy(MONTHS_PER_YEAR);
    trace.push(
      traceStep(
        'monthly subsidy, rounded half up to the fen',
        `${annual.toString()} ÷ 12`,
        monthly.toString(),
        [C.gapSubsidy],
      ),
    );
  } else {
    const monthlyGap = guarantee.minus(counted).dividedBy(MONTHS_PER_YEAR);
    // Rounding half up must not lift the payment above the monthly guarantee (standard × members), which an
    // annual standard ÷ 12 need not state in whole fen: cap at the guarantee rounded down to the fen.
    const monthlyCap = Money.round(guarantee.dividedBy(MONTHS_PER_YEAR), 'down');
    monthly = belowStandard ? Money.min(Money.round(monthlyGap), monthlyCap) : Money.ZERO;
    trace.push(
      traceStep(
        'monthly subsidy = (monthly standard − monthly per-capita income) × members, ≥ 0, half up to the fen, ' +
          'at most the monthly guarantee (standard × members, rounded down to the fen)',
        `min(max(0, (${show(guarantee)} − ${show(counted)}) ÷ 12), ${monthlyCap.toString()})`,
        monthly.toString(),
        [C.gapSubsidy],
      ),
    );
    annual = monthly.times(MONTHS_PER_YEAR);
    trace.push(traceStep('annual subsidy', `${monthly.toString()} × 12`, annual.toString(), [C.gapSubsidy]));
  }

  return Object.freeze({
    ruleId: RULE_ID,
    belowStandard,
    monthly,
    annual,
    annualStandard: Money.round(annualStandard),
    countedAnnualIncome: Money.round(counted),
    perCapitaAnnualIncome: Money.round(perCapita),
    members: v.members,
    readings: Object.freeze({ incomeMeasure: reading }),
    trace: Object.freeze(trace),
    citations: Object.freeze([C.gapSubsidy, C.coverage]),
  });
}
