/**
 * The budget queries as they were before the rule contract (0.1), kept as a test-only reference: the property
 * test in ../reference.property.test.ts checks that the new functions give the same figures.
 */
import { Decimal } from 'decimal.js';
import type { Citation } from '../../../src/core/citation.js';
import { Dec } from '../../../src/core/decimal.js';
import { parseInput, refuse } from '../../../src/core/errors.js';
import { yiToYuan, type Money } from '../../../src/core/money.js';
import { nearest } from '../../../src/core/suggest.js';
import {
  BUDGET_REGION_NAMES,
  BUDGET_REGION_NAMES_EN,
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  PILOT_CITY_PREFECTURE,
  TOTAL_ROW,
  type BudgetCell,
  type BudgetColumn,
  type BudgetRegionName,
  type BudgetRow,
  type BudgetRowKey,
  type BudgetTable,
  type BudgetTableId,
} from '../../../src/budget/data.js';
import { regionOfBudgetRow, resolveBudgetRow } from '../../../src/budget/region-lookup.js';
import {
  budgetCellQuerySchema,
  budgetTableSchema,
  categoryShareQuerySchema,
  columnQuerySchema,
  regionBudgetOptionsSchema,
  regionShareQuerySchema,
  rowQuerySchema,
  sourceShareQuerySchema,
  type BudgetCellQuery,
  type CategoryShareQuery,
  type ColumnQuery,
  type RegionBudgetOptions,
  type RegionShareQuery,
  type RowQuery,
  type SourceShareQuery,
} from './schema.js';

/** The rule id each table's lookups report errors under. */
/** The rule whose arithmetic `sumCells` and the row and column sums carry out. */
const SUM_RULE_ID = 'budget.audit';

export const TABLE_RULE_IDS: Readonly<Record<BudgetTableId, string>> = Object.freeze({
  '2': 'budget.table2',
  '3-1': 'budget.table31',
  '3-2': 'budget.table32',
});

const SHARES_RULE = 'budget.shares';
const REGION_BUDGET_RULE = 'budget.regionBudget';

// ---------------------------------------------------------------------------------------------------------
// Resolving tables, regions and columns

function normalizeTableLabel(value: string | number): string {
  return String(value)
    .trim()
    .replace(/^表\s*/u, '')
    .replace(/\s+/gu, '')
    .replace(/[—–_－]/gu, '-');
}

/**
 * The table a caller names: `'2'`, `'3-1'`, `'3-2'`, also `2`, `'表3-1'` or `'3—1'` (as printed). Anything
 * else is a {@link PolicyInputError} (code `unknown_table`) suggesting the three labels.
 */
export function resolveTable(table: unknown, ruleId = 'budget.table2', path = 'table'): BudgetTableId {
  const parsed = parseInput(ruleId, budgetTableSchema, table, path);
  const label = normalizeTableLabel(parsed);
  const found = BUDGET_TABLE_IDS.find((id) => id === label);
  if (found !== undefined) return found;
  return refuse(
    ruleId,
    path,
    table,
    'is not a budget table of chapter 11 (the tables are 表2, 表3-1 and 表3-2)',
    'unknown_table',
    nearest(label, BUDGET_TABLE_IDS, BUDGET_TABLE_IDS.length),
  );
}

/** The table with this label, frozen. An unknown label is a {@link PolicyInputError}. */
export function budgetTable(table: string | number): BudgetTable {
  return BUDGET_TABLES[resolveTable(table)];
}

function findColumn(table: BudgetTable, query: string): BudgetColumn | undefined {
  const q = query.trim().replace(/\s+/gu, '');
  const lower = q.toLowerCase();
  return table.columns.find(
    (c) => c.zh === q || c.id.toLowerCase() === lower || c.en.replace(/\s+/gu, '').toLowerCase() === lower,
  );
}

/**
 * The column of `table` a caller names: the plan's header or the English id. A column of another table is
 * refused with code `wrong_table` (saying which table has it); an unknown one with `unknown_column`. Both
 * suggest this table's columns, nearest first.
 */
