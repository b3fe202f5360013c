import * as z from 'zod/mini';
import { toPlainDate, type PlainDate } from '../core/dates.js';
import { regionQuerySchema } from '../regions/index.js';

/** Readings of `timetable.mergeDate`: the day of the listed year by which a place counts as merged. */
export const MERGE_DATE_READINGS = /* @__PURE__ */ Object.freeze([
  'endOfYear',
  'startOfYear',
  'midYear',
] as const);
/** A reading id of the interpretation `timetable.mergeDate`. */
export type MergeDateReading = (typeof MERGE_DATE_READINGS)[number];

/** Readings of `timetable.cityDistricts`: what "(市辖区)" covers. */
export const CITY_DISTRICTS_READINGS = /* @__PURE__ */ Object.freeze([
  'otherDistricts',
  'listedOnly',
] as const);
/** A reading id of the interpretation `timetable.cityDistricts`. */
export type CityDistrictsReading = (typeof CITY_DISTRICTS_READINGS)[number];

export const mergeDateReadingSchema = /* @__PURE__ */ z.enum(MERGE_DATE_READINGS, {
  error: `must be one of ${MERGE_DATE_READINGS.join(', ')} (interpretation timetable.mergeDate)`,
});

export const cityDistrictsReadingSchema = /* @__PURE__ */ z.enum(CITY_DISTRICTS_READINGS, {
  error: `must be one of ${CITY_DISTRICTS_READINGS.join(', ')} (interpretation timetable.cityDistricts)`,
});

/**
 * Options of the timetable functions, as a schema for documentation and for areas that pass readings
 * through (the functions themselves validate options through the rule contract, `openEvaluation`).
 */
export const timetableOptionsSchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    /** Shorthand for `readings.mergeDate`. */
    reading: z.optional(mergeDateReadingSchema),
    readings: z.optional(
      z.strictObject({
        mergeDate: z.optional(mergeDateReadingSchema),
        cityDistricts: z.optional(cityDistrictsReadingSchema),
      }),
    ),
    /** A reform: `{ 'timetable.allMergedByYear': 2017 }`. */
    overrides: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    regime: z.optional(z.enum(['plan', 'baseline'])),
  }),
);

/** What {@link twoLinesMergeYear} and {@link mergeDateOf} take. */
export const placeInputSchema = /* @__PURE__ */ z.object({
  place: regionQuerySchema,
  options: timetableOptionsSchema,
});

/**
 * A calendar date: `YYYY-MM-DD` or a valid Date (its local calendar date) → `YYYY-MM-DD`. Like the core's
 * `plainDateSchema`, with one message for every bad value (an invalid Date included).
 */
export const dateInputSchema = /* @__PURE__ */ z.pipe(
  z.unknown(),
  z.transform((value: unknown, payload): PlainDate => {
    const d = toPlainDate(value);
    if (d !== undefined) return d;
    // A zod/mini transform has no `ctx.addIssue`: the issue goes on the payload, at the value's own path.
    payload.issues.push({
      code: 'custom',
      message: 'must be a real calendar date as YYYY-MM-DD or a valid Date',
      input: value,
      path: [],
    });
    return z.NEVER;
  }),
);

/** What {@link hasMergedBy} takes. */
export const hasMergedByInputSchema = /* @__PURE__ */ z.object({
  place: regionQuerySchema,
  date: dateInputSchema,
  options: timetableOptionsSchema,
});

/** What `assessTwoLinesMerge` takes: a place and a date. */
export const twoLinesMergeInputSchema = /* @__PURE__ */ z.object({
  place: regionQuerySchema,
  date: dateInputSchema,
});

/** A year of the plan's period, 2016–2020 (the timetable's rows are 2016–2018). */
export const planYearSchema = /* @__PURE__ */ z
  .number({ error: 'must be a year' })
  .check(
    z.int({ error: 'must be a whole year' }),
    z.gte(2016, { error: 'must be within the plan period 2016–2020' }),
    z.lte(2020, { error: 'must be within the plan period 2016–2020' }),
  );
