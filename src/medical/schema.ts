import * as z from 'zod/mini';
import { meetsBound } from '../core/bounds.js';
import type { Money } from '../core/money.js';
import { nonNegativeMoneySchema, plainDateSchema, rateSchema } from '../core/schemas.js';
import { toDecimal } from '../core/decimal.js';
import type { ParamOverrides, Regime } from '../core/evaluation.js';
import { Money as MoneyClass } from '../core/money.js';
import { PLAN_START, versionOn, type Param } from '../core/param.js';
import { readingsSchemaFor } from '../core/readings.js';
import {
  CARE_TYPES,
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM,
  DISEASE_GROUPS,
  HOSPITAL_LEVELS,
  IN_COUNTY_RATIO_MAX_PARAM,
  IN_COUNTY_RATIO_MIN_PARAM,
} from './params.js';
import { MEDICAL_INTERPRETATIONS } from './rules.js';

/** The most bands a scheme's critical illness insurance may have (a local scheme has a handful). */
export const MAX_CRITICAL_ILLNESS_BANDS = 100;

/** A parameter's value under the plan (the schema checks a profile against the plan's own figures). */
const planValue = (param: Param): string => versionOn(param, PLAN_START)?.value ?? '0';
const RATIO_MIN = toDecimal(planValue(IN_COUNTY_RATIO_MIN_PARAM)) ?? 0;
const RATIO_MAX = toDecimal(planValue(IN_COUNTY_RATIO_MAX_PARAM)) ?? 1;
/** The highest critical illness deductible in any period (1 万元 before the plan). */
const HIGHEST_DEDUCTIBLE = CRITICAL_ILLNESS_DEDUCTIBLE_PARAM.versions
  .map((v) => MoneyClass.of(v.value))
  .reduce((a, b) => MoneyClass.max(a, b));

/** A disease group (see `DISEASE_GROUPS`). */
export const diseaseGroupSchema = /* @__PURE__ */ z.enum(DISEASE_GROUPS);

/** The patient on a claim. */
export const patientSchema = /* @__PURE__ */ z.strictObject({
  /** A registered poor person (建档立卡贫困人口): the plan's uplifts and waivers are theirs. */
  registeredPoor: z.boolean(),
  /**
   * On the local scheme's list of specified poor enrollees for the 28 diseases; read only under the
   * `localList` reading of `medical.specifiedEnrollee`.
   */
  specifiedEnrollee: z.optional(z.boolean()),
});

/** Where the care was given. */
export const hospitalSchema = /* @__PURE__ */ z.strictObject({
  level: z.enum(HOSPITAL_LEVELS),
  /** Within the patient's own county (县域内). */
  inCounty: z.boolean(),
  /** A designated (定点) medical institution of the scheme. */
  designated: z.boolean(),
});

/**
 * One hospital or outpatient bill of one patient. `inCatalogueCost` is the part within the scheme's
 * catalogue (目录内); `rehabilitationItemsCost` is the part for the 23 disability rehabilitation items, outside
 * the catalogue before the plan; the two together cannot exceed `totalCost`.
 */
export const claimSchema = /* @__PURE__ */ z
  .strictObject({
    id: z.optional(z.string()),
    date: plainDateSchema,
    patient: patientSchema,
    careType: z.enum(CARE_TYPES),
    diseaseGroup: diseaseGroupSchema,
    hospital: hospitalSchema,
    totalCost: nonNegativeMoneySchema,
    inCatalogueCost: nonNegativeMoneySchema,
    rehabilitationItemsCost: z.optional(nonNegativeMoneySchema),
  })
  .check(
    z.superRefine((claim, ctx) => {
      const rehab = claim.rehabilitationItemsCost;
      if (claim.inCatalogueCost.gt(claim.totalCost)) {
        ctx.addIssue({
          code: 'custom',
          path: ['inCatalogueCost'],
          message: 'must not exceed totalCost',
          input: claim.inCatalogueCost,
        });
      } else if (rehab !== undefined && claim.inCatalogueCost.plus(rehab).gt(claim.totalCost)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rehabilitationItemsCost'],
          message: 'inCatalogueCost + rehabilitationItemsCost must not exceed totalCost',
          input: rehab,
        });
      }
      if (
        claim.careType === 'outpatient' &&
        (claim.diseaseGroup === 'surgical28' || claim.diseaseGroup === 'cardiacIntervention')
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['careType'],
          message: `must be 'inpatient' for ${claim.diseaseGroup} (a surgical admission)`,
          input: claim.careType,
        });
      }
    }),
  );

