/**
 * timetable.twoLinesMerge: the registry entries say exactly what the docs say (one rule, two interpretations with
 * their chosen and alternative readings); the same reading given twice is accepted; districts outside Jilin and
 * places listed in parts are refused with the right code and suggestions; a bad date says what a date must be
 * (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import {
  TIMETABLE_INTERPRETATIONS,
  TIMETABLE_RULES,
  hasMergedBy,
  mergeDateOf,
  twoLinesMergeYear,
} from '../../src/timetable/index.js';
import { refusal } from '../support/errors.js';

describe('the timetable registry', () => {
  it('one rule, timetable.twoLinesMerge, read through timetable.mergeDate and timetable.cityDistricts', () => {
    expect(TIMETABLE_RULES.map((r) => [r.id, r.area, r.kind, r.interpretations])).toEqual([
      [
        'timetable.twoLinesMerge',
        'timetable',
        'timetable',
        ['timetable.mergeDate', 'timetable.cityDistricts'],
      ],
    ]);
    expect(TIMETABLE_RULES[0]?.citations.map((c) => c.quote)).toContain('专栏 6 分年度差异性提标时序表');
  });

  it('timetable.mergeDate: chosen endOfYear (31 December), alternatives startOfYear (1 January) and midYear (1 July)', () => {
    const i = TIMETABLE_INTERPRETATIONS.find((x) => x.id === 'timetable.mergeDate');
    expect(i?.chosen.id).toBe('endOfYear');
    expect(i?.chosen.description).toMatch(/^From 31 December of the listed year/u);
    expect(i?.alternatives.map((a) => a.id)).toEqual(['startOfYear', 'midYear']);
    expect(i?.alternatives.map((a) => a.description)).toEqual([
      'From 1 January of the listed year (the standard applies all year).',
      'From 1 July of the listed year (standards raised mid-year).',
    ]);
  });

  it('timetable.cityDistricts: chosen otherDistricts (朝阳区 → 长春市（市辖区）), alternative listedOnly', () => {
    const i = TIMETABLE_INTERPRETATIONS.find((x) => x.id === 'timetable.cityDistricts');
    expect(i?.chosen.id).toBe('otherDistricts');
    expect(i?.chosen.description).toContain('朝阳区 → 长春市（市辖区）, 2016');
    expect(i?.alternatives.map((a) => a.id)).toEqual(['listedOnly']);
    expect(i?.alternatives[0]?.description).toMatch(/^Only places the box names resolve/u);
  });

  it('the two interpretations, in that order, and no other', () => {
    expect(TIMETABLE_INTERPRETATIONS.map((i) => i.id)).toEqual([
      'timetable.mergeDate',
      'timetable.cityDistricts',
    ]);
  });
});

describe('readings and refusals', () => {
  it('the same reading given both ways is no conflict: 榆树市 (2017) under startOfYear twice → 2017-01-01', () => {
    expect(mergeDateOf('榆树市', { reading: 'startOfYear', readings: { mergeDate: 'startOfYear' } })).toBe(
      '2017-01-01',
    );
    expect(
      hasMergedBy('榆树市', '2017-07-01', { reading: 'midYear', readings: { mergeDate: 'midYear' } }),
    ).toBe(true);
  });

  it.each([
    ['海曙区', 'otherDistricts'],
    ['北仑区', 'listedOnly'],
  ] as const)(
    'a district of 宁波市 (%s, under %s) is outside Jilin: 宁波市 has no "(市辖区)" entry',
    (place, cityDistricts) => {
      const e = refusal(() => twoLinesMergeYear(place, { readings: { cityDistricts } }));
      expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual([
        'timetable.twoLinesMerge',
        'place',
        'outside_jilin',
      ]);
    },
  );

  it('长春市 is listed in parts: the refusal suggests its 6 entries by the names the box uses', () => {
    const e = refusal(() => twoLinesMergeYear('长春市'));
    expect(e.issues[0]?.code).toBe('listed_in_parts');
    expect(e.suggestions).toEqual(['长春市（市辖区）', '双阳区', '九台区', '农安县', '德惠市', '榆树市']);
  });

  it('a date that does not exist (2018-02-30) is refused with what a date must be, and the value given', () => {
    const e = refusal(() => hasMergedBy('榆树市', '2018-02-30'));
    expect([e.path, e.value, e.issues[0]?.message]).toEqual([
      'date',
      '2018-02-30',
      'must be a real calendar date as YYYY-MM-DD or a valid Date',
    ]);
  });
});
