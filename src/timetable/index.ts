/**
 * `jilin-poverty-rules/timetable`.
 *
 * @packageDocumentation
 */
export { TIMETABLE_RULES, TIMETABLE_INTERPRETATIONS } from './rules.js';
