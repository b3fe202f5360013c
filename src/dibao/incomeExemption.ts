import type { Citation } from '../core/citation.js';
import type { PlainDate } from '../core/dates.js';
import { parseInput } from '../core/errors.js';
import { Money } from '../core/money.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import {
  incomeExemptionInputSchema,
  incomeExemptionOptionsSchema,
  type CampaignPeriodReading,
  type IncomeExemptionInput,
  type IncomeExemptionOptions,
} from './schema.js';
import { traceStep, type TraceStep } from './trace.js';

const RULE_ID = 'dibao.incomeExemption';

/** A span of calendar dates, both ends inclusive. */
export interface DateSpan {
  readonly start: PlainDate;
  readonly end: PlainDate;
}

/**
 * The campaign period (脱贫攻坚期) under each reading of `dibao.campaignPeriod`, both ends inclusive.
 * `through2020` is the default: the plan's targets are set for 2020.
 */
export const CAMPAIGN_PERIODS: Readonly<Record<CampaignPeriodReading, DateSpan>> = Object.freeze({
  through2020: Object.freeze({ start: '2016-01-01', end: '2020-12-31' }),
  through2019: Object.freeze({ start: '2016-01-01', end: '2019-12-31' }),
  throughTransition2025: Object.freeze({ start: '2016-01-01', end: '2025-12-31' }),
});

/** Why an income item is or is not counted. */
export type IncomeItemReason =
  | 'exemptGuaranteedReturns'
  | 'notGuaranteedReturns'
  | 'recipientAbleToWork'
  | 'recipientNotDibao'
  | 'outsideCampaignPeriod';

/** One income item as assessed. */
export interface AssessedIncomeItem {
  readonly index: number;
  readonly label?: string;
  readonly amount: Money;
  /** Whether the item is left out of household income. */
  readonly exempt: boolean;
  readonly reason: IncomeItemReason;
}

/** The result of {@link countableIncome}. */
export interface IncomeExemptionResult {
  readonly ruleId: 'dibao.incomeExemption';
  /** Income counted in the household income assessment. */
  readonly counted: Money;
  /** Income left out (exempt guaranteed project returns). */
  readonly exempt: Money;
  /** counted + exempt. */
  readonly total: Money;
  readonly items: readonly AssessedIncomeItem[];
  readonly assessmentDate: PlainDate;
  /** The campaign period applied, both ends inclusive. */
  readonly campaignPeriod: DateSpan;
  readonly withinCampaignPeriod: boolean;
  /** The reading applied, or `'callerDates'` when the caller gave the dates. */
  readonly readings: { readonly campaignPeriod: CampaignPeriodReading | 'callerDates' };
  readonly trace: readonly TraceStep[];
  readonly citations: readonly Citation[];
}

/**
 * Splits a household's income into what the Dibao income assessment counts and what it leaves out.
 *
 * 对丧失劳动能力低保对象获得的扶贫项目保底收益，在脱贫攻坚期内，暂不计入家庭收入核算范围 (第八章第一节): an item
 * is exempt when it is guaranteed project returns (`kind: 'guaranteedProjectReturns'`), its recipient is a
 * Dibao recipient who has lost the ability to work, and the assessment date lies within the campaign period
 * (by default 2016-01-01 to 2020-12-31, reading `through2020` of `dibao.campaignPeriod`; pass
 * `options.readings.campaignPeriod` or `options.campaignPeriod: { start, end }` for another).
 *
 * @example
 * ```ts
 * const r = countableIncome({
 *   assessmentDate: '2019-06-30',
 *   items: [
 *     { kind: 'other', amount: '6000' },
 *     { kind: 'guaranteedProjectReturns', amount: '1200', recipientUnableToWork: true },
 *   ],
 * });
 * r.counted.toString() //=> '6000.00'
 * r.exempt.toString()  //=> '1200.00'
 * ```
 */
export function countableIncome(
  input: IncomeExemptionInput,
  options?: IncomeExemptionOptions,
): IncomeExemptionResult {
  const v = parseInput(RULE_ID, incomeExemptionInputSchema, input);
  const opts = parseInput(RULE_ID, incomeExemptionOptionsSchema, options, 'options');
  const readingId: CampaignPeriodReading | 'callerDates' =
    opts?.campaignPeriod !== undefined ? 'callerDates' : (opts?.readings?.campaignPeriod ?? 'through2020');
  const period: DateSpan =
    opts?.campaignPeriod !== undefined
      ? Object.freeze({ start: opts.campaignPeriod.start, end: opts.campaignPeriod.end })
      : CAMPAIGN_PERIODS[readingId === 'callerDates' ? 'through2020' : readingId];
  // ISO `YYYY-MM-DD` strings compare in calendar order.
  const within = v.assessmentDate >= period.start && v.assessmentDate <= period.end;

  const trace: TraceStep[] = [
    traceStep(
      'assessment date within the campaign period (脱贫攻坚期内)?',
      `${period.start} ≤ ${v.assessmentDate} ≤ ${period.end}`,
      String(within),
      [C.exemptionWhen],
    ),
  ];

  const items: AssessedIncomeItem[] = v.items.map((item, index) => {
    let reason: IncomeItemReason;
    if (item.kind !== 'guaranteedProjectReturns') reason = 'notGuaranteedReturns';
    else if (!item.recipientIsDibaoRecipient) reason = 'recipientNotDibao';
    else if (!item.recipientUnableToWork) reason = 'recipientAbleToWork';
    else if (!within) reason = 'outsideCampaignPeriod';
    else reason = 'exemptGuaranteedReturns';
    const exempt = reason === 'exemptGuaranteedReturns';
    trace.push(
      traceStep(
        `item ${index}${item.label === undefined ? '' : ` (${item.label})`}: ${exempt ? 'not counted' : 'counted'}`,
        reason,
        item.amount.toString(),
        item.kind === 'guaranteedProjectReturns' ? [C.exemptionWho] : [],
      ),
    );
    return Object.freeze({
      index,
      ...(item.label === undefined ? {} : { label: item.label }),
      amount: item.amount,
      exempt,
      reason,
    });
  });

  const counted = Money.sum(items.filter((i) => !i.exempt).map((i) => i.amount));
  const exempt = Money.sum(items.filter((i) => i.exempt).map((i) => i.amount));
  trace.push(
    traceStep(
      'counted income',
      items
        .filter((i) => !i.exempt)
        .map((i) => i.amount.toString())
        .join(' + ') || '0',
      counted.toString(),
    ),
    traceStep(
      'exempt income',
      items
        .filter((i) => i.exempt)
        .map((i) => i.amount.toString())
        .join(' + ') || '0',
      exempt.toString(),
      [C.exemptionWhen],
    ),
  );

  return Object.freeze({
    ruleId: RULE_ID,
    counted,
    exempt,
    total: counted.plus(exempt),
    items: Object.freeze(items),
    assessmentDate: v.assessmentDate,
    campaignPeriod: period,
    withinCampaignPeriod: within,
    readings: Object.freeze({ campaignPeriod: readingId }),
    trace: Object.freeze(trace),
    citations: Object.freeze([C.exemptionWho, C.exemptionWhen]),
  });
}
