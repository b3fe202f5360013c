import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the regions area, in the order its docs present them. */
export const REGIONS_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const REGIONS_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
