/**
 * Input errors (src/core/errors.ts), pinned for mutation testing (issue 15), beside
 * test/quality/errors-message.test.ts: parseInput's messages stay zod's English whatever locale the
 * application configured, and values JSON cannot write are named by their tag. Built inside each `it`.
 */
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseInput, PolicyInputError } from '../../src/core/errors.js';
import { refusal } from '../support/errors.js';
import { describeValueReference } from './reference/describe-value.js';

const schema = z.strictObject({ people: z.number(), names: z.array(z.string()).min(2) });

describe('parseInput: English messages whatever zod locale the application configured', () => {
  it('with zod configured in French, a bad input is still refused in English, field by field', () => {
    z.config(z.locales.fr());
    try {
      const e = refusal(() => parseInput('housing.areaCap', schema, { people: 'x', names: ['a'] }));
      expect(e.issues).toEqual([
        {
          path: 'people',
          value: 'x',
          message: 'Invalid input: expected number, received string',
          code: 'invalid_type',
        },
        {
          path: 'names',
          value: ['a'],
          message: 'Too small: expected array to have >=2 items',
          code: 'too_small',
        },
      ]);
      expect(e.message).toBe(
        '[housing.areaCap] people = "x": Invalid input: expected number, received string; ' +
          'names = ["a"]: Too small: expected array to have >=2 items',
      );
    } finally {
      z.config(z.locales.en());
    }
  });
});

describe('PolicyInputError: values JSON cannot write', () => {
  it.each<[string, unknown, string]>([
    ['a function', () => 1, '[object Function]'],
    ['an object whose toJSON gives undefined', { toJSON: () => undefined }, '[object Object]'],
    ['NaN (JSON would write null)', Number.NaN, 'NaN'],
    ['true', true, 'true'],
    ['null', null, 'null'],
  ])('%s is written %s', (_name, value, written) => {
    const e = new PolicyInputError({
      ruleId: 'r',
      issues: [{ path: 'x', value, message: 'is wrong', code: 'custom' }],
    });
    expect(e.message).toBe(`[r] x = ${written}: is wrong`);
  });
});

describe('PolicyInputError writes every value as before issue 15 (reference: test/core/reference)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.constantFrom(
      '"'.repeat(90),
      '\u0001'.repeat(85),
      '😀'.repeat(60),
      `${'a'.repeat(76)}😀${'b'.repeat(10)}`,
    ),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(tie('v'), { maxLength: 25 }),
      fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 4 }),
      text.map((s) => ({ toJSON: () => s })),
    ),
  })).v;

  it('long strings inside a value: the message is the reference’s, character for character (property)', () => {
    fc.assert(
      fc.property(value, (v) => {
        const e = new PolicyInputError({
          ruleId: 'r',
          issues: [{ path: 'x', value: v, message: 'm', code: 'c' }],
        });
        expect(e.message).toBe(`[r] x = ${describeValueReference(v)}: m`);
      }),
      { numRuns: 2000 },
    );
  });

  it('a string of 200 characters inside an object: 77 characters of JSON and "..."', () => {
    const e = new PolicyInputError({
      ruleId: 'r',
      issues: [{ path: 'x', value: { s: 'x'.repeat(200) }, message: 'm', code: 'c' }],
    });
    expect(e.message).toBe(`[r] x = {"s":"${'x'.repeat(71)}...: m`);
  });
});
