/**
 * `jilin-poverty-rules`: the Jilin Province 13th Five-Year Poverty Alleviation Plan (2016–2020) as typed,
 * tested, cited functions.
 *
 * The root entry exports the spine (citations, the rule registry, errors, exact money and rates) and each
 * policy area as a namespace; each area is also its own subpath (`jilin-poverty-rules/medical`).
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export { getInterpretation, getParam, getRule, interpretations, params, registry, rules } from './rules.js';
export * as budget from './budget/index.js';
export * as dibao from './dibao/index.js';
export * as finance from './finance/index.js';
export * as housing from './housing/index.js';
export * as medical from './medical/index.js';
export * as regions from './regions/index.js';
export * as targets from './targets/index.js';
export * as timetable from './timetable/index.js';
