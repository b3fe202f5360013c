import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the dibao area, in the order its docs present them. */
export const DIBAO_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const DIBAO_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
