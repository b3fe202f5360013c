import { refusal } from '../support/errors.js';
import { describe, expect, it } from 'vitest';
import { getInterpretation, getRule } from '../../src/rules.js';
import { normalizeForQuoteMatch } from '../../src/core/citation.js';
import {
  TWO_LINES_MERGE_TIMETABLE,
  hasMergedBy,
  mergeDateOf,
  placesMergingIn,
  timetableEntriesWithin,
  timetableEntryFor,
  twoLinesMergeYear,
} from '../../src/timetable/index.js';
import { SOURCE_TEXT } from '../support/source.js';

describe('专栏6 分年度差异性提标时序表', () => {
  it('lists 51 places: 28 in 2016, 7 in 2017, 16 in 2018 (28 + 7 + 16 = 51)', () => {
    expect(TWO_LINES_MERGE_TIMETABLE).toHaveLength(51);
    expect([2016, 2017, 2018].map((y) => placesMergingIn(y).length)).toEqual([28, 7, 16]);
  });

  it('keeps box order: first 长春市（市辖区）, last of 2017 抚松县, last 洮南市', () => {
    expect(TWO_LINES_MERGE_TIMETABLE[0]?.nameAsListed).toBe('长春市（市辖区）');
    expect(placesMergingIn(2017).at(-1)?.nameAsListed).toBe('抚松县');
    expect(TWO_LINES_MERGE_TIMETABLE.at(-1)?.nameAsListed).toBe('洮南市');
  });

  it('no place is listed twice', () => {
    const ids = TWO_LINES_MERGE_TIMETABLE.map((e) => e.regionId);
    expect(new Set(ids).size).toBe(51);
  });

  if (SOURCE_TEXT === undefined) {
    it.skip('each entry’s name is in its year’s row of the box — SKIPPED: source not found', () => undefined);
  } else {
    const source = SOURCE_TEXT;
    const box = source.slice(
      source.indexOf('专栏 6 分年度差异性提标时序表'),
      source.indexOf('建立政策衔接机制'),
    );
    const rows = new Map(
      [2016, 2017, 2018].map((y) => {
        const line = box.split('\n').find((l) => l.startsWith(`${y} 年`)) ?? '';
        return [
          y,
          line
            .replace(/^\d{4} 年\s*/u, '')
            .replace(/。\s*$/u, '')
            .split('、'),
        ];
      }),
    );
    it.each(TWO_LINES_MERGE_TIMETABLE.map((e, i) => ({ ...e, i })))(
      '#$i $nameAsListed is listed in the $year row of 专栏6, in this position',
      (entry) => {
        const row = rows.get(entry.year) ?? [];
        const before = TWO_LINES_MERGE_TIMETABLE.slice(0, entry.i).filter(
          (e) => e.year === entry.year,
        ).length;
        expect(row[before]).toBe(entry.nameAsListed);
        expect(normalizeForQuoteMatch(box)).toContain(normalizeForQuoteMatch(entry.citation.quote));
      },
    );
  }

  it('the rule cites the box and "确保 2018 年所有地区农村低保标准全部达到国家扶贫标准"', () => {
    const rule = getRule('timetable.twoLinesMerge');
    expect(rule.kind).toBe('timetable');
    expect(rule.citations.map((c) => c.quote)).toContain(
      '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准',
    );
    expect(rule.interpretations).toEqual(['timetable.mergeDate', 'timetable.cityDistricts']);
    expect(getInterpretation('timetable.mergeDate').chosen.id).toBe('endOfYear');
  });
});

describe('twoLinesMergeYear: the year a place’s rural Dibao standard reaches the poverty line', () => {
  it.each([
    { place: '长春市（市辖区）', year: 2016 },
    { place: '双阳区', year: 2016 },
    { place: '九台区', year: 2016 },
    { place: '公主岭市', year: 2016 },
    { place: '延吉市', year: 2016 },
    { place: '榆树市', year: 2017 },
    { place: '梅河口市', year: 2017 },
    { place: '伊通满族自治县', year: 2018 },
    { place: '前郭尔罗斯蒙古族自治县', year: 2018 },
    { place: '长白朝鲜族自治县', year: 2018 },
    { place: '长白山保护开发区', year: 2018 },
    { place: '江源区', year: 2018 },
    { place: '220882', year: 2018 },
    { place: 'taonan', year: 2018 },
  ])('$place: $year', ({ place, year }) => {
    expect(twoLinesMergeYear(place)).toBe(year);
  });

  it.each([
    { place: '朝阳区', via: '长春市（市辖区）', year: 2016 },
    { place: '船营区', via: '吉林市（市辖区）', year: 2016 },
    { place: '浑江区', via: '白山市（市辖区）', year: 2018 },
    { place: '洮北区', via: '白城市（市辖区）', year: 2018 },
  ])(
    'a district the box does not name takes its city’s "(市辖区)" year: $place → $via ($year)',
    ({ place, via, year }) => {
      expect(timetableEntryFor(place).nameAsListed).toBe(via);
      expect(twoLinesMergeYear(place)).toBe(year);
    },
  );

  it('under the reading listedOnly, an unnamed district is refused (not_listed), suggesting its city’s entry', () => {
    const e = refusal(() => twoLinesMergeYear('朝阳区', { readings: { cityDistricts: 'listedOnly' } }));
    expect(e.issues[0]?.code).toBe('not_listed');
    expect(e.suggestions).toEqual(['长春市（市辖区）']);
    expect(twoLinesMergeYear('双阳区', { readings: { cityDistricts: 'listedOnly' } })).toBe(2016);
  });

  it('a town takes its county’s year: 靖宇县赤松镇 → 靖宇县, 2018', () => {
    expect(timetableEntryFor('靖宇县赤松镇').nameAsListed).toBe('靖宇县');
  });

  it.each([
    { place: '长春市', code: 'listed_in_parts' },
    { place: '延边州', code: 'listed_in_parts' },
    { place: '吉林省', code: 'listed_in_parts' },
    { place: '宁海县', code: 'outside_jilin' },
    { place: '经开区', code: 'not_covered' },
    { place: '长百县', code: 'unknown_region' },
    { place: '通化', code: 'ambiguous_region' },
  ])('$place is refused at path "place" ($code)', ({ place, code }) => {
    const e = refusal(() => twoLinesMergeYear(place));
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['timetable.twoLinesMerge', 'place', code]);
  });

  it('a prefecture’s parts are listed by timetableEntriesWithin: 长春市 has 6, merging 2016 except 榆树市 (2017)', () => {
    const parts = timetableEntriesWithin('长春市');
    expect(parts.map((e) => `${e.nameAsListed} ${e.year}`)).toEqual([
      '长春市（市辖区） 2016',
      '双阳区 2016',
      '九台区 2016',
      '农安县 2016',
      '德惠市 2016',
      '榆树市 2017',
    ]);
    expect(timetableEntriesWithin('吉林省')).toHaveLength(51);
  });
});

