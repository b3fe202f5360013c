import { cite, type Citation } from '../core/citation.js';

/**
 * 专栏6 (分年度差异性提标时序表), the two-lines-merge timetable, exactly as the plan prints it, with the
 * clauses it carries out. The home of the timetable's data (`jilin-poverty-rules/timetable` reads it; the
 * region registry names its places). Nothing here is inferred.
 */

/** A year of 专栏6 (分年度差异性提标时序表). */
export type MergeYear = 2016 | 2017 | 2018;

/** One row of 专栏6: the year and the places, as listed, in box order. */
export interface Box6Row {
  readonly year: MergeYear;
  readonly names: readonly string[];
}

/** 专栏6, row by row, in box order: 28 + 7 + 16 = 51 places. */
export const BOX6_ROWS: readonly Box6Row[] = Object.freeze(
  (
    [
      [
        2016,
        '长春市（市辖区）、双阳区、九台区、农安县、德惠市、吉林市（市辖区）、永吉县、舒兰市、磐石市、桦甸市、蛟河市、' +
          '四平市（市辖区）、公主岭市、梨树县、辽源市（市辖区）、东丰县、通化市（市辖区）、通化县、松原市（市辖区）、' +
          '扶余市、延吉市、图们市、敦化市、龙井市、和龙市、珲春市、汪清县、安图县',
      ],
      [2017, '榆树市、双辽市、柳河县、东辽县、辉南县、梅河口市、抚松县'],
      [
        2018,
        '伊通县、集安市、白山市（市辖区）、江源区、临江市、乾安县、前郭县、长白山保护开发区、靖宇县、镇赉县、通榆县、' +
          '大安市、长白县、长岭县、白城市（市辖区）、洮南市',
      ],
    ] as const
  ).map(([year, list]) => Object.freeze({ year, names: Object.freeze(list.split('、')) })),
);

/**
 * The citation of one place in 专栏6: the year with the first place of its row, or the place with the one
 * listed before it, so each quote pins the name to its row and its position in the box.
 */
export function box6Citation(year: MergeYear, index: number): Citation {
  const names = BOX6_ROWS.find((r) => r.year === year)?.names ?? [];
  const name = names[index];
  if (name === undefined) throw new Error(`box6Citation: no entry ${year}#${index}`);
  const previous = names[index - 1];
  const quote = previous === undefined ? `${year} 年 ${name}` : `${previous}、${name}`;
  return cite({ chapter: 8, section: 1, box: 6, quote });
}

/** The heading of 专栏6. */
export const BOX6_TITLE = cite({ chapter: 8, section: 1, box: 6, quote: '专栏 6 分年度差异性提标时序表' });

/** The clause 专栏6 carries out: every area's Dibao standard reaches the national poverty line in 2018. */
export const BY_2018_CLAUSE = cite({
  chapter: 8,
  section: 1,
  quote: '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准',
});

/** The clause that names the two lines to be merged. */
export const TWO_LINES_MERGE_CLAUSE = cite({
  chapter: 8,
  section: 1,
  quote: '实现农村低保标准与扶贫标准的“两线合一”',
});
