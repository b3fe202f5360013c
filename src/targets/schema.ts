import * as z from 'zod/mini';
import { MAX_LIST_LENGTH } from '../core/limits.js';
import {
  decimalSchema,
  nonNegativeIntegerSchema,
  nonNegativeMoneySchema,
  plainDateSchema,
  positiveIntegerSchema,
} from '../core/schemas.js';
import { Money } from '../core/money.js';

/** A year the plan's targets may name. */
const targetYearSchema = /* @__PURE__ */ z
  .number({ error: 'must be a year' })
  .check(
    z.int({ error: 'must be a whole year' }),
    z.gte(2015, { error: 'must be 2015 or later' }),
    z.lte(2100, { error: 'must be 2100 or earlier' }),
  );

/**
 * An observation of a target: a number (in the target's parameter unit: a rate as a fraction, 0.82 for 82%),
 * or `{ value, year?, reference? }` to name the year's target it measures and, for a relative target
 * (高于全国平均水平), the reference figure it is compared with. `null` for a target stated in words only.
 */
export const targetObservationSchema = /* @__PURE__ */ z.union([
  z.null(),
  decimalSchema,
  z.strictObject({
    value: z.nullable(decimalSchema),
    year: z.optional(targetYearSchema),
    reference: z.optional(decimalSchema),
  }),
]);
/** What {@link targetObservationSchema} accepts. */
export type TargetObservationInput = z.input<typeof targetObservationSchema>;

/** One observation of a report for `assessTargets`: the target's id with the observation's fields. */
export const targetReportEntrySchema = /* @__PURE__ */ z.strictObject({
  target: z.string({ error: 'must be a target id' }).check(z.minLength(1)),
  value: z.nullable(decimalSchema),
  year: z.optional(targetYearSchema),
  reference: z.optional(decimalSchema),
});
/** A report for `assessTargets`: a list of observations (at least one). */
export const targetReportSchema = /* @__PURE__ */ z.array(targetReportEntrySchema).check(
  z.minLength(1, { error: 'must list at least one observation' }),
  z.maxLength(MAX_LIST_LENGTH, {
    error: `must list at most ${String(MAX_LIST_LENGTH)} observations (MAX_LIST_LENGTH)`,
  }),
);
/** What {@link targetReportSchema} accepts. */
export type TargetReportInput = z.input<typeof targetReportSchema>;

/** The date an assessment is made on. */
export const asOfSchema = plainDateSchema;

/** Registered poor people and rural population of a village or county (the poor cannot outnumber the people). */
export const incidenceInputSchema = /* @__PURE__ */ z
  .strictObject({
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
  })
  .check(
    z.refine((v) => v.registeredPoor <= v.ruralPopulation, {
      error: 'must not exceed ruralPopulation',
      path: ['registeredPoor'],
    }),
  );
/** What {@link incidenceInputSchema} accepts. */
export type IncidenceInput = z.input<typeof incidenceInputSchema>;

const answer = /* @__PURE__ */ z.optional(
  z.nullable(z.boolean({ error: 'must be true, false or null (not answered)' })),
);

/** The village exit conditions of chapter 1 section 3, each answered true, false or null (not yet answered). */
export const villageConditionsSchema = /* @__PURE__ */ z.strictObject({
  infrastructureImproved: answer,
  farmlandImproved: answer,
  featureIndustry: answer,
  collectiveEconomy: answer,
  selfGovernance: answer,
});
/** The county exit conditions of chapter 1 section 3. */
export const countyConditionsSchema = /* @__PURE__ */ z.strictObject({
  infrastructureImproved: answer,
  publicServicesImproved: answer,
  travelAndMedicalSolved: answer,
  socialSecurityCovered: answer,
  countyEconomyGrowing: answer,
  ecologyImproved: answer,
  sustainableDevelopment: answer,
});
/** The household exit conditions: stable income and channels, 两不愁 and 三保障. */
export const householdConditionsSchema = /* @__PURE__ */ z.strictObject({
  incomeStable: answer,
  incomeChannels: answer,
  food: answer,
  clothing: answer,
  compulsoryEducation: answer,
  basicMedicalCare: answer,
  housingSafety: answer,
});

const placeSchema = /* @__PURE__ */ z
  .string({ error: 'must be a place name (a region query)' })
  .check(z.minLength(1, { error: 'must not be empty' }));

/** Input of `checkVillageExit`: the place the village lies in (its township, county or prefecture). */
export const villageExitInputSchema = /* @__PURE__ */ z
  .strictObject({
    place: placeSchema,
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
    date: plainDateSchema,
    conditions: z.optional(villageConditionsSchema),
  })
  .check(
    z.refine((v) => v.registeredPoor <= v.ruralPopulation, {
      error: 'must not exceed ruralPopulation',
      path: ['registeredPoor'],
    }),
  );
/** What {@link villageExitInputSchema} accepts. */
export type VillageExitInput = z.input<typeof villageExitInputSchema>;

