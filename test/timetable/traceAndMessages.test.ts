/**
 * timetable.twoLinesMerge, what a user reads: each trace step's citation and inputs, the merged branch of the
 * last step in both languages, the exact refusal messages (outside Jilin, listed in parts, not covered,
 * listedOnly, conflicting readings), the `reading` shorthand's edge cases, and a deadline year written in fewer
 * than four digits (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import {
  assessTwoLinesMerge,
  hasMergedBy,
  mergeDateOf,
  timetableEntriesWithin,
  twoLinesMergeYear,
} from '../../src/timetable/index.js';
import { refusal } from '../support/errors.js';

const RULE = 'timetable.twoLinesMerge';

describe('the trace: each step cites its clause and names its inputs', () => {
  // Evaluated inside each test (not at collection), so that per-test coverage ties the steps to these tests.
  const trace = () => assessTwoLinesMerge({ place: '朝阳区', date: '2018-06-01' }).trace;

  it.each([
    [0, '2016 年 长春市（市辖区）', { place: '朝阳区', listedAs: '长春市（市辖区）' }],
    [1, '专栏 6 分年度差异性提标时序表', { year: 2016, reading: 'endOfYear' }],
    [2, '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准', { year: 2016 }],
    [3, '实现农村低保标准与扶贫标准的“两线合一”', { date: '2018-06-01', mergeDate: '2016-12-31' }],
  ] as const)('step %i cites “%s” with inputs %o', (i, quote, inputs) => {
    const step = trace()[i];
    expect(step?.citations.map((c) => c.quote)).toEqual([quote]);
    expect(step?.inputs).toEqual(inputs);
  });

  it('长白县 (2018) on 2018-12-31 = its merge date (endOfYear): “不早于 … 已实现” / “on or after … merged”', () => {
    const m = assessTwoLinesMerge({ place: '长白县', date: '2018-12-31' });
    expect(m.merged).toBe(true);
    expect(m.trace[3]?.text).toEqual({
      zh: '2018-12-31 不早于 2018-12-31：已实现“两线合一”',
      en: '2018-12-31 is on or after 2018-12-31: merged',
    });
  });
});

describe('a reform of the deadline to a year of fewer than four digits keeps the date YYYY-MM-DD', () => {
  it.each([
    [999, '0999-12-31'],
    [0, '0000-12-31'],
  ])('timetable.allMergedByYear = %i → deadlineDate %s, and 长白县 (2018) falls behind', (year, date) => {
    const r = assessTwoLinesMerge(
      { place: '长白县', date: '2018-06-01' },
      { overrides: { 'timetable.allMergedByYear': year } },
    );
    expect([r.deadlineYear, r.deadlineDate, r.onSchedule]).toEqual([year, date, false]);
  });
});

describe('the `reading` shorthand', () => {
  it('reading: undefined is no reading: readings.mergeDate midYear applies (榆树市 2017 → 2017-07-01)', () => {
    expect(mergeDateOf('榆树市', { reading: undefined, readings: { mergeDate: 'midYear' } } as never)).toBe(
      '2017-07-01',
    );
  });

  it('null options are refused at path "options", not read', () => {
    const e = refusal(() => assessTwoLinesMerge({ place: '榆树市', date: '2017-12-31' }, null as never));
    expect([e.ruleId, e.path, e.issues[0]?.message]).toEqual([RULE, 'options', 'must be an options object']);
  });

  it.each([null, 5, 'midYear'])(
    'with a shorthand, readings = %o (not an object) is refused at options.readings',
    (readings) => {
      const e = refusal(() => mergeDateOf('榆树市', { reading: 'midYear', readings } as never));
      expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
        RULE,
        'options.readings',
        readings,
        'must be an object of interpretation readings',
      ]);
    },
  );

  it('reading endOfYear against readings.mergeDate midYear: refused at options.reading, naming the other', () => {
    const e = refusal(() =>
      hasMergedBy('榆树市', '2018-01-01', { reading: 'endOfYear', readings: { mergeDate: 'midYear' } }),
    );
    expect([e.ruleId, e.path, e.value, e.issues[0]?.code, e.issues[0]?.message]).toEqual([
      RULE,
      'options.reading',
      'endOfYear',
      'conflicting_readings',
      'conflicts with options.readings.mergeDate ("midYear"); give one',
    ]);
  });
});

describe('refusals say why, at path "place"', () => {
  it.each([
    ['海曙区', 'outside_jilin', 'is outside Jilin Province; 专栏6 lists Jilin’s units only'],
    [
      '长春市',
      'listed_in_parts',
      'is listed in 专栏6 by its parts (6 entries), not as a whole; ask for a part, or use timetableEntriesWithin',
    ],
    [
      '经开区',
      'not_covered',
      'is not covered by 专栏6 (a development zone lies within units the box lists, but the registry does not say which)',
    ],
  ])('%s: %s, “%s”', (place, code, message) => {
    const e = refusal(() => twoLinesMergeYear(place));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.code, e.issues[0]?.message]).toEqual([
      RULE,
      'place',
      place,
      code,
      message,
    ]);
  });

  it('under listedOnly, 朝阳区 is not named and does not resolve to 长春市（市辖区）', () => {
    const e = refusal(() => twoLinesMergeYear('朝阳区', { readings: { cityDistricts: 'listedOnly' } }));
    expect([e.path, e.value, e.issues[0]?.message]).toEqual([
      'place',
      '朝阳区',
      'is not named in 专栏6; under the reading listedOnly it does not resolve to 长春市（市辖区）',
    ]);
  });

  it.each([
    ['timetableEntriesWithin', (p: string) => timetableEntriesWithin(p)],
    ['mergeDateOf', (p: string) => mergeDateOf(p)],
  ] as const)('%s: an unknown name (长百县) or a number (7) is refused at path "place"', (_name, fn) => {
    expect([refusal(() => fn('长百县')).path, refusal(() => fn(7 as never)).path]).toEqual([
      'place',
      'place',
    ]);
  });
});

describe('a bad date', () => {
  it('2018-02-30 is refused at path "date" with code custom', () => {
    const e = refusal(() => assessTwoLinesMerge({ place: '榆树市', date: '2018-02-30' }));
    expect([e.path, e.issues[0]?.code]).toEqual(['date', 'custom']);
  });
});
