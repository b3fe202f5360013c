import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the budget area, in the order its docs present them. */
export const BUDGET_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const BUDGET_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