export function resolveColumn(
  table: BudgetTableId,
  column: string,
  ruleId: string,
  path: string,
): BudgetColumn {
  const t = BUDGET_TABLES[table];
  const found = findColumn(t, column);
  if (found !== undefined) return found;
  const choices = t.columns.map((c) => c.zh);
  const suggestions = nearest(column, [...choices, ...t.columns.map((c) => c.id)], choices.length * 2)
    .map((s) => t.columns.find((c) => c.id === s)?.zh ?? s)
    .filter((s, i, all) => all.indexOf(s) === i);
  const elsewhere = BUDGET_TABLE_IDS.filter((id) => id !== table).find(
    (id) => findColumn(BUDGET_TABLES[id], column) !== undefined,
  );
  if (elsewhere !== undefined) {
    return refuse(
      ruleId,
      path,
      column,
      `is a column of 表${elsewhere}, not of 表${table} (whose columns are ${choices.join('、')})`,
      'wrong_table',
      suggestions,
    );
  }
  return refuse(
    ruleId,
    path,
    column,
    `is not a column of 表${table} (its columns are ${choices.join('、')})`,
    'unknown_column',
    suggestions,
  );
}

/** The row of `table` for a resolved region. */
export function rowOf(table: BudgetTableId, region: BudgetRowKey): BudgetRow {
  const row = BUDGET_TABLES[table].rows.find((r) => r.region === region);
  if (row === undefined) throw new Error(`budget table ${table} has no row ${region}`);
  return row;
}

/** The cell of `table` at a resolved region and column header. */
export function cellAt(table: BudgetTableId, region: BudgetRowKey, column: string): BudgetCell {
  const cell = rowOf(table, region).cells[column];
  if (cell === undefined) throw new Error(`budget table ${table} has no column ${column}`);
  return cell;
}

