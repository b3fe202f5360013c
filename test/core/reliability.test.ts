/**
 * Issue 15, "Reliability": every input is bounded, and what is out of bounds or malformed is refused with a
 * PolicyInputError naming the limit, never answered wrongly, slowly, or with another kind of error.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  formatCitation,
  MAX_ALLOCATION_PARTS,
  MAX_DECIMAL_LENGTH,
  MAX_MONEY_YUAN,
  MAX_NAME_LENGTH,
  MAX_SUM_TERMS,
  Money,
  toDecimal,
  toPlainDate,
} from '../../src/index.js';
import { findRegion, regionById, tryFindRegion } from '../../src/regions/index.js';
import { Dec, Decimal } from '../../src/core/decimal.js';
import { parseInput } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { moneySchema, plainDateSchema, decimalSchema } from '../../src/core/schemas.js';
import { nearest } from '../../src/core/suggest.js';
import { refusal } from '../support/errors.js';

function timed<T>(call: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = call();
  return { ms: performance.now() - start, value };
}

/**
 * Time limits in ms. Under `npm run mutation` the code runs instrumented (a counter on every statement) on a
 * loaded machine, so the limits there only catch a hang or exponential work (×100), not a slow constant.
 */
const SLACK = process.env.JPR_MUTATION === '1' ? 100 : 1;
const within = (ms: number): number => ms * SLACK;

describe('place names: bounded, linear, and nonsense never resolves', () => {
  it('吉林省 written 33 times is refused quickly (no backtracking over repeated prefixes)', () => {
    refusal(() => findRegion('吉林省'.repeat(2))); // warm up
    const { ms } = timed(() => refusal(() => findRegion('吉林省'.repeat(33))));
    expect(ms).toBeLessThan(within(250)); // 16 repeats took seconds before, and each repeat doubled it
  });

  it('"jilin" written 20 times names no place (it used to resolve to 吉林市)', () => {
    expect(refusal(() => findRegion('jilin'.repeat(20))).issues[0]?.code).toBe('unknown_region');
    expect(tryFindRegion('jilin'.repeat(20))).toBeUndefined();
    expect(tryFindRegion('吉林省吉林省长白县')).toBeUndefined();
  });

  it('a query longer than MAX_NAME_LENGTH (100) is refused at once, naming the limit: 10 million x’s', () => {
    const long = 'x'.repeat(1e7);
    const { ms, value: e } = timed(() => refusal(() => findRegion(long)));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['regions.lookup', 'query', 'too_big']);
    expect(e.message).toContain('MAX_NAME_LENGTH');
    expect(e.message.length).toBeLessThan(400);
    expect(ms).toBeLessThan(within(100));
    expect(MAX_NAME_LENGTH).toBe(100);
    expect(refusal(() => regionById('x'.repeat(101))).message).toContain('MAX_ID_LENGTH');
  });

  it('containing units written first still work: 吉林省白山市长白县 → 长白县, 延边州汪清县 → 汪清县', () => {
    expect(findRegion('吉林省白山市长白县').name).toBe('长白县');
    expect(findRegion('延边州汪清县').name).toBe('汪清县');
  });
});

