import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { Money, type MoneyLike } from '../core/money.js';
import { notRegisteredEn, type HouseholdPeople } from './areaCap.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { HOUSING_RULE_IDS } from './rules.js';
import { buildingSubsidyLocalSchema, householdPeopleSchema, siteSubsidyInputSchema } from './schema.js';

/**
 * The local figures of {@link buildingSubsidy} and {@link siteBuildingSubsidy} (their second argument), validated
 * by `buildingSubsidyLocalSchema`: the building subsidy per registered person as your locality sets it.
 */
export interface BuildingSubsidyLocal {
  /**
   * Yuan per registered person (≥ 0, exact to the fen). The plan sets no rate (鼓励地方因地制宜采取差异化补助标准);
   * `ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON` is for examples only.
   */
  readonly ratePerPerson: MoneyLike;
}

/** Input of {@link siteBuildingSubsidy}: the site’s households. */
export interface SiteSubsidyInput {
  /** The site’s households, at least one. */
  readonly households: readonly HouseholdPeople[];
}

/** The building subsidy of one household (figures). */
export interface HouseholdSubsidyFigures {
  /** Rate × registered people, exact (no rounding: a fen amount times a whole number). */
  readonly subsidy: Money;
  readonly ratePerPerson: Money;
  /** The people counted: the registered relocating people only. */
  readonly registeredPeople: number;
  /** People not registered: listed, and add nothing. */
  readonly nonRegisteredPeople: number;
}

/** The building subsidy of one household, with the evaluation envelope. */
export type HouseholdSubsidy = RuleResult<HouseholdSubsidyFigures>;

/** The building subsidy of a site (figures). */
export interface SiteSubsidyFigures {
  /** The sum of the households’ subsidies = rate × all registered people of the site, exact. */
  readonly subsidy: Money;
  readonly ratePerPerson: Money;
  /** Each household’s subsidy, in input order. */
  readonly households: readonly HouseholdSubsidyFigures[];
  readonly registeredPeople: number;
  readonly nonRegisteredPeople: number;
}

/** The building subsidy of a site, with the evaluation envelope. */
export type SiteSubsidy = RuleResult<SiteSubsidyFigures>;

const SUBSIDY_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  C.subsidyByHeadcount,
  C.subsidyNoWideningOrNarrowing,
  C.localSubsidyStandards,
]);

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.subsidyByRegisteredHeadcount,
  citations: SUBSIDY_CITATIONS,
  params: [],
  interpretations: [],
});

/** One household’s step: rate × registered people; the people not registered add nothing. */
function householdStep(
  ctx: RuleContext,
  rate: Money,
  people: { registeredPeople: number; nonRegisteredPeople?: number | undefined },
  label: { zh: string; en: string },
): HouseholdSubsidyFigures {
  const registeredPeople = people.registeredPeople;
  const nonRegisteredPeople = people.nonRegisteredPeople ?? 0;
  const subsidy = rate.times(registeredPeople);
  const r = rate.toString();
  const s = subsidy.toString();
  ctx.step({
    citations: [C.subsidyByHeadcount, C.subsidyNoWideningOrNarrowing],
    inputs: { ratePerPerson: r, registeredPeople, nonRegisteredPeople },
    amount: subsidy,
    zh:
      `${label.zh}建房补助：${r} 元/人（地方标准）× ${registeredPeople} 名建档立卡搬迁人口 = ${s} 元` +
      (nonRegisteredPeople > 0 ? `；非建档立卡人口 ${nonRegisteredPeople} 人不计入。` : '。'),
    en:
      `${label.en}building subsidy: ${r} yuan per person (local rate) × ${registeredPeople} registered ` +
      `${registeredPeople === 1 ? 'person' : 'people'} = ${s} yuan` +
      (nonRegisteredPeople > 0 ? `; ${notRegisteredEn(nonRegisteredPeople)}.` : '.'),
  });
  return Object.freeze({ subsidy, ratePerPerson: rate, registeredPeople, nonRegisteredPeople });
}

