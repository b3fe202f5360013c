import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the housing area, in the order its docs present them. */
export const HOUSING_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const HOUSING_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
