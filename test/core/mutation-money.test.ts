/**
 * Money, decimals and deep freezing (src/core/money.ts, decimal.ts, freeze.ts), pinned for mutation testing
 * (issue 15): exact amounts and each rounding mode at the half fen, the bounds of sums and allocations with
 * their exact refusals (rule id, field, value, message, code), how amounts and decimals are read (overflow,
 * underflow, precision, tampered and duck-typed decimals), display formatting, and deep freezing. Every value
 * is built inside its `it` so Stryker credits the test with the code it runs.
 */
import { describe, expect, it } from 'vitest';
import { Dec, Decimal, readDecimal, toDecimal, WideDec } from '../../src/core/decimal.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  DEFAULT_ROUNDING,
  Money,
  readMoney,
  roundToInteger,
  yiToYuan,
  yuanToYi,
  type RoundingMode,
} from '../../src/core/money.js';
import { refusal } from '../support/errors.js';

/** The refusal of a call as [ruleId, field, value, message, code]. */
function refused(call: () => unknown): [string, string, unknown, string, string] {
  const e = refusal(call);
  const issue = e.issues[0];
  return [e.ruleId, issue?.path ?? '', issue?.value, issue?.message ?? '', issue?.code ?? ''];
}

const TOO_BIG = 'is larger than MAX_MONEY_YUAN (1000000000000000 yuan) in size';
const NOT_AMOUNT = 'must be a finite decimal amount of yuan';
const NOT_DECIMAL_STRING = 'must be a finite decimal such as "1234.5"';
const OUT_OF_RANGE = 'must lie within ±10^21 and be zero or at least 10^-20 in size (MAX_DECIMAL_EXPONENT)';
const TOO_MANY_DIGITS = 'has more than MAX_SIGNIFICANT_DIGITS (50) significant digits';
const INVALID_DECIMAL = 'must be a finite decimal (this Decimal is not a valid decimal.js value)';
const MODES = 'must be a rounding mode: up, down, ceil, floor, halfUp, halfEven';

/** A decimal.js instance with the given internal fields (as a tampered or hand-built Decimal would have). */
function decimalWith(fields: { s: unknown; e: unknown; d: unknown }): Decimal {
  const x = new Dec(1) as unknown as Record<string, unknown>;
  x.s = fields.s;
  x.e = fields.e;
  x.d = fields.d;
  return x as unknown as Decimal;
}

/** What readDecimal gives, as a plain string: the decimal's digits or the reason it is refused. */
function read(value: unknown): string {
  const d = readDecimal(value);
  return typeof d === 'string' ? `refused: ${d}` : d.toString();
}

describe('rounding to the fen: each mode on both sides of the half fen', () => {
  it.each<[RoundingMode, string, string]>([
    ['halfUp', '1.005', '1.01'],
    ['halfUp', '1.0049', '1.00'],
    ['halfUp', '-1.005', '-1.01'],
    ['halfEven', '1.005', '1.00'],
    ['halfEven', '1.015', '1.02'],
    ['halfEven', '1.0051', '1.01'],
    ['up', '1.001', '1.01'],
    ['up', '-1.001', '-1.01'],
    ['down', '1.009', '1.00'],
    ['down', '-1.009', '-1.00'],
    ['ceil', '1.001', '1.01'],
    ['ceil', '-1.009', '-1.00'],
    ['floor', '1.009', '1.00'],
    ['floor', '-1.001', '-1.01'],
  ])('Money.round(%s): %s yuan → %s', (mode, yuan, expected) => {
    expect(Money.round(yuan, mode).toString()).toBe(expected);
  });

  it('the default is half up: 2.675 → 2.68, and DEFAULT_ROUNDING is "halfUp"', () => {
    expect(DEFAULT_ROUNDING).toBe('halfUp');
    expect(Money.round('2.675').toString()).toBe('2.68');
    expect(Money.of('0.05').times('0.1').toString()).toBe('0.01'); // 0.5 fen → 1 fen
    expect(Money.of('0.05').dividedBy('10').toString()).toBe('0.01');
  });

  it('roundToInteger: 2.5 → 3 half up (default), 2 half even, 2 down; −2.5 → −3 half up', () => {
    expect(roundToInteger(new Dec('2.5')).toString()).toBe('3');
    expect(roundToInteger(new Dec('2.5'), 'halfEven').toString()).toBe('2');
    expect(roundToInteger(new Dec('2.5'), 'down').toString()).toBe('2');
    expect(roundToInteger(new Dec('-2.5')).toString()).toBe('-3');
  });

  it.each<[string, unknown]>([
    ['lower-case halfeven', 'halfeven'],
    ['a method name of every object', 'toString'],
    ['a prototype key', 'constructor'],
    ['a number', 5],
    ['null', null],
    ['an object whose string is "up"', { toString: () => 'up' }],
  ])('refuses a rounding mode that is %s, naming the six modes', (_name, mode) => {
    expect(refused(() => Money.round('1', mode as RoundingMode))).toEqual([
      'core.money',
      'mode',
      mode,
      MODES,
      'invalid_rounding_mode',
    ]);
    expect(refused(() => Money.of(1).times('0.5', mode as RoundingMode))[3]).toBe(MODES);
    expect(refused(() => Money.of(1).dividedBy('2', mode as RoundingMode))[3]).toBe(MODES);
    expect(refused(() => roundToInteger(new Dec(1), mode as RoundingMode))[1]).toBe('mode');
  });
});

