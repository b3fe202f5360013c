// Mutation tests (issue 15) for housing.noBorrowingToBuildLarger: every outcome's trace step whole (zh, en,
// citations, inputs, value) under each reading, and the boundary between borrowing nothing and 0.01 yuan.
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/evaluation.js';
import { checkHouseholdFinancing, HOUSING_CITATIONS as C } from '../../src/housing/index.js';

/** A step as plain data (amount as its string), to compare whole. */
function plain(step: TraceStep | undefined): unknown {
  return step === undefined ? undefined : { ...step, amount: step.amount?.toString() ?? null };
}

const EXITED = {
  zh: '该户已稳定脱贫：不得自行举债扩大住房面积的限制不再适用。',
  en: 'The household has stably exited poverty: the borrowing restriction no longer applies.',
};
const NO_DEBT = {
  zh: '该户未自行举债：本条无可限制之处。',
  en: 'The household borrows nothing on its own: nothing for the rule to refuse.',
};

describe('housing.noBorrowingToBuildLarger mutation: each outcome, whole', () => {
  it.each([
    {
      name: 'stably exited, borrows 30,000 to enlarge: the rule no longer applies (compliant)',
      input: { stablyExitedPoverty: true, ownBorrowing: '30000', borrowingEnlargesHouse: true },
      reading: 'borrowingToEnlarge' as const,
      compliant: true,
      ruleApplies: false,
      text: EXITED,
    },
    {
      name: 'stably exited, any own borrowing refused by anyOwnBorrowingForHouse: still no longer applies',
      input: { stablyExitedPoverty: true, ownBorrowing: '30000', borrowingEnlargesHouse: false },
      reading: 'anyOwnBorrowingForHouse' as const,
      compliant: true,
      ruleApplies: false,
      text: EXITED,
    },
    {
      name: 'before exit, borrows 0 yuan: nothing to refuse (compliant)',
      input: { stablyExitedPoverty: false, ownBorrowing: '0', borrowingEnlargesHouse: true },
      reading: 'borrowingToEnlarge' as const,
      compliant: true,
      ruleApplies: true,
      text: NO_DEBT,
    },
    {
      name: 'before exit, borrows 0 yuan under anyOwnBorrowingForHouse: nothing to refuse (compliant)',
      input: { stablyExitedPoverty: false, ownBorrowing: '0', borrowingEnlargesHouse: false },
      reading: 'anyOwnBorrowingForHouse' as const,
      compliant: true,
      ruleApplies: true,
      text: NO_DEBT,
    },
    {
      name: 'before exit, borrows 0.01 yuan to enlarge: refused (the smallest debt counts)',
      input: { stablyExitedPoverty: false, ownBorrowing: '0.01', borrowingEnlargesHouse: true },
      reading: 'borrowingToEnlarge' as const,
      compliant: false,
      ruleApplies: true,
      text: {
        zh: '稳定脱贫前，该户不得自行举债（0.01 元）扩大安置住房建设面积。',
        en: 'Before stable exit the household may not borrow on its own (0.01 yuan) to build a larger house.',
      },
    },
    {
      name: 'before exit, borrows 30,000 not to enlarge: borrowingToEnlarge does not refuse it',
      input: { stablyExitedPoverty: false, ownBorrowing: '30000', borrowingEnlargesHouse: false },
      reading: 'borrowingToEnlarge' as const,
      compliant: true,
      ruleApplies: true,
      text: {
        zh: '该户自行举债（30000.00 元）不用于扩大住房面积，本条不予限制。',
        en: 'The own borrowing (30000.00 yuan) does not pay for a larger house, so this clause does not refuse it.',
      },
    },
    {
      name: 'before exit, borrows 30,000 not to enlarge: anyOwnBorrowingForHouse refuses it',
      input: { stablyExitedPoverty: false, ownBorrowing: '30000', borrowingEnlargesHouse: false },
      reading: 'anyOwnBorrowingForHouse' as const,
      compliant: false,
      ruleApplies: true,
      text: {
        zh: '稳定脱贫前，该户不得为安置住房自行举债（30000.00 元）。',
        en: 'Before stable exit the household may not take on its own debt (30000.00 yuan) for the resettlement house.',
      },
    },
  ])('$name', ({ input, reading, compliant, ruleApplies, text }) => {
    const r = checkHouseholdFinancing(input, { readings: { borrowingScope: reading } });
    expect(r.compliant).toBe(compliant);
    expect(r.ruleApplies).toBe(ruleApplies);
    expect(r.explanation).toBe(text.en);
    expect(r.trace).toHaveLength(1);
    expect(plain(r.trace[0])).toEqual({
      ruleId: 'housing.noBorrowingToBuildLarger',
      citations: [C.noBorrowing],
      params: [],
      inputs: {
        stablyExitedPoverty: input.stablyExitedPoverty,
        ownBorrowing: r.ownBorrowing.toString(),
        borrowingEnlargesHouse: input.borrowingEnlargesHouse,
      },
      amount: null,
      value: compliant,
      payer: null,
      text,
    });
  });

  it('the amount in the inputs is the fen string: 30000 → "30000.00", 0.01 → "0.01"', () => {
    const inputsOf = (ownBorrowing: string) =>
      checkHouseholdFinancing({ stablyExitedPoverty: false, ownBorrowing, borrowingEnlargesHouse: true })
        .trace[0]?.inputs.ownBorrowing;
    expect(inputsOf('30000')).toBe('30000.00');
    expect(inputsOf('0.01')).toBe('0.01');
  });
});