/** A claim as the functions read it (amounts as Money). */
export type Claim = z.output<typeof claimSchema>;
/** A claim as a caller writes it (amounts as strings or numbers). */
export type ClaimInput = z.input<typeof claimSchema>;

const tierOverrideSchema = /* @__PURE__ */ z.strictObject({
  deductible: z.optional(nonNegativeMoneySchema),
  rate: z.optional(rateSchema),
});

const outpatientCategorySchema = /* @__PURE__ */ z.strictObject({
  rate: rateSchema,
  /** The most basic insurance pays in a year for this outpatient category; none if absent. */
  annualCeiling: z.optional(nonNegativeMoneySchema),
});

/** A critical illness insurance band: the rate paid on costs above the deductible up to `upTo` (null: no end). */
export const criticalIllnessBandSchema = /* @__PURE__ */ z.strictObject({
  /** Where the band ends, measured above the deductible; `null` for the last, open band. */
  upTo: z.nullable(nonNegativeMoneySchema),
  rate: rateSchema,
});

/**
 * The local scheme's base parameters, which the plan does not give: rates, tiers, bands, ceilings, the third
 * layer and the county fund's target. Validated; ship your own, or start from the illustrative one.
 */
export const schemeProfileSchema = /* @__PURE__ */ z
  .strictObject({
    /** A name saying whose figures these are (and, for examples, that they are illustrative). */
    name: z.string().check(z.minLength(1)),
    basicInsurance: z.strictObject({
      /** Inpatient deductible per admission and rate on in-catalogue costs above it, overridable per level. */
      inpatient: z.strictObject({
        deductible: nonNegativeMoneySchema,
        rate: rateSchema,
        byLevel: z.optional(z.partialRecord(z.enum(HOSPITAL_LEVELS), tierOverrideSchema)),
      }),
      /** Compensation rate of the 42 major diseases (on in-catalogue costs above the inpatient deductible). */
      major42Rate: rateSchema,
      outpatient: z.strictObject({
        chronic32: outpatientCategorySchema,
        special42: outpatientCategorySchema,
        /** Other outpatient care (not raised by the plan). */
        general: outpatientCategorySchema,
      }),
      /** The most basic insurance pays for one person in a year, all care together. */
      annualCeiling: nonNegativeMoneySchema,
    }),
    criticalIllness: z.strictObject({
      /** Bands in ascending order; the last has `upTo: null`. */
      bands: z.array(criticalIllnessBandSchema).check(
        z.minLength(1),
        z.maxLength(MAX_CRITICAL_ILLNESS_BANDS, {
          error: `must have at most ${String(MAX_CRITICAL_ILLNESS_BANDS)} bands`,
        }),
      ),
      /** The most critical illness insurance pays for one person in a year. */
      annualCeiling: nonNegativeMoneySchema,
      /** Outpatient groups whose costs count toward critical illness insurance (inpatient costs always do). */
      outpatientGroups: z._default(
        z
          .array(diseaseGroupSchema)
          .check(z.maxLength(DISEASE_GROUPS.length, { error: 'must list each disease group at most once' })),
        ['special42', 'major42'],
      ),
    }),
    /** The third layer: medical assistance, or commercial insurance bought for the poor. */
    thirdLayer: z.strictObject({
      kind: z.enum(['medicalAssistance', 'commercialInsurance']),
      /** Rate on the in-catalogue costs still owed after the insurers (and waivers before it). */
      rate: rateSchema,
      /** The most it pays for one person in a year. */
      annualCap: nonNegativeMoneySchema,
    }),
    countyFund: z.strictObject({
      /** The in-county ratio the county fund guarantees, within the plan's 85%—90%. */
      targetInCountyRatio: rateSchema.check(
        z.refine((r) => meetsBound(r, '不低于', RATIO_MIN) && meetsBound(r, '不超过', RATIO_MAX), {
          error: 'must lie in [0.85, 0.90] (the plan’s 85%—90%)',
        }),
      ),
    }),
  })
  .check(
    z.superRefine((profile, ctx) => {
      const bands = profile.criticalIllness.bands;
      let previous: Money | undefined;
      bands.forEach((band, index) => {
        const last = index === bands.length - 1;
        if (last !== (band.upTo === null)) {
          ctx.addIssue({
            code: 'custom',
            path: ['criticalIllness', 'bands', index, 'upTo'],
            message: last
              ? 'must be null: the last band has no end'
              : 'must be an amount: only the last band is open',
            input: band.upTo,
          });
        } else if (band.upTo !== null) {
          if (band.upTo.isZero() || (previous !== undefined && band.upTo.lte(previous))) {
            ctx.addIssue({
              code: 'custom',
              path: ['criticalIllness', 'bands', index, 'upTo'],
              message: 'must be above the previous band’s end (bands ascend)',
              input: band.upTo,
            });
          }
          previous = band.upTo;
        }
      });
      const basic = profile.basicInsurance;
      const deductibles = [
        basic.inpatient.deductible,
        ...Object.values(basic.inpatient.byLevel ?? {}).flatMap((t) =>
          t.deductible === undefined ? [] : [t.deductible],
        ),
      ];
      if (deductibles.some((d) => basic.annualCeiling.lt(d))) {
        ctx.addIssue({
          code: 'custom',
          path: ['basicInsurance', 'annualCeiling'],
          message: 'must not be below an inpatient deductible',
          input: basic.annualCeiling,
        });
      }
      if (profile.criticalIllness.annualCeiling.lt(HIGHEST_DEDUCTIBLE)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criticalIllness', 'annualCeiling'],
          message: `must not be below the critical illness deductible (${HIGHEST_DEDUCTIBLE.toString()} before the plan)`,
          input: profile.criticalIllness.annualCeiling,
        });
      }
    }),
  );

