import { meetsBound, type BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { Dec, type DecimalValue } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import { formatPercent } from '../core/rate.js';
import { HOUSING_CITATIONS } from './citations.js';
import { CONCENTRATED_SHARE_FLOOR } from './params.js';
import { HOUSING_RULE_IDS } from './rules.js';
import {
  resettlementMixInputSchema,
  resettlementMixOptionsSchema,
  type ConcentratedShareBaseReading,
} from './schema.js';

/** A resettlement plan’s mix of concentrated and dispersed resettlement, in people. */
export interface ResettlementMix {
  /** Registered relocating people resettled in concentrated sites (集中安置): a whole number ≥ 0. */
  readonly concentratedPeople: number;
  /** All registered relocating people resettled (concentrated + dispersed): a whole number ≥ 1. */
  readonly totalPeople: number;
  /** People not registered resettled with them; counted only under the `allRelocatedPeople` reading. */
  readonly nonRegistered?: { readonly concentratedPeople: number; readonly totalPeople: number };
}

/** Options of {@link checkResettlementMix}. */
export interface ResettlementMixOptions {
  readonly readings?: {
    /** `housing.concentratedShareBase`: `'registeredPeople'` (default) or `'allRelocatedPeople'`. */
    readonly concentratedShareBase?: ConcentratedShareBaseReading;
  };
}

/** Whether more than 70% of the people are resettled in concentrated sites. */
export interface ResettlementMixCheck {
  readonly ruleId: 'housing.concentratedShare';
  /** True only when the concentrated share is more than (超过, exclusive) 70%. */
  readonly compliant: boolean;
  readonly bound: BoundTerm;
  /** 0.7. */
  readonly threshold: DecimalValue;
  /** The counts applied (per the reading). */
  readonly concentratedPeople: number;
  readonly totalPeople: number;
  /** Concentrated ÷ total (to 50 significant digits; exact whenever the quotient terminates). */
  readonly share: DecimalValue;
  /** The fewest concentrated people that would comply: the smallest whole number above 0.7 × total. */
  readonly minimumConcentratedPeople: number;
  /** How many more people must be resettled in concentrated sites to comply (0 when compliant). */
  readonly shortfallPeople: number;
  readonly reading: ConcentratedShareBaseReading;
  readonly explanation: string;
  readonly citations: readonly Citation[];
}

/**
 * Checks a resettlement plan’s mix: “集中安置人口超过70%” (chapter 4, section 2). 超过 excludes 70% itself: 70 of
 * 100 people fails, 71 of 100 complies. The comparison is exact (concentrated > 0.7 × total), never a rounded share.
 *
 * Under the default reading `registeredPeople` of `housing.concentratedShareBase` the counts are registered
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
  const ruleId = HOUSING_RULE_IDS.concentratedShare;
  const input = parseInput(ruleId, resettlementMixInputSchema, mix);
  const parsedOptions = parseInput(ruleId, resettlementMixOptionsSchema, options, 'options');
  const reading = parsedOptions?.readings?.concentratedShareBase ?? 'registeredPeople';
  const others = reading === 'allRelocatedPeople' ? input.nonRegistered : undefined;
  const concentratedPeople = input.concentratedPeople + (others?.concentratedPeople ?? 0);
  const totalPeople = input.totalPeople + (others?.totalPeople ?? 0);
  const threshold = new Dec(CONCENTRATED_SHARE_FLOOR.value);
  const thresholdPeople = threshold.times(totalPeople);
  const compliant = meetsBound(concentratedPeople, CONCENTRATED_SHARE_FLOOR.bound, thresholdPeople);
  const minimumConcentratedPeople = thresholdPeople.floor().plus(1).toNumber();
  const shortfallPeople = Math.max(0, minimumConcentratedPeople - concentratedPeople);
  const share = new Dec(concentratedPeople).dividedBy(totalPeople);
  const shareText = `${concentratedPeople} of ${totalPeople} people (${formatPercent(share.toDecimalPlaces(6))})`;
  const explanation = compliant
    ? `${shareText} are resettled in concentrated sites: more than 70%.`
    : `${shareText} are resettled in concentrated sites: not more than 70%; at least ` +
      `${minimumConcentratedPeople} are needed (${shortfallPeople} more).`;
  return Object.freeze({
    ruleId,
    compliant,
    bound: CONCENTRATED_SHARE_FLOOR.bound,
    threshold,
    concentratedPeople,
    totalPeople,
    share,
    minimumConcentratedPeople,
    shortfallPeople,
    reading,
    explanation,
    citations: Object.freeze([HOUSING_CITATIONS.concentratedOver70, HOUSING_CITATIONS.concentratedMain]),
  });
}
