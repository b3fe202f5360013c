/**
 * core.money and core.rate at their edges: equality, refusals of values that are not numbers at all (a
 * PolicyInputError, never a TypeError), the 亿元 refusal naming its own field, and the 0–20 decimals of
 * formatPercent, both ends included (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { Money, yiToYuan } from '../../src/core/money.js';
import { formatPercent } from '../../src/core/rate.js';
import { refusal } from '../support/errors.js';

describe('Money equality and type test', () => {
  it('eq is exact: 1.00 = 1, 1.00 ≠ 1.01, 1.00 ≠ −1.00', () => {
    expect(Money.of('1.00').eq(1)).toBe(true);
    expect(Money.of('1.00').eq('1.01')).toBe(false);
    expect(Money.of(1).eq(-1)).toBe(false);
  });

  it('isMoney: a Money is one; its string "1.00", the number 1 and null are not', () => {
    expect(Money.isMoney(Money.of(1))).toBe(true);
    expect(Money.isMoney('1.00')).toBe(false);
    expect(Money.isMoney(1)).toBe(false);
    expect(Money.isMoney(null)).toBe(false);
  });
});

describe('Money refuses operands that are not numbers with a PolicyInputError naming the operand', () => {
  it('fromFen: 12345n fen = 123.45; 7 fen = 0.07; "x", null and undefined are refused at path "fen"', () => {
    expect(Money.fromFen(12345n).toString()).toBe('123.45');
    expect(Money.fromFen(7).toString()).toBe('0.07');
    for (const bad of ['x', null, undefined]) {
      const e = refusal(() => Money.fromFen(bad as never));
      expect([e.ruleId, e.path]).toEqual(['core.money', 'fen']);
    }
  });

  it('dividedBy: "x" is refused at path "divisor" (as 0 is); 10.00 ÷ 3 = 3.33', () => {
    expect(Money.of(10).dividedBy(3).toString()).toBe('3.33');
    for (const bad of ['x', 0]) {
      const e = refusal(() => Money.of(10).dividedBy(bad));
      expect([e.ruleId, e.path]).toEqual(['core.money', 'divisor']);
    }
  });

  it('allocate: a ratio that is not a number is refused at its index, ratios[1]', () => {
    const e = refusal(() => Money.of(10).allocate([1, 'x']));
    expect([e.ruleId, e.path]).toEqual(['core.money', 'ratios[1]']);
  });

  it('allocate: no ratios at all is refused at path "ratios"', () => {
    const e = refusal(() => Money.of(10).allocate([]));
    expect([e.ruleId, e.path]).toEqual(['core.money', 'ratios']);
  });

  it('yiToYuan: 0.00000000001 亿元 = 0.001 yuan, finer than a fen, is refused at path "yi" (not "fen")', () => {
    const e = refusal(() => yiToYuan('0.00000000001'));
    expect([e.ruleId, e.path, e.value]).toEqual(['core.money', 'yi', '0.00000000001']);
    expect(e.issues[0]?.message).toBe('is finer than one fen (more than 10 decimals)');
  });
});

describe('formatPercent: decimals from 0 to 20, both included', () => {
  it.each([
    ['0.655', 0, '66%'], // 65.5 half up to 66
    ['0.655', 1, '65.5%'],
    ['0.1', 20, '10.00000000000000000000%'], // 20 decimals
  ])('%s with %i decimals → %s', (value, decimals, shown) => {
    expect(formatPercent(value, decimals)).toBe(shown);
  });

  it.each([-1, 21, 1.5])('%s decimals is refused at path "decimals"', (decimals) => {
    const e = refusal(() => formatPercent('0.5', decimals));
    expect([e.ruleId, e.path]).toEqual(['core.rate', 'decimals']);
  });

  it('without decimals the percentage is the decimal’s own string, neither padded nor rounded: 0.65 → 65%, 1e20 → 1e+22 written out in full%', () => {
    expect(formatPercent('0.65')).toBe('65%');
    expect(formatPercent('1e20')).toBe('10000000000000000000000%');
    // beyond MAX_DECIMAL_EXPONENT, refused rather than printed in exponent notation
    expect(refusal(() => formatPercent('1e70')).path).toBe('rate');
  });
});
