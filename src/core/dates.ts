import { MAX_DATE_YEAR, MIN_DATE_YEAR } from './limits.js';

/**
 * A calendar date without time or zone, as an ISO string `YYYY-MM-DD`. The plan's dates are calendar
 * dates (by end-2018, within the campaign period); no rule here reads the clock.
 *
 * `YYYY-MM-DD` strings are the contract. A JavaScript `Date` (an instant) is also accepted where a date is
 * asked for, and is read as the calendar date it falls on in Asia/Shanghai (UTC+8, the plan's own time
 * zone, without daylight saving since 1991): never in the time zone of the process running the library, so
 * results do not depend on `TZ`. Years before {@link MIN_DATE_YEAR} or after {@link MAX_DATE_YEAR} are
 * refused.
 */
export type PlainDate = string;

/** Offset of China Standard Time from UTC, in milliseconds (UTC+8). */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const PLAIN_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;

function yearInRange(year: number): boolean {
  return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR;
}

/**
 * Parses `YYYY-MM-DD` into a local-midnight Date for date-fns arithmetic; undefined if not a real date
 * or outside MIN_DATE_YEAR–MAX_DATE_YEAR.
 */
export function parsePlainDate(value: string): Date | undefined {
  if (typeof value !== 'string' || !PLAIN_DATE_PATTERN.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!yearInRange(year)) return undefined;
  // Parsed by hand (date-fns `parse` would bring its token parsers and a locale into every bundle): a real
  // date is one the Date constructor does not roll over, so it formats back to the same text (2019-02-29 →
  // March 1st, 2018-13-01 → January 2019 are refused).
  const d = new Date(year, month - 1, day);
  return formatPlainDate(d) === value ? d : undefined;
}

/** Formats a Date's local calendar date as `YYYY-MM-DD` (for Dates made by {@link parsePlainDate}). */
export function formatPlainDate(date: Date): PlainDate {
  const time = date.getTime();
  // As date-fns `format` did: an invalid Date is a RangeError, never the string 'NaN-NaN-NaN'.
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The calendar date of an instant in Asia/Shanghai (UTC+8), as `YYYY-MM-DD`, whatever the process's
 * time zone: computed from `getTime()` plus eight hours, read in UTC.
 */
export function shanghaiDate(instant: Date): PlainDate | undefined {
  let time = Number.NaN;
  try {
    time = Date.prototype.getTime.call(instant);
  } catch {
    // Not a real Date (an object made from Date.prototype): time stays NaN, refused below.
  }
  // An invalid time (NaN) gives an invalid Date, whose year NaN is out of range.
  const shifted = new Date(time + SHANGHAI_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  if (!yearInRange(year)) return undefined;
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  // A year in MIN_DATE_YEAR–MAX_DATE_YEAR has four digits.
  return `${year}-${month}-${day}`;
}

const DATE_MESSAGE = `must be a real calendar date as YYYY-MM-DD, in ${MIN_DATE_YEAR}–${MAX_DATE_YEAR}`;

/** A caller's date read as `YYYY-MM-DD`, or why it is refused. */
export function readPlainDate(
  value: unknown,
): { date: PlainDate; error?: undefined } | { date?: undefined; error: string } {
  if (typeof value === 'string') {
    // The pattern of parsePlainDate is anchored: a string of any other length than 10 is refused there.
    return parsePlainDate(value) === undefined ? { error: DATE_MESSAGE } : { date: value };
  }
  if (value instanceof Date) {
    const date = shanghaiDate(value);
    return date === undefined
      ? { error: `${DATE_MESSAGE} (a Date is read in Asia/Shanghai time)` }
      : { date };
  }
  return { error: DATE_MESSAGE };
}

/**
 * Reads a caller's date: a `YYYY-MM-DD` string, or a valid Date (the calendar date it falls on in
 * Asia/Shanghai, UTC+8, whatever the process's time zone). Returns the canonical `YYYY-MM-DD` string, or
 * undefined if it is neither or its year lies outside MIN_DATE_YEAR–MAX_DATE_YEAR (1900–2100).
 *
 * @example
 * ```ts
 * toPlainDate('2018-12-31')                         //=> '2018-12-31'
 * toPlainDate(new Date('2018-12-31T16:30:00Z'))     //=> '2019-01-01' (00:30 in Beijing)
 * toPlainDate('2201-01-01')                         //=> undefined
 * ```
 */
export function toPlainDate(value: unknown): PlainDate | undefined {
  return readPlainDate(value).date;
}
