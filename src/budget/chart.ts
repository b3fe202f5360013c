import { parseInput } from '../core/errors.js';
import {
  BUDGET_REGION_NAMES_EN,
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  TOTAL_ROW,
  type BudgetRowKey,
  type BudgetTableId,
} from './data.js';
import { resolveTable } from './resolve.js';
import { chartRowsOptionsSchema, type ChartRowsOptions } from './schema.js';

/** One row of the chart-ready export: a table, a region, a category and its amount. */
export interface BudgetChartRow {
  readonly table: BudgetTableId;
  readonly region: BudgetRowKey;
  readonly regionEn: string;
  /** The column header as the plan writes it. */
  readonly category: string;
  /** The column's English id (`government`) and label. */
  readonly categoryId: string;
  readonly categoryEn: string;
  /** Whether this is the table's total column or the 合计 row. */
  readonly isTotal: boolean;
  /** The amount in 亿元 with two decimals as a string (`'28.97'`), exact; null where the plan lists none. */
  readonly amountYi: string | null;
  /** The same amount as a number, for plotting only (never for arithmetic); null where not listed. */
  readonly value: number | null;
}

/**
 * The tables as long-format rows (table, region, category, amount), ready for a chart or a CSV. By default
 * only the parts: each table's part columns for the 12 regions, blank cells left out, so the rows stack to
 * the totals. `includeTotals` adds the total column and the 合计 row; `includeNotListed` adds blank cells
 * with a null amount.
 *
 * @example
 * ```ts
 * budgetChartRows({ tables: ['2'] })[0]
 * //=> { table: '2', region: '长春市', category: '政府投入', amountYi: '28.97', value: 28.97, ... }
 * ```
 */
export function budgetChartRows(options?: ChartRowsOptions): readonly BudgetChartRow[] {
  const input = parseInput('budget.chartRows', chartRowsOptionsSchema, options, 'options');
  const tables =
    input?.tables === undefined
      ? BUDGET_TABLE_IDS
      : input.tables.map((t, i) => resolveTable(t, 'budget.chartRows', `options.tables[${i}]`));
  const includeTotals = input?.includeTotals ?? false;
  const includeNotListed = input?.includeNotListed ?? false;
  const out: BudgetChartRow[] = [];
  for (const id of tables) {
    const t = BUDGET_TABLES[id];
    for (const row of t.rows) {
      const totalRow = row.region === TOTAL_ROW;
      if (totalRow && !includeTotals) continue;
      for (const column of t.columns) {
        const totalColumn = column.role === 'total';
        if (totalColumn && !includeTotals) continue;
        const cell = row.cells[column.zh];
        // Stryker disable next-line ConditionalExpression: every row of a table has a cell (listed or notListed) in each of its columns
        if (cell === undefined) continue;
        if (cell.kind === 'notListed' && !includeNotListed) continue;
        const amountYi = cell.kind === 'listed' ? cell.yi.toFixed(2) : null;
        out.push(
          Object.freeze({
            table: id,
            region: row.region,
            regionEn: BUDGET_REGION_NAMES_EN[row.region],
            category: column.zh,
            categoryId: column.id,
            categoryEn: column.en,
            isTotal: totalRow || totalColumn,
            amountYi,
            value: amountYi === null ? null : Number(amountYi),
          }),
        );
      }
    }
  }
  return Object.freeze(out);
}

/** The chart rows as CSV (header `table,region,regionEn,category,categoryId,amountYi`; blank amount if not listed). */
export function budgetChartCsv(options?: ChartRowsOptions): string {
  const rows = budgetChartRows(options);
  // Stryker disable next-line StringLiteral: no field of the tables holds a comma, a quote or a newline, so nothing is ever quoted
  const quote = (s: string): string => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const lines = ['table,region,regionEn,category,categoryId,amountYi'];
  for (const r of rows) {
    lines.push(
      [r.table, r.region, r.regionEn, r.category, r.categoryId, r.amountYi ?? ''].map(quote).join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
