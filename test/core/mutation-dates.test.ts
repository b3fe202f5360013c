import { describe, expect, it } from 'vitest';
import { formatPlainDate, parsePlainDate, readPlainDate, toPlainDate } from '../../src/core/dates.js';
import { parseInput } from '../../src/core/errors.js';
import { plainDateSchema } from '../../src/core/schemas.js';
import { refusal } from '../support/errors.js';

/** The one refusal message of a date (src/core/dates.ts), spelled out. */
const DATE_MESSAGE = 'must be a real calendar date as YYYY-MM-DD, in 1900–2100';
const DATE_OBJECT_MESSAGE = `${DATE_MESSAGE} (a Date is read in Asia/Shanghai time)`;

describe('YYYY-MM-DD strings: the 1900–2100 range and real calendar dates', () => {
  it.each([
    ['1900-01-01: the first day of the range is accepted', '1900-01-01', '1900-01-01'],
    ['1899-12-31: the day before the range is refused', '1899-12-31', undefined],
    ['2100-12-31: the last day of the range is accepted', '2100-12-31', '2100-12-31'],
    ['2101-01-01: the day after the range is refused', '2101-01-01', undefined],
    ['2020-02-29: a leap day (2020 is divisible by 4)', '2020-02-29', '2020-02-29'],
    ['2019-02-29: no leap day in 2019 (it would roll over to March 1st)', '2019-02-29', undefined],
    ['1900-02-29: no leap day in 1900 (divisible by 100, not by 400)', '1900-02-29', undefined],
    ['2018-04-31: April has 30 days', '2018-04-31', undefined],
    ['2018-13-01: month 13 (it would roll over to January 2019, day 1 kept)', '2018-13-01', undefined],
    ['2018-00-10: month 00', '2018-00-10', undefined],
    ['2018-01-00: day 00', '2018-01-00', undefined],
    ['2018/12/31: slashes instead of dashes, though 10 characters', '2018/12/31', undefined],
    ['2018-12-31 with a trailing newline', '2018-12-31\n', undefined],
    ['2018-1-31: one-digit month', '2018-1-31', undefined],
    ['２０１８-12-31: full-width digits', '２０１８-12-31', undefined],
  ])('%s', (_name, text, expected) => {
    expect(toPlainDate(text)).toBe(expected);
    expect(readPlainDate(text)).toEqual(
      expected === undefined ? { error: DATE_MESSAGE } : { date: expected },
    );
  });

  it('a refused string is a PolicyInputError naming rule, field, value and the range', () => {
    const error = refusal(() => parseInput('core.date', plainDateSchema, '2018-13-01', 'claim.date'));
    expect(error.ruleId).toBe('core.date');
    expect(error.path).toBe('claim.date');
    expect(error.value).toBe('2018-13-01');
    expect(error.issues[0]?.message).toBe(DATE_MESSAGE);
    expect(error.issues[0]?.code).toBe('custom');
    expect(error.message).toBe(`[core.date] claim.date = "2018-13-01": ${DATE_MESSAGE}`);
  });

  it('parsePlainDate: local midnight of the date; undefined for anything but a YYYY-MM-DD string', () => {
    const d = parsePlainDate('2018-12-31');
    expect([d?.getFullYear(), d?.getMonth(), d?.getDate(), d?.getHours()]).toEqual([2018, 11, 31, 0]);
    // A String object reads like the text but is not a string: refused, never sliced as one.
    expect(parsePlainDate(new String('2018-12-31') as unknown as string)).toBeUndefined();
    expect(parsePlainDate(20181231 as unknown as string)).toBeUndefined();
    // A symbol cannot even be read as text: refused, not a TypeError.
    expect(parsePlainDate(Symbol('2018-12-31') as unknown as string)).toBeUndefined();
  });
});

describe('Date objects: read as the calendar date in Asia/Shanghai (UTC+8)', () => {
  it.each([
    ['2018-12-31T15:59:59Z is 23:59:59 on Dec 31st in Beijing', '2018-12-31T15:59:59Z', '2018-12-31'],
    [
      '2018-12-31T16:30:00Z is 00:30 on Jan 1st in Beijing (day and month padded)',
      '2018-12-31T16:30:00Z',
      '2019-01-01',
    ],
    ['2020-02-28T16:00:00Z is 00:00 on Feb 29th (leap day) in Beijing', '2020-02-28T16:00:00Z', '2020-02-29'],
    [
      '1899-12-31T16:00:00Z is 00:00 on 1900-01-01 in Beijing: in range',
      '1899-12-31T16:00:00Z',
      '1900-01-01',
    ],
    ['1899-12-31T15:59:59Z is still 1899 in Beijing: refused', '1899-12-31T15:59:59Z', undefined],
    [
      '2100-12-31T15:59:59Z is the last second of 2100 in Beijing: in range',
      '2100-12-31T15:59:59Z',
      '2100-12-31',
    ],
    ['2100-12-31T16:00:00Z is 2101 in Beijing: refused', '2100-12-31T16:00:00Z', undefined],
  ])('%s', (_name, iso, expected) => {
    expect(toPlainDate(new Date(iso))).toBe(expected);
    expect(readPlainDate(new Date(iso))).toEqual(
      expected === undefined ? { error: DATE_OBJECT_MESSAGE } : { date: expected },
    );
  });

  it('an invalid Date, or an object built on Date.prototype that is no Date, is refused as a Date', () => {
    expect(readPlainDate(new Date(Number.NaN))).toEqual({ error: DATE_OBJECT_MESSAGE });
    expect(readPlainDate(Object.create(Date.prototype))).toEqual({ error: DATE_OBJECT_MESSAGE });
    expect(toPlainDate(Object.create(Date.prototype))).toBeUndefined();
    const error = refusal(() => parseInput('core.date', plainDateSchema, new Date(Number.NaN), 'on'));
    expect([error.ruleId, error.path, error.issues[0]?.message]).toEqual([
      'core.date',
      'on',
      DATE_OBJECT_MESSAGE,
    ]);
  });

  it('neither a string nor a Date (a number, null, an object) is refused with the plain message', () => {
    for (const value of [20181231, null, undefined, { date: '2018-12-31' }, ['2018-12-31']]) {
      expect(readPlainDate(value)).toEqual({ error: DATE_MESSAGE });
      expect(toPlainDate(value)).toBeUndefined();
    }
  });
});

describe('formatPlainDate', () => {
  it('pads the year to four digits: the year 500 is 0500-01-02', () => {
    const d = new Date(2000, 0, 2);
    d.setFullYear(500);
    expect(formatPlainDate(d)).toBe('0500-01-02');
  });

  it('an invalid Date is a RangeError "Invalid time value", never NaN-NaN-NaN', () => {
    expect(() => formatPlainDate(new Date(Number.NaN))).toThrow(new RangeError('Invalid time value'));
  });
});
