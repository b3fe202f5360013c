/**
 * `jilin-poverty-rules/budget`.
 *
 * @packageDocumentation
 */
export { BUDGET_RULES, BUDGET_INTERPRETATIONS } from './rules.js';
