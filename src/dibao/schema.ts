import * as z from 'zod';
import {
  decimalSchema,
  moneySchema,
  nonNegativeMoneySchema,
  plainDateSchema,
  positiveIntegerSchema,
  yearSchema,
} from '../core/schemas.js';
import { Money } from '../core/money.js';
import { cityDistrictsReadingSchema } from '../timetable/index.js';
import { MAX_LIST_LENGTH } from '../core/limits.js';

/**
 * The zod input schemas of `jilin-poverty-rules/dibao`. Each accepts what a caller naturally has (decimal
 * strings or numbers of yuan, `YYYY-MM-DD` dates) and yields the exact types the rules compute with.
 */

/** The period an amount of yuan is stated for: per year (the default) or per month. */
export const amountPeriodSchema = z.enum(['year', 'month'], { error: "must be 'year' or 'month'" });
/** The period an amount of yuan is stated for. */
export type AmountPeriod = z.output<typeof amountPeriodSchema>;

/** An amount of yuan > 0, exact to the fen. */
export const positiveMoneySchema = moneySchema.check(
  z.refine((m: Money) => m.isPositive(), { error: 'must be greater than zero' }),
);

/** The two kinds of Dibao household the gradual exit distinguishes (农村低保家庭 / 残疾人低保家庭). */
export const gradualExitHouseholdTypeSchema = z.enum(['ruralDibao', 'disabledDibao'], {
  error: "must be 'ruralDibao' (农村低保家庭) or 'disabledDibao' (残疾人低保家庭)",
});
/** 农村低保家庭 (18 months) or 残疾人低保家庭 (24 months). */
export type GradualExitHouseholdType = z.output<typeof gradualExitHouseholdTypeSchema>;

/**
 * The local figures a Dibao rule needs and the plan leaves to each place: the local Dibao standard per person
 * (当地低保标准) and the period it is stated for. The second argument of {@link dibaoGapSubsidy} and
 * {@link checkGradualExit}. An entry of a standards table (`defineDibaoStandards(…).standardFor(place, year)`)
 * is accepted as it is (its other fields are ignored).
 *
 * @example
 * ```ts
 * const local = { standard: '3900', standardPeriod: 'year' }; // your place's figure, per person per year
 * ```
 */
export const dibaoLocalStandardSchema = z.object({
  /** The local Dibao standard per person, for `standardPeriod`; > 0, exact to the fen. */
  standard: positiveMoneySchema,
  /** The period the standard is stated for: `'year'` (default) or `'month'`. */
  standardPeriod: amountPeriodSchema.default('year'),
});
/** What the local standard (the second argument) accepts. */
export type DibaoLocalStandardInput = z.input<typeof dibaoLocalStandardSchema>;
/** A validated local standard. */
export type DibaoLocalStandard = z.output<typeof dibaoLocalStandardSchema>;

const householdIncomeShape = {
  /** Members of the household (家庭成员), ≥ 1. */
  members: positiveIntegerSchema,
  /** The household's total income over `incomePeriod`, before exemptions. */
  householdIncome: nonNegativeMoneySchema,
  incomePeriod: amountPeriodSchema.default('year'),
  /** The part of `householdIncome` not counted (e.g. exempt 保底收益), same period; at most the income. */
  exemptIncome: z._default(nonNegativeMoneySchema, () => Money.ZERO),
};

function exemptNotAboveIncome(
  v: { readonly exemptIncome: Money; readonly householdIncome: Money },
  ctx: z.RefinementCtx,
): void {
  if (v.exemptIncome.gt(v.householdIncome)) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptIncome'],
      message: 'must not exceed householdIncome (the exempt part is part of the income)',
      input: v.exemptIncome.toString(),
    });
  }
}

/**
 * A household's income: what the gap subsidy reads beside the local standard. `householdIncome` is the whole
 * household's income over `incomePeriod` before exemptions; `exemptIncome` is the part of it not counted (see
 * {@link incomeExemptionInputSchema}), for the same period.
 */
export const gapSubsidyInputSchema = z.object(householdIncomeShape).superRefine(exemptNotAboveIncome);
/** What the gap subsidy accepts as its household (first argument). */
export type GapSubsidyInput = z.input<typeof gapSubsidyInputSchema>;

/** Readings of `dibao.incomeMeasure`. */
export const incomeMeasureReadingSchema = z.enum(['annualBasis', 'monthlyBasis'], {
  error: "must be 'annualBasis' or 'monthlyBasis'",
});
/** A reading of `dibao.incomeMeasure`. */
export type IncomeMeasureReading = z.output<typeof incomeMeasureReadingSchema>;

