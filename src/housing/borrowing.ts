import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import type { Money, MoneyLike } from '../core/money.js';
import { HOUSING_CITATIONS } from './citations.js';
import { HOUSING_RULE_IDS } from './rules.js';
import {
  householdFinancingInputSchema,
  householdFinancingOptionsSchema,
  type BorrowingScopeReading,
} from './schema.js';

/** A registered relocating household’s financing of its resettlement house. */
export interface HouseholdFinancing {
  /** Whether the household has stably exited poverty (稳定脱贫). */
  readonly stablyExitedPoverty: boolean;
  /** Debt the household takes on on its own (自行举债) for the house, in yuan (≥ 0, exact to the fen). */
  readonly ownBorrowing: MoneyLike;
  /** Whether that borrowing pays for a larger house (扩大安置住房建设面积). */
  readonly borrowingEnlargesHouse: boolean;
}

/** Options of {@link checkHouseholdFinancing}. */
export interface HouseholdFinancingOptions {
  readonly readings?: {
    /** `housing.borrowingScope`: `'borrowingToEnlarge'` (default) or `'anyOwnBorrowingForHouse'`. */
    readonly borrowingScope?: BorrowingScopeReading;
  };
}

/** The outcome of the borrowing rule for one household. */
export interface HouseholdFinancingCheck {
  readonly ruleId: 'housing.noBorrowingToBuildLarger';
  /** False only when the household borrows on its own in a way the rule forbids. */
  readonly compliant: boolean;
  /** Whether the rule applies at all: only before stable exit. */
  readonly ruleApplies: boolean;
  readonly ownBorrowing: Money;
  readonly reading: BorrowingScopeReading;
  readonly explanation: string;
  readonly citations: readonly Citation[];
}

/**
 * Checks a household’s financing against “在稳定脱贫前，建档立卡搬迁户不得自行举债扩大安置住房建设面积”
 * (chapter 4, section 2): before it has stably exited poverty, a registered relocating household may not borrow
 * on its own to build a larger resettlement house. After stable exit this clause no longer applies (the 25 m²
 * standard is a separate rule: see `checkHousePlan`).
 *
 * Under the default reading `borrowingToEnlarge` only borrowing that pays for a larger house is refused; under
 * `anyOwnBorrowingForHouse` any own borrowing for the house is.
 *
 * @throws PolicyInputError when a field is missing or `ownBorrowing` is negative or finer than the fen.
 * @example
 * ```ts
 * checkHouseholdFinancing({ stablyExitedPoverty: false, ownBorrowing: '30000', borrowingEnlargesHouse: true })
 *   .compliant //=> false
 * checkHouseholdFinancing({ stablyExitedPoverty: true, ownBorrowing: '30000', borrowingEnlargesHouse: true })
 *   .compliant //=> true (the rule applies only before stable exit)
 * ```
 */
export function checkHouseholdFinancing(
  financing: HouseholdFinancing,
  options?: HouseholdFinancingOptions,
): HouseholdFinancingCheck {
  const ruleId = HOUSING_RULE_IDS.noBorrowingToBuildLarger;
  const input = parseInput(ruleId, householdFinancingInputSchema, financing);
  const parsedOptions = parseInput(ruleId, householdFinancingOptionsSchema, options, 'options');
  const reading = parsedOptions?.readings?.borrowingScope ?? 'borrowingToEnlarge';
  const ruleApplies = !input.stablyExitedPoverty;
  const borrows = input.ownBorrowing.isPositive();
  const forbiddenPurpose = reading === 'anyOwnBorrowingForHouse' || input.borrowingEnlargesHouse;
  const compliant = !(ruleApplies && borrows && forbiddenPurpose);
  const amount = `${input.ownBorrowing.toString()} yuan`;
  let explanation: string;
  if (!ruleApplies) {
    explanation = 'The household has stably exited poverty: the borrowing restriction no longer applies.';
  } else if (!borrows) {
    explanation = 'The household borrows nothing on its own: nothing for the rule to refuse.';
  } else if (!compliant) {
    explanation =
      reading === 'anyOwnBorrowingForHouse'
        ? `Before stable exit the household may not take on its own debt (${amount}) for the resettlement house.`
        : `Before stable exit the household may not borrow on its own (${amount}) to build a larger house.`;
  } else {
    explanation = `The own borrowing (${amount}) does not pay for a larger house, so this clause does not refuse it.`;
  }
  return Object.freeze({
    ruleId,
    compliant,
    ruleApplies,
    ownBorrowing: input.ownBorrowing,
    reading,
    explanation,
    citations: Object.freeze([HOUSING_CITATIONS.noBorrowing]),
  });
}