/** The figure of a cell, `undefined` if not listed. */
export function cellYi(cell: BudgetCell): Decimal | undefined {
  return cell.kind === 'listed' ? cell.yi : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Cells

/** A cell looked up: where it is, what it holds (in 亿元 and in yuan) and the row's citation. */
export interface BudgetCellResult {
  readonly table: BudgetTableId;
  readonly region: BudgetRowKey;
  /** The region's id in the region registry (`jilin-poverty-rules/regions`); the province's for 合计. */
  readonly regionId: string | null;
  readonly column: BudgetColumn;
  readonly cell: BudgetCell;
  /** The figure in 亿元, or null where the plan lists none (a blank cell, not a zero). */
  readonly yi: Decimal | null;
  /** The figure in yuan, exact (1 亿元 = 100,000,000 yuan), or null where not listed. */
  readonly yuan: Money | null;
  /** The row as printed, cited. */
  readonly citation: Citation;
}

/**
 * One cell of a budget table, by table, region and column. The region goes through the region lookup
 * (the plan's name, short and English names; `合计` or `total` for the total row).
 *
 * @example
 * ```ts
 * budgetCell({ table: '2', region: '长春', column: '政府投入' }).yi?.toString() //=> '28.97'
 * budgetCell({ table: '2', region: '四平市', column: '金融机构融资' }).cell //=> { kind: 'notListed' }
 * ```
 */
export function budgetCell(query: BudgetCellQuery): BudgetCellResult {
  const ruleIdGuess = 'budget.table2';
  const input = parseInput(ruleIdGuess, budgetCellQuerySchema, query);
  const table = resolveTable(input.table, ruleIdGuess, 'table');
  const ruleId = TABLE_RULE_IDS[table];
  const region = resolveBudgetRow(input.region, ruleId, 'region');
  const column = resolveColumn(table, input.column, ruleId, 'column');
  const row = rowOf(table, region);
  const cell = cellAt(table, region, column.zh);
  return Object.freeze({
    table,
    region,
    regionId: regionOfBudgetRow(region)?.id ?? null,
    column,
    cell,
    yi: cell.kind === 'listed' ? cell.yi : null,
    yuan: cell.kind === 'listed' ? yiToYuan(cell.yi) : null,
    citation: row.citation,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Sums

/** A sum of cells: blank cells contribute nothing and are counted, so a caller can see them. */
export interface CellSum {
  /** The sum of the listed cells, exact. */
  readonly yi: Decimal;
  /** How many cells were listed (summed). */
  readonly listed: number;
  /** How many cells were blank (passed over). */
  readonly notListed: number;
}

/**
 * Sums cells exactly. A `notListed` cell contributes nothing and is counted in `notListed`; an empty list
 * sums to 0. The result does not depend on the order of the cells.
 *
 * @example
 * ```ts
 * sumCells(Object.values(rowOf('2', '四平市').cells).slice(1)) //=> { yi: 84.7, listed: 3, notListed: 1 }
 * ```
 */
export function sumCells(cells: readonly BudgetCell[]): CellSum {
  const given: unknown = cells; // callers in plain JavaScript may pass anything
  if (!Array.isArray(given)) refuse(SUM_RULE_ID, 'cells', cells, 'must be an array of budget cells');
  // An index loop, not forEach: a sparse array's holes must be refused too.
  for (let index = 0; index < cells.length; index += 1) {
    const cell: unknown = cells[index];
    const c = cell as Partial<BudgetCell> | null;
    const valid =
      c !== null &&
      typeof c === 'object' &&
      (c.kind === 'notListed' || (c.kind === 'listed' && Decimal.isDecimal((c as { yi?: unknown }).yi)));
    if (!valid) {
      refuse(
        SUM_RULE_ID,
        `cells[${index}]`,
        cell,
        "must be { kind: 'listed', yi: Decimal } or { kind: 'notListed' }",
      );
    }
  }
  let yi = new Dec(0);
  let listedCount = 0;
  let notListed = 0;
  for (const cell of cells) {
    if (cell.kind === 'listed') {
      yi = yi.plus(cell.yi);
      listedCount += 1;
    } else notListed += 1;
  }
  return Object.freeze({ yi, listed: listedCount, notListed });
}

/** A stated total against the sum of its parts. */
export interface TotalCheck {
  readonly table: BudgetTableId;
  /** The stated total, as printed. */
  readonly stated: Decimal;
  /** The exact sum of the listed parts. */
  readonly computed: Decimal;
  /** computed − stated. */
  readonly difference: Decimal;
  /** How many parts were summed. */
  readonly listed: number;
}

/** A row's parts against its total: `rowSum({ table: '2', region: '四平市' })`. */
export interface RowSum extends TotalCheck {
  readonly region: BudgetRowKey;
  /** The total column's header. */
  readonly totalColumn: string;
  /** The part columns this row leaves blank (they contribute nothing). */
  readonly notListedColumns: readonly string[];
}

/**
 * A row's part columns summed against its total column (表2: the four sources against 总投资).
 *
 * @example
 * ```ts
 * rowSum({ table: '2', region: '四平市' }) // 83.85 + 0.68 + 0.17 = 84.70 = stated 84.7; 金融机构融资 not listed
 * ```
 */
export function rowSum(query: RowQuery): RowSum {
  const input = parseInput('budget.table2', rowQuerySchema, query);
  const table = resolveTable(input.table);
  const region = resolveBudgetRow(input.region, TABLE_RULE_IDS[table], 'region');
  return rowSumOf(table, region);
}

/** {@link rowSum} for an already-resolved table and row. */
export function rowSumOf(table: BudgetTableId, region: BudgetRowKey): RowSum {
  const t = BUDGET_TABLES[table];
  const row = rowOf(table, region);
  const [totalColumn, ...parts] = t.columns;
  if (totalColumn === undefined) throw new Error(`budget table ${table} has no columns`);
  const stated = cellYi(cellAt(table, region, totalColumn.zh));
  if (stated === undefined) throw new Error(`budget table ${table}, ${region}: total not listed`);
  const partCells = parts.map((c) => cellAt(table, region, c.zh));
  const sum = sumCells(partCells);
  return Object.freeze({
    table,
    region: row.region,
    totalColumn: totalColumn.zh,
    stated,
    computed: sum.yi,
    difference: sum.yi.minus(stated),
    listed: sum.listed,
    notListedColumns: Object.freeze(
      parts.filter((c) => cellAt(table, region, c.zh).kind === 'notListed').map((c) => c.zh),
    ),
  });
}

/** A column's regions against its 合计 row. */
export interface ColumnSum extends TotalCheck {
  readonly column: string;
  /** The regions that leave this column blank (they contribute nothing). */
  readonly notListedRegions: readonly BudgetRegionName[];
}

/**
 * A column's 12 region cells summed against the column's 合计.
 *
 * @example
 * ```ts
 * columnSum({ table: '3-1', column: '兜底保障' }).computed.toString() //=> '36.23' (= stated 36.23)
 * ```
 */
export function columnSum(query: ColumnQuery): ColumnSum {
  const input = parseInput('budget.table2', columnQuerySchema, query);
  const table = resolveTable(input.table);
  const column = resolveColumn(table, input.column, TABLE_RULE_IDS[table], 'column');
  return columnSumOf(table, column.zh);
}

/** {@link columnSum} for an already-resolved table and column header. */
export function columnSumOf(table: BudgetTableId, column: string): ColumnSum {
  const cells = BUDGET_REGION_NAMES.map((r) => cellAt(table, r, column));
  const stated = cellYi(cellAt(table, TOTAL_ROW, column));
  if (stated === undefined) throw new Error(`budget table ${table}: total of ${column} not listed`);
  const sum = sumCells(cells);
  return Object.freeze({
    table,
    column,
    stated,
    computed: sum.yi,
    difference: sum.yi.minus(stated),
    listed: sum.listed,
    notListedRegions: Object.freeze(
      BUDGET_REGION_NAMES.filter((r) => cellAt(table, r, column).kind === 'notListed'),
    ),
  });
}

// ---------------------------------------------------------------------------------------------------------
// A region's whole budget

/** A region's row of each table, and its 表2 total against its 表3-1 and 表3-2 totals. */
export interface RegionBudget {
  readonly region: BudgetRowKey;
  /** The region's id in the region registry; the province's for 合计. */
  readonly regionId: string | null;
  readonly nameEn: string;
  /** The rows added up: the region alone, or (reading `withPilotCities`) with its pilot cities. */
  readonly rows: readonly BudgetRowKey[];
  /** The reading of `budget.separatelyListedCities` applied. */
  readonly reading: 'ownRow' | 'withPilotCities';
  /** Each table's cells for the region (summed over `rows` when more than one; a cell blank in every row stays blank). */
  readonly tables: Readonly<Record<BudgetTableId, Readonly<Record<string, BudgetCell>>>>;
  /** 表2 总投资. */
  readonly totalInvestment: Decimal;
  /** 表3-1 精准扶贫项目 + 表3-2 提升贫困地区区域发展能力项目. */
  readonly projectsTotal: Decimal;
  /** projectsTotal − totalInvestment (the plan's own tables disagree for 10 of the 12 regions, by 0.01–0.03). */
  readonly difference: Decimal;
  /** totalInvestment in yuan, exact. */
  readonly totalInvestmentYuan: Money;
  /** The region's rows in the three tables, cited. */
  readonly citations: readonly Citation[];
}

function combineCells(cells: readonly BudgetCell[]): BudgetCell {
  const sum = sumCells(cells);
  return sum.listed === 0
    ? Object.freeze({ kind: 'notListed' as const })
    : Object.freeze({ kind: 'listed' as const, yi: sum.yi });
}

/**
 * A region's whole budget across 表2, 表3-1 and 表3-2. By default (reading `ownRow` of
 * `budget.separatelyListedCities`) the region's own rows only: 四平市 does not include 公主岭市, nor 通化市
 * 梅河口市, as the tables' totals show. With `readings: { separatelyListedCities: 'withPilotCities' }` a
 * prefecture's rows are added to those of the pilot city it administered in 2016.
 *
 * @example
 * ```ts
 * regionBudget('延边州').difference.toString() //=> '-0.03' (130.37 + 95.24 = 225.61 vs 225.64)
 * regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } }).totalInvestment //=> 115.56
 * ```
 */
export function regionBudget(region: string, options?: RegionBudgetOptions): RegionBudget {
  const parsed = parseInput(REGION_BUDGET_RULE, regionBudgetOptionsSchema, options, 'options');
  const reading = parsed?.readings?.separatelyListedCities ?? 'ownRow';
  const key = resolveBudgetRow(region, REGION_BUDGET_RULE, 'region');
  const rows: BudgetRowKey[] = [key];
  if (reading === 'withPilotCities') {
    for (const [city, prefecture] of Object.entries(PILOT_CITY_PREFECTURE) as [
      BudgetRegionName,
      BudgetRegionName,
    ][]) {
      if (prefecture === key) rows.push(city);
    }
  }
  const tables = {} as Record<BudgetTableId, Readonly<Record<string, BudgetCell>>>;
  for (const id of BUDGET_TABLE_IDS) {
    const cells: Record<string, BudgetCell> = {};
    for (const column of BUDGET_TABLES[id].columns) {
      cells[column.zh] = combineCells(rows.map((r) => cellAt(id, r, column.zh)));
    }
    tables[id] = Object.freeze(cells);
  }
  const total = (id: BudgetTableId): Decimal => {
    const first = BUDGET_TABLES[id].columns[0];
    const cell = first === undefined ? undefined : tables[id][first.zh];
    if (cell?.kind !== 'listed') throw new Error(`budget table ${id}: total not listed for ${key}`);
    return cell.yi;
  };
  const totalInvestment = total('2');
  const projectsTotal = total('3-1').plus(total('3-2'));
  return Object.freeze({
    region: key,
    regionId: regionOfBudgetRow(key)?.id ?? null,
    nameEn: BUDGET_REGION_NAMES_EN[key],
    rows: Object.freeze(rows),
    reading,
    tables: Object.freeze(tables),
    totalInvestment,
    projectsTotal,
    difference: projectsTotal.minus(totalInvestment),
    totalInvestmentYuan: yiToYuan(totalInvestment),
    citations: Object.freeze(rows.flatMap((r) => BUDGET_TABLE_IDS.map((id) => rowOf(id, r).citation))),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Shares

/**
 * A share: a part over a whole, exact, with a rounded percentage. `ratio` is the exact quotient to 50
 * significant digits (decimal.js precision); `percent` is `ratio × 100` rounded half up to `decimals`
 * places (default 2). A part the plan leaves blank has no share: `ratio` and `percent` are null.
 */
export interface Share {
  readonly table: BudgetTableId;
  readonly region: BudgetRowKey;
  readonly column: string;
  /** The part, in 亿元, or null where not listed. */
  readonly part: Decimal | null;
  /** The whole (a stated total), in 亿元. */
  readonly whole: Decimal;
  readonly ratio: Decimal | null;
  readonly percent: Decimal | null;
  readonly decimals: number;
  /** `percent` for display, `'7.43%'`, or `'not listed'`. */
  readonly percentText: string;
}

function makeShare(
  table: BudgetTableId,
  region: BudgetRowKey,
  column: string,
  part: BudgetCell,
  whole: Decimal,
  decimals: number,
): Share {
  const yi = cellYi(part);
  const ratio = yi === undefined ? null : yi.dividedBy(whole);
  const percent = ratio === null ? null : ratio.times(100).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  return Object.freeze({
    table,
    region,
    column,
    part: yi ?? null,
    whole,
    ratio,
    percent,
    decimals,
    percentText: percent === null ? 'not listed' : `${percent.toFixed(decimals)}%`,
  });
}

function statedTotal(table: BudgetTableId, region: BudgetRowKey, column: string): Decimal {
  const yi = cellYi(cellAt(table, region, column));
  if (yi === undefined) throw new Error(`budget table ${table}: ${region} ${column} not listed`);
  return yi;
}

/**
 * A region's share of the province in one column of a table (default: the table's total column), over the
 * stated 合计.
 *
 * @example
 * ```ts
 * regionShare({ table: '2', region: '白城市' }).percentText //=> '29.72%' (286.5 / 963.97 = 0.29721…)
 * ```
 */
export function regionShare(query: RegionShareQuery): Share {
  const input = parseInput(SHARES_RULE, regionShareQuerySchema, query);
  const table = resolveTable(input.table, SHARES_RULE);
  const region = resolveBudgetRow(input.region, SHARES_RULE, 'region');
  const column =
    input.column === undefined
      ? BUDGET_TABLES[table].columns[0]
      : resolveColumn(table, input.column, SHARES_RULE, 'column');
  if (column === undefined) throw new Error(`budget table ${table} has no columns`);
  return makeShare(
    table,
    region,
    column.zh,
    cellAt(table, region, column.zh),
    statedTotal(table, TOTAL_ROW, column.zh),
    input.decimals ?? 2,
  );
}

/**
 * A category's share of its row's stated total (default row: 合计, the province).
 *
 * @example
 * ```ts
 * categoryShare({ table: '3-2', column: '基础设施建设' }).percentText //=> '65.98%' (254.42 / 385.59; the text says 65.99%)
 * ```
 */
export function categoryShare(query: CategoryShareQuery): Share {
  const input = parseInput(SHARES_RULE, categoryShareQuerySchema, query);
  const table = resolveTable(input.table, SHARES_RULE);
  const region =
    input.region === undefined ? TOTAL_ROW : resolveBudgetRow(input.region, SHARES_RULE, 'region');
  const column = resolveColumn(table, input.column, SHARES_RULE, 'column');
  const totalColumn = BUDGET_TABLES[table].columns[0];
  if (totalColumn === undefined) throw new Error(`budget table ${table} has no columns`);
  return makeShare(
    table,
    region,
    column.zh,
    cellAt(table, region, column.zh),
    statedTotal(table, region, totalColumn.zh),
    input.decimals ?? 2,
  );
}

/**
 * A source of funds' share of a region's 表2 total investment.
 *
 * @example
 * ```ts
 * sourceShare({ region: '四平市', source: '政府投入' }).percentText //=> '99.00%' (83.85 / 84.7 = 0.98996…)
 * ```
 */
export function sourceShare(query: SourceShareQuery): Share {
  const input = parseInput(SHARES_RULE, sourceShareQuerySchema, query);
  return categoryShare({
    table: '2',
    column: input.source,
    region: input.region,
    ...(input.decimals === undefined ? {} : { decimals: input.decimals }),
  });
}

/**
 * The share of every part column of one row in the row's total. The listed shares' ratios add up to exactly
 * 1 wherever the row's parts add up to its total (all rows of the three tables do); the rounded percentages
 * add up to 100 within 0.5 × 10^−decimals per listed part.
 */
export function sharesOfRow(query: RowQuery): readonly Share[] {
  const input = parseInput(SHARES_RULE, rowQuerySchema, query);
  const table = resolveTable(input.table, SHARES_RULE);
  const region = resolveBudgetRow(input.region, SHARES_RULE, 'region');
  const [totalColumn, ...parts] = BUDGET_TABLES[table].columns;
  if (totalColumn === undefined) throw new Error(`budget table ${table} has no columns`);
  const whole = statedTotal(table, region, totalColumn.zh);
  return Object.freeze(
    parts.map((c) => makeShare(table, region, c.zh, cellAt(table, region, c.zh), whole, input.decimals ?? 2)),
  );
}

/** The share of each of the 12 regions in one column's stated 合计. */
export function sharesOfColumn(query: ColumnQuery): readonly Share[] {
  const input = parseInput(SHARES_RULE, columnQuerySchema, query);
  const table = resolveTable(input.table, SHARES_RULE);
  const column = resolveColumn(table, input.column, SHARES_RULE, 'column');
  const whole = statedTotal(table, TOTAL_ROW, column.zh);
  return Object.freeze(
    BUDGET_REGION_NAMES.map((r) =>
      makeShare(table, r, column.zh, cellAt(table, r, column.zh), whole, input.decimals ?? 2),
    ),
  );
}
