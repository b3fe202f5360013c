/** The rule ids of the regions area. */
export const REGIONS_RULE_IDS = /* @__PURE__ */ Object.freeze({
  registry: 'regions.registry',
  lookup: 'regions.lookup',
  nationalKeyCounties: 'regions.nationalKeyCounties',
  oldRevolutionaryBaseAreas: 'regions.oldRevolutionaryBaseAreas',
  ethnicMinorityAreas: 'regions.ethnicMinorityAreas',
  yanbianThreshold: 'regions.yanbianThreshold',
  pairings: 'regions.pairings',
} as const);

/** @deprecated use `REGIONS_RULE_IDS.lookup` */
export const LOOKUP_RULE_ID = REGIONS_RULE_IDS.lookup;