describe('reading an amount: exact to the fen, within ±MAX_MONEY_YUAN (10¹⁵ yuan)', () => {
  it('reads strings, numbers, decimals and Money: "1.5" = 1.50, 0.1 = 0.10, "1.010" = 1.01, " 7 " = 7.00', () => {
    expect(Money.of('1.5').toString()).toBe('1.50');
    expect(Money.of(0.1).toString()).toBe('0.10');
    expect(Money.of('1.010').toString()).toBe('1.01');
    expect(Money.of(' 7 ').toString()).toBe('7.00');
    expect(Money.of(new Dec('2.25')).toString()).toBe('2.25');
    const m = Money.of('3');
    expect(Money.of(m)).toBe(m);
  });

  it('10¹⁵ yuan is the largest amount either way; one fen more is refused as too large', () => {
    expect(Money.of('1000000000000000').toString()).toBe('1000000000000000.00');
    expect(Money.of('-1000000000000000').toString()).toBe('-1000000000000000.00');
    expect(refused(() => Money.of('1000000000000000.01'))).toEqual([
      'core.money',
      'amount',
      '1000000000000000.01',
      TOO_BIG,
      'custom',
    ]);
    expect(refused(() => Money.of('-1000000000000000.01', 'claim.cost')).slice(1, 4)).toEqual([
      'claim.cost',
      '-1000000000000000.01',
      TOO_BIG,
    ]);
  });

  it.each<[string, unknown, string]>([
    ['three decimals', '1.001', 'must be exact to the fen (at most two decimal places)'],
    ['a number finer than a fen', 0.005, 'must be exact to the fen (at most two decimal places)'],
    ['a word', 'abc', NOT_DECIMAL_STRING],
    ['NaN', Number.NaN, 'must be a finite decimal (not NaN or Infinity)'],
    ['an object', {}, NOT_AMOUNT],
    ['a boolean', true, NOT_AMOUNT],
    ['a duck-typed decimal', { s: 1, e: 0, d: [1], constructor: Dec }, NOT_AMOUNT],
    ['a tampered Decimal', decimalWith({ s: 1, e: 0, d: [-5] }), NOT_AMOUNT],
    ['a 51-digit decimal', `1.${'0'.repeat(49)}1`, TOO_MANY_DIGITS],
  ])('refuses %s, naming the field', (_name, value, message) => {
    expect(refused(() => Money.of(value as string, 'claim.cost'))).toEqual([
      'core.money',
      'claim.cost',
      value,
      message,
      'custom',
    ]);
    expect(refused(() => Money.of(value as string))[1]).toBe('amount');
  });

  it('readMoney never throws: an amount, or the reason it is refused', () => {
    const m = Money.of('4');
    expect(readMoney(m)).toBe(m);
    expect(String(readMoney('12.3'))).toBe('12.30');
    expect(Money.isMoney(readMoney('12.3'))).toBe(true);
    expect(readMoney('12.345')).toBe('must be exact to the fen (at most two decimal places)');
    expect(readMoney({})).toBe(NOT_AMOUNT);
    expect(readMoney('x')).toBe(NOT_DECIMAL_STRING);
    expect(readMoney('2000000000000000')).toBe(TOO_BIG);
  });

  it('zero has no sign: −0, "−0.00", 0 negated and −0.1 fen rounded all read 0.00', () => {
    expect(Money.of(-0).toString()).toBe('0.00');
    expect(Money.of('-0.00').toString()).toBe('0.00');
    expect(Money.of(0).negated().toString()).toBe('0.00');
    expect(Money.of('0.01').times('-0.1').toString()).toBe('0.00');
    expect(Money.round('-0.001').format()).toBe('¥0.00');
    expect(Money.of('-0.00').isNegative()).toBe(false);
  });

  it('isMoney is a brand check: a Money, not null, 5, {}, its prototype or a proxy of one', () => {
    const m = Money.of(1);
    expect(Money.isMoney(m)).toBe(true);
    expect(Money.isMoney(Money.ZERO)).toBe(true);
    expect(Money.isMoney(null)).toBe(false);
    expect(Money.isMoney(undefined)).toBe(false);
    expect(Money.isMoney(5)).toBe(false);
    expect(Money.isMoney('1.00')).toBe(false);
    expect(Money.isMoney({})).toBe(false);
    expect(Money.isMoney(Object.create(Money.prototype))).toBe(false);
    expect(Money.isMoney(new Proxy(m, {}))).toBe(false);
  });
});

