import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money, MoneyLike } from '../core/money.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';
import { householdFinancingInputSchema, type BorrowingScopeReading } from './schema.js';

/** A registered relocating household’s financing of its resettlement house. */
export interface HouseholdFinancing {
  /** Whether the household has stably exited poverty (稳定脱贫). */
  readonly stablyExitedPoverty: boolean;
  /** Debt the household takes on on its own (自行举债) for the house, in yuan (≥ 0, exact to the fen). */
  readonly ownBorrowing: MoneyLike;
  /** Whether that borrowing pays for a larger house (扩大安置住房建设面积). */
  readonly borrowingEnlargesHouse: boolean;
}

/**
 * Options of {@link checkHouseholdFinancing}: the contract's options; `readings.borrowingScope` is
 * `'borrowingToEnlarge'` (the registry's choice) or `'anyOwnBorrowingForHouse'`.
 */
export interface HouseholdFinancingOptions extends EvaluationOptions {
  readonly readings?: { readonly borrowingScope?: BorrowingScopeReading };
}

/** The figures of the borrowing rule for one household. */
export interface HouseholdFinancingFigures {
  /** False only when the household borrows on its own in a way the rule forbids. */
  readonly compliant: boolean;
  /** Whether the rule applies at all: only before stable exit. */
  readonly ruleApplies: boolean;
  readonly ownBorrowing: Money;
  /** The English text of the trace's last step (kept for compatibility). */
  readonly explanation: string;
}

/** The outcome of the borrowing rule for one household, with the evaluation envelope. */
export type HouseholdFinancingCheck = RuleResult<HouseholdFinancingFigures>;

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.noBorrowingToBuildLarger,
  citations: [C.noBorrowing],
  params: [],
  interpretations: [INTERPRETATION.borrowingScope],
});

/** The sentence for an outcome, in both languages. */
function outcomeText(
  ruleApplies: boolean,
  borrows: boolean,
  compliant: boolean,
  reading: BorrowingScopeReading,
  amount: string,
): { zh: string; en: string } {
  if (!ruleApplies) {
    return {
      zh: '该户已稳定脱贫：不得自行举债扩大住房面积的限制不再适用。',
      en: 'The household has stably exited poverty: the borrowing restriction no longer applies.',
    };
  }
  if (!borrows) {
    return {
      zh: '该户未自行举债：本条无可限制之处。',
      en: 'The household borrows nothing on its own: nothing for the rule to refuse.',
    };
  }
  if (!compliant) {
    return reading === 'anyOwnBorrowingForHouse'
      ? {
          zh: `稳定脱贫前，该户不得为安置住房自行举债（${amount} 元）。`,
          en: `Before stable exit the household may not take on its own debt (${amount} yuan) for the resettlement house.`,
        }
      : {
          zh: `稳定脱贫前，该户不得自行举债（${amount} 元）扩大安置住房建设面积。`,
          en: `Before stable exit the household may not borrow on its own (${amount} yuan) to build a larger house.`,
        };
  }
  return {
    zh: `该户自行举债（${amount} 元）不用于扩大住房面积，本条不予限制。`,
    en: `The own borrowing (${amount} yuan) does not pay for a larger house, so this clause does not refuse it.`,
  };
}

function borrowingStep(
  ctx: RuleContext,
  input: { stablyExitedPoverty: boolean; ownBorrowing: Money; borrowingEnlargesHouse: boolean },
): HouseholdFinancingFigures {
  const reading = ctx.reading<BorrowingScopeReading>(INTERPRETATION.borrowingScope);
  const ruleApplies = !input.stablyExitedPoverty;
  const borrows = input.ownBorrowing.isPositive();
  const forbiddenPurpose = reading === 'anyOwnBorrowingForHouse' || input.borrowingEnlargesHouse;
  const compliant = !(ruleApplies && borrows && forbiddenPurpose);
  const text = outcomeText(ruleApplies, borrows, compliant, reading, input.ownBorrowing.toString());
  ctx.step({
    citations: [C.noBorrowing],
    inputs: {
      stablyExitedPoverty: input.stablyExitedPoverty,
      ownBorrowing: input.ownBorrowing.toString(),
      borrowingEnlargesHouse: input.borrowingEnlargesHouse,
    },
    value: compliant,
    ...text,
  });
  return { compliant, ruleApplies, ownBorrowing: input.ownBorrowing, explanation: text.en };
}

/**
 * Checks a household’s financing against “在稳定脱贫前，建档立卡搬迁户不得自行举债扩大安置住房建设面积”
 * (chapter 4, section 2): before it has stably exited poverty, a registered relocating household may not borrow
 * on its own to build a larger resettlement house. After stable exit this clause no longer applies (the 25 m²
 * standard is a separate rule: see `checkHousePlan`).
 *
 * Under the registry's reading `borrowingToEnlarge` only borrowing that pays for a larger house is refused; under
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
  const input = parseInput(SPEC.ruleId, householdFinancingInputSchema, financing);
  const ctx = openEvaluation(SPEC, options, null);
  return ctx.finish(borrowingStep(ctx, input));
}
