import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';
import { parseInput } from '../../src/core/errors.js';
import { englishMessage } from '../../src/core/zod-english.js';
import { refusal } from '../support/errors.js';

/**
 * englishMessage read directly, one issue at a time: the exact English sentence for each issue code and
 * shape (test/core/zod-english.test.ts compares whole parses with zod's own locale; a file that imports
 * zod classic installs that locale, which would answer for a missing message here).
 */
const message = (issue: Record<string, unknown>): string => englishMessage(issue as unknown as $ZodRawIssue);

describe('englishMessage: one sentence per issue', () => {
  it.each([
    [
      'expected string, received number',
      { code: 'invalid_type', expected: 'string', input: 42 },
      'Invalid input: expected string, received number',
    ],
    [
      'received NaN is named NaN',
      { code: 'invalid_type', expected: 'number', input: Number.NaN },
      'Invalid input: expected number, received NaN',
    ],
    [
      'received Infinity is named Infinity',
      { code: 'invalid_type', expected: 'number', input: Number.POSITIVE_INFINITY },
      'Invalid input: expected number, received Infinity',
    ],
    [
      'received −Infinity where a string is expected',
      { code: 'invalid_type', expected: 'string', input: Number.NEGATIVE_INFINITY },
      'Invalid input: expected string, received -Infinity',
    ],
    [
      'expected nan is written NaN',
      { code: 'invalid_type', expected: 'nan', input: 1 },
      'Invalid input: expected NaN, received number',
    ],
    [
      'received null',
      { code: 'invalid_type', expected: 'object', input: null },
      'Invalid input: expected object, received null',
    ],
    [
      'received an array',
      { code: 'invalid_type', expected: 'string', input: [1] },
      'Invalid input: expected string, received array',
    ],
    [
      'received a plain object',
      { code: 'invalid_type', expected: 'string', input: { a: 1 } },
      'Invalid input: expected string, received object',
    ],
    [
      'received a Date: its constructor name',
      { code: 'invalid_type', expected: 'string', input: new Date(0) },
      'Invalid input: expected string, received Date',
    ],
    [
      'received undefined',
      { code: 'invalid_type', expected: 'number', input: undefined },
      'Invalid input: expected number, received undefined',
    ],
  ])('invalid_type, %s', (_name, issue, expected) => {
    expect(message(issue)).toBe(expected);
  });

  it.each([
    ['one value, a number: written bare', [3], 'Invalid input: expected 3'],
    ['one value, a string: quoted', ['only'], 'Invalid input: expected "only"'],
    ['one value, a bigint: with n', [3n], 'Invalid input: expected 3n'],
    ['several values, numbers and strings', [1, 'b', 2n], 'Invalid option: expected one of 1|"b"|2n'],
  ])('invalid_value, %s', (_name, values, expected) => {
    expect(message({ code: 'invalid_value', values, input: 0 })).toBe(expected);
  });

  it.each([
    [
      'too_big, inclusive, a number',
      { code: 'too_big', origin: 'number', maximum: 99, inclusive: true },
      'Too big: expected number to be <=99',
    ],
    [
      'too_big, exclusive',
      { code: 'too_big', origin: 'number', maximum: 1, inclusive: false },
      'Too big: expected number to be <1',
    ],
    [
      'too_big, a string: in characters',
      { code: 'too_big', origin: 'string', maximum: 3, inclusive: true },
      'Too big: expected string to have <=3 characters',
    ],
    [
      'too_big, exact length of an array',
      { code: 'too_big', origin: 'array', maximum: 2, inclusive: true, exact: true },
      'Too big: expected array to have exactly 2 items',
    ],
    [
      'too_big, a set',
      { code: 'too_big', origin: 'set', maximum: 1, inclusive: true },
      'Too big: expected set to have <=1 items',
    ],
    [
      'too_big, a file: in bytes',
      { code: 'too_big', origin: 'file', maximum: 1024, inclusive: true },
      'Too big: expected file to have <=1024 bytes',
    ],
    [
      'too_big, a map: in entries',
      { code: 'too_big', origin: 'map', maximum: 5, inclusive: true },
      'Too big: expected map to have <=5 entries',
    ],
    [
      'too_big without an origin: "value"',
      { code: 'too_big', maximum: 5, inclusive: true },
      'Too big: expected value to be <=5',
    ],
    [
      'too_small, inclusive',
      { code: 'too_small', origin: 'number', minimum: 1, inclusive: true },
      'Too small: expected number to be >=1',
    ],
    [
      'too_small, exclusive bigint',
      { code: 'too_small', origin: 'bigint', minimum: 0n, inclusive: false },
      'Too small: expected bigint to be >0',
    ],
    [
      'too_small without an origin: undefined, as zod words it',
      { code: 'too_small', minimum: 1, inclusive: true },
      'Too small: expected undefined to be >=1',
    ],
  ])('%s', (_name, issue, expected) => {
    expect(message(issue)).toBe(expected);
  });

  it.each([
    ['starts_with', { format: 'starts_with', prefix: 'x' }, 'Invalid string: must start with "x"'],
    ['ends_with', { format: 'ends_with', suffix: 'y' }, 'Invalid string: must end with "y"'],
    ['includes', { format: 'includes', includes: 'z' }, 'Invalid string: must include "z"'],
    ['regex', { format: 'regex', pattern: /^\d{4}$/u }, 'Invalid string: must match pattern /^\\d{4}$/u'],
    ['template_literal', { format: 'template_literal' }, 'Invalid input'],
    ['email: any other format by name', { format: 'email' }, 'Invalid email'],
  ])('invalid_format, %s', (_name, issue, expected) => {
    expect(message({ code: 'invalid_format', input: 'a', ...issue })).toBe(expected);
  });

  it.each([
    ['no options', {}, 'Invalid input'],
    ['empty options', { options: [] }, 'Invalid input'],
    ['options not an array', { options: 'a' }, 'Invalid input'],
    ['discriminator options', { options: ['a', 'b'] }, "Invalid discriminator value. Expected 'a' | 'b'"],
    [
      'more than one option matched (exclusive union)',
      { inclusive: false },
      'Invalid input: more than one option matched',
    ],
    ['inclusive union', { inclusive: true }, 'Invalid input'],
  ])('invalid_union, %s', (_name, issue, expected) => {
    expect(message({ code: 'invalid_union', errors: [], input: 0, ...issue })).toBe(expected);
  });

  it.each([
    ['not_multiple_of', { code: 'not_multiple_of', divisor: 5 }, 'Invalid number: must be a multiple of 5'],
    ['one unrecognized key', { code: 'unrecognized_keys', keys: ['c'] }, 'Unrecognized key: "c"'],
    ['two unrecognized keys', { code: 'unrecognized_keys', keys: ['c', 'd'] }, 'Unrecognized keys: "c", "d"'],
    ['invalid_key', { code: 'invalid_key', origin: 'record' }, 'Invalid key in record'],
    ['invalid_element', { code: 'invalid_element', origin: 'map' }, 'Invalid value in map'],
    ['custom', { code: 'custom' }, 'Invalid input'],
  ])('%s', (_name, issue, expected) => {
    expect(message({ input: 0, ...issue })).toBe(expected);
  });
});

describe('through parseInput (zod/mini, no locale installed): the messages a caller reads', () => {
  it('a wrong type, a number out of range and a bad enum, each at its field', () => {
    const schema = z.object({
      name: z.string(),
      count: z.number().check(z.lte(9)),
      kind: z.enum(['a', 'b']),
    });
    const e = refusal(() => parseInput('core.test', schema, { name: Number.NaN, count: 10, kind: 'c' }));
    expect(e.issues.map((i) => [i.path, i.message])).toEqual([
      ['name', 'Invalid input: expected string, received NaN'],
      ['count', 'Too big: expected number to be <=9'],
      ['kind', 'Invalid option: expected one of "a"|"b"'],
    ]);
  });
});
