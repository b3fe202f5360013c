import { defineParam } from '../core/param.js';
import { BY_2018_CLAUSE } from '../plan/index.js';

/**
 * The year by which every area's rural Dibao standard reaches the national poverty line ("确保 2018 年所有地区
 * 农村低保标准全部达到国家扶贫标准"). 专栏6 schedules its places within it (its rows 2016, 2017 and 2018 are data
 * of the box, in `src/plan/box6.ts`); a reform may move the deadline, and {@link assessTwoLinesMerge} then
 * reports which places the box schedules after it.
 */
export const ALL_MERGED_BY_YEAR = defineParam({
  id: 'timetable.allMergedByYear',
  area: 'timetable',
  title: {
    zh: '所有地区农村低保标准达到国家扶贫标准的年份',
    en: 'Year by which every area’s rural Dibao standard reaches the poverty line',
  },
  unit: 'year',
  citation: BY_2018_CLAUSE,
  versions: [{ from: null, value: '2018' }],
});