describe('fen and 亿元', () => {
  it('fromFen: 12345 fen = 123.45; ±10¹⁷ fen (bigint or not) is the limit', () => {
    expect(Money.fromFen(12345).toString()).toBe('123.45');
    expect(Money.fromFen('-12345').toString()).toBe('-123.45');
    expect(Money.fromFen(-12345n).toString()).toBe('-123.45');
    expect(Money.fromFen(100000000000000000n).toString()).toBe('1000000000000000.00');
    expect(Money.fromFen(-100000000000000000n).toString()).toBe('-1000000000000000.00');
    expect(Money.fromFen('100000000000000000').toString()).toBe('1000000000000000.00');
  });

  it('fromFen refuses one fen beyond the limit, naming the bigint or the yuan it would be', () => {
    expect(refused(() => Money.fromFen(100000000000000001n))).toEqual([
      'core.money',
      'fen',
      100000000000000001n,
      TOO_BIG,
      'too_big',
    ]);
    expect(refused(() => Money.fromFen(-100000000000000001n))[2]).toBe(-100000000000000001n);
    expect(refused(() => Money.fromFen('-100000000000000001'))).toEqual([
      'core.money',
      'fen',
      '-1000000000000000.01',
      TOO_BIG,
      'too_big',
    ]);
  });

  it.each<[string, unknown]>([
    ['a fraction of a fen', '1.5'],
    ['a word', 'x'],
    ['an object', {}],
    ['null', null],
    ['undefined', undefined],
    ['a bigint beyond every decimal limit', 10n ** 60n],
  ])('fromFen refuses %s as not a whole number of fen', (_name, fen) => {
    expect(refused(() => Money.fromFen(fen as string))).toEqual([
      'core.money',
      'fen',
      fen,
      fen === 10n ** 60n ? TOO_BIG : 'must be a whole number of fen',
      fen === 10n ** 60n ? 'too_big' : 'custom',
    ]);
  });

  it('toFen and toDecimal are fresh copies: 1.50 yuan = 150 fen = 1.5 yuan', () => {
    const m = Money.of('1.50');
    const fen = m.toFen();
    expect(fen.toString()).toBe('150');
    expect(m.toDecimal().toString()).toBe('1.5');
    expect(Object.isFrozen(fen)).toBe(false);
    (fen as unknown as { d: number[] }).d[0] = 999;
    expect(m.toString()).toBe('1.50');
    expect(m.toNumber()).toBe(1.5);
    expect(m.toJSON()).toBe('1.50');
  });

  it('10,000,000 亿元 = 10¹⁵ yuan is the largest; 0.0000000001 亿元 = 0.01 yuan is the finest', () => {
    expect(yiToYuan('10000000').toString()).toBe('1000000000000000.00');
    expect(yiToYuan('-10000000').toString()).toBe('-1000000000000000.00');
    expect(yiToYuan('0.0000000001').toString()).toBe('0.01');
    expect(yiToYuan(2).toString()).toBe('200000000.00');
  });

  it.each<[string, unknown, string, string]>([
    ['11 decimals', '0.00000000001', 'is finer than one fen (more than 10 decimals)', 'custom'],
    ['one fen more than the largest', '10000000.0000000001', TOO_BIG, 'too_big'],
    ['one fen less than the smallest', '-10000000.0000000001', TOO_BIG, 'too_big'],
    ['a word', 'abc', NOT_DECIMAL_STRING, 'custom'],
    [
      'an object',
      {},
      'must be a finite decimal (a decimal string, a number or a decimal.js Decimal)',
      'custom',
    ],
  ])('yiToYuan refuses %s', (_name, yi, message, code) => {
    expect(refused(() => yiToYuan(yi as string))).toEqual(['core.money', 'yi', yi, message, code]);
  });

  it('yuanToYi: 96,397,000,000 yuan = 963.97 亿元; 0.01 yuan = 0.0000000001 亿元', () => {
    expect(yuanToYi('96397000000').toString()).toBe('963.97');
    expect(yuanToYi(Money.of('0.01')).toString()).toBe('0.0000000001');
    expect(refused(() => yuanToYi('x'))[1]).toBe('amount');
  });
});

