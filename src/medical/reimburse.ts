import { parseInput } from '../core/errors.js';
import type { TraceStep as CoreTraceStep } from '../core/evaluation.js';
import { deepFreeze } from '../core/freeze.js';
import { computeClaim, openClaimCase, type ReimbursementResult } from './cascade.js';
import { MEDICAL_RULE_IDS } from './ids.js';
import { EMPTY_YEAR_TO_DATE } from './ledger.js';
import type { Payer } from './params.js';
import {
  claimSchema,
  schemeProfileSchema,
  type Claim,
  type ClaimInput,
  type MedicalSchemeProfile,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from './schema.js';

export { EMPTY_YEAR_TO_DATE, type YearToDate } from './ledger.js';
export type { Regime, TraceValue } from '../core/evaluation.js';
export type { ReimbursementFigures, ReimbursementRatios, ReimbursementResult, Shares } from './cascade.js';

/** One step of a medical trace: the core `TraceStep`, paid by a payer or the patient (or explaining: null). */
export type TraceStep = CoreTraceStep<Payer | 'patient'>;

/** Profiles validated before, keyed by the caller's (deeply frozen) object. */
const VALIDATED = new WeakMap<object, MedicalSchemeProfile>();
/** Profiles this module produced (deeply frozen): passed back in, they need no validation. */
const PRODUCED = new WeakSet();

/** Whether a value and everything reachable from it is frozen (so a cached validation cannot go stale). */
function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeepFrozen(v, seen));
}

/** Profiles validated before, keyed by their content (plain JSON data only), for callers that do not freeze. */
const BY_CONTENT = new Map<string, MedicalSchemeProfile>();
const BY_CONTENT_LIMIT = 64;

/**
 * The JSON text of plain data (objects, arrays, strings, finite numbers, null: what a profile is made of); else
 * undefined (a boolean, say, which no valid profile holds: such a profile is validated, and refused, each time).
 */
function plainKey(value: unknown, depth = 0): string | undefined {
  // Stryker disable next-line EqualityOperator: a valid profile nests 5 levels deep, so a profile reaching depth 8 is refused by validation and never remembered, whichever of 8 or 9 levels ends the walk
  if (depth > 8) return undefined;
  if (value === null || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  if (typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const part = plainKey((value as unknown[])[i], depth + 1);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const part = plainKey(v, depth + 1);
    if (part === undefined) return undefined;
    parts.push(`${JSON.stringify(k)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Validates a local scheme profile: returns it with amounts as Money and rates as exact decimals, deeply
 * frozen, or throws a `PolicyInputError` naming the field (`profile.criticalIllness.bands[1].upTo`).
 *
 * Validation runs once per profile object: a profile this function returned, or a caller's profile that is
 * deeply frozen (`deepFreeze`, as `ILLUSTRATIVE_COUNTY_SCHEME_PROFILE` is), is remembered (weakly) and not
 * validated again. A profile that is not deeply frozen but is plain JSON data is remembered by its content (the
 * last 64): the same figures in a new or changed object are not validated again, changed figures are. Anything
 * else (Money or Decimal values inside, say) is validated on every call.
 *
 * @example
 * ```ts
 * parseSchemeProfile(ILLUSTRATIVE_COUNTY_SCHEME_PROFILE).countyFund.targetInCountyRatio.toString() //=> '0.85'
 * ```
 */
export function parseSchemeProfile(
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
): MedicalSchemeProfile {
  const key = profile as unknown;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: for a primitive or null, WeakSet.has is false and WeakMap.get undefined (neither throws), so entering this block changes nothing
  if (key !== null && typeof key === 'object') {
    if (PRODUCED.has(key)) return key as MedicalSchemeProfile;
    const known = VALIDATED.get(key);
    if (known !== undefined) return known;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: isDeepFrozen of a primitive or null is true, and such a profile is refused by validation before anything is remembered, so the first two tests decide nothing
  const frozen = key !== null && typeof key === 'object' && isDeepFrozen(key);
  const content = frozen ? undefined : plainKey(profile);
  const seen = content === undefined ? undefined : BY_CONTENT.get(content);
  if (seen !== undefined) return seen;
  const parsed = deepFreeze(parseInput(MEDICAL_RULE_IDS.fourLayers, schemeProfileSchema, profile, 'profile'));
  PRODUCED.add(parsed);
  if (frozen) VALIDATED.set(key, parsed);
  if (content !== undefined) {
    if (BY_CONTENT.size >= BY_CONTENT_LIMIT) BY_CONTENT.clear();
    BY_CONTENT.set(content, parsed);
  }
  return parsed;
}

/** Validates one claim (paths under `claim`). */
export function parseClaim(claim: ClaimInput | Claim, pathPrefix = 'claim'): Claim {
  return parseInput(MEDICAL_RULE_IDS.fourLayers, claimSchema, claim, pathPrefix);
}

/**
 * Who pays what of one bill, to the fen, and why: the four layers of protection with the plan's 五提高, 一降低,
 * 一纳入 and 三减免 for a registered poor patient, and 先诊疗后付费 with the 85%—90% in-county ratio for their
 * in-county admissions. The claim's date selects the figures (before 2016-01-01: the baseline, interpretation
 * `core.planEffectiveDate`); `options.regime` forces one; a patient who is not registered poor gets the
 * baseline. `options.overrides` tries a reform (`{ 'medical.upliftPoints': '10' }`), `options.readings` other
 * readings.
 *
 * 城乡居民医疗保障、大病保险、商业保险或医疗救助、县级医疗基金四道医疗保障网 (chapter 7, section 2).
 *
 * Each payer's amount is rounded half up to the fen where it is paid (the county fund's top-up rounds up, so
 * the target ratio is never missed by a fraction of a fen); the patient pays exactly what is left.
 *
 * @example
 * ```ts
 * const r = reimburse(
 *   { date: '2018-05-02', patient: { registeredPoor: true }, careType: 'inpatient', diseaseGroup: 'other',
 *     hospital: { level: 'county', inCounty: true, designated: true }, totalCost: 10000, inCatalogueCost: 9000 },
 *   ILLUSTRATIVE_COUNTY_SCHEME_PROFILE,
 * );
 * r.outOfPocket.toString() //=> what is left after every layer; r.trace says why, r.params with which figures
 * ```
 */
export function reimburse(
  claim: ClaimInput | Claim,
  profile: MedicalSchemeProfileInput | MedicalSchemeProfile,
  options?: ReimburseOptions,
): ReimbursementResult {
  const parsedClaim = parseClaim(claim);
  const parsedProfile = parseSchemeProfile(profile);
  return computeClaim(openClaimCase(parsedClaim, parsedProfile, options, EMPTY_YEAR_TO_DATE)).result;
}
