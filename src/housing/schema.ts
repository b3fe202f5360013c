import * as z from 'zod/mini';
import {
  nonNegativeIntegerSchema,
  nonNegativeMoneySchema,
  plainDateSchema,
  positiveDecimalSchema,
  positiveIntegerSchema,
} from '../core/schemas.js';

/**
 * The housing area's input schemas (options are validated by the rule contract, `openEvaluation`). Every public function validates its input with one of these through
 * `parseInput`, so bad input is a `PolicyInputError` naming the rule, the field path and the value.
 * Objects are strict: an unknown (for example misspelt) field is refused rather than silently ignored.
 */

/** Reading ids of `housing.areaCapBasis`. */
export const AREA_CAP_BASIS_READINGS = /* @__PURE__ */ Object.freeze([
  'registeredMembers',
  'allMembers',
] as const);
export type AreaCapBasisReading = (typeof AREA_CAP_BASIS_READINGS)[number];

/** Reading ids of `housing.borrowingScope`. */
export const BORROWING_SCOPE_READINGS = /* @__PURE__ */ Object.freeze([
  'borrowingToEnlarge',
  'anyOwnBorrowingForHouse',
] as const);
export type BorrowingScopeReading = (typeof BORROWING_SCOPE_READINGS)[number];

/** Reading ids of `housing.concentratedShareBase`. */
export const CONCENTRATED_SHARE_BASE_READINGS = /* @__PURE__ */ Object.freeze([
  'registeredPeople',
  'allRelocatedPeople',
] as const);
export type ConcentratedShareBaseReading = (typeof CONCENTRATED_SHARE_BASE_READINGS)[number];

/** Reading ids of `housing.candidacyConditions`. */
export const CANDIDACY_CONDITIONS_READINGS = /* @__PURE__ */ Object.freeze([
  'anyListedCondition',
  'listedOrLocalFinding',
] as const);
export type CandidacyConditionsReading = (typeof CANDIDACY_CONDITIONS_READINGS)[number];

/** Reading ids of `housing.relocationBy2018`. */
export const RELOCATION_BY_2018_READINGS = /* @__PURE__ */ Object.freeze([
  'endOf2018',
  'startOf2018',
] as const);
export type RelocationBy2018Reading = (typeof RELOCATION_BY_2018_READINGS)[number];

/** The people of a registered relocating household: at least one registered person. */
export const householdPeopleSchema = /* @__PURE__ */ z.strictObject({
  /** Registered (建档立卡) relocating members: a whole number ≥ 1. */
  registeredPeople: positiveIntegerSchema,
  /** Members who move with them but are not registered: a whole number ≥ 0 (default 0). */
  nonRegisteredPeople: z.optional(nonNegativeIntegerSchema),
});

/** Input of `areaCapFor`. */
export const areaCapInputSchema = householdPeopleSchema;

/** Input of `checkHousePlan`: the household's people and the planned building area in m² (> 0). */
export const housePlanInputSchema = /* @__PURE__ */ z.strictObject({
  registeredPeople: positiveIntegerSchema,
  nonRegisteredPeople: z.optional(nonNegativeIntegerSchema),
  /** Planned building area (住房建设面积) of the house, in m², an exact decimal > 0. */
  plannedAreaM2: positiveDecimalSchema,
});

/** Input of `checkHouseholdFinancing`. */
export const householdFinancingInputSchema = /* @__PURE__ */ z.strictObject({
  /** Whether the household has stably exited poverty (稳定脱贫). */
  stablyExitedPoverty: z.boolean({ error: 'must be true or false' }),
  /** Debt the household takes on on its own (自行举债) for its resettlement house, in yuan (≥ 0). */
  ownBorrowing: nonNegativeMoneySchema,
  /** Whether that borrowing pays for a larger house (扩大安置住房建设面积). */
  borrowingEnlargesHouse: z.boolean({ error: 'must be true or false' }),
});

