import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { englishMessage } from '../../src/core/zod-english.js';

/**
 * The library words zod's default messages itself (src/core/zod-english.ts) instead of importing zod's `en`
 * locale: every message must be the locale's own, word for word. zod classic installs `en` when imported, so
 * a parse without an error map gives the locale's text, and a parse with `englishMessage` gives ours.
 */
const SCHEMAS: Record<string, z.ZodType> = {
  string: z.string(),
  number: z.number(),
  boolean: z.boolean(),
  int: z.number().int(),
  'number in [1, 99]': z.number().min(1).max(99),
  'number in (0, 1)': z.number().gt(0).lt(1),
  'multiple of 5': z.number().multipleOf(5),
  'string of 1 to 3 characters': z.string().min(1).max(3),
  'string of exactly 2 characters': z.string().length(2),
  'array of at most 2 items': z.array(z.number()).max(2),
  'array of at least 1 item': z.array(z.number()).min(1),
  'enum of one': z.enum(['only']),
  'enum of three': z.enum(['a', 'b', 'c']),
  literal: z.literal(3n),
  pattern: z.string().regex(/^\d{4}$/u),
  'starts with': z.string().startsWith('x'),
  'ends with': z.string().endsWith('y'),
  includes: z.string().includes('z'),
  union: z.union([z.string(), z.number()]),
  'discriminated union': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('a') }),
    z.object({ kind: z.literal('b') }),
  ]),
  'strict object': z.strictObject({ a: z.string(), b: z.optional(z.number()) }),
  record: z.record(z.enum(['k']), z.number()),
  set: z.set(z.number()).max(1),
  map: z.map(z.string(), z.number()),
  nan: z.nan(),
  custom: z.custom((v) => v === 1),
};

const messages = (schema: z.ZodType, input: unknown, error?: typeof englishMessage): string[] =>
  (error === undefined ? schema.safeParse(input) : schema.safeParse(input, { error })).error?.issues.map(
    (i) => i.message,
  ) ?? [];

const INPUTS: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  0.5,
  7,
  100,
  2n,
  '',
  'ab',
  'abcd',
  '12',
  true,
  [],
  [1, 2, 3],
  ['x'],
  { kind: 'c' },
  { a: 1, c: 2, d: 3 },
  { k: 'x', j: 1 },
  new Set([1, 2]),
  new Map([[1, 'x']]),
  new Date(0),
  Symbol('s'),
];

describe("englishMessage: zod's en locale, word for word", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: the same messages as zod's en locale for every sample input`, () => {
      for (const input of INPUTS)
        expect(messages(schema, input, englishMessage)).toEqual(messages(schema, input));
    });
  }

  it('the same messages for arbitrary values against every schema', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
        (input) => {
          for (const schema of Object.values(SCHEMAS))
            expect(messages(schema, input, englishMessage)).toEqual(messages(schema, input));
        },
      ),
      { numRuns: 200 },
    );
  });
});
