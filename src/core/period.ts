import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { formatPlainDate, parsePlainDate, type PlainDate } from './dates.js';
import { refuse } from './errors.js';

/** The readings of `core.monthPeriod`: how a period of months counted from a day is bounded. */
export type MonthPeriodReading = 'civilCode' | 'startDayCounted';

/** A period of whole months: its first and last days, both included. */
export interface MonthPeriod {
  /** The first day counted. */
  readonly firstDay: PlainDate;
  /** The last day of the period (included). */
  readonly lastDay: PlainDate;
  readonly months: number;
  readonly reading: MonthPeriodReading;
}

/**
 * A period of `months` months counted from `start` (e.g. "继续享受 18 个月"), as the reading of
 * `core.monthPeriod` bounds it.
 *
 * - `civilCode` (default; 《民法典》第二百零一条至第二百零三条): the start day is not counted, the period begins
 *   the next day, and it ends on the day of the last month that corresponds to the start day, or on that month's
 *   last day where it has none. 2019-03-31 + 18 months ends 2020-09-30; 2019-03-15 + 18 months ends 2020-09-15.
 * - `startDayCounted` (the library's convention before 0.2): the start day is the first day, and the period ends
 *   the day before the corresponding day (2019-03-31 + 18 months ends 2020-09-29).
 *
 * Date arithmetic through date-fns (`addMonths` clamps to the month's last day). Refuses (as `ruleId`) a start
 * that is not a calendar date or a month count that is not a whole number from 0 to 1200.
 *
 * @example
 * ```ts
 * monthPeriod('2019-03-31', 18).lastDay //=> '2020-09-30'
 * monthPeriod('2019-03-31', 18, 'startDayCounted').lastDay //=> '2020-09-29'
 * ```
 */
export function monthPeriod(
  start: PlainDate,
  months: number,
  reading: MonthPeriodReading = 'civilCode',
  ruleId = 'core.monthPeriod',
): MonthPeriod {
  const from = parsePlainDate(start); // undefined for anything but a calendar date string
  if (from === undefined) return refuse(ruleId, 'start', start, 'must be a calendar date as YYYY-MM-DD');
  if (!Number.isInteger(months) || months < 0 || months > 1200) {
    return refuse(ruleId, 'months', months, 'must be a whole number of months from 0 to 1200');
  }
  return Object.freeze({
    firstDay: formatPlainDate(reading === 'civilCode' ? addDays(from, 1) : from),
    lastDay: formatPlainDate(monthBoundary(from, months, reading)),
    months,
    reading,
  });
}

/**
 * The last day of the first `months` months of a period counted from `start` (a JS Date at local midnight,
 * as date-fns works): the building block for a period's quarters. Internal.
 */
export function monthBoundary(start: Date, months: number, reading: MonthPeriodReading): Date {
  const corresponding = addMonths(start, months);
  return reading === 'civilCode' ? corresponding : addDays(corresponding, -1);
}
