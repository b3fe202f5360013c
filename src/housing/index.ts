/**
 * `jilin-poverty-rules/housing`.
 *
 * @packageDocumentation
 */
export { HOUSING_RULES, HOUSING_INTERPRETATIONS } from './rules.js';
