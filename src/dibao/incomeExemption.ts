import type { PlainDate } from '../core/dates.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput } from '../core/errors.js';
import { Money } from '../core/money.js';
import type { Param } from '../core/param.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import {
  CAMPAIGN_PERIOD_END,
  CAMPAIGN_PERIOD_END_BY_2019,
  CAMPAIGN_PERIOD_START,
  planValue,
} from './params.js';
import { DIBAO_RULE_IDS, interpretationById } from './rules.js';
import {
  campaignPeriodSchema,
  incomeExemptionInputSchema,
  type CampaignPeriodReading,
  type IncomeExemptionInput,
} from './schema.js';
import { addStep, yesNoEn, yesNoZh } from './steps.js';

const RULE_ID = DIBAO_RULE_IDS.incomeExemption;
const CAMPAIGN_PERIOD = interpretationById('dibao.campaignPeriod');
/** The end of the national transition period (reading `throughTransition2025`): not a figure of this plan. */
const TRANSITION_END: PlainDate = '2025-12-31';

const SPEC = defineRuleSpec({
  ruleId: RULE_ID,
  citations: [C.exemptionWho, C.exemptionWhen],
  params: [CAMPAIGN_PERIOD_START, CAMPAIGN_PERIOD_END, CAMPAIGN_PERIOD_END_BY_2019],
  interpretations: [CAMPAIGN_PERIOD],
  optionKeys: ['campaignPeriod'],
});

/** A span of calendar dates, both ends inclusive. */
export interface DateSpan {
  readonly start: PlainDate;
  readonly end: PlainDate;
}

/**
 * The campaign period (脱贫攻坚期) under each reading of `dibao.campaignPeriod`, both ends inclusive, with the
 * plan's figures. `through2020` is the default: the plan's targets are set for 2020.
 * @deprecated read `result.campaignPeriod` (it follows overrides of `dibao.campaignPeriodStart`,
 * `dibao.campaignPeriodEnd`, `dibao.campaignPeriodEndBasicallyComplete`).
 */
export const CAMPAIGN_PERIODS: Readonly<Record<CampaignPeriodReading, DateSpan>> =
  /* @__PURE__ */ Object.freeze({
    through2020: Object.freeze({
      start: planValue(CAMPAIGN_PERIOD_START),
      end: planValue(CAMPAIGN_PERIOD_END),
    }),
    through2019: Object.freeze({
      start: planValue(CAMPAIGN_PERIOD_START),
      end: planValue(CAMPAIGN_PERIOD_END_BY_2019),
    }),
    throughTransition2025: Object.freeze({ start: planValue(CAMPAIGN_PERIOD_START), end: TRANSITION_END }),
  });

/** Options of {@link countableIncome}: readings, overrides, regime, and `campaignPeriod` (explicit dates). */
export interface IncomeExemptionOptions extends EvaluationOptions {
  /** Dates that replace the reading's campaign period (both inclusive). */
  readonly campaignPeriod?: { readonly start: string; readonly end: string };
}

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

/** The figures of {@link countableIncome}. */
export interface IncomeExemptionFigures {
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
  /** Whether the period came from the reading (`readings.campaignPeriod`) or the caller's dates. */
  readonly campaignPeriodFrom: 'reading' | 'callerDates';
  readonly withinCampaignPeriod: boolean;
}

/** The result of {@link countableIncome}: the figures and the evaluation envelope. */
export type IncomeExemptionResult = RuleResult<IncomeExemptionFigures>;

/** The campaign period: the caller's dates, else the reading's, from the parameters in force. */
function campaignPeriodOf(
  ctx: RuleContext,
  options: unknown,
): { span: DateSpan; params: readonly Param[]; from: 'reading' | 'callerDates' } {
  const given = (options as IncomeExemptionOptions | undefined)?.campaignPeriod;
  if (given !== undefined) {
    const p = parseInput(RULE_ID, campaignPeriodSchema, given, 'options.campaignPeriod');
    return { span: { start: p.start, end: p.end }, params: [], from: 'callerDates' };
  }
  const reading = ctx.reading<CampaignPeriodReading>(CAMPAIGN_PERIOD);
  const start = ctx.plainDate(CAMPAIGN_PERIOD_START);
  if (reading === 'throughTransition2025') {
    return { span: { start, end: TRANSITION_END }, params: [CAMPAIGN_PERIOD_START], from: 'reading' };
  }
  const endParam = reading === 'through2019' ? CAMPAIGN_PERIOD_END_BY_2019 : CAMPAIGN_PERIOD_END;
  return {
    span: { start, end: ctx.plainDate(endParam) },
    params: [CAMPAIGN_PERIOD_START, endParam],
    from: 'reading',
  };
}

type Item = ReturnType<typeof incomeExemptionInputSchema.parse>['items'][number];

function reasonFor(item: Item, within: boolean): IncomeItemReason {
  if (item.kind !== 'guaranteedProjectReturns') return 'notGuaranteedReturns';
  if (!item.recipientIsDibaoRecipient) return 'recipientNotDibao';
  if (!item.recipientUnableToWork) return 'recipientAbleToWork';
  return within ? 'exemptGuaranteedReturns' : 'outsideCampaignPeriod';
}

