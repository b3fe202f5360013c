import * as z from 'zod/mini';
import type { Money } from '../core/money.js';
import {
  nonNegativeIntegerSchema,
  plainDateSchema,
  positiveIntegerSchema,
  moneySchema,
  yearSchema,
} from '../core/schemas.js';

/**
 * The zod input schemas of `jilin-poverty-rules/finance`. Every public function validates its input with one of
 * these through `parseInput`, so bad input is a `PolicyInputError` naming the rule, the field and the value.
 */

/** A loan's term: whole years or whole months (exactly one of them), at least 1 and at most 100 years. */
export const loanTermSchema = /* @__PURE__ */ z
  .strictObject({
    years: z.optional(positiveIntegerSchema.check(z.lte(100, { error: 'must be at most 100 years' }))),
    months: z.optional(positiveIntegerSchema.check(z.lte(1200, { error: 'must be at most 1200 months' }))),
  })
  .check(
    z.refine((t) => (t.years === undefined) !== (t.months === undefined), {
      error: 'give the term in years or in months (exactly one of them)',
    }),
  );
/** A loan's term. */
export type LoanTerm = z.input<typeof loanTermSchema>;

/** Input of `checkMicrocreditLoan`. */
export const microcreditLoanSchema = /* @__PURE__ */ z.strictObject({
  /** The loan amount in yuan, exact to the fen, greater than 0. */
  amount: moneySchema.check(z.refine((m: Money) => m.isPositive(), { error: 'must be greater than zero' })),
  term: loanTermSchema,
  /** Whether the borrower is a registered poor household (建档立卡贫困户). */
  registeredPoorHousehold: z.boolean({ error: 'must be true or false' }),
  /** The day the loan is granted (selects the parameters in force); optional. */
  date: z.optional(plainDateSchema),
});
/** Input of `checkMicrocreditLoan`. */
export type MicrocreditLoan = z.input<typeof microcreditLoanSchema>;

/** Input of `provincialFundSchedule`: optionally one year to report on. */
export const fundScheduleQuerySchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    /** A year of the schedule (2016–2020 under the plan). */
    year: z.optional(yearSchema),
  }),
);
/** Input of `provincialFundSchedule`. */
export type FundScheduleQuery = z.input<typeof fundScheduleQuerySchema>;

/** Input of `landQuota`: a place of the region registry and a number of years (default 1). */
export const landQuotaQuerySchema = /* @__PURE__ */ z.strictObject({
  /** A national key county, or a prefecture or the province (all its key counties). */
  place: z.string({ error: 'must be a place name, id or code' }),
  /** How many years of quota (default 1). */
  years: z.optional(positiveIntegerSchema.check(z.lte(100, { error: 'must be at most 100 years' }))),
});
/** Input of `landQuota`. */
export type LandQuotaQuery = z.input<typeof landQuotaQuerySchema>;

/** Input of `checkCountyMatching`. */
export const countyMatchingSchema = /* @__PURE__ */ z.strictObject({
  /** A public-interest (公益性) construction project. */
  publicInterest: z.boolean({ error: 'must be true or false' }),
  /** The project lies in a poor area (贫困地区), as the caller's programme defines it. */
  inPoorArea: z.boolean({ error: 'must be true or false' }),
});
/** Input of `checkCountyMatching`. */
export type CountyMatchingInput = z.input<typeof countyMatchingSchema>;

/** Input of `checkDepartmentVillages`: how many villages one department (unit) covers. */
export const departmentVillagesSchema = /* @__PURE__ */ z.strictObject({
  villages: nonNegativeIntegerSchema,
});
/** Input of `checkDepartmentVillages`. */
export type DepartmentVillagesInput = z.input<typeof departmentVillagesSchema>;

/** A place of the region registry (name, official name, alias, id or GB/T 2260 code). */
export const placeSchema = /* @__PURE__ */ z.string({ error: 'must be a place name, id or code' });

/** Input of `assistancePairs`: optionally a place whose pairs to list. */
export const assistancePairsQuerySchema = /* @__PURE__ */ z.optional(
  z.strictObject({ place: z.optional(placeSchema) }),
);
/** Input of `assistancePairs`. */
export type AssistancePairsQuery = z.input<typeof assistancePairsQuerySchema>;