describe('amounts: refused, never silently wrong', () => {
  it.each([
    ['9e9999999999999999', 'MAX_DECIMAL_EXPONENT'],
    ['1e-9999999999999999', 'MAX_DECIMAL_EXPONENT'],
    ['1e400', 'MAX_DECIMAL_EXPONENT'],
    ['1'.repeat(10_000_000), 'MAX_DECIMAL_LENGTH'],
    ['2000000000000000', 'MAX_MONEY_YUAN'],
    [`0.${'1'.repeat(51)}`, 'MAX_SIGNIFICANT_DIGITS'],
  ])('Money.of(%s) is refused naming %s', (value, limit) => {
    const { ms, value: e } = timed(() => refusal(() => Money.of(value)));
    expect([e.ruleId, e.path]).toEqual(['core.money', 'amount']);
    expect(e.message).toContain(limit);
    expect(ms).toBeLessThan(within(100));
  });

  it('an amount of 50 significant digits is held exactly; 51 are refused', () => {
    const fifty = `${'1'.repeat(13)}.${'0'.repeat(2)}`;
    expect(Money.of(fifty).toString()).toBe(fifty);
    expect(toDecimal(`1.${'1'.repeat(49)}`)?.toString()).toBe(`1.${'1'.repeat(49)}`);
    expect(toDecimal(`1.${'1'.repeat(50)}`)).toBeUndefined();
  });

  it('results beyond MAX_MONEY_YUAN are refused, not printed as Infinity', () => {
    const max = Money.of(MAX_MONEY_YUAN);
    expect(refusal(() => max.plus('0.01')).issues[0]?.code).toBe('too_big');
    expect(refusal(() => max.times(2)).message).toContain('MAX_MONEY_YUAN');
    expect(refusal(() => Money.fromFen(10n ** 40n)).path).toBe('fen');
  });

  it.each(['halfeven', 'toString', 'constructor', 7, null])(
    'rounding mode %s is refused at path "mode"',
    (mode) => {
      const e = refusal(() => Money.round('0.125', mode as never));
      expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['core.money', 'mode', 'invalid_rounding_mode']);
      expect(refusal(() => Money.of(1).times('0.5', mode as never)).path).toBe('mode');
      expect(refusal(() => Money.of(1).dividedBy(3, mode as never)).path).toBe('mode');
    },
  );

  it('halfEven rounds 0.125 to 0.12, halfUp to 0.13', () => {
    expect(Money.round('0.125', 'halfEven').toString()).toBe('0.12');
    expect(Money.round('0.125', 'halfUp').toString()).toBe('0.13');
  });

  it('an object that only looks like a Decimal is refused; a real one is copied', () => {
    const duck = { s: 1, e: 0, d: [5], toStringTag: '[object Decimal]', constructor: Dec };
    expect(refusal(() => Money.of(duck as never)).path).toBe('amount');
    expect(toDecimal(duck)).toBeUndefined();
    const real = new Decimal('12.5');
    const copy = toDecimal(real);
    expect(copy?.toString()).toBe('12.5');
    expect(copy).not.toBe(real);
    const tampered = new Decimal('1');
    (tampered as unknown as { d: unknown[] }).d = [Number.NaN];
    expect(toDecimal(tampered)).toBeUndefined();
  });

  it('Money.sum(null) and allocate(null) are PolicyInputErrors, not TypeErrors', () => {
    expect(refusal(() => Money.sum(null as never)).path).toBe('amounts');
    expect(refusal(() => Money.of(1).allocate(null as never)).path).toBe('ratios');
    expect(refusal(() => Money.sum(['1', 'x'])).path).toBe('amounts[1]');
  });

  it(`allocate takes up to MAX_ALLOCATION_PARTS (${MAX_ALLOCATION_PARTS}) ratios quickly and refuses more`, () => {
    const { ms, value: parts } = timed(() =>
      Money.of(100).allocate(new Array<number>(MAX_ALLOCATION_PARTS).fill(1)),
    );
    expect(Money.sum(parts).toString()).toBe('100.00');
    expect(ms).toBeLessThan(within(1000));
    const e = refusal(() => Money.of(100).allocate(new Array<number>(1e6).fill(1)));
    expect(e.message).toContain('MAX_ALLOCATION_PARTS');
  });

  it(`sum takes up to MAX_SUM_TERMS (${MAX_SUM_TERMS}) amounts and refuses more, from an array or a generator`, () => {
    expect(Money.sum(new Array<string>(MAX_SUM_TERMS).fill('0.01')).toString()).toBe('100.00');
    expect(refusal(() => Money.sum(new Array<string>(MAX_SUM_TERMS + 1).fill('0.01'))).message).toContain(
      'MAX_SUM_TERMS',
    );
    function* endless(): Generator<string> {
      for (;;) yield '1';
    }
    expect(refusal(() => Money.sum(endless())).message).toContain('MAX_SUM_TERMS');
  });

  it('allocate is exact on ratios with decimals: 100 by 0.1 : 0.2 → 33.33 + 66.67', () => {
    expect(Money.of(100).allocate(['0.1', '0.2']).map(String)).toEqual(['33.33', '66.67']);
    expect(Money.of('-0.05').allocate([1, 1]).map(String)).toEqual(['-0.03', '-0.02']);
  });

  it('inside a rule’s schema, a bad amount is an issue of the rule’s own field (not core.money/amount)', () => {
    const schema = z.object({
      claim: z.object({ cost: moneySchema, rate: decimalSchema, date: plainDateSchema }),
    });
    const e = refusal(() =>
      parseInput('medical.reimburse', schema, {
        claim: { cost: '1e400', rate: '9e999', date: '2101-01-01' },
      }),
    );
    expect(e.ruleId).toBe('medical.reimburse');
    expect(e.issues.map((i) => i.path)).toEqual(['claim.cost', 'claim.rate', 'claim.date']);
    expect(e.issues[0]?.value).toBe('1e400');
    expect(MAX_DECIMAL_LENGTH).toBe(100);
  });
});

