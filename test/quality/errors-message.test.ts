/**
 * PolicyInputError, to the character: how each kind of bad value is written into the message, the limits on
 * what a message spells out, and how a zod error becomes issues (issue 15: core/errors had surviving mutants).
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  MAX_REPORTED_ISSUES,
  parseInput,
  PolicyInputError,
  refuse,
  type PolicyInputIssue,
} from '../../src/core/errors.js';

const issue = (value: unknown, path: unknown = 'x'): PolicyInputIssue =>
  ({ path, value, message: 'is wrong', code: 'custom' }) as PolicyInputIssue;
const messageOf = (value: unknown): string =>
  new PolicyInputError({ ruleId: 'r', issues: [issue(value)] }).message;

describe('PolicyInputError message: each value written as `[rule] path = value: why`', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'undefined'],
    ['a short string, quoted', 'abc', '"abc"'],
    ['a string of exactly 80 characters, whole', 'a'.repeat(80), `"${'a'.repeat(80)}"`],
    [
      'a string of 81 characters: 77 kept, "... (81 characters)"',
      'a'.repeat(81),
      `"${'a'.repeat(77)}"... (81 characters)`,
    ],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['a bigint with n', 12n, '12n'],
    ['a number', 1.5, '1.5'],
    ['NaN as NaN (not JSON null)', Number.NaN, 'NaN'],
    ['Infinity as Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a boolean', false, 'false'],
    ['null', null, 'null'],
    ['a valid Date in ISO form', new Date(Date.UTC(2018, 0, 2)), '2018-01-02T00:00:00.000Z'],
    ['an invalid Date', new Date(Number.NaN), 'Invalid Date'],
    ['an array of 1001 items, counted', new Array(1001).fill(0), '[an array of 1001 items]'],
    ['a small object as JSON', { a: 1 }, '{"a":1}'],
    ['a bigint inside an object', { a: 5n }, '{"a":"5n"}'],
    [
      'a long string inside an object, cut to 77 + "..."',
      { s: 'b'.repeat(81) },
      `{"s":"${'b'.repeat(77)}..."}`.slice(0, 77) + '...',
    ],
    [
      'an inner string of 80 characters is kept whole (then the JSON is cut)',
      ['c'.repeat(80)],
      `["${'c'.repeat(80)}"]`.slice(0, 77) + '...',
    ],
    [
      'an inner array of 21 items: 20 and "..."',
      { a: new Array(21).fill(1) },
      `{"a":[${'1,'.repeat(20)}"..."]}`,
    ],
    [
      'an inner array of 20 items: all kept',
      { a: new Array(20).fill(1) },
      `{"a":[${new Array(20).fill(1).join(',')}]}`,
    ],
    ['a function: its tag', () => 1, '[object Function]'],
    ['a circular object: its tag', circular, '[object Object]'],
  ])('%s', (_name, value, written) => {
    expect(messageOf(value)).toBe(`[r] x = ${written}: is wrong`);
  });

  it('JSON of exactly 80 characters is kept; 81 is cut to 77 + "..."', () => {
    const eighty = { k: 'd'.repeat(72) }; // {"k":"…"} = 8 + 72 = 80
    expect(JSON.stringify(eighty)).toHaveLength(80);
    expect(messageOf(eighty)).toBe(`[r] x = ${JSON.stringify(eighty)}: is wrong`);
    const eightyOne = { k: 'd'.repeat(73) };
    expect(messageOf(eightyOne)).toBe(`[r] x = ${JSON.stringify(eightyOne).slice(0, 77)}...: is wrong`);
  });

  it('an array of exactly 1000 items is serialized (cut), not counted', () => {
    expect(messageOf(new Array(1000).fill(0))).toBe(`[r] x = [${'0,'.repeat(20)}"..."]: is wrong`);
  });

  it('the empty path is written "input"', () => {
    expect(new PolicyInputError({ ruleId: 'r', issues: [issue(1, '')] }).message).toBe(
      '[r] input = 1: is wrong',
    );
  });

  it('a path that is not a string is written as a value (path 3 → "3")', () => {
    const e = new PolicyInputError({ ruleId: 'r', issues: [issue(1, 3)] });
    expect(e.path).toBe('3');
    expect(e.message).toBe('[r] 3 = 1: is wrong');
  });

  it('no issue at all: one "invalid input" issue at the input (code custom)', () => {
    const e = new PolicyInputError({ ruleId: 'r', issues: [] });
    expect(e.message).toBe('[r] input = undefined: invalid input');
    expect(e.issues).toEqual([{ path: '', value: undefined, message: 'invalid input', code: 'custom' }]);
    expect([e.path, e.value]).toEqual(['', undefined]);
  });

  it('10 issues are all spelt out; 11 → 10 and "and 1 more issues"; 12 → "and 2 more issues"', () => {
    const many = (n: number) =>
      new PolicyInputError({ ruleId: 'r', issues: Array.from({ length: n }, (_, i) => issue(i, `f${i}`)) });
    const ten = many(10).message;
    expect(ten).toBe(`[r] ${Array.from({ length: 10 }, (_, i) => `f${i} = ${i}: is wrong`).join('; ')}`);
    expect(many(11).message).toBe(`${ten}; and 1 more issues`);
    expect(many(12).message).toBe(`${ten}; and 2 more issues`);
    expect(many(12).issues).toHaveLength(12);
  });

  it('suggestions: " (did you mean: a, b?)"; none: no hint', () => {
    const e = new PolicyInputError({ ruleId: 'r', issues: [issue(1)], suggestions: ['a', 'b'] });
    expect(e.message).toBe('[r] x = 1: is wrong (did you mean: a, b?)');
    expect(e.suggestions).toEqual(['a', 'b']);
    expect(new PolicyInputError({ ruleId: 'r', issues: [issue(1)], suggestions: [] }).message).toBe(
      '[r] x = 1: is wrong',
    );
    expect(new PolicyInputError({ ruleId: 'r', issues: [issue(1)] }).suggestions).toEqual([]);
  });

  it('name, ruleId, path, value, frozen issues, and toJSON', () => {
    const e = new PolicyInputError({
      ruleId: 'r',
      issues: [issue(7, 'a.b'), issue(8, 'c')],
      suggestions: ['s'],
    });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(PolicyInputError);
    expect(e.name).toBe('PolicyInputError');
    expect([e.ruleId, e.path, e.value]).toEqual(['r', 'a.b', 7]);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
    expect(Object.isFrozen(e.suggestions)).toBe(true);
    expect(e.toJSON()).toEqual({
      name: 'PolicyInputError',
      ruleId: 'r',
      message: '[r] a.b = 7: is wrong; c = 8: is wrong (did you mean: s?)',
      issues: [issue(7, 'a.b'), issue(8, 'c')],
      suggestions: ['s'],
    });
  });
});

describe('PolicyInputError.fromZod / parseInput: paths, values and codes from a zod error', () => {
  const schema = z.strictObject({
    items: z.array(z.strictObject({ amount: z.number() })),
    name: z.string().optional(),
  });

  it('a nested bad value: path items[1].amount, the caller’s own value, zod’s code', () => {
    const input = { items: [{ amount: 1 }, { amount: 'x' }] };
    let caught: unknown;
    try {
      parseInput('r', schema, input);
    } catch (e) {
      caught = e;
    }
    const e = caught as PolicyInputError;
    expect(e).toBeInstanceOf(PolicyInputError);
    expect([e.ruleId, e.path, e.value, e.issues[0]?.code]).toEqual([
      'r',
      'items[1].amount',
      'x',
      'invalid_type',
    ]);
  });

  it('a path prefix goes first: claims + [0].amount → claims.items[0].amount', () => {
    expect(() => parseInput('r', schema, { items: [{ amount: 'x' }] }, 'claims')).toThrow(
      expect.objectContaining({ path: 'claims.items[0].amount' }),
    );
  });

  it('an array at the top with a prefix: claims[0]', () => {
    try {
      parseInput('r', z.array(z.number()), ['x'], 'claims');
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('claims[0]');
    }
    try {
      parseInput('r', z.array(z.number()), ['x']);
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('[0]');
    }
  });

  it('an unknown key is named by its own path, with its value and "misspelt?"', () => {
    try {
      parseInput('r', schema, { items: [], nmae: 'a', extra: 2 });
      expect.unreachable();
    } catch (e) {
      const err = e as PolicyInputError;
      expect(err.issues.map((i) => [i.path, i.value, i.message, i.code])).toEqual([
        ['nmae', 'a', 'is not a field of this input (misspelt?)', 'unrecognized_keys'],
        ['extra', 2, 'is not a field of this input (misspelt?)', 'unrecognized_keys'],
      ]);
    }
  });

  it('a value under a null or a primitive is undefined (items: null → items is null; its child undefined)', () => {
    const error = new z.ZodError([{ code: 'custom', path: ['a', 'b'], message: 'm', input: undefined }]);
    expect(PolicyInputError.fromZod('r', error, { a: null }).value).toBeUndefined();
    expect(PolicyInputError.fromZod('r', error, { a: 5 }).value).toBeUndefined();
    expect(PolicyInputError.fromZod('r', error, { a: { b: 4 } }).value).toBe(4);
    expect(PolicyInputError.fromZod('r', error, { a: { b: 4 } }).path).toBe('a.b'); // no prefix by default
    const length = new z.ZodError([
      { code: 'custom', path: ['a', 'length'], message: 'm', input: undefined },
    ]);
    expect(PolicyInputError.fromZod('r', length, { a: 'abc' }).value).toBeUndefined(); // not a string's length
  });

  it('a symbol in a zod path is written as Symbol(name)', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['a', Symbol('s')], message: 'm', input: undefined },
    ]);
    expect(PolicyInputError.fromZod('r', error, {}).path).toBe('a.Symbol(s)');
  });

  it(`keeps the first MAX_REPORTED_ISSUES = ${MAX_REPORTED_ISSUES} issues of a zod error`, () => {
    try {
      parseInput('r', z.array(z.number()), new Array(150).fill('x'));
      expect.unreachable();
    } catch (e) {
      const err = e as PolicyInputError;
      expect(MAX_REPORTED_ISSUES).toBe(100);
      expect(err.issues).toHaveLength(100);
      expect(err.issues[99]?.path).toBe('[99]');
      expect(err.message.endsWith('and 90 more issues')).toBe(true);
    }
  });

  it('returns the parsed value when the input is valid, and leaves the input alone', () => {
    const input = Object.freeze({ items: Object.freeze([Object.freeze({ amount: 2 })]) });
    expect(parseInput('r', schema, input)).toEqual({ items: [{ amount: 2 }] });
  });
});

describe('refuse: one issue, code custom unless given', () => {
  it('default code custom, no suggestions', () => {
    try {
      refuse('r', 'p', 3, 'must be 4');
    } catch (e) {
      const err = e as PolicyInputError;
      expect(err.issues).toEqual([{ path: 'p', value: 3, message: 'must be 4', code: 'custom' }]);
      expect(err.suggestions).toEqual([]);
      expect(err.message).toBe('[r] p = 3: must be 4');
    }
    expect.assertions(3);
  });

  it('a code and suggestions', () => {
    try {
      refuse('r', 'p', 'x', 'unknown', 'unknown_region', ['y']);
    } catch (e) {
      const err = e as PolicyInputError;
      expect(err.issues[0]?.code).toBe('unknown_region');
      expect(err.message).toBe('[r] p = "x": unknown (did you mean: y?)');
    }
    expect.assertions(2);
  });
});
