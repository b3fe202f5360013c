import type { Param } from '../core/param.js';
import { cite } from '../core/citation.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { BOX6_TITLE, BY_2018_CLAUSE, TWO_LINES_MERGE_CLAUSE } from '../plan/index.js';
import { ALL_MERGED_BY_YEAR } from './params.js';

/** The rule ids of the timetable area. */
export const TIMETABLE_RULE_IDS = /* @__PURE__ */ Object.freeze({
  twoLinesMerge: 'timetable.twoLinesMerge',
} as const);

// Each definition is built in a pure-annotated function: a bundle that never reads TIMETABLE_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the timetable area, in the order its docs present them. */
export const TIMETABLE_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'timetable.twoLinesMerge',
      area: 'timetable',
      kind: 'timetable',
      title: { zh: '分年度差异性提标时序表（“两线合一”）', en: 'Two-lines-merge timetable (Box 6)' },
      summary:
        'The year in which each of the 51 units of 专栏6 raises its rural Dibao standard to the national poverty line: ' +
        '28 in 2016, 7 in 2017, 16 in 2018, so that every area has merged the two lines in 2018.',
      citations: [BOX6_TITLE, BY_2018_CLAUSE, TWO_LINES_MERGE_CLAUSE],
      interpretations: ['timetable.mergeDate', 'timetable.cityDistricts'],
      params: [ALL_MERGED_BY_YEAR.id],
    }))(),
]);

/** The readings this area chose where the plan is ambiguous. */
export const TIMETABLE_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'timetable.mergeDate',
    area: 'timetable',
    question:
      '专栏6 gives a year for each place: from which day of that year has the place merged the two lines?',
    chosen: {
      id: 'endOfYear',
      description:
        'From 31 December of the listed year: the box is a schedule of deadlines ("确保 2018 年所有地区…达到"), ' +
        'so a place listed for 2017 is only sure to have merged by the end of 2017.',
    },
    alternatives: [
      {
        id: 'startOfYear',
        description: 'From 1 January of the listed year (the standard applies all year).',
      },
      { id: 'midYear', description: 'From 1 July of the listed year (standards raised mid-year).' },
    ],
    rationale:
      'The plan states years, not dates, and frames 2018 as the year by which all areas reach the line; end of ' +
      'year is the only day on which the plan itself assures a place has merged, so a check never reports a ' +
      'merge earlier than the plan guarantees.',
    citations: [BOX6_TITLE, BY_2018_CLAUSE],
  }),
  defineInterpretation({
    id: 'timetable.cityDistricts',
    area: 'timetable',
    question:
      'What does "长春市（市辖区）" cover, given that 双阳区, 九台区 and 江源区 are listed on their own, and what of a ' +
      'district the box does not name (朝阳区, 船营区)?',
    chosen: {
      id: 'otherDistricts',
      description:
        '"X市（市辖区）" is the city’s districts other than those listed on their own: a district not named in the ' +
        'box takes the year of its city’s "(市辖区)" entry (朝阳区 → 长春市（市辖区）, 2016); 双阳区, 九台区 and 江源区 ' +
        'take their own entries. Every district is then covered exactly once.',
    },
    alternatives: [
      {
        id: 'listedOnly',
        description:
          'Only places the box names resolve: a district the box does not name is refused rather than mapped to ' +
          'its city’s "(市辖区)" entry.',
      },
    ],
    rationale:
      '双阳区 and 九台区 (former 县/县级市 turned districts) and 江源区 (former 县) are rural districts with their own ' +
      'Dibao standards, hence listed apart; "(市辖区)" names the rest collectively. The years agree either way ' +
      '(双阳区 and 九台区 2016 like 长春市（市辖区）; 江源区 2018 like 白山市（市辖区）), so the choice only decides whether ' +
      'an unnamed district resolves.',
    citations: [
      cite({ chapter: 8, section: 1, box: 6, quote: '长春市（市辖区）、双阳区、九台区' }),
      cite({ chapter: 8, section: 1, box: 6, quote: '白山市（市辖区）、江源区' }),
    ],
  }),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const TIMETABLE_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([ALL_MERGED_BY_YEAR]);
