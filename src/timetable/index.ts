/**
 * `jilin-poverty-rules/timetable`: 专栏6 (分年度差异性提标时序表), the year each place’s rural Dibao standard
 * reaches the national poverty line ("两线合一").
 *
 * @packageDocumentation
 */
export { TIMETABLE_RULES, TIMETABLE_INTERPRETATIONS } from './rules.js';
export {
  TIMETABLE_RULE_ID,
  TWO_LINES_MERGE_TIMETABLE,
  hasMergedBy,
  mergeDateOf,
  placesMergingIn,
  timetableEntriesWithin,
  timetableEntryFor,
  twoLinesMergeYear,
  type MergeYear,
  type TimetableEntry,
  type TimetableOptions,
} from './timetable.js';
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
  type CityDistrictsReading,
  type MergeDateReading,
} from './schema.js';