describe('arithmetic: exact, rounded once, results within ±10¹⁵ yuan', () => {
  it('999,999,999,999,999.99 + 0.01 = 10¹⁵ (allowed); + 0.02 is refused, naming the result', () => {
    expect(Money.of('999999999999999.99').plus('0.01').toString()).toBe('1000000000000000.00');
    expect(Money.of('-999999999999999.99').minus('0.01').toString()).toBe('-1000000000000000.00');
    expect(refused(() => Money.of('999999999999999.99').plus('0.02'))).toEqual([
      'core.money',
      'result',
      '1000000000000000.01',
      TOO_BIG,
      'too_big',
    ]);
    expect(refused(() => Money.of('-1000000000000000').minus('0.01'))[2]).toBe('-1000000000000000.01');
    expect(refused(() => Money.of('1000000000000000').times(2))[1]).toBe('result');
    expect(refused(() => Money.of('1000000000000000').dividedBy('0.5'))[2]).toBe('2000000000000000');
    expect(refused(() => Money.round('1000000000000000.005'))).toEqual([
      'core.money',
      'amount',
      '1000000000000000.01',
      TOO_BIG,
      'too_big',
    ]);
  });

  it('plus and minus with Money and strings: 1.25 + 2.50 = 3.75, 1.25 − 2.50 = −1.25', () => {
    expect(Money.of('1.25').plus(Money.of('2.5')).toString()).toBe('3.75');
    expect(Money.of('1.25').minus('2.50').toString()).toBe('-1.25');
    expect(refused(() => Money.of(1).plus('1.001'))).toEqual([
      'core.money',
      'amount',
      '1.001',
      'must be exact to the fen (at most two decimal places)',
      'custom',
    ]);
    expect(refused(() => Money.of(1).minus('x'))[1]).toBe('amount');
  });

  it('times is exact before it rounds: 1.00 × 0.004999999999999999999999999 = 0.00 (0.4999… fen)', () => {
    expect(Money.of('1').times('0.004999999999999999999999999').toString()).toBe('0.00');
    expect(Money.of('1').times(new Dec('0.005')).toString()).toBe('0.01');
    expect(Money.of('0.01').dividedBy('2.0000000000000000000000001').toString()).toBe('0.00');
    expect(Money.of('0.03').dividedBy('2', 'halfEven').toString()).toBe('0.02');
    expect(Money.of('2').dividedBy('3').toString()).toBe('0.67');
    expect(Money.of('2').dividedBy('3', 'down').toString()).toBe('0.66');
  });

  it('refuses a bad factor, divisor or whole, naming each', () => {
    expect(refused(() => Money.of(1).times('x'))).toEqual([
      'core.money',
      'factor',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
    expect(refused(() => Money.of(1).dividedBy(0))).toEqual([
      'core.money',
      'divisor',
      0,
      'must be a non-zero decimal',
      'custom',
    ]);
    expect(refused(() => Money.of(1).dividedBy('x'))).toEqual([
      'core.money',
      'divisor',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
    expect(refused(() => Money.of(1).ratioTo('0.00'))).toEqual([
      'core.money',
      'whole',
      '0.00',
      'cannot take a ratio to zero',
      'custom',
    ]);
    expect(refused(() => Money.of(1).ratioTo('x'))).toEqual([
      'core.money',
      'whole',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
    expect(refused(() => Money.round('x'))).toEqual([
      'core.money',
      'amount',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
  });

  it('ratioTo is exact to 50 digits: 1 : 3 = 0.333… (50 threes), 1 : 8 = 0.125', () => {
    expect(Money.of(1).ratioTo(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    expect(Money.of(1).ratioTo(Money.of(8)).toString()).toBe('0.125');
  });
});

describe('comparison, min and max', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['1.00', '1.01', -1],
    ['1.01', '1.01', 0],
    ['1.02', '1.01', 1],
    ['-1.00', '0.00', -1],
  ])('%s against %s compares as %s', (a, b, c) => {
    const x = Money.of(a);
    expect(x.compare(b)).toBe(c);
    expect([x.lt(b), x.lte(b), x.eq(b), x.gte(b), x.gt(b)]).toEqual([c < 0, c <= 0, c === 0, c >= 0, c > 0]);
  });

  it('min and max: the smaller and larger either way round; the first of two equal amounts', () => {
    expect(Money.min('2', '1').toString()).toBe('1.00');
    expect(Money.max('2', '1').toString()).toBe('2.00');
    expect(Money.min('1', '2').toString()).toBe('1.00');
    expect(Money.max('1', '2').toString()).toBe('2.00');
    const a = Money.of('5');
    const b = Money.of('5.00');
    expect(Money.min(a, b)).toBe(a);
    expect(Money.max(a, b)).toBe(a);
    expect(refused(() => Money.of(1).compare('x'))[1]).toBe('amount');
  });

  it('signs: −0.01 is negative, 0.01 positive, 0 neither; clampAtZero keeps 0 and 0.01, zeroes −0.01', () => {
    expect([Money.of('-0.01').isNegative(), Money.of('-0.01').isPositive()]).toEqual([true, false]);
    expect([Money.of('0.01').isNegative(), Money.of('0.01').isPositive()]).toEqual([false, true]);
    expect([Money.ZERO.isNegative(), Money.ZERO.isPositive(), Money.ZERO.isZero()]).toEqual([
      false,
      false,
      true,
    ]);
    expect(Money.of('0.01').isZero()).toBe(false);
    const zero = Money.of(0);
    expect(zero.clampAtZero()).toBe(zero);
    const cent = Money.of('0.01');
    expect(cent.clampAtZero()).toBe(cent);
    expect(Money.of('-0.01').clampAtZero()).toBe(Money.ZERO);
  });
});

describe('Money.sum: at most MAX_SUM_TERMS (10,000) amounts of any iterable', () => {
  it('sums arrays, sets and generators: 1.11 + 2.22 + Money 3.33 = 6.66', () => {
    expect(Money.sum(['1.11', '2.22', Money.of('3.33')]).toString()).toBe('6.66');
    expect(Money.sum(new Set(['1', '2'])).toString()).toBe('3.00');
    function* amounts(): Generator<string> {
      yield '0.10';
      yield '0.20';
    }
    expect(Money.sum(amounts()).toString()).toBe('0.30');
  });

  it('10,000 × 0.01 = 100.00 (array or generator); 10,001 amounts are refused either way', () => {
    const cents = Array.from({ length: 10_000 }, () => '0.01');
    expect(Money.sum(cents).toString()).toBe('100.00');
    function* many(n: number): Generator<string> {
      for (let i = 0; i < n; i += 1) yield '0.01';
    }
    expect(Money.sum(many(10_000)).toString()).toBe('100.00');
    const more = [...cents, '0.01'];
    expect(refused(() => Money.sum(more))).toEqual([
      'core.money',
      'amounts',
      more,
      'has more than MAX_SUM_TERMS (10000) amounts',
      'too_big',
    ]);
    const gen = many(10_001);
    expect(refused(() => Money.sum(gen)).slice(1, 5)).toEqual([
      'amounts',
      gen,
      'has more than MAX_SUM_TERMS (10000) amounts',
      'too_big',
    ]);
  });

  it('refuses an array of 10,001 amounts for its length before reading any (the first, x, is not read)', () => {
    const more = ['x', ...Array.from({ length: 10_000 }, () => '0.01')];
    expect(refused(() => Money.sum(more)).slice(1, 5)).toEqual([
      'amounts',
      more,
      'has more than MAX_SUM_TERMS (10000) amounts',
      'too_big',
    ]);
  });

  it('refuses a bad amount by its index: the third of 1, 2, x is amounts[2]', () => {
    expect(refused(() => Money.sum(['1', '2', 'x']))).toEqual([
      'core.money',
      'amounts[2]',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
    expect(refused(() => Money.sum(['1000000000000000', '0.01']))).toEqual([
      'core.money',
      'result',
      '1000000000000000.01',
      TOO_BIG,
      'too_big',
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string (its characters are no amounts)', '123'],
    ['a number', 5],
    ['a plain object', { 0: '1', length: 1 }],
    ['an object whose iterator is not a function', { [Symbol.iterator]: 5 }],
    ['an array whose iterator was removed', Object.assign(['1'], { [Symbol.iterator]: undefined })],
    [
      'an object whose iterator getter throws',
      Object.defineProperty({}, Symbol.iterator, {
        get() {
          throw new Error('no');
        },
      }),
    ],
  ])('refuses %s as no list of amounts', (_name, amounts) => {
    const [ruleId, field, value, message, code] = refused(() => Money.sum(amounts as string[]));
    expect([ruleId, field, message, code]).toEqual([
      'core.money',
      'amounts',
      'must be an array (or iterable) of amounts',
      'custom',
    ]);
    expect(value).toBe(amounts);
  });
});

describe('Money.allocate: largest remainder, exact integers, at most 10,000 parts', () => {
  it.each<[string, string, (string | number)[], string[]]>([
    [
      '0.07 by 1:2 = 0.02 + 0.05 (the larger remainder, 2 of 3, takes the fen)',
      '0.07',
      [1, 2],
      ['0.02', '0.05'],
    ],
    [
      '0.02 by 1:1:1 = 0.01 + 0.01 + 0.00 (ties go to the earlier parts)',
      '0.02',
      [1, 1, 1],
      ['0.01', '0.01', '0.00'],
    ],
    ['0.05 by 1:1:1:2 = 0.01 + 0.01 + 0.01 + 0.02', '0.05', [1, 1, 1, 2], ['0.01', '0.01', '0.01', '0.02']],
    [
      '0.04 by 2:3 = 0.02 + 0.02 (1.6 and 2.4 fen: remainder 0.6 beats 0.4, though its ratio is smaller)',
      '0.04',
      [2, 3],
      ['0.02', '0.02'],
    ],
    ['10.00 by 3:3:4 = 3.00 + 3.00 + 4.00', '10', [3, 3, 4], ['3.00', '3.00', '4.00']],
    ['0.03 by 0.5:0.25 = 0.02 + 0.01 (ratios scaled to 50:25)', '0.03', ['0.5', '0.25'], ['0.02', '0.01']],
    ['1.00 by −0:1 = 0.00 + 1.00', '1', ['-0', 1], ['0.00', '1.00']],
    ['−0.07 by 1:2 = −0.02 − 0.05', '-0.07', [1, 2], ['-0.02', '-0.05']],
    ['0.00 by 1:1 = 0.00 + 0.00', '0', [1, 1], ['0.00', '0.00']],
  ])('%s', (_name, amount, ratios, expected) => {
    const parts = Money.of(amount).allocate(ratios);
    expect(parts.map(String)).toEqual(expected);
    expect(Money.sum(parts).eq(amount)).toBe(true);
  });

  it('10,000 ratios are allowed: 100.00 by 10,000 × 1 = 0.01 each; 10,001 are refused', () => {
    const ones = Array.from({ length: 10_000 }, () => 1);
    const parts = Money.of(100).allocate(ones);
    expect(parts.length).toBe(10_000);
    expect(parts.every((p) => p.eq('0.01'))).toBe(true);
    const more = [...ones, 1];
    expect(refused(() => Money.of(100).allocate(more))).toEqual([
      'core.money',
      'ratios',
      more,
      'has more than MAX_ALLOCATION_PARTS (10000) ratios',
      'too_big',
    ]);
  });

  it('refuses no array, no positive ratio, a negative or a bad ratio, naming each', () => {
    expect(refused(() => Money.of(1).allocate('1,2' as unknown as number[]))).toEqual([
      'core.money',
      'ratios',
      '1,2',
      'must be an array of ratios',
      'custom',
    ]);
    const set = new Set([1]);
    expect(refused(() => Money.of(1).allocate(set as unknown as number[]))[2]).toBe(set);
    for (const none of [[], [0, 0]]) {
      expect(refused(() => Money.of(1).allocate(none))).toEqual([
        'core.money',
        'ratios',
        none,
        'must have at least one positive ratio',
        'custom',
      ]);
    }
    expect(refused(() => Money.of(1).allocate([1, -1]))).toEqual([
      'core.money',
      'ratios[1]',
      -1,
      'must not be negative',
      'custom',
    ]);
    expect(refused(() => Money.of(1).allocate([1, 2, 'x']))).toEqual([
      'core.money',
      'ratios[2]',
      'x',
      NOT_DECIMAL_STRING,
      'custom',
    ]);
  });
});

describe('display', () => {
  it.each<[string, string]>([
    ['0', '¥0.00'],
    ['5', '¥5.00'],
    ['123', '¥123.00'],
    ['1234', '¥1,234.00'],
    ['123456.7', '¥123,456.70'],
    ['1234567.8', '¥1,234,567.80'],
    ['-1234567.89', '-¥1,234,567.89'],
    ['1000000000000000', '¥1,000,000,000,000,000.00'],
  ])('%s yuan is shown as %s', (amount, shown) => {
    expect(Money.of(amount).format()).toBe(shown);
  });
});

describe('decimals: what is read, and what is refused', () => {
  it.each<[unknown, string]>([
    ['1', '1'],
    ['12', '12'],
    ['+1', '1'],
    ['-12.5', '-12.5'],
    ['-0', '0'],
    ['1.', '1'],
    ['.5', '0.5'],
    ['.25', '0.25'],
    ['  3.25  ', '3.25'],
    ['1e5', '100000'],
    ['1E5', '100000'],
    ['1e+5', '100000'],
    ['25e-1', '2.5'],
    ['1e20', '100000000000000000000'],
    ['-1e20', '-100000000000000000000'],
    ['1e-20', '0.00000000000000000001'],
    ['1e-99999999999999999', `refused: ${OUT_OF_RANGE}`],
    ['1E-99999999999999999', `refused: ${OUT_OF_RANGE}`],
    ['1e1001', `refused: ${OUT_OF_RANGE}`],
    ['1e99999999999999999', `refused: ${OUT_OF_RANGE}`],
    ['-1e+99999999999999999', `refused: ${OUT_OF_RANGE}`],
    ['1e21', `refused: ${OUT_OF_RANGE}`],
    ['-1e21', `refused: ${OUT_OF_RANGE}`],
    ['1e-21', `refused: ${OUT_OF_RANGE}`],
    ['0e999', '0'],
    [`1.${'2'.repeat(49)}`, `1.${'2'.repeat(49)}`],
    [`1.${'2'.repeat(50)}`, `refused: ${TOO_MANY_DIGITS}`],
    [`${' '.repeat(99)}1`, '1'],
    [`${' '.repeat(100)}1`, 'refused: is longer than MAX_DECIMAL_LENGTH (100 characters)'],
    ['', `refused: ${NOT_DECIMAL_STRING}`],
    ['.', `refused: ${NOT_DECIMAL_STRING}`],
    ['a1', `refused: ${NOT_DECIMAL_STRING}`],
    ['1a', `refused: ${NOT_DECIMAL_STRING}`],
    ['1.2.3', `refused: ${NOT_DECIMAL_STRING}`],
    ['--1', `refused: ${NOT_DECIMAL_STRING}`],
    ['1e', `refused: ${NOT_DECIMAL_STRING}`],
    ['e5', `refused: ${NOT_DECIMAL_STRING}`],
    ['1e5.5', `refused: ${NOT_DECIMAL_STRING}`],
    ['Infinity', `refused: ${NOT_DECIMAL_STRING}`],
    ['0x10', `refused: ${NOT_DECIMAL_STRING}`],
    [0.1, '0.1'],
    [-0, '0'],
    [1e20, '100000000000000000000'],
    [1e21, `refused: ${OUT_OF_RANGE}`],
    [Number.POSITIVE_INFINITY, 'refused: must be a finite decimal (not NaN or Infinity)'],
    [null, 'refused: must be a finite decimal (a decimal string, a number or a decimal.js Decimal)'],
    [10n, 'refused: must be a finite decimal (a decimal string, a number or a decimal.js Decimal)'],
  ])('readDecimal(%s) → %s', (value, expected) => {
    expect(read(value)).toBe(expected);
    expect(toDecimal(value)?.toString()).toBe(expected.startsWith('refused') ? undefined : expected);
  });

  it('decimals print plainly (no exponent) from 10⁻⁴⁰ to 10⁶⁰, and compute to 50 digits (120 wide)', () => {
    expect(new Dec('1e-30').toString()).toBe(`0.${'0'.repeat(29)}1`);
    expect(new Dec('1e59').toString()).toBe(`1${'0'.repeat(59)}`);
    expect(new Dec(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    expect(new WideDec('1e-30').toString()).toBe(`0.${'0'.repeat(29)}1`);
    expect(new WideDec('1e59').toString()).toBe(`1${'0'.repeat(59)}`);
    expect(new WideDec(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(120)}`);
    expect(new Dec('2.5').toDecimalPlaces(0).toString()).toBe('3');
    expect(new WideDec('2.5').toDecimalPlaces(0).toString()).toBe('3');
  });

  it.each<[string, { s: unknown; e: unknown; d: unknown }, string]>([
    ['1 (one limb)', { s: 1, e: 0, d: [1] }, '1'],
    ['−1', { s: -1, e: 0, d: [1] }, '-1'],
    ['0.5', { s: 1, e: -1, d: [5] }, '0.5'],
    ['10,000,005 (second limb padded to 7 digits)', { s: 1, e: 7, d: [1, 5] }, '10000005'],
    ['1.0000005', { s: 1, e: 0, d: [1, 5] }, '1.0000005'],
    ['1.9999999', { s: 1, e: 0, d: [1, 9999999] }, '1.9999999'],
    ['1 with a zero limb after it', { s: 1, e: 0, d: [1, 0] }, '1'],
    ['1 in ten limbs (the most)', { s: 1, e: 0, d: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, '1'],
    ['zero with a minus sign', { s: -1, e: 0, d: [0] }, '0'],
    ['eleven limbs', { s: 1, e: 0, d: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, `refused: ${TOO_MANY_DIGITS}`],
    ['a sign of 0', { s: 0, e: 0, d: [1] }, `refused: ${INVALID_DECIMAL}`],
    ['a sign of 2', { s: 2, e: 0, d: [1] }, `refused: ${INVALID_DECIMAL}`],
    ['a sign "1"', { s: '1', e: 0, d: [1] }, `refused: ${INVALID_DECIMAL}`],
    ['an exponent 0.5', { s: 1, e: 0.5, d: [1] }, `refused: ${INVALID_DECIMAL}`],
    ['an exponent "0"', { s: 1, e: '0', d: [1] }, `refused: ${INVALID_DECIMAL}`],
    ['digits that are no array', { s: 1, e: 0, d: '1' }, `refused: ${INVALID_DECIMAL}`],
    ['digits in an array-like object', { s: 1, e: 0, d: { length: 1, 0: 1 } }, `refused: ${INVALID_DECIMAL}`],
    ['no digits', { s: 1, e: 0, d: [] }, `refused: ${INVALID_DECIMAL}`],
    ['a negative limb', { s: 1, e: 0, d: [1, -1] }, `refused: ${INVALID_DECIMAL}`],
    ['a limb of 10⁷', { s: 1, e: 0, d: [1, 1e7] }, `refused: ${INVALID_DECIMAL}`],
    ['a fractional limb', { s: 1, e: 0, d: [1.5] }, `refused: ${INVALID_DECIMAL}`],
    ['a string limb', { s: 1, e: 0, d: ['1'] }, `refused: ${INVALID_DECIMAL}`],
    ['a leading zero limb', { s: 1, e: 0, d: [0, 5] }, `refused: ${INVALID_DECIMAL}`],
    ['an exponent out of range', { s: 1, e: 21, d: [1] }, `refused: ${OUT_OF_RANGE}`],
    [
      'digits whose length is a string',
      { s: 1, e: 0, d: new Proxy([1], { get: (t, k) => (k === 'length' ? '1' : (t as never)[k]) }) },
      `refused: ${INVALID_DECIMAL}`,
    ],
  ])('a decimal.js instance holding %s reads as %s', (_name, fields, expected) => {
    expect(read(decimalWith(fields))).toBe(expected);
  });

  it('a decimal.js instance whose digits throw when read is refused as invalid', () => {
    const x = new Dec(1);
    Object.defineProperty(x, 'd', {
      get() {
        throw new Error('no');
      },
    });
    expect(read(x)).toBe(`refused: ${INVALID_DECIMAL}`);
  });

  it('minus zero reads as plain zero, never as a negative decimal: "-0", "-0.00", −0', () => {
    for (const zero of ['-0', '-0.00', -0, '-0e5']) {
      const d = toDecimal(zero);
      expect([d?.isZero(), d?.isNegative()]).toEqual([true, false]);
    }
  });

  it('a read decimal is a copy: changing the digits of the original later changes nothing', () => {
    const original = new Dec('1.5');
    const copy = toDecimal(original);
    (original as unknown as { d: number[] }).d[0] = 9;
    expect(copy?.toString()).toBe('1.5');
  });
});

describe('deepFreeze', () => {
  it('returns primitives and null as they are, and leaves a function unfrozen', () => {
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze({ u: undefined }).u).toBeUndefined();
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze('s')).toBe('s');
    const f = (): number => 1;
    expect(deepFreeze(f)).toBe(f);
    expect(Object.isFrozen(f)).toBe(false);
  });

  it('freezes every object and array reachable, through an already frozen row, and cycles', () => {
    const cell = { value: 1 };
    const row = Object.freeze({ cell, list: [{ x: 1 }] });
    const table: { rows: unknown[]; self?: unknown } = { rows: [row] };
    table.self = table;
    expect(deepFreeze(table)).toBe(table);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.rows)).toBe(true);
    expect(Object.isFrozen(cell)).toBe(true);
    expect(Object.isFrozen(row.list)).toBe(true);
    expect(Object.isFrozen(row.list[0])).toBe(true);
    expect(deepFreeze(table)).toBe(table);
  });

  it('freezes the digit array of a decimal, alone or inside an object, and the decimal still computes', () => {
    const d = deepFreeze(new Dec('1234.5678'));
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen((d as unknown as { d: unknown }).d)).toBe(true);
    const nested = deepFreeze({ rate: new Dec('0.85') });
    expect(Object.isFrozen((nested.rate as unknown as { d: unknown }).d)).toBe(true);
    expect(nested.rate.times(2).toString()).toBe('1.7');
  });
});
