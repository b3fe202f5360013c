/**
 * `jilin-poverty-rules/timetable`: 专栏6 (分年度差异性提标时序表), the year each place’s rural Dibao standard
 * reaches the national poverty line ("两线合一").
 *
 * @packageDocumentation
 */
export { TIMETABLE_RULES, TIMETABLE_INTERPRETATIONS, TIMETABLE_PARAMS, TIMETABLE_RULE_IDS } from './rules.js';
export { ALL_MERGED_BY_YEAR } from './params.js';
export {
  TWO_LINES_MERGE_TIMETABLE,
  placesMergingIn,
  timetableEntriesWithin,
  type MergeYear,
  type TimetableEntry,
} from './timetable.js';
export {
  assessTwoLinesMerge,
  type TimetableOptions,
  type TwoLinesMergeAssessment,
  type TwoLinesMergeFigures,
} from './assess.js';
export { hasMergedBy, mergeDateOf, timetableEntryFor, twoLinesMergeYear } from './convenience.js';
export {
  CITY_DISTRICTS_READINGS,
  MERGE_DATE_READINGS,
  cityDistrictsReadingSchema,
  dateInputSchema,
  hasMergedByInputSchema,
  mergeDateReadingSchema,
  placeInputSchema,
  planYearSchema,
  timetableOptionsSchema,
  twoLinesMergeInputSchema,
  type CityDistrictsReading,
  type MergeDateReading,
} from './schema.js';

import { TIMETABLE_RULE_IDS } from './rules.js';
/** @deprecated use `TIMETABLE_RULE_IDS.twoLinesMerge` */
export const TIMETABLE_RULE_ID = TIMETABLE_RULE_IDS.twoLinesMerge;
