/**
 * `jilin-poverty-rules/regions`: the places the plan names, with official names, GB/T 2260 codes and what the
 * plan says of each, and a forgiving lookup.
 *
 * @packageDocumentation
 */
export { REGIONS_RULES, REGIONS_INTERPRETATIONS, REGIONS_PARAMS } from './rules.js';
export { REGIONS, REGION_LEVELS, type Region, type RegionFlags, type RegionLevel } from './data.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias stays exported for 0.1 callers
export { REGIONS_RULE_IDS, LOOKUP_RULE_ID } from './ids.js';
// isWithin and normalizeRegionQuery stay internal (see lookup.ts); other areas resolve places with resolveRegion.
export { resolveRegion } from './resolve.js';
export {
  ancestorsOf,
  childrenOf,
  findRegion,
  isPlaceWithin,
  parentOf,
  regionById,
  regionsAtLevel,
  tryFindRegion,
} from './lookup.js';
export {
  BUDGET_REGIONS,
  ETHNIC_MINORITY_AREAS,
  NATIONAL_KEY_COUNTIES,
  OLD_REVOLUTIONARY_BASE_AREAS,
  PREFECTURES,
  YANBIAN_UNITS,
} from './lists.js';
export { PAIRINGS, helpersOf, pairingsOf, type Pairing, type PairingKind } from './pairings.js';
export { regionLevelSchema, regionQuerySchema } from './schema.js';
