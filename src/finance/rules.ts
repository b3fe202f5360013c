import type { Param } from '../core/param.js';
import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of this area. */
export const FINANCE_RULES: readonly Rule[] = Object.freeze([]);

/** The interpretations this area records. */
export const FINANCE_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const FINANCE_PARAMS: readonly Param[] = Object.freeze([]);
