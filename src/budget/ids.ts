import type { BudgetTableId } from './data.js';

/** The rule ids of the budget area. */
export const BUDGET_RULE_IDS = /* @__PURE__ */ Object.freeze({
  table2: 'budget.table2',
  table31: 'budget.table31',
  table32: 'budget.table32',
  textFigures: 'budget.textFigures',
  regionBudget: 'budget.regionBudget',
  shares: 'budget.shares',
  chartRows: 'budget.chartRows',
  audit: 'budget.audit',
} as const);

/** The rule of each table (its lookups report errors under it). */
export const TABLE_RULE_ID_OF: Readonly<Record<BudgetTableId, string>> = /* @__PURE__ */ Object.freeze({
  '2': BUDGET_RULE_IDS.table2,
  '3-1': BUDGET_RULE_IDS.table31,
  '3-2': BUDGET_RULE_IDS.table32,
});

/** @deprecated use `BUDGET_RULE_IDS.table2`, `.table31`, `.table32` */
export const TABLE_RULE_IDS: Readonly<Record<BudgetTableId, string>> = TABLE_RULE_ID_OF;
