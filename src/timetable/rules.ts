import type { Interpretation, Rule } from '../core/registry.js';

/** The rules of the timetable area, in the order its docs present them. */
export const TIMETABLE_RULES: readonly Rule[] = Object.freeze([]);

/** The readings this area chose where the plan is ambiguous. */
export const TIMETABLE_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([]);
