import type { Decimal } from 'decimal.js';
import { cite, type Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import { TABLE_RULE_ID_OF } from './ids.js';

/**
 * The three budget tables of chapter 11 (资金项目安排), as the plan prints them, in 亿元.
 *
 * The plan's text edition loses the tables' grid: each row is one line of tab-separated fields, and a blank
 * cell is an empty field between two tabs. Every row below was rebuilt from its source line (given as
 * `line`) and checked three ways: the row's parts sum to its stated total, every column sums to the stated
 * 合计 (total) row, and the fields keep their tab positions. Where a cell is blank, the column it belongs to is
 * fixed by those two sums (see `docs/budget.md`, "Rebuilding the rows").
 */

/** The label of a budget table as the plan numbers it. */
export type BudgetTableId = '2' | '3-1' | '3-2';

/** The budget tables' labels, in the plan's order. */
export const BUDGET_TABLE_IDS: readonly BudgetTableId[] = /* @__PURE__ */ Object.freeze(['2', '3-1', '3-2']);

/**
 * One cell of a budget table. A blank cell is not a zero: the plan lists no figure there, which may mean
 * none is planned or that none was reported. It is kept as `notListed`; sums treat it as contributing
 * nothing and every sum reports which blank cells it passed over.
 */
export type BudgetCell = { readonly kind: 'listed'; readonly yi: Decimal } | { readonly kind: 'notListed' };

/** The 12 regions the budget tables list, as the plan writes them, in the tables' order. */
export const BUDGET_REGION_NAMES = /* @__PURE__ */ Object.freeze([
  '长春市',
  '吉林市',
  '四平市',
  '辽源市',
  '通化市',
  '白山市',
  '松原市',
  '白城市',
  '延边州',
  '长白山保护开发区',
  '公主岭市',
  '梅河口市',
] as const);
/** A region with a row in the budget tables, as the plan writes it. */
export type BudgetRegionName = (typeof BUDGET_REGION_NAMES)[number];

/** The key of the total row (the plan prints it `合 计`). */
export const TOTAL_ROW = '合计';
/** A row of a budget table: a region, or the total row. */
export type BudgetRowKey = BudgetRegionName | typeof TOTAL_ROW;

/** The English names of the budget regions (for charts and docs; lookups go through the region registry). */
export const BUDGET_REGION_NAMES_EN: Readonly<Record<BudgetRowKey, string>> = /* @__PURE__ */ Object.freeze({
  长春市: 'Changchun',
  吉林市: 'Jilin City',
  四平市: 'Siping',
  辽源市: 'Liaoyuan',
  通化市: 'Tonghua',
  白山市: 'Baishan',
  松原市: 'Songyuan',
  白城市: 'Baicheng',
  延边州: 'Yanbian Prefecture',
  长白山保护开发区: 'Changbai Mountain Protection and Development Zone',
  公主岭市: 'Gongzhuling',
  梅河口市: 'Meihekou',
  合计: 'Total',
});

/** Columns of 表2: planned investment and its four sources of funds. */
export const TABLE2_COLUMNS = /* @__PURE__ */ Object.freeze([
  '总投资',
  '政府投入',
  '金融机构融资',
  '业主投入',
  '农户自筹',
] as const);
/** Columns of 表3-1: targeted poverty projects and their seven categories. */
export const TABLE31_COLUMNS = /* @__PURE__ */ Object.freeze([
  '精准扶贫项目',
  '产业脱贫',
  '转移就业脱贫',
  '易地搬迁脱贫',
  '生态保护脱贫',
  '教育脱贫',
  '健康救助脱贫',
  '兜底保障',
] as const);
/** Columns of 表3-2: regional development projects and their three categories. */
export const TABLE32_COLUMNS = /* @__PURE__ */ Object.freeze([
  '提升贫困地区区域发展能力项目',
  '基础设施建设',
  '农村生产生活改善',
  '培育区域支柱或优势产业',
] as const);

/** A column of 表2. */
export type Table2Column = (typeof TABLE2_COLUMNS)[number];
/** A column of 表3-1. */
export type Table31Column = (typeof TABLE31_COLUMNS)[number];
/** A column of 表3-2. */
export type Table32Column = (typeof TABLE32_COLUMNS)[number];
/** The columns of each table. */
export interface BudgetColumnsOf {
  readonly '2': Table2Column;
  readonly '3-1': Table31Column;
  readonly '3-2': Table32Column;
}
/** Any column of any budget table (the plan's words). */
export type BudgetColumnName = Table2Column | Table31Column | Table32Column;

/** A column's description: the plan's words, an English id and label, and whether it is the row total. */
export interface BudgetColumn {
  /** The plan's header, e.g. `政府投入`. */
  readonly zh: BudgetColumnName;
  /** A camelCase English id, accepted by the lookups as well (`government`). */
  readonly id: string;
  /** English label (glossary terms). */
  readonly en: string;
  /** `total` for the column the others add up to (the first), `part` for the others. */
  readonly role: 'total' | 'part';
}

/** One row of a budget table, as the plan prints it. */
export interface BudgetRow {
  readonly region: BudgetRowKey;
  /** The row's cells by column (the plan's header words), frozen. */
  readonly cells: Readonly<Record<string, BudgetCell>>;
  /** The line of the plan's text edition the row is rebuilt from. */
  readonly line: number;
  /** The row quoted: the region and its figures as printed (white space aside). */
  readonly citation: Citation;
}

/** A budget table: its title, unit, columns and the 13 rows (12 regions and the total). */
export interface BudgetTable {
  readonly id: BudgetTableId;
  /** The title as printed, e.g. `吉林省“十三五”脱贫攻坚建设项目规划资金需求`. */
  readonly titleZh: string;
  readonly titleEn: string;
  /** Every figure is in 亿元 (100 million yuan). */
  readonly unit: '亿元';
  /** All columns, the total column first. */
  readonly columns: readonly BudgetColumn[];
  /** The 12 region rows in the plan's order, then the total row. */
  readonly rows: readonly BudgetRow[];
  /** The table's title, cited. */
  readonly citation: Citation;
  /** The rule the table is registered as (`budget.table2`, `budget.table31`, `budget.table32`). */
  readonly ruleId: string;
  /** Where the plan states the table (its title; for 表2 also its note on sources). */
  readonly citations: readonly Citation[];
}

const CHAPTER = 11;

/** The table's footnote: where the figures come from (each prefecture's, the zone's and the pilot cities' plans). */
export const TABLE_2_FOOTNOTE: Citation = cite({
  chapter: 11,
  section: 1,
  table: '2',
  quote: '资金需求来源于各市州、长白山保护开发区、扩权强县试点市脱贫攻坚规划',
});

/**
 * An exact decimal that cannot be changed: the instance and its digit array are frozen, so neither
 * `cell.yi.d[0] = …` nor `cell.yi.e = …` alters a figure of the plan. decimal.js never writes to an
 * operand's digits, so arithmetic on it works as usual.
 */
export function frozenDecimal(text: string): Decimal {
  const d = new Dec(text);
  Object.freeze(d.d);
  return Object.freeze(d);
}

function listed(text: string): BudgetCell {
  return Object.freeze({ kind: 'listed' as const, yi: frozenDecimal(text) });
}

const NOT_LISTED: BudgetCell = /* @__PURE__ */ Object.freeze({ kind: 'notListed' as const });

/** Builds a frozen row from the figures as printed (`null` for a blank cell). */
function makeRow(
  table: BudgetTableId,
  section: number,
  columns: readonly BudgetColumn[],
  region: BudgetRowKey,
  line: number,
  figures: readonly (string | null)[],
): BudgetRow {
  // Stryker disable next-line BlockStatement: a guard on this file's own literals at module load; every row has one figure per column (the tables load), so no call through the API reaches it
  if (figures.length !== columns.length) {
    throw new Error(
      // Stryker disable next-line StringLiteral: the message of the guard above, which no call reaches
      `budget table ${table}, ${region}: ${figures.length} figures for ${columns.length} columns`,
    );
  }
  const cells: Record<string, BudgetCell> = {};
  columns.forEach((column, i) => {
    const figure = figures[i];
    cells[column.zh] = figure === null || figure === undefined ? NOT_LISTED : listed(figure);
  });
  const printedName = region === TOTAL_ROW ? '合 计' : region;
  const quote = [printedName, ...figures.filter((f): f is string => f !== null)].join(' ');
  return Object.freeze({
    region,
    cells: Object.freeze(cells),
    line,
    citation: cite({ chapter: CHAPTER, section, table, quote }),
  });
}

function columns(spec: readonly (readonly [BudgetColumnName, string, string])[]): readonly BudgetColumn[] {
  return Object.freeze(
    spec.map(([zh, id, en], i) =>
      Object.freeze({ zh, id, en, role: i === 0 ? ('total' as const) : ('part' as const) }),
    ),
  );
}

const T2_COLUMNS = columns([
  ['总投资', 'totalInvestment', 'Total investment'],
  ['政府投入', 'government', 'Government funding'],
  ['金融机构融资', 'financialInstitutions', 'Financing from financial institutions'],
  ['业主投入', 'projectOwners', 'Project owners’ investment'],
  ['农户自筹', 'households', 'Households’ own funds'],
]);

const T31_COLUMNS = columns([
  ['精准扶贫项目', 'targetedProjects', 'Targeted poverty alleviation projects'],
  ['产业脱贫', 'industry', 'Poverty exit through industry'],
  ['转移就业脱贫', 'employmentTransfer', 'Poverty exit through employment transfer'],
  ['易地搬迁脱贫', 'relocation', 'Poverty exit through relocation'],
  ['生态保护脱贫', 'ecologicalProtection', 'Poverty exit through ecological protection'],
  ['教育脱贫', 'education', 'Poverty exit through education'],
  ['健康救助脱贫', 'healthAssistance', 'Poverty exit through health assistance'],
  ['兜底保障', 'safetyNet', 'Safety-net guarantee'],
]);

const T32_COLUMNS = columns([
  ['提升贫困地区区域发展能力项目', 'regionalDevelopment', 'Regional development capacity projects'],
  ['基础设施建设', 'infrastructure', 'Infrastructure construction'],
  ['农村生产生活改善', 'ruralLivingConditions', 'Improvement of rural production and living conditions'],
  ['培育区域支柱或优势产业', 'pillarIndustries', 'Fostering regional pillar or competitive industries'],
]);

type Figures = readonly (string | null)[];

function table(
  id: BudgetTableId,
  section: number,
  titleZh: string,
  titleEn: string,
  cols: readonly BudgetColumn[],
  rows: readonly (readonly [BudgetRowKey, number, Figures])[],
): BudgetTable {
  const title = cite({ chapter: CHAPTER, section, table: id, quote: titleZh });
  return Object.freeze({
    id,
    titleZh,
    titleEn,
    unit: '亿元' as const,
    columns: cols,
    rows: Object.freeze(
      rows.map(([region, line, figures]) => makeRow(id, section, cols, region, line, figures)),
    ),
    citation: title,
    ruleId: TABLE_RULE_ID_OF[id],
    citations: Object.freeze(id === '2' ? [title, TABLE_2_FOOTNOTE] : [title]),
  });
}

/**
 * 表2 吉林省“十三五”脱贫攻坚建设项目规划资金需求 (亿元): total investment and its four sources, by region.
 * One blank cell: 四平市 lists no 金融机构融资 (its other three sources add up to its total, 83.85 + 0.68 +
 * 0.17 = 84.70, and the column without it adds up to 151.43).
 */
export const TABLE_2: BudgetTable = table(
  '2',
  1,
  '吉林省“十三五”脱贫攻坚建设项目规划资金需求',
  'Planned funding needs of Jilin’s 13th Five-Year poverty-alleviation construction projects',
  T2_COLUMNS,
  [
    ['长春市', 622, ['71.66', '28.97', '16.71', '22.77', '3.21']],
    ['吉林市', 623, ['60.04', '30.2', '6.8', '20.46', '2.58']],
    ['四平市', 624, ['84.7', '83.85', null, '0.68', '0.17']],
    ['辽源市', 625, ['18.23', '8.34', '5.07', '2.6', '2.22']],
    ['通化市', 626, ['43.73', '32.16', '6.27', '3.58', '1.72']],
    ['白山市', 627, ['61.61', '36.98', '12.63', '9.3', '2.7']],
    ['松原市', 628, ['64.46', '48.16', '1.67', '12.15', '2.48']],
    ['白城市', 629, ['286.5', '123.62', '58.52', '98.53', '5.83']],
    ['延边州', 630, ['225.64', '167.04', '40.9', '14.7', '3']],
    ['长白山保护开发区', 631, ['3.45', '1.9', '0.03', '1.5', '0.02']],
    ['公主岭市', 632, ['30.86', '21.12', '2.13', '6.86', '0.75']],
    ['梅河口市', 633, ['13.09', '9.69', '0.7', '2.66', '0.04']],
    ['合计', 634, ['963.97', '592.03', '151.43', '195.79', '24.72']],
  ],
);

/**
 * 表3-1 吉林省“十三五”脱贫攻坚建设项目、资金的区域分布 (亿元): targeted poverty projects and their seven
 * categories, by region. 17 blank cells (e.g. 长春市 lists no 易地搬迁脱贫; 长白山保护开发区 lists only 产业脱贫).
 */
export const TABLE_3_1: BudgetTable = table(
  '3-1',
  2,
  '吉林省“十三五”脱贫攻坚建设项目、资金的区域分布',
  'Regional distribution of Jilin’s 13th Five-Year poverty-alleviation projects and funds',
  T31_COLUMNS,
  [
    ['长春市', 652, ['51.08', '28.16', '2.21', null, '0.01', '2.23', '7.63', '10.84']],
    ['吉林市', 653, ['41.88', '22.47', '0.23', null, '5.68', '0.32', '9.01', '4.17']],
    ['四平市', 654, ['56.84', '43.85', null, null, '5.53', '1.53', '1.73', '4.2']],
    ['辽源市', 655, ['9.83', '5.08', '0.12', '0.67', '0.19', '0.07', '2.12', '1.58']],
    ['通化市', 656, ['23.11', '16.47', '1.12', '0.45', '1.33', '1.49', '1.08', '1.17']],
    ['白山市', 657, ['32.17', '26.6', '0.02', '0.49', null, '0.03', '2.52', '2.51']],
    ['松原市', 658, ['34.62', '23.84', '0.74', null, '0.28', '0.56', '5.63', '3.57']],
    ['白城市', 659, ['187.69', '131.25', '0.64', '31.6', '11.22', '6.08', '3.68', '3.22']],
    ['延边州', 660, ['130.37', '105.9', '1.59', '8.62', '2.04', '6.94', '2.87', '2.41']],
    ['长白山保护开发区', 661, ['1.86', '1.86', null, null, null, null, null, null]],
    ['公主岭市', 662, ['3.91', '0.49', '0.03', null, null, '0.6', '0.68', '2.11']],
    ['梅河口市', 663, ['5.02', '2.88', null, null, null, '0.05', '1.64', '0.45']],
    ['合计', 664, ['578.38', '408.85', '6.7', '41.83', '26.28', '19.9', '38.59', '36.23']],
  ],
);

/**
 * 表3-2 吉林省“十三五”脱贫攻坚建设资金的区域分布 (续 1) (亿元): regional development projects and their
 * three categories, by region. 11 blank cells (only 辽源市 and 白山市 list 培育区域支柱或优势产业).
 */
export const TABLE_3_2: BudgetTable = table(
  '3-2',
  2,
  '吉林省“十三五”脱贫攻坚建设资金的区域分布',
  'Regional distribution of Jilin’s 13th Five-Year poverty-alleviation funds (continued)',
  T32_COLUMNS,
  [
    ['长春市', 672, ['20.59', '17.18', '3.41', null]],
    ['吉林市', 673, ['18.16', '11.95', '6.21', null]],
    ['四平市', 674, ['27.86', '27.86', null, null]],
    ['辽源市', 675, ['8.41', '3.74', '0.87', '3.8']],
    ['通化市', 676, ['20.63', '16.28', '4.35', null]],
    ['白山市', 677, ['29.45', '9.82', '8.04', '11.59']],
    ['松原市', 678, ['29.85', '17.05', '12.8', null]],
    ['白城市', 679, ['98.8', '50.54', '48.26', null]],
    ['延边州', 680, ['95.24', '74.73', '20.51', null]],
    ['长白山保护开发区', 681, ['1.58', '1.45', '0.13', null]],
    ['公主岭市', 682, ['26.94', '19.35', '7.59', null]],
    ['梅河口市', 683, ['8.08', '4.47', '3.61', null]],
    ['合计', 684, ['385.59', '254.42', '115.78', '15.39']],
  ],
);

/** The three tables by label. */
export const BUDGET_TABLES: Readonly<Record<BudgetTableId, BudgetTable>> = /* @__PURE__ */ Object.freeze({
  '2': TABLE_2,
  '3-1': TABLE_3_1,
  '3-2': TABLE_3_2,
});

/**
 * The county-level cities listed in their own rows as 扩权强县试点市 (pilot cities with county powers
 * expanded), with the prefecture that administered them when the plan was made (2016). The prefecture is an
 * administrative fact, not a figure of the plan; it is used only by the `withPilotCities` reading of
 * `budget.separatelyListedCities`.
 */
export const PILOT_CITY_PREFECTURE: Readonly<Partial<Record<BudgetRegionName, BudgetRegionName>>> =
  Object.freeze({ 公主岭市: '四平市', 梅河口市: '通化市' });
