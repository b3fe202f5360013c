/**
 * Periods of months (src/core/period.ts), pinned for mutation testing (issue 15): both readings of
 * 《民法典》第二百零一条至第二百零三条 (civilCode: the start day is not counted, the period ends on the corresponding
 * day or the month's last day; startDayCounted: the start day is the first, the period ends the day before),
 * the limits of the month count on both sides, and the exact refusals. Built inside each `it`.
 */
import { describe, expect, it } from 'vitest';
import { monthBoundary, monthPeriod, type MonthPeriodReading } from '../../src/core/period.js';
import { refusal } from '../support/errors.js';

describe('monthPeriod: first and last day on both readings', () => {
  it.each<[string, number, MonthPeriodReading, string, string]>([
    // 2019-03-31 + 18 months: September 2020 has no 31st, so its last day, 09-30 (art. 203).
    ['2019-03-31', 18, 'civilCode', '2019-04-01', '2020-09-30'],
    ['2019-03-31', 18, 'startDayCounted', '2019-03-31', '2020-09-29'],
    ['2019-03-15', 18, 'civilCode', '2019-03-16', '2020-09-15'],
    ['2019-03-15', 18, 'startDayCounted', '2019-03-15', '2020-09-14'],
    // 2019-12-31 + 2 months: February 2020 ends on the 29th.
    ['2019-12-31', 2, 'civilCode', '2020-01-01', '2020-02-29'],
    ['2019-12-31', 2, 'startDayCounted', '2019-12-31', '2020-02-28'],
    // The limits of the count: 0 and 1200 months are accepted.
    ['2019-03-31', 0, 'civilCode', '2019-04-01', '2019-03-31'],
    ['2019-03-31', 0, 'startDayCounted', '2019-03-31', '2019-03-30'],
    ['2019-03-31', 1200, 'civilCode', '2019-04-01', '2119-03-31'],
  ])('%s + %i months (%s): %s to %s', (start, months, reading, first, last) => {
    expect(monthPeriod(start, months, reading)).toEqual({ firstDay: first, lastDay: last, months, reading });
  });

  it('the default reading is civilCode: 2019-03-31 + 18 months is 2019-04-01 to 2020-09-30', () => {
    const p = monthPeriod('2019-03-31', 18);
    expect(p).toEqual({ firstDay: '2019-04-01', lastDay: '2020-09-30', months: 18, reading: 'civilCode' });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('monthBoundary: 3 months from 2019-03-31 ends 06-30 (civilCode) or 06-29 (startDayCounted)', () => {
    const start = new Date(2019, 2, 31);
    const day = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    expect(day(monthBoundary(start, 3, 'civilCode'))).toEqual([2019, 6, 30]);
    expect(day(monthBoundary(start, 3, 'startDayCounted'))).toEqual([2019, 6, 29]);
  });
});

describe('monthPeriod refuses a bad start or count, as the rule that asked', () => {
  it.each<[string, unknown, number, string, unknown, string]>([
    ['a number as start', 20190331, 18, 'start', 20190331, 'must be a calendar date as YYYY-MM-DD'],
    ['2019-02-30', '2019-02-30', 18, 'start', '2019-02-30', 'must be a calendar date as YYYY-MM-DD'],
    ['−1 months', '2019-03-31', -1, 'months', -1, 'must be a whole number of months from 0 to 1200'],
    ['1201 months', '2019-03-31', 1201, 'months', 1201, 'must be a whole number of months from 0 to 1200'],
    ['1.5 months', '2019-03-31', 1.5, 'months', 1.5, 'must be a whole number of months from 0 to 1200'],
  ])('%s: refused at its path', (_name, start, months, path, value, message) => {
    const e = refusal(() => monthPeriod(start as string, months));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
      'core.monthPeriod',
      path,
      value,
      message,
    ]);
  });

  it('a caller’s rule id names the refusal: [dibao.x] months = 1201', () => {
    const e = refusal(() => monthPeriod('2019-03-31', 1201, 'civilCode', 'dibao.x'));
    expect(e.message).toBe('[dibao.x] months = 1201: must be a whole number of months from 0 to 1200');
    expect(refusal(() => monthPeriod('x', 1, 'civilCode', 'dibao.x')).ruleId).toBe('dibao.x');
  });
});
