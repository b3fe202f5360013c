/**
 * `jilin-poverty-rules/regions`.
 *
 * @packageDocumentation
 */
export { REGIONS_RULES, REGIONS_INTERPRETATIONS } from './rules.js';
