import { PolicyInputError, refuse } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { ancestorsOf, BUDGET_REGIONS, resolveRegion, tryFindRegion, type Region } from '../regions/index.js';
import { BUDGET_REGION_NAMES, TOTAL_ROW, type BudgetRowKey } from './data.js';

/**
 * Resolving what a caller typed to a row of the budget tables, through the region registry
 * (`jilin-poverty-rules/regions`): a region's name as the plan writes it, official name, GB/T 2260 code
 * (current or former), alias or English name. The province (`吉林省`) and the words `合计`, `合 计`,
 * `total`, `全省` name the total row.
 */

/** The words that name the total row. */
export const TOTAL_ROW_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze([
  '合计',
  '合 计',
  'total',
  '全省',
  'province',
]);

/** The region-registry id of the province, whose budget is the 合计 row. */
const PROVINCE_ID = 'jilin-province';

function normalize(query: string): string {
  return query.normalize('NFKC').replace(/\s/gu, '').toLowerCase();
}

const TOTAL_KEYS = new Set(TOTAL_ROW_NAMES.map(normalize));

/** Budget row of a region of the registry, if it has one. */
function rowOfRegion(region: Region): BudgetRowKey | undefined {
  if (region.id === PROVINCE_ID) return TOTAL_ROW;
  const budget = BUDGET_REGIONS.find((r) => r.id === region.id);
  return budget === undefined ? undefined : BUDGET_REGION_NAMES.find((n) => n === budget.name);
}

/** All 13 rows, nearest to `query` first: the suggestions of an unknown-region error. */
export function validRowsNearest(query: string): string[] {
  const rows: string[] = [...BUDGET_REGION_NAMES, TOTAL_ROW];
  return nearest(query, rows, rows.length);
}

/** The registry's region for a budget row (undefined for 合计 if the registry lacks the province). */
export function regionOfBudgetRow(row: BudgetRowKey): Region | undefined {
  if (row === TOTAL_ROW) return tryFindRegion('吉林省');
  return BUDGET_REGIONS.find((r) => r.name === row);
}

/**
 * The budget row a caller's region names. Refused with a {@link PolicyInputError} listing valid rows as
 * suggestions: code `unknown_region` (no such place), `not_budget_region` (a place with no row of its own,
 * e.g. a county: its prefecture is suggested first) or `ambiguous_region` (`吉林`: 吉林省, i.e. 合计, or
 * 吉林市?). A name the registry finds ambiguous is accepted when only one of its places has a row
 * (`通化`: 通化市, since 通化县 has none).
 */
export function resolveBudgetRow(query: unknown, ruleId: string, path: string): BudgetRowKey {
  if (typeof query !== 'string' || query.trim() === '') {
    return refuse(
      ruleId,
      path,
      query,
      'must name a budget region or 合计',
      'invalid_type',
      validRowsNearest(''),
    );
  }
  const key = normalize(query);
  if (TOTAL_KEYS.has(key)) return TOTAL_ROW;
  // A plan's row name (spaces and all) is the registry's name of its region, resolved below.

  let region: Region;
  try {
    region = resolveRegion(query, ruleId, path);
  } catch (error) {
    // Stryker disable next-line OptionalChaining: a PolicyInputError always carries at least one issue
    if (!(error instanceof PolicyInputError) || error.issues[0]?.code !== 'ambiguous_region') {
      return refuse(
        ruleId,
        path,
        query,
        `is not a region of the budget tables (the rows are ${BUDGET_REGION_NAMES.join('、')} and 合计)`,
        'unknown_region',
        validRowsNearest(query),
      );
    }
    const found = error.suggestions.map((name) => tryFindRegion(name));
    // Stryker disable next-line MethodExpression,ConditionalExpression: the registry's ambiguous_region suggestions are its own names, so tryFindRegion finds each
    const regions = found.filter((r): r is Region => r !== undefined);
    const candidates = regions.map(rowOfRegion).filter((r): r is BudgetRowKey => r !== undefined);
    const unique = [...new Set(candidates)];
    // Stryker disable next-line ConditionalExpression: unique[0] is defined whenever unique.length is 1 (a type guard only)
    if (unique.length === 1 && unique[0] !== undefined) return unique[0];
    return refuse(
      ruleId,
      path,
      query,
      `names more than one budget row (${unique.join(', ')}); say which`,
      'ambiguous_region',
      // Stryker disable next-line ConditionalExpression,EqualityOperator: every name the registry finds ambiguous (吉林, jilin, 通化) has a place with a row, so unique is never empty here
      unique.length > 0 ? unique : validRowsNearest(query),
    );
  }
  const row = rowOfRegion(region);
  if (row !== undefined) return row;
  const containing = ancestorsOf(region.id)
    .map(rowOfRegion)
    .filter((r): r is BudgetRowKey => r !== undefined && r !== TOTAL_ROW);
  return refuse(
    ruleId,
    path,
    query,
    `is ${region.name}, which has no row of its own in the budget tables` +
      (containing.length > 0 ? ` (it lies in ${containing.join(', ')})` : ''),
    'not_budget_region',
    [...new Set([...containing, ...validRowsNearest(region.name)])],
  );
}
