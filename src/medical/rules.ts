import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the medical area, in the order its docs present them. */
export const MEDICAL_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const MEDICAL_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