/**
 * The building subsidy of a registered relocating household: the local rate per person × its registered
 * relocating people. “以建档立卡搬迁户人口数量为依据进行核算和补助，不得变相扩大或缩小补助范围” (chapter 4,
 * section 2): people who are not registered add nothing, and no registered person is left out.
 *
 * The rate is a local figure (鼓励地方因地制宜采取差异化补助标准), the second argument, never a number from the plan.
 * A rate exact to the fen times a whole number of people is exact, so nothing is rounded.
 *
 * @throws PolicyInputError when `registeredPeople` is not a whole number ≥ 1 (path `registeredPeople`), the
 *   rate is missing, negative or finer than the fen (path `local.ratePerPerson`), or an option is invalid.
 * @example
 * ```ts
 * buildingSubsidy({ registeredPeople: 3, nonRegisteredPeople: 1 }, { ratePerPerson: '20000' }).subsidy.toString()
 * //=> '60000.00' (20,000 × 3; the person not registered adds nothing)
 * ```
 */
export function buildingSubsidy(
  household: HouseholdPeople,
  local: BuildingSubsidyLocal,
  options?: EvaluationOptions,
): HouseholdSubsidy {
  const input = parseInput(SPEC.ruleId, householdPeopleSchema, household);
  const { ratePerPerson } = parseInput(SPEC.ruleId, buildingSubsidyLocalSchema, local, 'local');
  const ctx = openEvaluation(SPEC, options, null);
  return ctx.finish(householdStep(ctx, ratePerPerson, input, { zh: '', en: 'Household ' }));
}

/**
 * The building subsidy of a resettlement site: the sum over its households of the local rate × registered
 * people, which equals the rate × the site’s registered people. People not registered add nothing.
 *
 * @throws PolicyInputError when there is no household, a household’s people are not whole numbers
 *   (path `households[i].registeredPeople`), or the rate is invalid (path `local.ratePerPerson`).
 * @example
 * ```ts
 * siteBuildingSubsidy(
 *   { households: [{ registeredPeople: 3 }, { registeredPeople: 2, nonRegisteredPeople: 2 }] },
 *   { ratePerPerson: '20000' },
 * ).subsidy.toString() //=> '100000.00' (20,000 × (3 + 2))
 * ```
 */
export function siteBuildingSubsidy(
  site: SiteSubsidyInput,
  local: BuildingSubsidyLocal,
  options?: EvaluationOptions,
): SiteSubsidy {
  const input = parseInput(SPEC.ruleId, siteSubsidyInputSchema, site);
  const { ratePerPerson } = parseInput(SPEC.ruleId, buildingSubsidyLocalSchema, local, 'local');
  const ctx = openEvaluation(SPEC, options, null);
  const households = input.households.map((h, i) =>
    householdStep(ctx, ratePerPerson, h, { zh: `第 ${i + 1} 户`, en: `Household ${i + 1}: ` }),
  );
  const subsidy = Money.sum(households.map((h) => h.subsidy));
  const registeredPeople = households.reduce((n, h) => n + h.registeredPeople, 0);
  const nonRegisteredPeople = households.reduce((n, h) => n + h.nonRegisteredPeople, 0);
  ctx.step({
    citations: [C.subsidyByHeadcount],
    inputs: { households: households.length, registeredPeople, nonRegisteredPeople },
    amount: subsidy,
    zh: `安置区建房补助合计：${households.length} 户、${registeredPeople} 名建档立卡搬迁人口，共 ${subsidy.toString()} 元。`,
    en: `Site building subsidy: ${households.length} households, ${registeredPeople} registered people, ${subsidy.toString()} yuan in all.`,
  });
  return ctx.finish({
    subsidy,
    ratePerPerson,
    households: Object.freeze(households),
    registeredPeople,
    nonRegisteredPeople,
  });
}
