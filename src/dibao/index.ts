/**
 * `jilin-poverty-rules/dibao`.
 *
 * @packageDocumentation
 */
export { DIBAO_RULES, DIBAO_INTERPRETATIONS } from './rules.js';