describe('hasMergedBy and the reading of timetable.mergeDate', () => {
  it.each([
    { date: '2017-12-30', reading: 'endOfYear', merged: false },
    { date: '2017-12-31', reading: 'endOfYear', merged: true },
    { date: '2016-12-31', reading: 'startOfYear', merged: false },
    { date: '2017-01-01', reading: 'startOfYear', merged: true },
    { date: '2017-06-30', reading: 'midYear', merged: false },
    { date: '2017-07-01', reading: 'midYear', merged: true },
  ] as const)(
    '榆树市 (listed 2017) on $date under $reading: merged = $merged',
    ({ date, reading, merged }) => {
      expect(hasMergedBy('榆树市', date, { reading })).toBe(merged);
      expect(hasMergedBy('榆树市', date, { readings: { mergeDate: reading } })).toBe(merged);
    },
  );

  it('by default (endOfYear) a 2018 place has merged on 2018-12-31, the plan’s deadline, and not the day before', () => {
    expect(hasMergedBy('长白县', '2018-12-30')).toBe(false);
    expect(hasMergedBy('长白县', '2018-12-31')).toBe(true);
    expect(mergeDateOf('长白县')).toBe('2018-12-31');
  });

  it('frozen options are read, never written', () => {
    const options = Object.freeze({
      readings: Object.freeze({ mergeDate: 'midYear', cityDistricts: 'otherDistricts' }),
    } as const);
    expect(hasMergedBy('朝阳区', '2016-07-01', options)).toBe(true);
    expect(mergeDateOf('朝阳区', options)).toBe('2016-07-01');
  });

  it('a Date is read as its calendar date in Beijing time (UTC+8), whatever the process’s zone', () => {
    expect(hasMergedBy('榆树市', new Date('2017-12-31T00:00:00+08:00'))).toBe(true);
    expect(hasMergedBy('榆树市', new Date('2017-12-30T23:59:00+08:00'))).toBe(false);
    // 2017-12-30T16:00Z is already 2017-12-31 in Beijing.
    expect(hasMergedBy('榆树市', new Date('2017-12-30T16:00:00Z'))).toBe(true);
  });

  it.each([
    { date: '2018-02-30', why: 'no such day' },
    { date: '2018-1-5', why: 'not YYYY-MM-DD' },
    { date: '', why: 'empty' },
    { date: new Date(Number.NaN), why: 'an invalid Date' },
    { date: 20180101, why: 'a number' },
  ])('a bad date ($why) is refused at path "date"', ({ date }) => {
    const e = refusal(() => hasMergedBy('榆树市', date as string));
    expect([e.ruleId, e.path]).toEqual(['timetable.twoLinesMerge', 'date']);
  });

  it.each([
    { place: '', path: 'place' },
    { place: 7, path: 'place' },
  ])('a bad place ($place) is refused at path "$path"', ({ place, path }) => {
    expect(refusal(() => hasMergedBy(place as string, '2018-12-31')).path).toBe(path);
    expect(refusal(() => twoLinesMergeYear(place as string)).path).toBe(path);
  });

  it('an unknown reading is refused at its option path; conflicting readings are refused', () => {
    expect(refusal(() => hasMergedBy('榆树市', '2018-01-01', { reading: 'someday' as never })).path).toBe(
      'options.reading',
    );
    expect(
      refusal(() => twoLinesMergeYear('朝阳区', { readings: { cityDistricts: 'all' as never } })).path,
    ).toBe('options.readings.cityDistricts');
    const e = refusal(() =>
      hasMergedBy('榆树市', '2018-01-01', { reading: 'endOfYear', readings: { mergeDate: 'midYear' } }),
    );
    expect(e.issues[0]?.code).toBe('conflicting_readings');
  });
});

describe('placesMergingIn', () => {
  it('2019 and 2020 (within the plan period, after the box) list no place', () => {
    expect(placesMergingIn(2019)).toEqual([]);
    expect(placesMergingIn(2020)).toEqual([]);
  });

  it.each([2015, 2021, 2016.5, Number.NaN, '2016'])('year %s is refused at path "year"', (year) => {
    const e = refusal(() => placesMergingIn(year as number));
    expect([e.ruleId, e.path]).toEqual(['timetable.twoLinesMerge', 'year']);
  });
});
