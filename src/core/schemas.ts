import * as z from 'zod/mini';
import type { ParsePayload } from 'zod/v4/core';
import { readPlainDate, type PlainDate } from './dates.js';
import { Decimal, readDecimal } from './decimal.js';
import { Money, readMoney } from './money.js';

/**
 * Shared zod schemas for the value types every area uses. Each accepts what a caller naturally has
 * (a decimal string, a number, a Decimal, a Date) and yields the exact type the rules compute with.
 *
 * Written with zod/mini (functional API: `z.optional(s)`, `s.check(z.refine(...))`): zod's classic API keeps
 * most of zod in every bundle. Compose them the same way (`z.optional(moneySchema)`, not `.optional()`).
 */

/** Reports `message` as an issue at the value's own path (a zod/mini transform has no `ctx.addIssue`). */
function reject(payload: ParsePayload, value: unknown, message: string): never {
  payload.issues.push({ code: 'custom', message, input: value, path: [] });
  return z.NEVER;
}

const decimalInput = /* @__PURE__ */ z.union([
  z.string(),
  z.number(),
  z.custom<Decimal>((v) => v instanceof Decimal),
]);

/**
 * Any finite decimal → Decimal (a fresh copy). Within the library's limits (MAX_DECIMAL_LENGTH,
 * MAX_SIGNIFICANT_DIGITS, MAX_DECIMAL_EXPONENT); a refusal is an issue at the field's own path.
 */
export const decimalSchema = /* @__PURE__ */ z.pipe(
  decimalInput,
  z.transform((value: string | number | Decimal, payload): Decimal => {
    const d = readDecimal(value);
    return typeof d === 'string' ? reject(payload, value, d) : d;
  }),
);

/** A decimal that is ≥ 0. */
export const nonNegativeDecimalSchema = /* @__PURE__ */ decimalSchema.check(
  z.refine((d) => !d.isNegative(), { error: 'must not be negative' }),
);

/** A decimal that is > 0. */
export const positiveDecimalSchema = /* @__PURE__ */ decimalSchema.check(
  z.refine((d) => d.isPositive() && !d.isZero(), { error: 'must be greater than zero' }),
);

/**
 * An amount of yuan exact to the fen (at most two decimals, within ±MAX_MONEY_YUAN) → {@link Money}.
 * A refusal is an issue at the field's own path (never a `core.money` error thrown from inside a rule).
 */
export const moneySchema = /* @__PURE__ */ z.pipe(
  z.union([z.custom<Money>((v) => Money.isMoney(v)), z.string(), z.number()]),
  z.transform((value: Money | string | number, payload): Money => {
    const m = readMoney(value);
    return typeof m === 'string' ? reject(payload, value, m) : m;
  }),
);

/** An amount of yuan ≥ 0. */
export const nonNegativeMoneySchema = /* @__PURE__ */ moneySchema.check(
  z.refine((m) => !m.isNegative(), { error: 'must not be negative' }),
);

/** A rate in [0, 1] (0.65 for 65%) → Decimal. */
export const rateSchema = /* @__PURE__ */ decimalSchema.check(
  z.refine((d) => d.gte(0) && d.lte(1), { error: 'must be a rate in [0, 1] (0.65 for 65%)' }),
);

/** A whole number ≥ 1 (people, members, sites). */
export const positiveIntegerSchema = /* @__PURE__ */ z
  .number({ error: 'must be a whole number' })
  .check(
    z.int({ error: 'must be a whole number' }),
    z.gte(1, { error: 'must be at least 1' }),
    z.lte(Number.MAX_SAFE_INTEGER),
  );

/** A whole number ≥ 0. */
export const nonNegativeIntegerSchema = /* @__PURE__ */ z
  .number({ error: 'must be a whole number' })
  .check(
    z.int({ error: 'must be a whole number' }),
    z.gte(0, { error: 'must not be negative' }),
    z.lte(Number.MAX_SAFE_INTEGER),
  );

/**
 * A calendar date: `YYYY-MM-DD`, or a valid Date read in Asia/Shanghai time (UTC+8) → `YYYY-MM-DD`.
 * Years outside MIN_DATE_YEAR–MAX_DATE_YEAR (1900–2100) are refused.
 */
export const plainDateSchema = /* @__PURE__ */ z.pipe(
  z.union([z.string(), z.custom<Date>((v) => v instanceof Date)]),
  z.transform((value: string | Date, payload): PlainDate => {
    const d = readPlainDate(value);
    return d.error !== undefined ? reject(payload, value, d.error) : d.date;
  }),
);

/** A calendar year of the plan's period or near it (2000–2100). */
export const yearSchema = /* @__PURE__ */ z
  .number({ error: 'must be a year' })
  .check(
    z.int({ error: 'must be a whole year' }),
    z.gte(2000, { error: 'must be 2000 or later' }),
    z.lte(2100, { error: 'must be 2100 or earlier' }),
  );