/** Input of `checkCountyExit`: the county (a county, county-level city or district of Jilin). */
export const countyExitInputSchema = /* @__PURE__ */ z
  .strictObject({
    county: placeSchema,
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
    date: plainDateSchema,
    conditions: z.optional(countyConditionsSchema),
  })
  .check(
    z.refine((v) => v.registeredPoor <= v.ruralPopulation, {
      error: 'must not exceed ruralPopulation',
      path: ['registeredPoor'],
    }),
  );
/** What {@link countyExitInputSchema} accepts. */
export type CountyExitInput = z.input<typeof countyExitInputSchema>;

/** Input of `checkHouseholdExit`: per-capita disposable income (yuan a year), date and the checklist. */
export const householdExitInputSchema = /* @__PURE__ */ z.strictObject({
  perCapitaIncome: nonNegativeMoneySchema,
  date: plainDateSchema,
  conditions: z.optional(householdConditionsSchema),
});
/** What {@link householdExitInputSchema} accepts. */
export type HouseholdExitInput = z.input<typeof householdExitInputSchema>;

/**
 * The figure the plan leaves to the caller: the national poverty line (国家扶贫标准) in yuan per person a year, as
 * in force for the year assessed. The plan gives no number; the library has none.
 */
export const householdExitLocalSchema = /* @__PURE__ */ z.strictObject({
  nationalPovertyLine: nonNegativeMoneySchema.check(
    z.refine((m: Money) => m.isPositive(), { error: 'must be greater than zero' }),
  ),
});
/** What {@link householdExitLocalSchema} accepts. */
export type HouseholdExitLocal = z.input<typeof householdExitLocalSchema>;

/** Input of `checkPolicyRetention`: when the unit exited, and the day asked about. */
export const policyRetentionInputSchema = /* @__PURE__ */ z.strictObject({
  unit: z.enum(['household', 'village', 'county']),
  exitDate: plainDateSchema,
  date: plainDateSchema,
});
/** What {@link policyRetentionInputSchema} accepts. */
export type PolicyRetentionInput = z.input<typeof policyRetentionInputSchema>;

/** The local figure of `checkPolicyRetention`: months policies are kept after exit (needed under `localPeriod`). */
export const policyRetentionLocalSchema = /* @__PURE__ */ z.strictObject({
  retentionMonths: z.optional(
    nonNegativeIntegerSchema.check(z.lte(1200, { error: 'must be at most 1200 months' })),
  ),
});
/** What {@link policyRetentionLocalSchema} accepts. */
export type PolicyRetentionLocal = z.input<typeof policyRetentionLocalSchema>;

/** The procedures of chapter 12 section 1. */
export const exitProcedureKindSchema = /* @__PURE__ */ z.enum(['household', 'village', 'county']);

/** One step done: which, who did it, when, and (for a decision) its outcome. */
export const procedureActionSchema = /* @__PURE__ */ z.strictObject({
  step: z.string({ error: 'must be a step id' }).check(z.minLength(1)),
  by: z
    .string({ error: 'must say who did the step' })
    .check(z.trim(), z.minLength(1, { error: 'must say who did the step' })),
  on: plainDateSchema,
  outcome: z.optional(z.enum(['passed', 'failed'])),
  note: z.optional(z.string()),
});
/** What {@link procedureActionSchema} accepts. */
export type ProcedureActionInput = z.input<typeof procedureActionSchema>;

/** What starts a procedure: its kind, the subject (household, village) and, for a county, the county. */
export const procedureStartSchema = /* @__PURE__ */ z.strictObject({
  procedure: exitProcedureKindSchema,
  subject: z.string({ error: 'must name the household, village or county' }).check(z.trim(), z.minLength(1)),
  county: z.optional(placeSchema),
});
/** What {@link procedureStartSchema} accepts. */
export type ProcedureStartInput = z.input<typeof procedureStartSchema>;

/** A procedure's state, as returned by `startExitProcedure` / `advanceExitProcedure` (and passed back in). */
export const procedureStateSchema = /* @__PURE__ */ z.strictObject({
  procedure: exitProcedureKindSchema,
  subject: z.string().check(z.trim(), z.minLength(1)),
  county: z.nullable(z.string().check(z.minLength(1))),
  nationalKeyCounty: z.boolean(),
  status: z.enum(['inProgress', 'completed', 'stopped']),
  next: z.nullable(z.string()),
  history: z
    .array(
      z.strictObject({
        step: z.string().check(z.minLength(1)),
        role: z.strictObject({ zh: z.string(), en: z.string() }),
        by: z.string().check(z.trim(), z.minLength(1)),
        on: plainDateSchema,
        outcome: z.enum(['passed', 'failed']),
        note: z.optional(z.string()),
      }),
    )
    .check(z.maxLength(100, { error: 'must hold at most 100 steps (a procedure has fewer than 10)' })),
});
/** What {@link procedureStateSchema} accepts. */
export type ProcedureStateInput = z.input<typeof procedureStateSchema>;
