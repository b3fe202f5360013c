/**
 * `jilin-poverty-rules/medical`.
 *
 * @packageDocumentation
 */
export { MEDICAL_RULES, MEDICAL_INTERPRETATIONS } from './rules.js';
