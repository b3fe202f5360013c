import { meetsBound, type BoundTerm } from '../core/bounds.js';
import { Dec, type DecimalValue } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { formatPercent } from '../core/rate.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { CONCENTRATED_SHARE_PARAM } from './params.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';
import { resettlementMixInputSchema, type ConcentratedShareBaseReading } from './schema.js';

/** A resettlement plan’s mix of concentrated and dispersed resettlement, in people. */
export interface ResettlementMix {
  /** Registered relocating people resettled in concentrated sites (集中安置): a whole number ≥ 0. */
  readonly concentratedPeople: number;
  /** All registered relocating people resettled (concentrated + dispersed): a whole number ≥ 1. */
  readonly totalPeople: number;
  /** People not registered resettled with them; counted only under the `allRelocatedPeople` reading. */
  readonly nonRegistered?: { readonly concentratedPeople: number; readonly totalPeople: number };
}

/**
 * Options of {@link checkResettlementMix}: the contract's options; `readings.concentratedShareBase` is
 * `'registeredPeople'` (the registry's choice) or `'allRelocatedPeople'`; `overrides` may set
 * `housing.concentratedShareFloor`.
 */
export interface ResettlementMixOptions extends EvaluationOptions {
  readonly readings?: { readonly concentratedShareBase?: ConcentratedShareBaseReading };
}

/** The figures of the resettlement-mix check. */
export interface ResettlementMixFigures {
  /** True only when the concentrated share is more than (超过, exclusive) the floor (70% under the plan). */
  readonly compliant: boolean;
  readonly bound: BoundTerm;
  /** The floor in force (`housing.concentratedShareFloor`: 0.7 under the plan). */
  readonly threshold: DecimalValue;
  /** The counts applied (per the reading). */
  readonly concentratedPeople: number;
  readonly totalPeople: number;
  /** Concentrated ÷ total (to 50 significant digits; exact whenever the quotient terminates). */
  readonly share: DecimalValue;
  /** The fewest concentrated people that would comply: the smallest whole number above floor × total. */
  readonly minimumConcentratedPeople: number;
  /** How many more people must be resettled in concentrated sites to comply (0 when compliant). */
  readonly shortfallPeople: number;
  /** The English text of the trace's last step (kept for compatibility). */
  readonly explanation: string;
}

/** Whether more than the floor of the people are resettled in concentrated sites, with the envelope. */
export type ResettlementMixCheck = RuleResult<ResettlementMixFigures>;

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.concentratedShare,
  citations: [C.concentratedOver70, C.concentratedMain],
  params: [CONCENTRATED_SHARE_PARAM],
  interpretations: [INTERPRETATION.concentratedShareBase],
});

type MixInput = ReturnType<typeof resettlementMixInputSchema.parse>;

/** Step 1: the counts the reading applies. */
function countStep(ctx: RuleContext, input: MixInput): { concentrated: number; total: number } {
  const reading = ctx.reading<ConcentratedShareBaseReading>(INTERPRETATION.concentratedShareBase);
  const others = reading === 'allRelocatedPeople' ? input.nonRegistered : undefined;
  const concentrated = input.concentratedPeople + (others?.concentratedPeople ?? 0);
  const total = input.totalPeople + (others?.totalPeople ?? 0);
  ctx.step({
    citations: [C.concentratedOver70],
    inputs: { concentratedPeople: input.concentratedPeople, totalPeople: input.totalPeople },
    value: `${concentrated}/${total}`,
    zh:
      others === undefined
        ? `按建档立卡搬迁人口计：集中安置 ${concentrated} 人，安置总数 ${total} 人。`
        : `按全部搬迁人口计（含非建档立卡人口）：集中安置 ${concentrated} 人，安置总数 ${total} 人。`,
    en:
      others === undefined
        ? `Counting registered relocating people: ${concentrated} concentrated of ${total} resettled.`
        : `Counting everyone resettled (registered or not): ${concentrated} concentrated of ${total} resettled.`,
  });
  return { concentrated, total };
}

/** Step 2: concentrated against floor × total, exactly (超过 excludes the floor itself). */
function shareStep(ctx: RuleContext, concentrated: number, total: number): ResettlementMixFigures {
  const bound = CONCENTRATED_SHARE_PARAM.bound;
  const threshold = ctx.decimal(CONCENTRATED_SHARE_PARAM);
  const thresholdPeople = threshold.times(total);
  const compliant = meetsBound(concentrated, bound, thresholdPeople);
  const minimumConcentratedPeople = thresholdPeople.floor().plus(1).toNumber();
  const shortfallPeople = Math.max(0, minimumConcentratedPeople - concentrated);
  const share = new Dec(concentrated).dividedBy(total);
  const pct = formatPercent(share.toDecimalPlaces(6));
  // Stryker disable next-line StringLiteral: a rate renders as 70% in every language and formatParamLimit writes the English limit word for any lang but 'zh', so '' shows the same text
  const limitEn = ctx.showLimit(CONCENTRATED_SHARE_PARAM, 'en');
  const limitZh = ctx.showLimit(CONCENTRATED_SHARE_PARAM, 'zh');
  const en = compliant
    ? `${concentrated} of ${total} people (${pct}) are resettled in concentrated sites: ${limitEn}.`
    : `${concentrated} of ${total} people (${pct}) are resettled in concentrated sites: not ${limitEn}; at least ` +
      `${minimumConcentratedPeople} are needed (${shortfallPeople} more).`;
  const zh = compliant
    ? `集中安置 ${concentrated} 人，占 ${total} 人的 ${pct}，${limitZh}，符合要求。`
    : `集中安置 ${concentrated} 人，占 ${total} 人的 ${pct}，未${limitZh}；至少需 ${minimumConcentratedPeople} 人（尚差 ${shortfallPeople} 人）。`;
  ctx.step({
    citations: [C.concentratedOver70, C.concentratedMain],
    params: [CONCENTRATED_SHARE_PARAM],
    inputs: { concentratedPeople: concentrated, totalPeople: total, share: share.toString() },
    value: compliant,
    zh,
    en,
  });
  return {
    compliant,
    bound,
    threshold,
    concentratedPeople: concentrated,
    totalPeople: total,
    share,
    minimumConcentratedPeople,
    shortfallPeople,
    explanation: en,
  };
}

/**
 * Checks a resettlement plan’s mix: “集中安置人口超过70%” (chapter 4, section 2). 超过 excludes 70% itself: 70 of
 * 100 people fails, 71 of 100 complies. The comparison is exact (concentrated > floor × total), never a rounded
 * share. The floor is the parameter `housing.concentratedShareFloor`.
 *
 * Under the registry's reading `registeredPeople` of `housing.concentratedShareBase` the counts are registered
 * relocating people; `allRelocatedPeople` adds `nonRegistered` to both counts.
 *
 * @throws PolicyInputError when a count is not a whole number, `totalPeople` is 0, or more people are
 *   concentrated than in total (path `concentratedPeople`).
 * @example
 * ```ts
 * checkResettlementMix({ concentratedPeople: 70, totalPeople: 100 }).compliant //=> false (70% is not 超过 70%)
 * checkResettlementMix({ concentratedPeople: 71, totalPeople: 100 }).compliant //=> true
 * ```
 */
export function checkResettlementMix(
  mix: ResettlementMix,
  options?: ResettlementMixOptions,
): ResettlementMixCheck {
  const input = parseInput(SPEC.ruleId, resettlementMixInputSchema, mix);
  const ctx = openEvaluation(SPEC, options, null);
  const { concentrated, total } = countStep(ctx, input);
  return ctx.finish(shareStep(ctx, concentrated, total));
}
