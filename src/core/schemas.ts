import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import { toPlainDate, type PlainDate } from './dates.js';
import { toDecimal } from './decimal.js';
import { Money } from './money.js';

/**
 * Shared zod schemas for the value types every area uses. Each accepts what a caller naturally has
 * (a decimal string, a number, a Decimal, a Date) and yields the exact type the rules compute with.
 */

const decimalInput = z.union([z.string(), z.number(), z.custom<Decimal>((v) => toDecimal(v) !== undefined)]);

/** Any finite decimal → Decimal. */
export const decimalSchema = decimalInput.transform((value, ctx): Decimal => {
  const d = toDecimal(value);
  if (d === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a finite decimal number', input: value });
    return z.NEVER;
  }
  return d;
});

/** A decimal that is ≥ 0. */
export const nonNegativeDecimalSchema = decimalSchema.refine((d) => !d.isNegative(), {
  error: 'must not be negative',
});

/** A decimal that is > 0. */
export const positiveDecimalSchema = decimalSchema.refine((d) => d.isPositive() && !d.isZero(), {
  error: 'must be greater than zero',
});

/** An amount of yuan exact to the fen (at most two decimals) → {@link Money}. */
export const moneySchema = z
  .union([z.custom<Money>((v) => v instanceof Money), z.string(), z.number()])
  .transform((value, ctx): Money => {
    if (value instanceof Money) return value;
    const d = toDecimal(value);
    if (d === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be a finite decimal amount of yuan', input: value });
      return z.NEVER;
    }
    if (d.decimalPlaces() > 2) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be exact to the fen (at most two decimals)',
        input: value,
      });
      return z.NEVER;
    }
    return Money.of(d);
  });

/** An amount of yuan ≥ 0. */
export const nonNegativeMoneySchema = moneySchema.refine((m) => !m.isNegative(), {
  error: 'must not be negative',
});

/** A rate in [0, 1] (0.65 for 65%) → Decimal. */
export const rateSchema = decimalSchema.refine((d) => d.gte(0) && d.lte(1), {
  error: 'must be a rate in [0, 1] (0.65 for 65%)',
});

/** A whole number ≥ 1 (people, members, sites). */
export const positiveIntegerSchema = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(Number.MAX_SAFE_INTEGER);

/** A whole number ≥ 0. */
export const nonNegativeIntegerSchema = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be negative' })
  .max(Number.MAX_SAFE_INTEGER);

/** A calendar date: `YYYY-MM-DD` or a valid Date → `YYYY-MM-DD`. */
export const plainDateSchema = z.union([z.string(), z.date()]).transform((value, ctx): PlainDate => {
  const d = toPlainDate(value);
  if (d === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a real calendar date as YYYY-MM-DD', input: value });
    return z.NEVER;
  }
  return d;
});

/** A calendar year of the plan's period or near it (2000–2100). */
export const yearSchema = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(2000, { error: 'must be 2000 or later' })
  .max(2100, { error: 'must be 2100 or earlier' });