/**
 * Input of the gradual-exit test ({@link checkGradualExit}): the household's type, whether it has
 * temporarily exited, and its disposable income (可支配收入) as for the gap subsidy (the local standard is the
 * second argument).
 */
export const gradualExitCheckInputSchema = z
  .object({
    householdType: gradualExitHouseholdTypeSchema,
    /** The household has temporarily exited poverty after the poverty-alleviation policies (暂时脱贫). */
    temporarilyExited: z.boolean({ error: 'must be true or false' }),
    ...householdIncomeShape,
  })
  .superRefine(exemptNotAboveIncome);
/** What the gradual-exit test accepts. */
export type GradualExitCheckInput = z.input<typeof gradualExitCheckInputSchema>;

/** Input of the gradual-exit schedule ({@link gradualExitSchedule}). */
export const gradualExitScheduleInputSchema = z.object({
  householdType: gradualExitHouseholdTypeSchema,
  /**
   * The day the continued Dibao is counted from (the day the household's exit was recognised). Under the
   * default reading `civilCode` of `core.monthPeriod` it is not itself counted: the first day is the next day.
   */
  startDate: plainDateSchema,
  /** The monthly Dibao subsidy the household received before it exited (the base of the decrease). */
  baseMonthlySubsidy: nonNegativeMoneySchema,
});
/** What the gradual-exit schedule accepts. */
export type GradualExitScheduleInput = z.input<typeof gradualExitScheduleInputSchema>;

/** Readings of `dibao.gradualExitDecrease`. */
export const gradualExitDecreaseReadingSchema = z.enum(
  ['linearStepDown', 'halvingEachQuarter', 'customFactors'],
  { error: "must be 'linearStepDown', 'halvingEachQuarter' or 'customFactors'" },
);
/** A reading of `dibao.gradualExitDecrease`. */
export type GradualExitDecreaseReading = z.output<typeof gradualExitDecreaseReadingSchema>;

/**
 * A caller's table of quarterly factors (`options.factors` of {@link gradualExitSchedule}): one per quarter, each
 * in [0, 1], never increasing. Giving factors applies the reading `customFactors`.
 */
export const gradualExitFactorsSchema = z
  .array(decimalSchema)
  .max(MAX_LIST_LENGTH, { error: `must hold at most ${String(MAX_LIST_LENGTH)} factors (MAX_LIST_LENGTH)` });

/** A campaign period a caller sets instead of the reading's (both ends inclusive). */
export const campaignPeriodSchema = z
  .object({ start: plainDateSchema, end: plainDateSchema })
  .superRefine((v, ctx) => {
    // ISO `YYYY-MM-DD` strings compare in calendar order.
    if (v.end < v.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start', input: v.end });
    }
  });

/** One item of a household's income, for the exemption test. */
export const incomeItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('guaranteedProjectReturns'),
      label: z.string().optional(),
      amount: nonNegativeMoneySchema,
      /** The member who receives the returns has lost the ability to work (丧失劳动能力). */
      recipientUnableToWork: z.boolean({ error: 'must be true or false' }),
      /** The member is a Dibao recipient (低保对象); true by default in a Dibao income assessment. */
      recipientIsDibaoRecipient: z.boolean({ error: 'must be true or false' }).default(true),
    }),
    z.object({
      kind: z.literal('other'),
      label: z.string().optional(),
      amount: nonNegativeMoneySchema,
    }),
  ],
  { error: "kind must be 'guaranteedProjectReturns' (扶贫项目保底收益) or 'other'" },
);
/** What an income item accepts. */
export type IncomeItemInput = z.input<typeof incomeItemSchema>;

/** Input of the income exemption ({@link countableIncome}). */
export const incomeExemptionInputSchema = z.object({
  /** The date of the household income assessment (家庭收入核算). */
  assessmentDate: plainDateSchema,
  items: z
    .array(incomeItemSchema)
    .max(MAX_LIST_LENGTH, { error: `must hold at most ${String(MAX_LIST_LENGTH)} items (MAX_LIST_LENGTH)` }),
});
/** What the income exemption accepts. */
export type IncomeExemptionInput = z.input<typeof incomeExemptionInputSchema>;

/** Readings of `dibao.campaignPeriod`. */
export const campaignPeriodReadingSchema = z.enum(['through2020', 'through2019', 'throughTransition2025'], {
  error: "must be 'through2020', 'through2019' or 'throughTransition2025'",
});
/** A reading of `dibao.campaignPeriod`. */
export type CampaignPeriodReading = z.output<typeof campaignPeriodReadingSchema>;

