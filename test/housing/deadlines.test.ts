import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDangerousHouseDeadline, checkRelocationDeadline } from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

describe('housing.relocationDeadline: 到 2018 年，完成全省易地搬迁脱贫工作 (read: by 2018-12-31)', () => {
  it.each([
    { date: '2016-01-01', status: 'beforeDeadline', due: false, past: false, days: 1095 }, // 366 (2016) + 365 + 365 − 1
    { date: '2018-06-30', status: 'beforeDeadline', due: false, past: false, days: 184 }, // Jul–Dec = 31+31+30+31+30+31
    { date: '2018-12-30', status: 'beforeDeadline', due: false, past: false, days: 1 },
    { date: '2018-12-31', status: 'deadlineDay', due: true, past: false, days: 0 }, // the last day is included
    { date: '2019-01-01', status: 'pastDeadline', due: true, past: true, days: -1 },
    { date: '2020-12-31', status: 'pastDeadline', due: true, past: true, days: -731 }, // 365 + 366 (2020)
  ])('on $date: $status (due=$due, past=$past, $days days to go)', ({ date, status, due, past, days }) => {
    const r = checkRelocationDeadline(deepFreeze({ date }));
    expect(r).toMatchObject({
      deadline: '2018-12-31',
      status,
      due,
      pastDeadline: past,
      daysUntilDeadline: days,
    });
    expect(r.readings.relocationBy2018).toBe('endOf2018');
  });

  it('under the startOf2018 reading the deadline is 2017-12-31: 2018-06-30 is past it', () => {
    const r = checkRelocationDeadline(
      { date: '2018-06-30' },
      { readings: { relocationBy2018: 'startOf2018' } },
    );
    expect(r.deadline).toBe('2017-12-31');
    expect(r.pastDeadline).toBe(true);
    expect(r.daysUntilDeadline).toBe(-181); // Jan–Jun 2018 = 31+28+31+30+31+30
  });

  it('accepts a Date (its local calendar date)', () => {
    expect(checkRelocationDeadline({ date: new Date(2019, 0, 1) }).date).toBe('2019-01-01');
  });

  it('due and pastDeadline agree with the calendar for any date (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2010, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true }),
        (d) => {
          const r = checkRelocationDeadline({ date: d });
          expect(r.due).toBe(r.date >= '2018-12-31');
          expect(r.pastDeadline).toBe(r.date > '2018-12-31');
          expect(r.pastDeadline ? r.due : true).toBe(true);
        },
      ),
    );
  });

  it.each(['2018-02-30', '2018-13-01', '18-12-31', '', 'end of 2018'])(
    'refuses “%s” at path date',
    (date) => {
      expectPolicyError(
        () => checkRelocationDeadline(deepFreeze({ date })),
        'housing.relocationDeadline',
        'date',
      );
    },
  );

  it('refuses an invalid Date', () => {
    expectPolicyError(
      () => checkRelocationDeadline({ date: new Date(Number.NaN) }),
      'housing.relocationDeadline',
      'date',
    );
  });
});

describe('housing.dangerousHouseDeadline: 确保 2017 年底前完成…存量危房改造任务', () => {
  it.each([
    { date: '2017-06-30', due: false, past: false, days: 184 }, // Jul–Dec
    { date: '2017-12-31', due: true, past: false, days: 0 }, // 年底前 includes the last day
    { date: '2018-01-01', due: true, past: true, days: -1 },
  ])('on $date: due=$due, past=$past', ({ date, due, past, days }) => {
    const r = checkDangerousHouseDeadline({ date });
    expect(r).toMatchObject({ deadline: '2017-12-31', due, pastDeadline: past, daysUntilDeadline: days });
    expect(r.citations.map((c) => c.quote)).toContain(
      '确保 2017 年底前完成全省建档立卡贫困户存量危房改造任务',
    );
  });

  it('refuses 2017-02-29 (not a leap year) at path date', () => {
    expectPolicyError(
      () => checkDangerousHouseDeadline({ date: '2017-02-29' }),
      'housing.dangerousHouseDeadline',
      'date',
    );
  });
});
