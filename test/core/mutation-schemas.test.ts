import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/core/errors.js';
import {
  decimalSchema,
  moneySchema,
  nonNegativeDecimalSchema,
  positiveDecimalSchema,
} from '../../src/core/schemas.js';
import { refusal } from '../support/errors.js';

describe('decimal schemas: sign limits on both sides of zero', () => {
  it.each([
    ['0 is not negative', nonNegativeDecimalSchema, '0', '0'],
    ['0.01 is not negative', nonNegativeDecimalSchema, '0.01', '0.01'],
    ['0.01 is greater than zero', positiveDecimalSchema, '0.01', '0.01'],
    ['7 is greater than zero', positiveDecimalSchema, 7, '7'],
  ] as const)('%s: accepted', (_name, schema, value, expected) => {
    expect(parseInput('core.test', schema, value).toString()).toBe(expected);
  });

  it.each([
    ['-0.01 is negative', nonNegativeDecimalSchema, '-0.01', 'must not be negative'],
    ['0 is not greater than zero', positiveDecimalSchema, '0', 'must be greater than zero'],
    ['-0 is not greater than zero', positiveDecimalSchema, -0, 'must be greater than zero'],
    ['-0.01 is not greater than zero', positiveDecimalSchema, '-0.01', 'must be greater than zero'],
  ] as const)('%s: refused with its reason at the field', (_name, schema, value, message) => {
    const e = refusal(() => parseInput('core.test', schema, value, 'claim.amount'));
    expect([e.ruleId, e.path, e.value]).toEqual(['core.test', 'claim.amount', value]);
    expect(e.issues[0]?.message).toBe(message);
  });
});

describe('a value the transform refuses is a custom issue at the field itself', () => {
  it.each([
    ['decimal "12a"', decimalSchema, '12a', 'must be a finite decimal such as "1234.5"'],
    [
      'money "12.345" (finer than a fen)',
      moneySchema,
      '12.345',
      'must be exact to the fen (at most two decimal places)',
    ],
  ] as const)('%s', (_name, schema, value, message) => {
    const f = refusal(() => parseInput('core.test', schema, value, 'claim.amount'));
    expect([f.ruleId, f.path, f.value, f.issues[0]?.code]).toEqual([
      'core.test',
      'claim.amount',
      value,
      'custom',
    ]);
    expect(f.issues[0]?.message).toBe(message);
    expect(f.issues).toHaveLength(1);
  });
});
