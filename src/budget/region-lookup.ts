import { refuse } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { BUDGET_REGION_NAMES, BUDGET_REGION_NAMES_EN, TOTAL_ROW, type BudgetRowKey } from './data.js';

/**
 * Resolving what a caller typed to a row of the budget tables.
 *
 * The 12 budget regions are matched by the plan's own name, a few short names and the English names;
 * `合计`, `合 计`, `total` and `全省` name the total row.
 */

/** The words that name the total row. */
export const TOTAL_ROW_NAMES: readonly string[] = Object.freeze([
  '合计',
  '合 计',
  'total',
  '全省',
  'province',
]);

const SHORT_NAMES: Readonly<Record<string, BudgetRowKey>> = Object.freeze({
  长春: '长春市',
  吉林: '吉林市',
  四平: '四平市',
  辽源: '辽源市',
  通化: '通化市',
  白山: '白山市',
  松原: '松原市',
  白城: '白城市',
  延边: '延边州',
  延边朝鲜族自治州: '延边州',
  长白山: '长白山保护开发区',
  长白山保护开发区管理委员会: '长白山保护开发区',
  公主岭: '公主岭市',
  梅河口: '梅河口市',
});

function normalize(query: string): string {
  return query.trim().replace(/\s+/gu, ' ').toLowerCase();
}

const INDEX: ReadonlyMap<string, BudgetRowKey> = (() => {
  const index = new Map<string, BudgetRowKey>();
  for (const name of BUDGET_REGION_NAMES) index.set(normalize(name), name);
  for (const [alias, name] of Object.entries(SHORT_NAMES)) index.set(normalize(alias), name);
  for (const [name, en] of Object.entries(BUDGET_REGION_NAMES_EN) as [BudgetRowKey, string][]) {
    index.set(normalize(en), name);
  }
  for (const total of TOTAL_ROW_NAMES) index.set(normalize(total), TOTAL_ROW);
  return index;
})();

/** All 13 rows, nearest to `query` first: the suggestions of an unknown-region error. */
export function validRowsNearest(query: string): string[] {
  const rows: string[] = [...BUDGET_REGION_NAMES, TOTAL_ROW];
  return nearest(query, rows, rows.length);
}

/** Every name a budget row answers to, for suggestions. */
export function budgetRowChoices(): readonly string[] {
  return [...BUDGET_REGION_NAMES, TOTAL_ROW, 'total'];
}

/**
 * The budget row a caller's region names, or a {@link PolicyInputError} (code `unknown_region`) listing the
 * valid rows nearest to what was typed.
 */
export function resolveBudgetRow(query: unknown, ruleId: string, path: string): BudgetRowKey {
  if (typeof query !== 'string' || query.trim() === '') {
    return refuse(
      ruleId,
      path,
      query,
      'must be the name of a budget region or 合计',
      'invalid_type',
      budgetRowChoices(),
    );
  }
  const found = INDEX.get(normalize(query));
  if (found !== undefined) return found;
  return refuse(
    ruleId,
    path,
    query,
    `is not a region of the budget tables (the rows are ${BUDGET_REGION_NAMES.join('、')} and 合计)`,
    'unknown_region',
    validRowsNearest(query),
  );
}
