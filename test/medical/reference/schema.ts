// Test-only reference: the medical cascade before issue 9 (see README.md).
import * as z from 'zod';
import { meetsBound } from '../../../src/core/bounds.js';
import type { Decimal } from '../../../src/core/decimal.js';
import type { Money } from '../../../src/core/money.js';
import { nonNegativeMoneySchema, plainDateSchema, rateSchema } from '../../../src/core/schemas.js';
import {
  BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE,
  CARE_TYPES,
  DISEASE_GROUPS,
  HOSPITAL_LEVELS,
  IN_COUNTY_RATIO_RANGE,
} from './params.js';

/** A disease group (see `DISEASE_GROUPS`). */
export const diseaseGroupSchema = z.enum(DISEASE_GROUPS);

/** The patient on a claim. */
export const patientSchema = z.strictObject({
  /** A registered poor person (建档立卡贫困人口): the plan's uplifts and waivers are theirs. */
  registeredPoor: z.boolean(),
  /**
   * On the local scheme's list of specified poor enrollees for the 28 diseases; read only under the
   * `localList` reading of `medical.specifiedEnrollee`.
   */
  specifiedEnrollee: z.boolean().optional(),
});

/** Where the care was given. */
export const hospitalSchema = z.strictObject({
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
export const claimSchema = z
  .strictObject({
    id: z.string().optional(),
    date: plainDateSchema,
    patient: patientSchema,
    careType: z.enum(CARE_TYPES),
    diseaseGroup: diseaseGroupSchema,
    hospital: hospitalSchema,
    totalCost: nonNegativeMoneySchema,
    inCatalogueCost: nonNegativeMoneySchema,
    rehabilitationItemsCost: z.optional(nonNegativeMoneySchema),
  })
  .superRefine((claim, ctx) => {
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
  });

/** A claim as the functions read it (amounts as Money). */
export type Claim = z.output<typeof claimSchema>;
/** A claim as a caller writes it (amounts as strings or numbers). */
export type ClaimInput = z.input<typeof claimSchema>;

const tierOverrideSchema = z.strictObject({
  deductible: z.optional(nonNegativeMoneySchema),
  rate: z.optional(rateSchema),
});

const outpatientCategorySchema = z.strictObject({
  rate: rateSchema,
  /** The most basic insurance pays in a year for this outpatient category; none if absent. */
  annualCeiling: z.optional(nonNegativeMoneySchema),
});

/** A critical illness insurance band: the rate paid on costs above the deductible up to `upTo` (null: no end). */
export const criticalIllnessBandSchema = z.strictObject({
  /** Where the band ends, measured above the deductible; `null` for the last, open band. */
  upTo: z.nullable(nonNegativeMoneySchema),
  rate: rateSchema,
});

/**
 * The local scheme's base parameters, which the plan does not give: rates, tiers, bands, ceilings, the third
 * layer and the county fund's target. Validated; ship your own, or start from the illustrative one.
 */
export const schemeProfileSchema = z
  .strictObject({
    /** A name saying whose figures these are (and, for examples, that they are illustrative). */
    name: z.string().min(1),
    basicInsurance: z.strictObject({
      /** Inpatient deductible per admission and rate on in-catalogue costs above it, overridable per level. */
      inpatient: z.strictObject({
        deductible: nonNegativeMoneySchema,
        rate: rateSchema,
        byLevel: z.partialRecord(z.enum(HOSPITAL_LEVELS), tierOverrideSchema).optional(),
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
      bands: z.array(criticalIllnessBandSchema).min(1),
      /** The most critical illness insurance pays for one person in a year. */
      annualCeiling: nonNegativeMoneySchema,
      /** Outpatient groups whose costs count toward critical illness insurance (inpatient costs always do). */
      outpatientGroups: z.array(diseaseGroupSchema).default(['special42', 'major42']),
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
        z.refine(
          (r: Decimal) =>
            meetsBound(r, '不低于', IN_COUNTY_RATIO_RANGE[0]) &&
            meetsBound(r, '不超过', IN_COUNTY_RATIO_RANGE[1]),
          { error: 'must lie in [0.85, 0.90] (the plan’s 85%—90%)' },
        ),
      ),
    }),
  })
  .superRefine((profile, ctx) => {
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
    if (profile.criticalIllness.annualCeiling.lt(BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE)) {
      ctx.addIssue({
        code: 'custom',
        path: ['criticalIllness', 'annualCeiling'],
        message: 'must not be below the critical illness deductible (10000 before the plan)',
        input: profile.criticalIllness.annualCeiling,
      });
    }
  });

/** A validated scheme profile (amounts as Money, rates as Decimal). */
export type MedicalSchemeProfile = z.output<typeof schemeProfileSchema>;
/** A scheme profile as a caller writes it. */
export type MedicalSchemeProfileInput = z.input<typeof schemeProfileSchema>;

/** The readings a caller may choose; each key is an interpretation `medical.<key>`. */
export const readingsSchema = z
  .strictObject({
    fiveUpliftsScope: z.enum(['allFive', 'firstFour']),
    waiverPosition: z.enum(['afterInsurance', 'beforeInsurance', 'afterAssistance']),
    fullWaiverScope: z.enum(['inCatalogueOnly', 'wholeBill']),
    inCountyRatioBase: z.enum(['inCatalogue', 'totalCost']),
    inCountyTopUp: z.enum(['countyFund', 'reportOnly']),
    deductiblePeriod: z.enum(['perYear', 'perAdmission']),
    specifiedEnrollee: z.enum(['allRegisteredPoor', 'localList']),
    cardiacNcmsPayment: z.enum(['basicAndCriticalIllness', 'basicOnly']),
  })
  .partial();

/** The readings applied, every one resolved. */
export type MedicalReadings = {
  -readonly [K in keyof z.output<typeof readingsSchema>]-?: NonNullable<z.output<typeof readingsSchema>[K]>;
};

/** The chosen reading of each interpretation (the defaults). */
export const DEFAULT_READINGS: Readonly<MedicalReadings> = Object.freeze({
  fiveUpliftsScope: 'allFive',
  waiverPosition: 'afterInsurance',
  fullWaiverScope: 'inCatalogueOnly',
  inCountyRatioBase: 'inCatalogue',
  inCountyTopUp: 'countyFund',
  deductiblePeriod: 'perYear',
  specifiedEnrollee: 'allRegisteredPoor',
  cardiacNcmsPayment: 'basicAndCriticalIllness',
});

/** Options of `reimburse` and `reimburseYear`. */
export const reimburseOptionsSchema = z
  .strictObject({
    /** Readings other than the chosen ones. */
    readings: readingsSchema.optional(),
    /** `'baseline'` applies the pre-plan rules to anyone; `'plan'` (default) applies the plan to the registered poor. */
    regime: z.enum(['plan', 'baseline']).optional(),
  })
  .optional();

/** Options of `reimburse` and `reimburseYear`. */
export type ReimburseOptions = z.input<typeof reimburseOptionsSchema>;
