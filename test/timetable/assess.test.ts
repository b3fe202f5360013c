/**
 * timetable.twoLinesMerge on the rule contract: assessTwoLinesMerge returns the year of 专栏6, the merge date
 * (timetable.mergeDate), whether merged by the date, and the plan's deadline (timetable.allMergedByYear,
 * "确保 2018 年所有地区…"), with the envelope and a zh/en trace; a reform moves the deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReform } from '../../src/core/reform.js';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  ALL_MERGED_BY_YEAR,
  TIMETABLE_INTERPRETATIONS,
  TIMETABLE_PARAMS,
  TIMETABLE_RULE_ID,
  TIMETABLE_RULE_IDS,
  TIMETABLE_RULES,
  TWO_LINES_MERGE_TIMETABLE,
  assessTwoLinesMerge,
  hasMergedBy,
  mergeDateOf,
} from '../../src/timetable/index.js';
import { refusal } from '../support/errors.js';

describe('assessTwoLinesMerge: the envelope', () => {
  it('榆树市 (listed 2017) on 2017-12-31: merged from 2017-12-31 (endOfYear), within the 2018 deadline', () => {
    const r = assessTwoLinesMerge({ place: '榆树市', date: '2017-12-31' });
    expect([r.year, r.mergeDate, r.merged, r.deadlineYear, r.deadlineDate, r.onSchedule]).toEqual([
      2017,
      '2017-12-31',
      true,
      2018,
      '2018-12-31',
      true,
    ]);
    expect(r.ruleId).toBe('timetable.twoLinesMerge');
    expect(r.date).toBe('2017-12-31');
    expect(r.regime).toBe('plan');
    expect(r.readings).toEqual({ mergeDate: 'endOfYear', cityDistricts: 'otherDistricts' });
    expect(r.citations.map((c) => c.quote)).toContain('专栏 6 分年度差异性提标时序表');
    expect(r.params).toEqual([
      expect.objectContaining({ id: 'timetable.allMergedByYear', value: '2018', source: 'plan' }),
    ]);
    expect(Object.isFrozen(r) && Object.isFrozen(r.trace)).toBe(true);
  });

  it('the trace says it in Chinese and English, step by step', () => {
    const r = assessTwoLinesMerge({ place: '榆树市', date: '2017-12-30' });
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '专栏6 将 榆树市 列于 2017 年',
      '按解读 endOfYear，2017 年所列地区自 2017-12-31 起视为“两线合一”',
      '所有地区应于 2018 年达到国家扶贫标准；2017 年不晚于该年',
      '2017-12-30 早于 2017-12-31：尚未实现“两线合一”',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      'Box 6 lists 榆树市 for 2017',
      'Under the reading endOfYear, a place listed for 2017 counts as merged from 2017-12-31',
      'Every area must reach the poverty line by 2018; 2017 is no later',
      '2017-12-30 is before 2017-12-31: not yet merged',
    ]);
    expect(r.trace[2]?.params).toEqual(['timetable.allMergedByYear']);
    expect(r.merged).toBe(false);
  });

  it('朝阳区 (not named) takes 长春市（市辖区）’s 2016, and the trace says so', () => {
    const r = assessTwoLinesMerge({ place: '朝阳区', date: '2016-12-31' });
    expect([r.year, r.entry.nameAsListed, r.merged]).toEqual([2016, '长春市（市辖区）', true]);
    expect(r.trace[0]?.text.zh).toBe(
      '专栏6 将 长春市（市辖区） 列于 2016 年（朝阳区 适用 长春市（市辖区） 的年份）',
    );
    expect(r.trace[0]?.text.en).toContain('(朝阳区 takes the year of 长春市（市辖区）)');
  });

  it('readings come from the registry: the default is each interpretation’s chosen reading', () => {
    const r = assessTwoLinesMerge({ place: '长白县', date: '2018-01-01' });
    for (const i of TIMETABLE_INTERPRETATIONS) {
      expect(r.readings[i.id.split('.')[1] ?? '']).toBe(i.chosen.id);
    }
  });

  it('startOfYear: 长白县 (2018) merged from 2018-01-01; the `reading` shorthand gives the same', () => {
    const a = assessTwoLinesMerge(
      { place: '长白县', date: '2018-01-01' },
      { readings: { mergeDate: 'startOfYear' } },
    );
    const b = assessTwoLinesMerge({ place: '长白县', date: '2018-01-01' }, { reading: 'startOfYear' });
    expect([a.mergeDate, a.merged, a.deadlineDate]).toEqual(['2018-01-01', true, '2018-01-01']);
    expect(b.readings).toEqual(a.readings);
    expect(a.trace[1]?.text.zh).toContain('按解读 startOfYear');
  });

  it('bad input is refused with the rule and the field', () => {
    const rule = 'timetable.twoLinesMerge';
    expect([refusal(() => assessTwoLinesMerge({ place: '长百县', date: '2018-01-01' })).path]).toEqual([
      'place',
    ]);
    expect(refusal(() => assessTwoLinesMerge({ place: '长白县', date: '2018-02-30' })).path).toBe('date');
    expect(refusal(() => assessTwoLinesMerge(null as never)).ruleId).toBe(rule);
    const e = refusal(() =>
      assessTwoLinesMerge(
        { place: '长白县', date: '2018-01-01' },
        { readings: { mergeDate: 'someday' as never } },
      ),
    );
    expect([e.ruleId, e.path]).toEqual([rule, 'options.readings.mergeDate']);
    expect(
      refusal(() => assessTwoLinesMerge({ place: '长白县', date: '2018-01-01' }, { overides: {} } as never))
        .path,
    ).toBe('options.overides');
  });

  it('frozen input and options are read, never written', () => {
    const input = deepFreeze({ place: '朝阳区', date: '2016-07-01' });
    const options = deepFreeze({ readings: { mergeDate: 'midYear' as const } });
    expect(assessTwoLinesMerge(input, options).merged).toBe(true);
  });
});

describe('reform: the deadline timetable.allMergedByYear', () => {
  it('by 2017 instead of 2018: the 16 places of 2018 fall behind; trace and params follow', () => {
    const c = compareReform((o) => assessTwoLinesMerge({ place: '长白县', date: '2018-06-01' }, o), {
      name: 'all merged by 2017',
      overrides: { 'timetable.allMergedByYear': 2017 },
    });
    expect([c.plan.onSchedule, c.reform.onSchedule]).toEqual([true, false]);
    expect([c.plan.deadlineDate, c.reform.deadlineDate]).toEqual(['2018-12-31', '2017-12-31']);
    expect(c.reform.trace[2]?.text.zh).toBe('所有地区应于 2017 年达到国家扶贫标准；2018 年晚于该年');
    expect(c.reform.trace[2]?.text.en).toBe(
      'Every area must reach the poverty line by 2017; 2018 is later than that',
    );
    expect(c.reform.params[0]).toMatchObject({
      id: 'timetable.allMergedByYear',
      value: '2017',
      source: 'override',
    });
    expect(c.reform.year).toBe(c.plan.year);
  });

  it('under the plan every entry of 专栏6 is on schedule; under a 2016 deadline exactly the 28 of 2016 are', () => {
    const onSchedule = (overrides: Record<string, number> = {}) =>
      TWO_LINES_MERGE_TIMETABLE.filter(
        (e) => assessTwoLinesMerge({ place: e.regionId, date: '2020-01-01' }, { overrides }).onSchedule,
      ).length;
    expect(onSchedule()).toBe(51);
    expect(onSchedule({ 'timetable.allMergedByYear': 2016 })).toBe(28);
  });

  it('a bad override is refused at its path', () => {
    const e = refusal(() =>
      assessTwoLinesMerge(
        { place: '长白县', date: '2018-01-01' },
        { overrides: { 'timetable.allMergedByYear': 2018.5 } },
      ),
    );
    expect(e.path).toBe('options.overrides.timetable.allMergedByYear');
  });
});

describe('the convenience functions delegate to the contract', () => {
  it('hasMergedBy is assessTwoLinesMerge(...).merged, and mergeDateOf its mergeDate (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TWO_LINES_MERGE_TIMETABLE.map((e) => e.regionId)),
        fc.date({ min: new Date('2015-01-01'), max: new Date('2021-12-31'), noInvalidDate: true }),
        fc.constantFrom('endOfYear', 'startOfYear', 'midYear' as const),
        (place, d, mergeDate) => {
          const date = d.toISOString().slice(0, 10);
          const r = assessTwoLinesMerge({ place, date }, { readings: { mergeDate } });
          expect(hasMergedBy(place, date, { reading: mergeDate })).toBe(r.merged);
          expect(mergeDateOf(place, { readings: { mergeDate } })).toBe(r.mergeDate);
        },
      ),
    );
  });

  it('the registry: rule ids as one object (old constant kept), the deadline a cited param the rule reads', () => {
    expect(TIMETABLE_RULE_IDS).toEqual({ twoLinesMerge: 'timetable.twoLinesMerge' });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias must stay equal
    expect(TIMETABLE_RULE_ID).toBe(TIMETABLE_RULE_IDS.twoLinesMerge);
    expect(TIMETABLE_PARAMS).toEqual([ALL_MERGED_BY_YEAR]);
    expect(ALL_MERGED_BY_YEAR.citation.quote).toBe('确保 2018 年所有地区农村低保标准全部达到国家扶贫标准');
    expect(TIMETABLE_RULES[0]?.params).toEqual(['timetable.allMergedByYear']);
  });
});