/** A validated scheme profile (amounts as Money, rates as Decimal). */
export type MedicalSchemeProfile = z.output<typeof schemeProfileSchema>;
/** A scheme profile as a caller writes it. */
export type MedicalSchemeProfileInput = z.input<typeof schemeProfileSchema>;

/** The readings a caller may choose; each key is an interpretation `medical.<key>`, built from the registry. */
export const readingsSchema = /* @__PURE__ */ readingsSchemaFor(MEDICAL_INTERPRETATIONS);

/** The readings applied, every one resolved (the registry's chosen reading unless the caller chose another). */
export interface MedicalReadings {
  fiveUpliftsScope: 'allFive' | 'firstFour';
  waiverPosition: 'afterInsurance' | 'beforeInsurance' | 'afterAssistance';
  fullWaiverScope: 'inCatalogueOnly' | 'wholeBill';
  inCountyRatioBase: 'inCatalogue' | 'totalCost';
  inCountyTopUp: 'countyFund' | 'reportOnly';
  deductiblePeriod: 'perYear' | 'perAdmission';
  specifiedEnrollee: 'allRegisteredPoor' | 'localList';
  cardiacNcmsPayment: 'basicAndCriticalIllness' | 'basicOnly';
}

/** Options of `reimburse`, `reimburseYear` and `compareWithBaseline`: the rule contract's options. */
export const reimburseOptionsSchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    /** Readings other than the chosen ones. */
    readings: z.optional(readingsSchema),
    /** A reform: medical parameter id → value (`{ 'medical.upliftPoints': '10' }`). */
    overrides: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    /** Force the plan's or the pre-plan figures; without it the claim's date decides. */
    regime: z.optional(z.enum(['plan', 'baseline'])),
  }),
);

/** Options of `reimburse`, `reimburseYear` and `compareWithBaseline`. */
export interface ReimburseOptions {
  readonly readings?: { readonly [K in keyof MedicalReadings]?: MedicalReadings[K] | undefined };
  readonly overrides?: ParamOverrides;
  readonly regime?: Regime;
}