/** Input of the safety-net classification ({@link classifySafetyNet}). */
export const safetyNetInputSchema = z.object({
  /** No industry or job the development measures could support (无业可扶). */
  noViableLivelihood: z.boolean({ error: 'must be true or false' }),
  /** Unable to exit poverty by their own effort, e.g. lost the ability to work (无力脱贫). */
  unableToExitByOwnEffort: z.boolean({ error: 'must be true or false' }),
  /** None of the plan's measures covers the case (上述措施无法覆盖). Default false. */
  notCoveredByMeasures: z.boolean({ error: 'must be true or false' }).default(false),
  /** Poor because of a sudden event (因突发因素致贫). Default false. */
  suddenCause: z.boolean({ error: 'must be true or false' }).default(false),
});
/** What the safety-net classification accepts. */
export type SafetyNetInput = z.input<typeof safetyNetInputSchema>;

/** Readings of `dibao.safetyNetCondition`. */
export const safetyNetConditionReadingSchema = z.enum(['bothConditions', 'eitherCondition'], {
  error: "must be 'bothConditions' or 'eitherCondition'",
});

/** The actions of the 一事一议 procedure, in order. */
export const caseByCaseActionSchema = z.enum(['report', 'recognise', 'approve', 'assist'], {
  error: "must be 'report', 'recognise', 'approve' or 'assist'",
});
/** An action of the 一事一议 procedure. */
export type CaseByCaseAction = z.output<typeof caseByCaseActionSchema>;

/** Who acts at each step of the 一事一议 procedure. */
export const caseByCaseActorSchema = z.enum(['villageCommittee', 'townshipGovernment', 'countyGovernment'], {
  error: "must be 'villageCommittee', 'townshipGovernment' or 'countyGovernment'",
});
/** Who acts in the 一事一议 procedure. */
export type CaseByCaseActor = z.output<typeof caseByCaseActorSchema>;

/** One step a caller takes in the 一事一议 procedure. */
export const caseByCaseStepSchema = z.object({
  action: caseByCaseActionSchema,
  actor: caseByCaseActorSchema,
  date: plainDateSchema,
  note: z.string().optional(),
});
/** What a 一事一议 step accepts. */
export type CaseByCaseStepInput = z.input<typeof caseByCaseStepSchema>;

/** Opening a 一事一议 case. */
export const caseByCaseOpenSchema = z.object({
  /** A caller's reference for the case (a household record number). */
  caseId: z.string().min(1, { error: 'must not be empty' }),
  /** Place the case is in (any name the region registry knows, or free text). */
  place: z.string().min(1, { error: 'must not be empty' }).optional(),
  description: z.string().optional(),
});
/** What opening a 一事一议 case accepts. */
export type CaseByCaseOpenInput = z.input<typeof caseByCaseOpenSchema>;

/** One local Dibao standard: a region's standard per person in a year. */
export const localDibaoStandardSchema = z.object({
  /** A region the registry knows: id, name or alias (`延吉市`, `yanji`). */
  region: z.string().min(1, { error: 'must name a region' }),
  year: yearSchema,
  /** The standard per person, for `period`. */
  amount: positiveMoneySchema,
  period: amountPeriodSchema.default('year'),
  /** Where the figure comes from (a caller's source); free text. */
  source: z.string().optional(),
});
/** What a local Dibao standard accepts. */
export type LocalDibaoStandardInput = z.input<typeof localDibaoStandardSchema>;

/** A table of local Dibao standards. */
export const localDibaoStandardsSchema = z.array(localDibaoStandardSchema).max(MAX_LIST_LENGTH, {
  error: `must hold at most ${String(MAX_LIST_LENGTH)} standards (MAX_LIST_LENGTH)`,
});

/** Input of the two-lines-merge check ({@link checkTwoLinesMerge}). */
export const twoLinesMergeCheckInputSchema = z.object({
  /** The place (any name or id the region registry knows). */
  region: z.string().min(1, { error: 'must name a region' }),
  year: yearSchema,
  /** The place's Dibao standard per person in that year, for `standardPeriod`. */
  standard: positiveMoneySchema,
  standardPeriod: amountPeriodSchema.default('year'),
  /** The national poverty line (国家扶贫标准) per person per year in that year: a caller's parameter. */
  nationalPovertyLine: positiveMoneySchema,
});
/** What the two-lines-merge check accepts. */
export type TwoLinesMergeCheckInput = z.input<typeof twoLinesMergeCheckInputSchema>;

/** Readings of `dibao.twoLinesMergeFrom`. */
export const twoLinesMergeFromReadingSchema = z.enum(['fromMergeYear', 'allBy2018'], {
  error: "must be 'fromMergeYear' or 'allBy2018'",
});

/** `options.timetable` of the two-lines-merge check: the timetable's readings, passed to `twoLinesMergeYear`. */
export const twoLinesMergeTimetableSchema = z.strictObject({
  cityDistricts: z.optional(cityDistrictsReadingSchema),
});
