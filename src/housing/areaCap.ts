import type { BoundTerm } from '../core/bounds.js';
import { meetsBound } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { Dec, type DecimalLike, type DecimalValue } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import { HOUSING_CITATIONS } from './citations.js';
import { AREA_CAP_PER_PERSON } from './params.js';
import { HOUSING_RULE_IDS } from './rules.js';
import {
  areaCapInputSchema,
  areaCapOptionsSchema,
  housePlanInputSchema,
  type AreaCapBasisReading,
} from './schema.js';

/** The people of a registered relocating household. */
export interface HouseholdPeople {
  /** Registered (建档立卡) relocating members: a whole number ≥ 1. */
  readonly registeredPeople: number;
  /** Members who move with them but are not registered (default 0); they add nothing under the chosen reading. */
  readonly nonRegisteredPeople?: number;
}

/** Options of {@link areaCapFor} and {@link checkHousePlan}. */
export interface AreaCapOptions {
  readonly readings?: {
    /** `housing.areaCapBasis`: `'registeredMembers'` (default) or `'allMembers'`. */
    readonly areaCapBasis?: AreaCapBasisReading;
  };
}

/** The area cap of one household. */
export interface AreaCap {
  readonly ruleId: 'housing.areaCap';
  /** The cap on the house’s total building area, m² (exact): 25 × counted people. */
  readonly capM2: DecimalValue;
  /** 25 m² per person. */
  readonly perPersonM2: DecimalValue;
  /** The people the cap counts: registered only under `registeredMembers`, everyone under `allMembers`. */
  readonly countedPeople: number;
  readonly registeredPeople: number;
  readonly nonRegisteredPeople: number;
  /** The reading of `housing.areaCapBasis` applied. */
  readonly reading: AreaCapBasisReading;
  readonly citations: readonly Citation[];
}

/** Input of {@link checkHousePlan}. */
export interface HousePlan extends HouseholdPeople {
  /** Planned building area (住房建设面积) of the house in m²: an exact decimal > 0 (`'75.5'`, `75.5`). */
  readonly plannedAreaM2: DecimalLike;
}

/** Whether a house plan meets the 25 m² per person standard, and by how much. */
export interface HousePlanCheck extends AreaCap {
  /** True when the planned area is not more than (不超过, inclusive) the cap. */
  readonly compliant: boolean;
  /** The limit word applied: 不超过 (includes the cap itself). */
  readonly bound: BoundTerm;
  readonly plannedAreaM2: DecimalValue;
  /** Planned minus cap, m², exact: positive above the cap, zero at it, negative below. */
  readonly differenceM2: DecimalValue;
  /** How far above the cap, m² (0 when compliant). */
  readonly excessM2: DecimalValue;
  /** How much room is left below the cap, m² (0 when at or above it). */
  readonly headroomM2: DecimalValue;
  /** One sentence a caseworker can read. */
  readonly explanation: string;
}

function resolveReading(options: unknown): AreaCapBasisReading {
  const parsed = parseInput(HOUSING_RULE_IDS.areaCap, areaCapOptionsSchema, options, 'options');
  return parsed?.readings?.areaCapBasis ?? 'registeredMembers';
}

function capOf(registeredPeople: number, nonRegisteredPeople: number, reading: AreaCapBasisReading): AreaCap {
  const countedPeople = reading === 'allMembers' ? registeredPeople + nonRegisteredPeople : registeredPeople;
  const perPersonM2 = new Dec(AREA_CAP_PER_PERSON.value);
  return {
    ruleId: 'housing.areaCap',
    capM2: perPersonM2.times(countedPeople),
    perPersonM2,
    countedPeople,
    registeredPeople,
    nonRegisteredPeople,
    reading,
    citations: Object.freeze([HOUSING_CITATIONS.areaCap]),
  };
}

/**
 * The most building area a registered relocating household’s house may have: 25 m² × its registered people.
 *
 * The plan: “严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准” (chapter 4, section 2). The cap is on the
 * household’s total (人均 is an average); members who are not registered add nothing under the default reading
 * `registeredMembers` of `housing.areaCapBasis` (pass `{ readings: { areaCapBasis: 'allMembers' } }` to count them).
 *
 * @throws PolicyInputError when `registeredPeople` is not a whole number ≥ 1 (path `registeredPeople`), or
 *   `nonRegisteredPeople` is not a whole number ≥ 0.
 * @example
 * ```ts
 * areaCapFor({ registeredPeople: 4 }).capM2.toString() //=> '100' (4 × 25 m²)
 * areaCapFor({ registeredPeople: 3, nonRegisteredPeople: 1 }).capM2.toString() //=> '75'
 * ```
 */
export function areaCapFor(household: HouseholdPeople, options?: AreaCapOptions): AreaCap {
  const input = parseInput(HOUSING_RULE_IDS.areaCap, areaCapInputSchema, household);
  const reading = resolveReading(options);
  return Object.freeze(capOf(input.registeredPeople, input.nonRegisteredPeople ?? 0, reading));
}

/**
 * Checks a house plan against the 25 m² per person standard: compliant or not, and by how many m² (exact).
 * 不超过 includes the cap: a plan of exactly 25 m² × people complies; 0.01 m² more does not.
 *
 * @throws PolicyInputError for people counts that are not whole numbers ≥ 1, or an area that is not a
 *   decimal > 0 (path `plannedAreaM2`).
 * @example
 * ```ts
 * const r = checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' })
 * r.compliant              //=> false (cap 3 × 25 = 75 m²)
 * r.excessM2.toString()    //=> '5'   (80 − 75)
 * checkHousePlan({ registeredPeople: 3, plannedAreaM2: 75 }).compliant //=> true (不超过 includes 75)
 * ```
 */
export function checkHousePlan(plan: HousePlan, options?: AreaCapOptions): HousePlanCheck {
  const input = parseInput(HOUSING_RULE_IDS.areaCap, housePlanInputSchema, plan);
  const reading = resolveReading(options);
  const cap = capOf(input.registeredPeople, input.nonRegisteredPeople ?? 0, reading);
  const planned = input.plannedAreaM2;
  const compliant = meetsBound(planned, AREA_CAP_PER_PERSON.bound, cap.capM2);
  const differenceM2 = planned.minus(cap.capM2);
  const zero = new Dec(0);
  const excessM2 = differenceM2.isPositive() && !differenceM2.isZero() ? differenceM2 : zero;
  const headroomM2 = differenceM2.isNegative() && !differenceM2.isZero() ? differenceM2.negated() : zero;
  const who =
    reading === 'allMembers'
      ? `${cap.countedPeople} people (registered or not)`
      : `${cap.registeredPeople} registered ${cap.registeredPeople === 1 ? 'person' : 'people'}`;
  const capText = `${cap.countedPeople} × 25 = ${cap.capM2.toString()} m²`;
  const explanation = compliant
    ? `${planned.toString()} m² for ${who} is not more than the cap of ${capText}` +
      (headroomM2.isZero()
        ? ' (exactly at the cap: 不超过 includes it).'
        : `; ${headroomM2.toString()} m² below it.`)
    : `${planned.toString()} m² for ${who} exceeds the cap of ${capText} by ${excessM2.toString()} m².`;
  return Object.freeze({
    ...cap,
    compliant,
    bound: AREA_CAP_PER_PERSON.bound,
    plannedAreaM2: planned,
    differenceM2,
    excessM2,
    headroomM2,
    explanation,
    citations: Object.freeze([HOUSING_CITATIONS.areaCap]),
  });
}
