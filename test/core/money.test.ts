import { describe, expect, it } from 'vitest';
import { Money, yiToYuan, yuanToYi, YUAN_PER_YI } from '../../src/core/money.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { Dec } from '../../src/core/decimal.js';

describe('Money: yuan exact to the fen', () => {
  it.each([
    ['0.10 + 0.20 = 0.30 (no binary floating point)', Money.of('0.10').plus('0.20'), '0.30'],
    ['0.1 + 0.2 from numbers = 0.30', Money.of(0.1).plus(0.2), '0.30'],
    ['100.00 − 0.01 = 99.99', Money.of(100).minus('0.01'), '99.99'],
    ['10.00 × 0.333 = 3.33 (3.33 exact, half up)', Money.of(10).times('0.333'), '3.33'],
    ['0.01 × 0.5 = 0.01 (0.005 rounds half up)', Money.of('0.01').times('0.5'), '0.01'],
    ['0.03 × 0.5 = 0.02 (0.015 rounds half up)', Money.of('0.03').times('0.5'), '0.02'],
    ['−0.03 × 0.5 = −0.02 (half away from zero)', Money.of('-0.03').times('0.5'), '-0.02'],
    ['100 ÷ 3 = 33.33', Money.of(100).dividedBy(3), '33.33'],
    ['sum of 1.11, 2.22, 3.33 = 6.66', Money.sum(['1.11', '2.22', '3.33']), '6.66'],
    ['sum of nothing = 0.00', Money.sum([]), '0.00'],
  ])('%s', (_name, actual, expected) => {
    expect(actual.toString()).toBe(expected);
  });

  it.each([
    ['halfUp', '0.03', '0.02'],
    ['halfEven', '0.03', '0.02'],
    ['halfEven', '0.01', '0.00'],
    ['down', '0.03', '0.01'],
    ['up', '0.01', '0.01'],
    ['floor', '-0.01', '-0.01'],
    ['ceil', '-0.01', '0.00'],
  ] as const)('rounding %s: %s × 0.5 = %s', (mode, amount, expected) => {
    expect(Money.of(amount).times('0.5', mode).toString()).toBe(expected);
  });

  it('Money.round rounds any decimal to the fen: 1.005 → 1.01 half up, 1.00 half even', () => {
    expect(Money.round('1.005').toString()).toBe('1.01');
    expect(Money.round('1.005', 'halfEven').toString()).toBe('1.00');
    expect(Money.round('1.015', 'halfEven').toString()).toBe('1.02');
  });

  it('allocates 100.00 by 1:1:1 as 33.34 + 33.33 + 33.33 (the leftover fen goes to the first)', () => {
    expect(Money.of(100).allocate([1, 1, 1]).map(String)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('allocates 0.05 by 70:30 as 0.04 + 0.01 (3.5 fen and 1.5 fen: the tie goes to the earlier part)', () => {
    expect(Money.of('0.05').allocate([70, 30]).map(String)).toEqual(['0.04', '0.01']);
  });

  it('allocates a negative amount symmetrically: −100 by 1:1:1 = −33.34 − 33.33 − 33.33', () => {
    expect(Money.of(-100).allocate([1, 1, 1]).map(String)).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('allocates with zero weights: 10.00 by 0:1 = 0.00 + 10.00', () => {
    expect(Money.of(10).allocate([0, 1]).map(String)).toEqual(['0.00', '10.00']);
  });

  it('compares exactly', () => {
    const a = Money.of('10.00');
    expect(a.eq('10')).toBe(true);
    expect(a.lt('10.01')).toBe(true);
    expect(a.lte('10')).toBe(true);
    expect(a.gt('9.99')).toBe(true);
    expect(a.gte('10.00')).toBe(true);
    expect(a.compare('10.01')).toBe(-1);
    expect(Money.min('1', '2').toString()).toBe('1.00');
    expect(Money.max('1', '2').toString()).toBe('2.00');
    expect(Money.of('-1').clampAtZero().toString()).toBe('0.00');
    expect(Money.of('1').clampAtZero().toString()).toBe('1.00');
    expect(Money.ZERO.isZero()).toBe(true);
    expect(Money.of('-0.01').isNegative()).toBe(true);
    expect(Money.of('0.01').isPositive()).toBe(true);
    expect(Money.ZERO.isPositive()).toBe(false);
    expect(Money.ZERO.isNegative()).toBe(false);
    expect(Money.of('5').negated().toString()).toBe('-5.00');
  });

  it('serializes to JSON as a two-decimal string and reads it back', () => {
    const json = JSON.stringify({ paid: Money.of('1234.5') });
    expect(json).toBe('{"paid":"1234.50"}');
    const back = JSON.parse(json) as { paid: string };
    expect(Money.of(back.paid).eq('1234.50')).toBe(true);
  });

  it('formats for display: ¥1,234,567.80 and -¥0.05', () => {
    expect(Money.of('1234567.8').format()).toBe('¥1,234,567.80');
    expect(Money.of('-0.05').format()).toBe('-¥0.05');
    expect(Money.of(12).toNumber()).toBe(12);
  });

  it('the exact ratio of 85.00 to 100.00 is 0.85', () => {
    expect(Money.of(85).ratioTo(100).toString()).toBe('0.85');
    expect(Money.of(1).toFen().toString()).toBe('100');
    expect(Money.fromFen(12345).toString()).toBe('123.45');
    expect(Money.fromFen(12345n).toString()).toBe('123.45');
  });

  it('is immutable: operations return new values and the instance is frozen', () => {
    const a = Money.of(1);
    const b = a.plus(1);
    expect(a.toString()).toBe('1.00');
    expect(b.toString()).toBe('2.00');
    expect(Object.isFrozen(a)).toBe(true);
  });

  it.each([
    ['more than two decimals', '1.001'],
    ['not a number', 'abc'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['empty string', ''],
  ])('refuses an input amount with %s, as a PolicyInputError', (_name, bad) => {
    expect(() => Money.of(bad, 'claim.totalCost')).toThrow(PolicyInputError);
    try {
      Money.of(bad, 'claim.totalCost');
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('claim.totalCost');
      expect((e as PolicyInputError).ruleId).toBe('core.money');
      expect(Object.is((e as PolicyInputError).value, bad)).toBe(true);
    }
  });

  it('refuses bad operands: a fractional fen, a zero divisor, a ratio to zero, no positive ratios', () => {
    expect(() => Money.fromFen('1.5')).toThrow(PolicyInputError);
    expect(() => Money.of(1).dividedBy(0)).toThrow(PolicyInputError);
    expect(() => Money.of(1).ratioTo(0)).toThrow(PolicyInputError);
    expect(() => Money.of(1).allocate([])).toThrow(PolicyInputError);
    expect(() => Money.of(1).allocate([0, 0])).toThrow(PolicyInputError);
    expect(() => Money.of(1).allocate([-1, 2])).toThrow(PolicyInputError);
    expect(() => Money.of(1).times('x')).toThrow(PolicyInputError);
    expect(() => Money.round('x')).toThrow(PolicyInputError);
  });
});

describe('亿元 (1 亿元 = 100,000,000 yuan)', () => {
  it('963.97 亿元 = 96,397,000,000.00 yuan (963.97 × 100,000,000)', () => {
    expect(YUAN_PER_YI).toBe(100_000_000);
    expect(yiToYuan('963.97').toString()).toBe('96397000000.00');
  });

  it('0.03 亿元 = 3,000,000.00 yuan and back', () => {
    expect(yiToYuan('0.03').toString()).toBe('3000000.00');
    expect(yuanToYi('3000000').toString()).toBe('0.03');
  });

  it('refuses a 亿元 figure finer than a fen (11 decimals) and non-numbers', () => {
    expect(() => yiToYuan('0.00000000001')).toThrow(PolicyInputError);
    expect(() => yiToYuan('abc')).toThrow(PolicyInputError);
    expect(yiToYuan(new Dec('1.5')).toString()).toBe('150000000.00');
  });
});