const REASON_TEXT: Readonly<Record<IncomeItemReason, { zh: string; en: string }>> =
  /* @__PURE__ */ Object.freeze({
    exemptGuaranteedReturns: {
      zh: '丧失劳动能力低保对象获得的扶贫项目保底收益，脱贫攻坚期内，不计入',
      en: 'guaranteed project returns of a Dibao recipient unable to work, in the campaign period: not counted',
    },
    notGuaranteedReturns: { zh: '非扶贫项目保底收益，计入', en: 'not guaranteed project returns: counted' },
    recipientAbleToWork: {
      zh: '领取人未丧失劳动能力，计入',
      en: 'the recipient has not lost the ability to work: counted',
    },
    recipientNotDibao: {
      zh: '领取人不是低保对象，计入',
      en: 'the recipient is not a Dibao recipient: counted',
    },
    outsideCampaignPeriod: {
      zh: '评估日不在脱贫攻坚期内，计入',
      en: 'the assessment date is outside the campaign period: counted',
    },
  });

function assessItem(ctx: RuleContext, item: Item, index: number, within: boolean): AssessedIncomeItem {
  const reason = reasonFor(item, within);
  const exempt = reason === 'exemptGuaranteedReturns';
  const label = item.label === undefined ? '' : `（${item.label}）`;
  const labelEn = item.label === undefined ? '' : ` (${item.label})`;
  addStep(ctx, {
    citations: item.kind === 'guaranteedProjectReturns' ? [C.exemptionWho] : [],
    formula: reason,
    inputs: { item: index },
    result: item.amount,
    zh: `第 ${index} 项收入${label} ${item.amount.toString()} 元：${REASON_TEXT[reason].zh}`,
    en: `item ${index}${labelEn}, ${item.amount.toString()} yuan: ${REASON_TEXT[reason].en}`,
  });
  return {
    index,
    ...(item.label === undefined ? {} : { label: item.label }),
    amount: item.amount,
    exempt,
    reason,
  };
}

function sumSteps(ctx: RuleContext, items: readonly AssessedIncomeItem[]): { counted: Money; exempt: Money } {
  const part = (exempt: boolean) => items.filter((i) => i.exempt === exempt).map((i) => i.amount);
  const counted = Money.sum(part(false));
  const exempt = Money.sum(part(true));
  const countedFormula = part(false).map(String).join(' + ') || '0';
  const exemptFormula = part(true).map(String).join(' + ') || '0';
  addStep(ctx, {
    citations: [],
    formula: countedFormula,
    result: counted,
    zh: `计入家庭收入：${countedFormula} = ${counted.toString()} 元`,
    en: `counted income: ${countedFormula} = ${counted.toString()} yuan`,
  });
  addStep(ctx, {
    citations: [C.exemptionWhen],
    formula: exemptFormula,
    result: exempt,
    zh: `暂不计入家庭收入：${exemptFormula} = ${exempt.toString()} 元`,
    en: `exempt income (not counted for now): ${exemptFormula} = ${exempt.toString()} yuan`,
  });
  return { counted, exempt };
}

/**
 * Splits a household's income into what the Dibao income assessment counts and what it leaves out.
 *
 * 对丧失劳动能力低保对象获得的扶贫项目保底收益，在脱贫攻坚期内，暂不计入家庭收入核算范围 (第八章第一节): an item
 * is exempt when it is guaranteed project returns (`kind: 'guaranteedProjectReturns'`), its recipient is a
 * Dibao recipient who has lost the ability to work, and the assessment date lies within the campaign period
 * (by default from `dibao.campaignPeriodStart` to `dibao.campaignPeriodEnd`, 2016-01-01 to 2020-12-31, reading
 * `through2020` of `dibao.campaignPeriod`; pass `options.readings.campaignPeriod`, `options.overrides` or
 * `options.campaignPeriod: { start, end }` for another).
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
  const ctx = openEvaluation(SPEC, options, v.assessmentDate);
  const period = campaignPeriodOf(ctx, options);
  // ISO `YYYY-MM-DD` strings compare in calendar order.
  const within = v.assessmentDate >= period.span.start && v.assessmentDate <= period.span.end;
  const range = `${period.span.start} ≤ ${v.assessmentDate} ≤ ${period.span.end}`;
  addStep(ctx, {
    citations: [C.exemptionWhen],
    params: period.params,
    formula: range,
    result: within,
    zh: `评估日在脱贫攻坚期内？${range}：${yesNoZh(within)}`,
    en: `assessment date within the campaign period (脱贫攻坚期内)? ${range}: ${yesNoEn(within)}`,
  });
  const items = v.items.map((item, index) => assessItem(ctx, item, index, within));
  const { counted, exempt } = sumSteps(ctx, items);
  return ctx.finish({
    counted,
    exempt,
    total: counted.plus(exempt),
    items,
    assessmentDate: v.assessmentDate,
    campaignPeriod: period.span,
    campaignPeriodFrom: period.from,
    withinCampaignPeriod: within,
  });
}
