/**
 * `jilin-poverty-rules/finance` (work in progress).
 *
 * @packageDocumentation
 */
export { FINANCE_INTERPRETATIONS, FINANCE_PARAMS, FINANCE_RULES } from './rules.js';
