/**
 * `jilin-poverty-rules/budget`: chapter 11 (资金项目安排) of the plan. The budget tables 表2, 表3-1 and 表3-2
 * as frozen exact decimals in 亿元, cell lookups by table, region and column, a region's whole budget,
 * totals and shares, a chart-ready export, and an audit of the plan's own arithmetic. The checks
 * (`regionBudget`, the shares, `auditBudget`) return the rule contract's envelope with a zh/en trace.
 *
 * @packageDocumentation
 */
export { BUDGET_RULES, BUDGET_INTERPRETATIONS, BUDGET_PARAMS } from './rules.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias stays exported for 0.1 callers
export { BUDGET_RULE_IDS, TABLE_RULE_IDS } from './ids.js';
export {
  BUDGET_REGION_NAMES,
  BUDGET_REGION_NAMES_EN,
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  PILOT_CITY_PREFECTURE,
  TABLE2_COLUMNS,
  TABLE31_COLUMNS,
  TABLE32_COLUMNS,
  TABLE_2,
  TABLE_2_FOOTNOTE,
  TABLE_3_1,
  TABLE_3_2,
  TOTAL_ROW,
  type BudgetCell,
  type BudgetColumn,
  type BudgetColumnName,
  type BudgetColumnsOf,
  type BudgetRegionName,
  type BudgetRow,
  type BudgetRowKey,
  type BudgetTable,
  type BudgetTableId,
  type Table2Column,
  type Table31Column,
  type Table32Column,
} from './data.js';
export { TEXT_AMOUNTS, TEXT_SHARES, type TextAmount, type TextShare } from './text.js';
export {
  budgetCell,
  budgetTable,
  columnSum,
  rowSum,
  sumCells,
  type BudgetCellResult,
  type CellSum,
  type ColumnSum,
  type RowSum,
  type TotalCheck,
} from './cells.js';
export {
  regionBudget,
  type RegionBudget,
  type RegionBudgetFigures,
  type RegionBudgetOptions,
  type SeparatelyListedCitiesReading,
} from './region-budget.js';
export {
  categoryShare,
  regionShare,
  sharesOfColumn,
  sharesOfRow,
  sourceShare,
  type Share,
  type ShareResult,
  type SharesFigures,
  type SharesResult,
} from './shares.js';
export { TOTAL_ROW_NAMES } from './region-lookup.js';
export {
  auditBudget,
  EXPLAINED_FINDINGS,
  type AuditCheck,
  type AuditCheckKind,
  type AuditOptions,
  type AuditStatus,
  type BudgetAudit,
  type BudgetAuditFigures,
  type CellRef,
  type RoundingReading,
} from './audit.js';
export { budgetChartCsv, budgetChartRows, type BudgetChartRow } from './chart.js';
export * from './schema.js';
