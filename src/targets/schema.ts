import * as z from 'zod';
import {
  decimalSchema,
  nonNegativeIntegerSchema,
  nonNegativeMoneySchema,
  plainDateSchema,
  positiveIntegerSchema,
} from '../core/schemas.js';
import { Money } from '../core/money.js';

/** A year the plan's targets may name. */
const targetYearSchema = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(2015, { error: 'must be 2015 or later' })
  .max(2100, { error: 'must be 2100 or earlier' });

/**
 * An observation of a target: a number (in the target's parameter unit: a rate as a fraction, 0.82 for 82%),
 * or `{ value, year?, reference? }` to name the year's target it measures and, for a relative target
 * (高于全国平均水平), the reference figure it is compared with. `null` for a target stated in words only.
 */
export const targetObservationSchema = z.union([
  z.null(),
  decimalSchema,
  z.strictObject({
    value: z.nullable(decimalSchema),
    year: targetYearSchema.optional(),
    reference: z.optional(decimalSchema),
  }),
]);
/** What {@link targetObservationSchema} accepts. */
export type TargetObservationInput = z.input<typeof targetObservationSchema>;

/** One observation of a report for `assessTargets`: the target's id with the observation's fields. */
export const targetReportEntrySchema = z.strictObject({
  target: z.string({ error: 'must be a target id' }).min(1),
  value: z.nullable(decimalSchema),
  year: targetYearSchema.optional(),
  reference: z.optional(decimalSchema),
});
/** A report for `assessTargets`: a list of observations (at least one). */
export const targetReportSchema = z
  .array(targetReportEntrySchema)
  .min(1, { error: 'must list at least one observation' });
/** What {@link targetReportSchema} accepts. */
export type TargetReportInput = z.input<typeof targetReportSchema>;

/** The date an assessment is made on. */
export const asOfSchema = plainDateSchema;

/** Registered poor people and rural population of a village or county (the poor cannot outnumber the people). */
export const incidenceInputSchema = z
  .strictObject({
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
  })
  .refine((v) => v.registeredPoor <= v.ruralPopulation, {
    error: 'must not exceed ruralPopulation',
    path: ['registeredPoor'],
  });
/** What {@link incidenceInputSchema} accepts. */
export type IncidenceInput = z.input<typeof incidenceInputSchema>;

const answer = z.boolean({ error: 'must be true, false or null (not answered)' }).nullable().optional();

/** The village exit conditions of chapter 1 section 3, each answered true, false or null (not yet answered). */
export const villageConditionsSchema = z.strictObject({
  infrastructureImproved: answer,
  farmlandImproved: answer,
  featureIndustry: answer,
  collectiveEconomy: answer,
  selfGovernance: answer,
});
/** The county exit conditions of chapter 1 section 3. */
export const countyConditionsSchema = z.strictObject({
  infrastructureImproved: answer,
  publicServicesImproved: answer,
  travelAndMedicalSolved: answer,
  socialSecurityCovered: answer,
  countyEconomyGrowing: answer,
  ecologyImproved: answer,
  sustainableDevelopment: answer,
});
/** The household exit conditions: stable income and channels, 两不愁 and 三保障. */
export const householdConditionsSchema = z.strictObject({
  incomeStable: answer,
  incomeChannels: answer,
  food: answer,
  clothing: answer,
  compulsoryEducation: answer,
  basicMedicalCare: answer,
  housingSafety: answer,
});

const placeSchema = z
  .string({ error: 'must be a place name (a region query)' })
  .min(1, { error: 'must not be empty' });

/** Input of `checkVillageExit`: the place the village lies in (its township, county or prefecture). */
export const villageExitInputSchema = z
  .strictObject({
    place: placeSchema,
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
    date: plainDateSchema,
    conditions: villageConditionsSchema.optional(),
  })
  .refine((v) => v.registeredPoor <= v.ruralPopulation, {
    error: 'must not exceed ruralPopulation',
    path: ['registeredPoor'],
  });
/** What {@link villageExitInputSchema} accepts. */
export type VillageExitInput = z.input<typeof villageExitInputSchema>;

