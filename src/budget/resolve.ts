import type { Decimal } from 'decimal.js';
import { parseInput, refuse } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import {
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  type BudgetCell,
  type BudgetColumn,
  type BudgetRow,
  type BudgetRowKey,
  type BudgetTable,
  type BudgetTableId,
} from './data.js';
import { BUDGET_RULE_IDS } from './ids.js';
import { budgetTableSchema } from './schema.js';

/** Resolving the tables, rows, columns and cells a caller names (internal to the budget area). */

function normalizeTableLabel(value: string | number): string {
  return String(value)
    .trim()
    .replace(/^表\s*/u, '')
    .replace(/\s/gu, '')
    .replace(/[—–_－]/gu, '-');
}

/**
 * The table a caller names: `'2'`, `'3-1'`, `'3-2'`, also `2`, `'表3-1'` or `'3—1'` (as printed). Anything
 * else is a {@link PolicyInputError} (code `unknown_table`) suggesting the three labels.
 */
export function resolveTable(
  table: unknown,
  ruleId: string = BUDGET_RULE_IDS.table2,
  path = 'table',
): BudgetTableId {
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

function findColumn(table: BudgetTable, query: string): BudgetColumn | undefined {
  const q = query.replace(/\s/gu, '');
  const lower = q.toLowerCase();
  return table.columns.find(
    (c) => c.zh === q || c.id.toLowerCase() === lower || c.en.replace(/\s/gu, '').toLowerCase() === lower,
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
  // `table` itself has no such column (it was just looked for), so the first table that has it is another one.
  const elsewhere = BUDGET_TABLE_IDS.find((id) => findColumn(BUDGET_TABLES[id], column) !== undefined);
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
  // Stryker disable next-line ConditionalExpression: a notListed cell has no yi, so reading it gives undefined too
  return cell.kind === 'listed' ? cell.yi : undefined;
}

/** A stated figure the tables always list (a total); a blank one is a bug in the data. */
export function statedTotal(table: BudgetTableId, region: BudgetRowKey, column: string): Decimal {
  const yi = cellYi(cellAt(table, region, column));
  if (yi === undefined) throw new Error(`budget table ${table}: ${region} ${column} not listed`);
  return yi;
}

/** The total column of a table (its first). */
export function totalColumnOf(table: BudgetTableId): BudgetColumn {
  const column = BUDGET_TABLES[table].columns[0];
  // Stryker disable next-line ConditionalExpression,StringLiteral: each of the three tables has columns (a total and its parts)
  if (column === undefined) throw new Error(`budget table ${table} has no columns`);
  return column;
}
