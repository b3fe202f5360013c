import { format, isValid, parse } from 'date-fns';

/**
 * A calendar date without time or zone, as an ISO string `YYYY-MM-DD`. The plan's dates are calendar
 * dates (by end-2018, within the campaign period); no rule here reads the clock or a time zone.
 */
export type PlainDate = string;

const PLAIN_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;
// A fixed reference date for date-fns `parse`: it only fills fields the pattern lacks, and ours has all.
const REFERENCE_DATE = new Date(2000, 0, 1);

/** Parses `YYYY-MM-DD` into a local-midnight Date for date-fns arithmetic; undefined if not a real date. */
export function parsePlainDate(value: string): Date | undefined {
  if (!PLAIN_DATE_PATTERN.test(value)) return undefined;
  const d = parse(value, 'yyyy-MM-dd', REFERENCE_DATE);
  return isValid(d) ? d : undefined;
}

/** Formats a Date's local calendar date as `YYYY-MM-DD`. */
export function formatPlainDate(date: Date): PlainDate {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Reads a caller's date: a `YYYY-MM-DD` string, or a valid Date (its local calendar date is taken).
 * Returns the canonical `YYYY-MM-DD` string, or undefined if it is neither.
 */
export function toPlainDate(value: unknown): PlainDate | undefined {
  if (typeof value === 'string') return parsePlainDate(value) === undefined ? undefined : value;
  if (value instanceof Date && isValid(value)) return formatPlainDate(value);
  return undefined;
}