/** Input of `checkCountyExit`: the county (a county, county-level city or district of Jilin). */
export const countyExitInputSchema = z
  .strictObject({
    county: placeSchema,
    registeredPoor: nonNegativeIntegerSchema,
    ruralPopulation: positiveIntegerSchema,
    date: plainDateSchema,
    conditions: countyConditionsSchema.optional(),
  })
  .refine((v) => v.registeredPoor <= v.ruralPopulation, {
    error: 'must not exceed ruralPopulation',
    path: ['registeredPoor'],
  });
/** What {@link countyExitInputSchema} accepts. */
export type CountyExitInput = z.input<typeof countyExitInputSchema>;

/** Input of `checkHouseholdExit`: per-capita disposable income (yuan a year), date and the checklist. */
export const householdExitInputSchema = z.strictObject({
  perCapitaIncome: nonNegativeMoneySchema,
  date: plainDateSchema,
  conditions: householdConditionsSchema.optional(),
});
/** What {@link householdExitInputSchema} accepts. */
export type HouseholdExitInput = z.input<typeof householdExitInputSchema>;

/**
 * The figure the plan leaves to the caller: the national poverty line (国家扶贫标准) in yuan per person a year, as
 * in force for the year assessed. The plan gives no number; the library has none.
 */
export const householdExitLocalSchema = z.strictObject({
  nationalPovertyLine: nonNegativeMoneySchema.check(
    z.refine((m: Money) => m.isPositive(), { error: 'must be greater than zero' }),
  ),
});
/** What {@link householdExitLocalSchema} accepts. */
export type HouseholdExitLocal = z.input<typeof householdExitLocalSchema>;

/** Input of `checkPolicyRetention`: when the unit exited, and the day asked about. */
export const policyRetentionInputSchema = z.strictObject({
  unit: z.enum(['household', 'village', 'county']),
  exitDate: plainDateSchema,
  date: plainDateSchema,
});
/** What {@link policyRetentionInputSchema} accepts. */
export type PolicyRetentionInput = z.input<typeof policyRetentionInputSchema>;

/** The local figure of `checkPolicyRetention`: months policies are kept after exit (needed under `localPeriod`). */
export const policyRetentionLocalSchema = z.strictObject({
  retentionMonths: z.optional(
    nonNegativeIntegerSchema.check(z.lte(1200, { error: 'must be at most 1200 months' })),
  ),
});
/** What {@link policyRetentionLocalSchema} accepts. */
export type PolicyRetentionLocal = z.input<typeof policyRetentionLocalSchema>;

/** The procedures of chapter 12 section 1. */
export const exitProcedureKindSchema = z.enum(['household', 'village', 'county']);

/** One step done: which, who did it, when, and (for a decision) its outcome. */
export const procedureActionSchema = z.strictObject({
  step: z.string({ error: 'must be a step id' }).min(1),
  by: z.string({ error: 'must say who did the step' }).trim().min(1, { error: 'must say who did the step' }),
  on: plainDateSchema,
  outcome: z.enum(['passed', 'failed']).optional(),
  note: z.string().optional(),
});
/** What {@link procedureActionSchema} accepts. */
export type ProcedureActionInput = z.input<typeof procedureActionSchema>;

/** What starts a procedure: its kind, the subject (household, village) and, for a county, the county. */
export const procedureStartSchema = z.strictObject({
  procedure: exitProcedureKindSchema,
  subject: z.string({ error: 'must name the household, village or county' }).trim().min(1),
  county: placeSchema.optional(),
});
/** What {@link procedureStartSchema} accepts. */
export type ProcedureStartInput = z.input<typeof procedureStartSchema>;

/** A procedure's state, as returned by `startExitProcedure` / `advanceExitProcedure` (and passed back in). */
export const procedureStateSchema = z.strictObject({
  procedure: exitProcedureKindSchema,
  subject: z.string().trim().min(1),
  county: z.string().min(1).nullable(),
  nationalKeyCounty: z.boolean(),
  status: z.enum(['inProgress', 'completed', 'stopped']),
  next: z.string().nullable(),
  history: z.array(
    z.strictObject({
      step: z.string().min(1),
      role: z.strictObject({ zh: z.string(), en: z.string() }),
      by: z.string().trim().min(1),
      on: plainDateSchema,
      outcome: z.enum(['passed', 'failed']),
      note: z.string().optional(),
    }),
  ),
});
/** What {@link procedureStateSchema} accepts. */
export type ProcedureStateInput = z.input<typeof procedureStateSchema>;