describe('Money is deeply immutable', () => {
  it('changing the digits of Money.ZERO.toFen() changes nothing: Money.sum(["1.00"]) stays 1.00', () => {
    const fen = Money.ZERO.toFen() as unknown as { d: number[] };
    fen.d[0] = 500;
    expect(Money.sum(['1.00']).toString()).toBe('1.00');
    expect(Money.ZERO.toString()).toBe('0.00');
    const m = Money.of('12.34');
    (m.toDecimal() as unknown as { d: number[] }).d[0] = 9;
    expect(m.toString()).toBe('12.34');
  });

  it('decimal.js computes with deep-frozen decimals (as exported data holds them)', () => {
    const a = deepFreeze(new Dec('12.5'));
    const b = deepFreeze(new Dec('-0.333'));
    expect(Object.isFrozen((a as unknown as { d: unknown }).d)).toBe(true);
    expect(a.plus(b).toString()).toBe('12.167');
    expect(a.times(b).toString()).toBe('-4.1625');
    expect(a.dividedBy(4).toString()).toBe('3.125');
    expect(a.toDecimalPlaces(0, Dec.ROUND_HALF_EVEN).toString()).toBe('12');
    expect(
      [a.abs(), a.negated(), a.floor(), a.ceil(), a.sqrt().toDecimalPlaces(3), a.pow(2)].map(String),
    ).toEqual(['12.5', '-12.5', '12', '13', '3.536', '156.25']);
    expect(Money.of(a.toString()).times(b).toString()).toBe('-4.16');
    expect(Money.round(deepFreeze(new Dec('0.005'))).toString()).toBe('0.01');
  });
});

describe('dates: YYYY-MM-DD, a Date read in Asia/Shanghai, years 1900–2100', () => {
  it.each([
    ['2017-12-30T15:59:59Z', '2017-12-30'],
    ['2017-12-30T16:00:00Z', '2017-12-31'],
    ['2018-03-11T09:30:00Z', '2018-03-11'],
    ['2100-12-31T15:59:59Z', '2100-12-31'],
  ])('the instant %s is %s in Beijing (UTC+8)', (iso, date) => {
    expect(toPlainDate(new Date(iso))).toBe(date);
  });

  it.each([
    ['year 275760', new Date(8.64e15)],
    ['4369 BCE', new Date(-1.9e14)],
    ['2100-12-31T16:00:00Z (2101 in Beijing)', new Date('2100-12-31T16:00:00Z')],
    ['1899-12-31T15:59:59Z (1899 in Beijing)', new Date('1899-12-31T15:59:59Z')],
    ['an invalid Date', new Date(Number.NaN)],
  ])('%s is refused', (_what, date) => {
    expect(toPlainDate(date)).toBeUndefined();
    expect(refusal(() => parseInput('core.date', plainDateSchema, date)).message).toContain('1900–2100');
  });

  it.each(['1899-12-31', '2101-01-01', '0000-01-01', '2019-02-29'])('the string %s is refused', (s) => {
    expect(toPlainDate(s)).toBeUndefined();
  });
});

describe('suggestions and citations', () => {
  it('suggestion order is by code point, whatever the locale: B < a < b < 吉', () => {
    expect(nearest('zzzz', ['吉', 'b', 'a', 'B'], 4)).toEqual(['B', 'a', 'b', '吉']);
    expect(nearest('x'.repeat(1e6), ['x'])).toEqual([]);
  });

  it.each([
    ['chapter NaN', { chapter: Number.NaN, page: 1, quote: 'x' }, 'citation.chapter'],
    ['chapter 13', { chapter: 13, page: 1, quote: 'x' }, 'citation.chapter'],
    ['chapter 1.5', { chapter: 1.5, page: 1, quote: 'x' }, 'citation.chapter'],
    ['page 0', { chapter: 1, page: 0, quote: 'x' }, 'citation.page'],
    ['an empty quote', { chapter: 1, page: 1, quote: '' }, 'citation.quote'],
    ['a 161-character quote', { chapter: 1, page: 1, quote: 'x'.repeat(161) }, 'citation.quote'],
    ['a Symbol', Symbol('c'), 'citation'],
  ])('formatCitation refuses %s at %s', (_what, citation, path) => {
    const e = refusal(() => formatCitation(citation as never));
    expect([e.ruleId, e.path]).toEqual(['core.citation', path]);
  });
});
