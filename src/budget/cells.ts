import type { Decimal } from 'decimal.js';
import type { Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import { yiToYuan, type Money } from '../core/money.js';
import {
  BUDGET_REGION_NAMES,
  BUDGET_TABLES,
  TOTAL_ROW,
  type BudgetCell,
  type BudgetColumn,
  type BudgetRegionName,
  type BudgetRowKey,
  type BudgetTable,
  type BudgetTableId,
} from './data.js';
import { BUDGET_RULE_IDS, TABLE_RULE_ID_OF } from './ids.js';
import { regionOfBudgetRow, resolveBudgetRow } from './region-lookup.js';
import { cellAt, cellYi, resolveColumn, resolveTable, rowOf } from './resolve.js';
import {
  budgetCellQuerySchema,
  budgetCellsSchema,
  columnQuerySchema,
  rowQuerySchema,
  type BudgetCellQuery,
  type ColumnQuery,
  type RowQuery,
} from './schema.js';

/**
 * The table with this label, frozen, with its rule id and citations. An unknown label is a
 * {@link PolicyInputError} (code `unknown_table`).
 */
export function budgetTable(table: string | number): BudgetTable {
  return BUDGET_TABLES[resolveTable(table)];
}

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
  /** The table's rule (`budget.table2`, `budget.table31`, `budget.table32`). */
  readonly ruleId: string;
  /** The table's citations and the row's. */
  readonly citations: readonly Citation[];
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
  const input = parseInput(BUDGET_RULE_IDS.table2, budgetCellQuerySchema, query);
  const table = resolveTable(input.table, BUDGET_RULE_IDS.table2, 'table');
  const ruleId = TABLE_RULE_ID_OF[table];
  const region = resolveBudgetRow(input.region, ruleId, 'region');
  const column = resolveColumn(table, input.column, ruleId, 'column');
  const row = rowOf(table, region);
  const cell = cellAt(table, region, column.zh);
  return Object.freeze({
    table,
    region,
    // Stryker disable next-line OptionalChaining: the registry has a region for each of the 13 rows (吉林省 for 合计)
    regionId: regionOfBudgetRow(region)?.id ?? null,
    column,
    cell,
    yi: cell.kind === 'listed' ? cell.yi : null,
    yuan: cell.kind === 'listed' ? yiToYuan(cell.yi) : null,
    citation: row.citation,
    ruleId,
    citations: Object.freeze([...BUDGET_TABLES[table].citations, row.citation]),
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
  const parsed = parseInput(BUDGET_RULE_IDS.audit, budgetCellsSchema, cells, 'cells');
  let yi = new Dec(0);
  let listedCount = 0;
  let notListed = 0;
  for (const cell of parsed) {
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
  /** The table's rule. */
  readonly ruleId: string;
  /** The table's citations and the rows summed or the total row. */
  readonly citations: readonly Citation[];
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
  const input = parseInput(BUDGET_RULE_IDS.table2, rowQuerySchema, query);
  const table = resolveTable(input.table);
  const region = resolveBudgetRow(input.region, TABLE_RULE_ID_OF[table], 'region');
  return rowSumOf(table, region);
}

/** {@link rowSum} for an already-resolved table and row. */
export function rowSumOf(table: BudgetTableId, region: BudgetRowKey): RowSum {
  const t = BUDGET_TABLES[table];
  const row = rowOf(table, region);
  const [totalColumn, ...parts] = t.columns;
  // Stryker disable next-line ConditionalExpression,StringLiteral: each of the three tables has columns (a total and its parts)
  if (totalColumn === undefined) throw new Error(`budget table ${table} has no columns`);
  const stated = cellYi(cellAt(table, region, totalColumn.zh));
  // Stryker disable next-line ConditionalExpression,StringLiteral: every row of the three tables lists its total (test/budget/tables.test.ts)
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
    ruleId: t.ruleId,
    citations: Object.freeze([...t.citations, row.citation]),
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
  const input = parseInput(BUDGET_RULE_IDS.table2, columnQuerySchema, query);
  const table = resolveTable(input.table);
  const column = resolveColumn(table, input.column, TABLE_RULE_ID_OF[table], 'column');
  return columnSumOf(table, column.zh);
}

/** {@link columnSum} for an already-resolved table and column header. */
export function columnSumOf(table: BudgetTableId, column: string): ColumnSum {
  const cells = BUDGET_REGION_NAMES.map((r) => cellAt(table, r, column));
  const stated = cellYi(cellAt(table, TOTAL_ROW, column));
  // Stryker disable next-line ConditionalExpression,StringLiteral: the 合计 row lists every column (test/budget/tables.test.ts)
  if (stated === undefined) throw new Error(`budget table ${table}: total of ${column} not listed`);
  const sum = sumCells(cells);
  return Object.freeze({
    table,
    column,
    stated,
    computed: sum.yi,
    difference: sum.yi.minus(stated),
    listed: sum.listed,
    ruleId: BUDGET_TABLES[table].ruleId,
    citations: Object.freeze([...BUDGET_TABLES[table].citations, rowOf(table, TOTAL_ROW).citation]),
    notListedRegions: Object.freeze(
      BUDGET_REGION_NAMES.filter((r) => cellAt(table, r, column).kind === 'notListed'),
    ),
  });
}