/**
 * The local figures of `buildingSubsidy` and `siteBuildingSubsidy` (their second argument): the building subsidy
 * per registered person your locality sets, in yuan (≥ 0, exact to the fen). Not in the plan
 * (鼓励地方因地制宜采取差异化补助标准).
 */
export const buildingSubsidyLocalSchema = /* @__PURE__ */ z.strictObject({
  ratePerPerson: nonNegativeMoneySchema,
});

/** Input of `buildingSubsidy` (one household): its people. The rate is the local second argument. */
export const householdSubsidyInputSchema = householdPeopleSchema;

/** Input of `siteBuildingSubsidy` (a site: its households). The rate is the local second argument. */
export const siteSubsidyInputSchema = /* @__PURE__ */ z.strictObject({
  households: z
    .array(householdPeopleSchema)
    .check(z.minLength(1, { error: 'must list at least one household' })),
});

/** Input of `checkResettlementMix`: registered people, and optionally people not registered who move too. */
export const resettlementMixInputSchema = /* @__PURE__ */ z
  .strictObject({
    /** Registered people resettled in concentrated sites (集中安置): a whole number ≥ 0. */
    concentratedPeople: nonNegativeIntegerSchema,
    /** All registered people resettled, concentrated and dispersed: a whole number ≥ 1. */
    totalPeople: positiveIntegerSchema,
    /** People not registered who are resettled with them (counted only under `allRelocatedPeople`). */
    nonRegistered: z.optional(
      z.strictObject({ concentratedPeople: nonNegativeIntegerSchema, totalPeople: nonNegativeIntegerSchema }),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.concentratedPeople > v.totalPeople) {
        ctx.addIssue({
          code: 'custom',
          path: ['concentratedPeople'],
          message: `must not be more than totalPeople (${v.totalPeople})`,
          input: v.concentratedPeople,
        });
      }
      if (v.nonRegistered !== undefined && v.nonRegistered.concentratedPeople > v.nonRegistered.totalPeople) {
        ctx.addIssue({
          code: 'custom',
          path: ['nonRegistered', 'concentratedPeople'],
          message: `must not be more than nonRegistered.totalPeople (${v.nonRegistered.totalPeople})`,
          input: v.nonRegistered.concentratedPeople,
        });
      }
    }),
  );

/** Where a person lives: which of the plan's listed conditions hold there (each defaults to false). */
export const relocationConditionsSchema = /* @__PURE__ */ z.strictObject({
  /** 生存环境差、生态环境脆弱、不具备基本生产生活条件 */
  poorLivingOrFragileEcology: z.optional(z.boolean({ error: 'must be true or false' })),
  /** 距城镇和交通干道较远、基础设施和公共服务设施难以延伸 */
  farFromTownsAndTrunkRoads: z.optional(z.boolean({ error: 'must be true or false' })),
  /** 村屯人口规模较小、贫困发生率较高、扶贫成本大 */
  smallHighIncidenceHighCostVillage: z.optional(z.boolean({ error: 'must be true or false' })),
  /** 自然灾害多发 */
  frequentNaturalDisasters: z.optional(z.boolean({ error: 'must be true or false' })),
  /** A local finding, on other grounds, that the place cannot support its people (counted only under `listedOrLocalFinding`). */
  otherLocalFinding: z.optional(z.boolean({ error: 'must be true or false' })),
});

/** Input of `assessRelocationCandidacy`. */
export const relocationCandidacyInputSchema = /* @__PURE__ */ z.strictObject({
  /** Whether the person is a registered poor person (建档立卡贫困人口). */
  registeredPoor: z.boolean({ error: 'must be true or false' }),
  conditions: relocationConditionsSchema,
});

/** Input of the deadline checks: the date to check, `YYYY-MM-DD` or a valid Date. */
export const deadlineCheckInputSchema = /* @__PURE__ */ z.strictObject({ date: plainDateSchema });
