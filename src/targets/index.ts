/**
 * `jilin-poverty-rules/targets` (work in progress).
 *
 * @packageDocumentation
 */
export { TARGETS_INTERPRETATIONS, TARGETS_PARAMS, TARGETS_RULES } from './rules.js';
