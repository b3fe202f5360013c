import * as z from 'zod';
import { readPlainDate, type PlainDate } from './dates.js';
import { Decimal, readDecimal } from './decimal.js';
import { Money, readMoney } from './money.js';

/**
 * Shared zod schemas for the value types every area uses. Each accepts what a caller naturally has
 * (a decimal string, a number, a Decimal, a Date) and yields the exact type the rules compute with.
 */

const decimalInput = z.union([z.string(), z.number(), z.custom<Decimal>((v) => v instanceof Decimal)]);

/**
 * Any finite decimal → Decimal (a fresh copy). Within the library's limits (MAX_DECIMAL_LENGTH,
 * MAX_SIGNIFICANT_DIGITS, MAX_DECIMAL_EXPONENT); a refusal is an issue at the field's own path.
 */
export const decimalSchema = decimalInput.transform((value, ctx): Decimal => {
  const d = readDecimal(value);
  if (typeof d === 'string') {
    ctx.addIssue({ code: 'custom', message: d, input: value });
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

/**
 * An amount of yuan exact to the fen (at most two decimals, within ±MAX_MONEY_YUAN) → {@link Money}.
 * A refusal is an issue at the field's own path (never a `core.money` error thrown from inside a rule).
 */
export const moneySchema = z
  .union([z.custom<Money>((v) => Money.isMoney(v)), z.string(), z.number()])
  .transform((value, ctx): Money => {
    const m = readMoney(value);
    if (typeof m === 'string') {
      ctx.addIssue({ code: 'custom', message: m, input: value });
      return z.NEVER;
    }
    return m;
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

/**
 * A calendar date: `YYYY-MM-DD`, or a valid Date read in Asia/Shanghai time (UTC+8) → `YYYY-MM-DD`.
 * Years outside MIN_DATE_YEAR–MAX_DATE_YEAR (1900–2100) are refused.
 */
export const plainDateSchema = z
  .union([z.string(), z.custom<Date>((v) => v instanceof Date)])
  .transform((value, ctx): PlainDate => {
    const d = readPlainDate(value);
    if (d.error !== undefined) {
      ctx.addIssue({ code: 'custom', message: d.error, input: value });
      return z.NEVER;
    }
    return d.date;
  });

/** A calendar year of the plan's period or near it (2000–2100). */
export const yearSchema = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(2000, { error: 'must be 2000 or later' })
  .max(2100, { error: 'must be 2100 or earlier' });
