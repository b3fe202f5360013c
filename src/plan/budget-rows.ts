import { cite, type Citation } from '../core/citation.js';

/** The rows of the budget tables 表2 / 表3-1 / 表3-2 of chapter 11 as the plan names them, with where it names them. */

/** The rows of 表2 / 表3-1 / 表3-2 (the budget regions), in table order, with each row's first two figures in 表2. */
const BUDGET_ROWS: readonly (readonly [string, string])[] = [
  ['长春市', '71.66 28.97'],
  ['吉林市', '60.04 30.2'],
  ['四平市', '84.7 83.85'],
  ['辽源市', '18.23 8.34'],
  ['通化市', '43.73 32.16'],
  ['白山市', '61.61 36.98'],
  ['松原市', '64.46 48.16'],
  ['白城市', '286.5 123.62'],
  ['延边州', '225.64 167.04'],
  ['长白山保护开发区', '3.45 1.9'],
  ['公主岭市', '30.86 21.12'],
  ['梅河口市', '13.09 9.69'],
];

/** The names of the rows of 表2 / 表3-1 / 表3-2, in table order. */
export const BUDGET_TABLE_ROWS: readonly string[] = Object.freeze(BUDGET_ROWS.map(([name]) => name));

/** Each budget region's row of 表2 (its name with its total and government investment), by name. */
export const BUDGET_ROW_CITATIONS: ReadonlyMap<string, Citation> = new Map(
  BUDGET_ROWS.map(([name, figures]) => [
    name,
    cite({ chapter: 11, section: 1, table: '2', quote: `${name} ${figures}` }),
  ]),
);

/** The heading of 表2. */
export const BUDGET_TABLE_TITLE = cite({
  chapter: 11,
  section: 1,
  table: '2',
  quote: '吉林省“十三五”脱贫攻坚建设项目规划资金需求',
});

/** 表2's note on where its rows come from: the prefectures, 长白山保护开发区 and the 扩权强县试点市. */
export const BUDGET_SOURCES_NOTE = cite({
  chapter: 11,
  section: 1,
  table: '2',
  quote: '(资金需求来源于各市州、长白山保护开发区、扩权强县试点市脱贫攻坚规划)',
});

/** Where the budget tables list their regions. */
export const BUDGET_TABLE_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  BUDGET_TABLE_TITLE,
  BUDGET_SOURCES_NOTE,
  cite({ chapter: 11, section: 2, table: '3-1', quote: '吉林省“十三五”脱贫攻坚建设项目、资金的区域分布' }),
  cite({ chapter: 11, section: 2, table: '3-2', quote: '吉林省“十三五”脱贫攻坚建设资金的区域分布 (续 1)' }),
]);
