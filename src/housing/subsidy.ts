import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { Money, type MoneyLike } from '../core/money.js';
import type { HouseholdPeople } from './areaCap.js';
import { HOUSING_CITATIONS } from './citations.js';
import { HOUSING_RULE_IDS } from './rules.js';
import { householdSubsidyInputSchema, siteSubsidyInputSchema } from './schema.js';

/** Input of {@link buildingSubsidy}. */
export interface HouseholdSubsidyInput extends HouseholdPeople {
  /**
   * The building subsidy per registered person, in yuan, as your locality sets it (≥ 0, exact to the fen).
   * The plan sets no rate; `ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON` is for examples only.
   */
  readonly ratePerPerson: MoneyLike;
}

/** Input of {@link siteBuildingSubsidy}. */
export interface SiteSubsidyInput {
  readonly ratePerPerson: MoneyLike;
  /** The site’s households, at least one. */
  readonly households: readonly HouseholdPeople[];
}

/** The building subsidy of one household. */
export interface HouseholdSubsidy {
  readonly ruleId: 'housing.subsidyByRegisteredHeadcount';
  /** Rate × registered people, exact (no rounding: a fen amount times a whole number). */
  readonly subsidy: Money;
  readonly ratePerPerson: Money;
  /** The people counted: the registered relocating people only. */
  readonly registeredPeople: number;
  /** People not registered: listed, and add nothing. */
  readonly nonRegisteredPeople: number;
  readonly citations: readonly Citation[];
}

/** The building subsidy of a site. */
export interface SiteSubsidy {
  readonly ruleId: 'housing.subsidyByRegisteredHeadcount';
  /** The sum of the households’ subsidies = rate × all registered people of the site, exact. */
  readonly subsidy: Money;
  readonly ratePerPerson: Money;
  readonly households: readonly HouseholdSubsidy[];
  readonly registeredPeople: number;
  readonly nonRegisteredPeople: number;
  readonly citations: readonly Citation[];
}

const SUBSIDY_CITATIONS: readonly Citation[] = Object.freeze([
  HOUSING_CITATIONS.subsidyByHeadcount,
  HOUSING_CITATIONS.subsidyNoWideningOrNarrowing,
  HOUSING_CITATIONS.localSubsidyStandards,
]);

function householdSubsidy(
  rate: Money,
  registeredPeople: number,
  nonRegisteredPeople: number,
): HouseholdSubsidy {
  return Object.freeze({
    ruleId: 'housing.subsidyByRegisteredHeadcount',
    subsidy: rate.times(registeredPeople),
    ratePerPerson: rate,
    registeredPeople,
    nonRegisteredPeople,
    citations: SUBSIDY_CITATIONS,
  });
}

/**
 * The building subsidy of a registered relocating household: the local rate per person × its registered
 * relocating people. “以建档立卡搬迁户人口数量为依据进行核算和补助，不得变相扩大或缩小补助范围” (chapter 4,
 * section 2): people who are not registered add nothing, and no registered person is left out.
 *
 * The rate is a local parameter (鼓励地方因地制宜采取差异化补助标准), never a number from the plan. A rate exact to
 * the fen times a whole number of people is exact, so nothing is rounded.
 *
 * @throws PolicyInputError when `registeredPeople` is not a whole number ≥ 1 or the rate is negative.
 * @example
 * ```ts
 * buildingSubsidy({ ratePerPerson: '20000', registeredPeople: 3, nonRegisteredPeople: 1 }).subsidy.toString()
 * //=> '60000.00' (20,000 × 3; the person not registered adds nothing)
 * ```
 */
export function buildingSubsidy(input: HouseholdSubsidyInput): HouseholdSubsidy {
  const parsed = parseInput(
    HOUSING_RULE_IDS.subsidyByRegisteredHeadcount,
    householdSubsidyInputSchema,
    input,
  );
  return householdSubsidy(parsed.ratePerPerson, parsed.registeredPeople, parsed.nonRegisteredPeople ?? 0);
}

/**
 * The building subsidy of a resettlement site: the sum over its households of the local rate × registered
 * people, which equals the rate × the site’s registered people. People not registered add nothing.
 *
 * @throws PolicyInputError when there is no household, or a household’s people are not whole numbers
 *   (path `households[i].registeredPeople`).
 * @example
 * ```ts
 * siteBuildingSubsidy({
 *   ratePerPerson: '20000',
 *   households: [{ registeredPeople: 3 }, { registeredPeople: 2, nonRegisteredPeople: 2 }],
 * }).subsidy.toString() //=> '100000.00' (20,000 × (3 + 2))
 * ```
 */
export function siteBuildingSubsidy(input: SiteSubsidyInput): SiteSubsidy {
  const parsed = parseInput(HOUSING_RULE_IDS.subsidyByRegisteredHeadcount, siteSubsidyInputSchema, input);
  const households = parsed.households.map((h) =>
    householdSubsidy(parsed.ratePerPerson, h.registeredPeople, h.nonRegisteredPeople ?? 0),
  );
  return Object.freeze({
    ruleId: 'housing.subsidyByRegisteredHeadcount',
    subsidy: Money.sum(households.map((h) => h.subsidy)),
    ratePerPerson: parsed.ratePerPerson,
    households: Object.freeze(households),
    registeredPeople: households.reduce((n, h) => n + h.registeredPeople, 0),
    nonRegisteredPeople: households.reduce((n, h) => n + h.nonRegisteredPeople, 0),
    citations: SUBSIDY_CITATIONS,
  });
}
