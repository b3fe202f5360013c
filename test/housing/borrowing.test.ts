import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHouseholdFinancing } from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const RULE = 'housing.noBorrowingToBuildLarger';

describe('housing.noBorrowingToBuildLarger: 在稳定脱贫前…不得自行举债扩大安置住房建设面积', () => {
  it.each([
    { exited: false, borrowing: '30000', enlarges: true, ok: false, applies: true }, // the case the clause forbids
    { exited: false, borrowing: '30000', enlarges: false, ok: true, applies: true }, // borrowing for something else
    { exited: false, borrowing: '0', enlarges: true, ok: true, applies: true }, // no own debt
    { exited: true, borrowing: '30000', enlarges: true, ok: true, applies: false }, // stably exited: clause lifts
    { exited: true, borrowing: '0', enlarges: false, ok: true, applies: false },
  ])(
    'stably exited=$exited, own borrowing $borrowing yuan, enlarges=$enlarges → compliant=$ok',
    ({ exited, borrowing, enlarges, ok, applies }) => {
      const r = checkHouseholdFinancing(
        deepFreeze({
          stablyExitedPoverty: exited,
          ownBorrowing: borrowing,
          borrowingEnlargesHouse: enlarges,
        }),
      );
      expect(r.compliant).toBe(ok);
      expect(r.ruleApplies).toBe(applies);
      expect(r.readings.borrowingScope).toBe('borrowingToEnlarge');
      expect(r.citations[0]?.quote).toBe('在稳定脱贫前，建档立卡搬迁户不得自行举债扩大安置住房建设面积');
    },
  );

  it('under anyOwnBorrowingForHouse, 1 yuan of own debt before exit is refused whatever it pays for', () => {
    const opts = { readings: { borrowingScope: 'anyOwnBorrowingForHouse' as const } };
    expect(
      checkHouseholdFinancing(
        { stablyExitedPoverty: false, ownBorrowing: '1', borrowingEnlargesHouse: false },
        opts,
      ).compliant,
    ).toBe(false);
    expect(
      checkHouseholdFinancing(
        { stablyExitedPoverty: true, ownBorrowing: '1', borrowingEnlargesHouse: false },
        opts,
      ).compliant,
    ).toBe(true);
  });

  it('the rule never refuses a household that has stably exited (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (yuan, enlarges) => {
        expect(
          checkHouseholdFinancing({
            stablyExitedPoverty: true,
            ownBorrowing: yuan,
            borrowingEnlargesHouse: enlarges,
          }).compliant,
        ).toBe(true);
      }),
    );
  });

  it('returns the borrowing as Money and explains', () => {
    const r = checkHouseholdFinancing({
      stablyExitedPoverty: false,
      ownBorrowing: 30000,
      borrowingEnlargesHouse: true,
    });
    expect(r.ownBorrowing.toString()).toBe('30000.00');
    expect(r.explanation).toBe(
      'Before stable exit the household may not borrow on its own (30000.00 yuan) to build a larger house.',
    );
  });

  describe('bad input', () => {
    it.each([
      {
        input: { stablyExitedPoverty: false, ownBorrowing: '-1', borrowingEnlargesHouse: true },
        path: 'ownBorrowing',
      },
      {
        input: { stablyExitedPoverty: false, ownBorrowing: '1.001', borrowingEnlargesHouse: true },
        path: 'ownBorrowing',
      },
      {
        input: { stablyExitedPoverty: 'no', ownBorrowing: '1', borrowingEnlargesHouse: true },
        path: 'stablyExitedPoverty',
      },
      { input: { stablyExitedPoverty: false, ownBorrowing: '1' }, path: 'borrowingEnlargesHouse' },
    ])('checkHouseholdFinancing($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => checkHouseholdFinancing(deepFreeze(input) as never), RULE, path);
    });
  });
});
