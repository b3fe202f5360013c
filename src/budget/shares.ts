import type { Decimal } from 'decimal.js';
import { Dec } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import {
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { PARAM_UNITS } from '../core/param.js';
import {
  BUDGET_REGION_NAMES,
  BUDGET_TABLES,
  TOTAL_ROW,
  type BudgetRowKey,
  type BudgetTableId,
} from './data.js';
import { resolveBudgetRow } from './region-lookup.js';
import { cellAt, cellYi, resolveColumn, resolveTable, rowOf, statedTotal, totalColumnOf } from './resolve.js';
import {
  categoryShareQuerySchema,
  columnQuerySchema,
  regionShareQuerySchema,
  rowQuerySchema,
  sourceShareQuerySchema,
  type CategoryShareQuery,
  type ColumnQuery,
  type RegionShareQuery,
  type RowQuery,
  type SourceShareQuery,
} from './schema.js';
import { SHARES_SPEC } from './specs.js';

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

/** The result of {@link regionShare}, {@link categoryShare} and {@link sourceShare}: a share with the envelope. */
export type ShareResult = RuleResult<Share>;

/** The shares of a row's parts ({@link sharesOfRow}) or of a column's regions ({@link sharesOfColumn}). */
export interface SharesFigures {
  readonly table: BudgetTableId;
  /** The whole every share is over (a stated total), in 亿元. */
  readonly whole: Decimal;
  readonly shares: readonly Share[];
}

/** The result of {@link sharesOfRow} and {@link sharesOfColumn}: the shares with the envelope. */
export type SharesResult = RuleResult<SharesFigures>;

const YI = PARAM_UNITS.yi;

interface ShareAt {
  readonly table: BudgetTableId;
  readonly region: BudgetRowKey;
  readonly column: string;
  /** Where the whole is stated: the same row's total column, or the 合计 row of the same column. */
  readonly wholeAt: { readonly region: BudgetRowKey; readonly column: string };
  readonly decimals: number;
}

function makeShare(at: ShareAt): Share {
  const whole = statedTotal(at.table, at.wholeAt.region, at.wholeAt.column);
  const yi = cellYi(cellAt(at.table, at.region, at.column));
  const ratio = yi === undefined ? null : yi.dividedBy(whole);
  const percent = ratio === null ? null : ratio.times(100).toDecimalPlaces(at.decimals, Dec.ROUND_HALF_UP);
  return Object.freeze({
    table: at.table,
    region: at.region,
    column: at.column,
    part: yi ?? null,
    whole,
    ratio,
    percent,
    decimals: at.decimals,
    percentText: percent === null ? 'not listed' : `${percent.toFixed(at.decimals)}%`,
  });
}

function stepShare(ctx: RuleContext, at: ShareAt, share: Share): void {
  const whole = `表${at.table} ${at.wholeAt.region} ${at.wholeAt.column} ${share.whole.toString()}`;
  const wholeEn = `Table ${at.table} ${at.wholeAt.region} ${at.wholeAt.column} ${share.whole.toString()}`;
  const part = `${share.region} ${share.column}`;
  ctx.step({
    citations: [
      ...new Set([rowOf(at.table, at.region).citation, rowOf(at.table, at.wholeAt.region).citation]),
    ],
    inputs: { table: at.table, region: at.region, column: at.column, decimals: at.decimals },
    value: share.percent === null ? null : share.percent.toFixed(at.decimals),
    zh:
      share.part === null
        ? `${part} 未列数字：无比重`
        : `${part} ${share.part.toString()} ${YI.zh} ÷ ${whole} ${YI.zh} = ${share.percentText}`,
    en:
      share.part === null
        ? `${part} is not listed: no share`
        : `${part} ${share.part.toString()} ${YI.en} ÷ ${wholeEn} = ${share.percentText}`,
  });
}

function oneShare(options: unknown, at: ShareAt): ShareResult {
  const ctx = openEvaluation(SHARES_SPEC, options, null);
  const share = makeShare(at);
  stepShare(ctx, at, share);
  return ctx.finish(share);
}

function manyShares(ctx: RuleContext, table: BudgetTableId, ats: readonly ShareAt[]): SharesResult {
  const shares = ats.map((at) => {
    const share = makeShare(at);
    stepShare(ctx, at, share);
    return share;
  });
  const first = ats[0];
  // Stryker disable next-line ConditionalExpression,StringLiteral: callers pass a table's part columns or the 12 regions, never none
  if (first === undefined) throw new Error(`budget table ${table}: no shares`);
  const whole = statedTotal(table, first.wholeAt.region, first.wholeAt.column);
  return ctx.finish({ table, whole, shares: Object.freeze(shares) });
}

/**
 * A region's share of the province in one column of a table (default: the table's total column), over the
 * stated 合计, with the envelope and a zh/en trace.
 *
 * @example
 * ```ts
 * regionShare({ table: '2', region: '白城市' }).percentText //=> '29.72%' (286.5 / 963.97 = 0.29721…)
 * ```
 */
export function regionShare(query: RegionShareQuery, options?: EvaluationOptions): ShareResult {
  const input = parseInput(SHARES_SPEC.ruleId, regionShareQuerySchema, query);
  const table = resolveTable(input.table, SHARES_SPEC.ruleId);
  const region = resolveBudgetRow(input.region, SHARES_SPEC.ruleId, 'region');
  const column =
    input.column === undefined
      ? totalColumnOf(table)
      : resolveColumn(table, input.column, SHARES_SPEC.ruleId, 'column');
  const wholeAt = { region: TOTAL_ROW as BudgetRowKey, column: column.zh as string };
  return oneShare(options, { table, region, column: column.zh, wholeAt, decimals: input.decimals ?? 2 });
}

/**
 * A category's share of its row's stated total (default row: 合计, the province), with the envelope.
 *
 * @example
 * ```ts
 * categoryShare({ table: '3-2', column: '基础设施建设' }).percentText //=> '65.98%' (254.42 / 385.59; the text says 65.99%)
 * ```
 */
export function categoryShare(query: CategoryShareQuery, options?: EvaluationOptions): ShareResult {
  const input = parseInput(SHARES_SPEC.ruleId, categoryShareQuerySchema, query);
  const table = resolveTable(input.table, SHARES_SPEC.ruleId);
  const region =
    input.region === undefined ? TOTAL_ROW : resolveBudgetRow(input.region, SHARES_SPEC.ruleId, 'region');
  const column = resolveColumn(table, input.column, SHARES_SPEC.ruleId, 'column');
  const wholeAt = { region, column: totalColumnOf(table).zh };
  return oneShare(options, { table, region, column: column.zh, wholeAt, decimals: input.decimals ?? 2 });
}

/**
 * A source of funds' share of a region's 表2 total investment, with the envelope.
 *
 * @example
 * ```ts
 * sourceShare({ region: '四平市', source: '政府投入' }).percentText //=> '99.00%' (83.85 / 84.7 = 0.98996…)
 * ```
 */
export function sourceShare(query: SourceShareQuery, options?: EvaluationOptions): ShareResult {
  const input = parseInput(SHARES_SPEC.ruleId, sourceShareQuerySchema, query);
  return categoryShare(
    {
      table: '2',
      column: input.source,
      region: input.region,
      // Stryker disable next-line ConditionalExpression: { decimals: undefined } reads as no decimals (the schema's optional field, then ?? 2)
      ...(input.decimals === undefined ? {} : { decimals: input.decimals }),
    },
    options,
  );
}

/**
 * The share of every part column of one row in the row's total, with the envelope (`shares`, one trace step
 * each). The listed shares' ratios add up to exactly 1 wherever the row's parts add up to its total (all rows
 * of the three tables do); the rounded percentages add up to 100 within 0.5 × 10^−decimals per listed part.
 */
export function sharesOfRow(query: RowQuery, options?: EvaluationOptions): SharesResult {
  const input = parseInput(SHARES_SPEC.ruleId, rowQuerySchema, query);
  const table = resolveTable(input.table, SHARES_SPEC.ruleId);
  const region = resolveBudgetRow(input.region, SHARES_SPEC.ruleId, 'region');
  const ctx = openEvaluation(SHARES_SPEC, options, null);
  const parts = BUDGET_TABLES[table].columns.slice(1);
  const wholeAt = { region, column: totalColumnOf(table).zh as string };
  const decimals = input.decimals ?? 2;
  return manyShares(
    ctx,
    table,
    parts.map((c) => ({ table, region, column: c.zh, wholeAt, decimals })),
  );
}

/** The share of each of the 12 regions in one column's stated 合计, with the envelope (`shares`). */
export function sharesOfColumn(query: ColumnQuery, options?: EvaluationOptions): SharesResult {
  const input = parseInput(SHARES_SPEC.ruleId, columnQuerySchema, query);
  const table = resolveTable(input.table, SHARES_SPEC.ruleId);
  const column = resolveColumn(table, input.column, SHARES_SPEC.ruleId, 'column');
  const ctx = openEvaluation(SHARES_SPEC, options, null);
  const wholeAt = { region: TOTAL_ROW as BudgetRowKey, column: column.zh as string };
  const decimals = input.decimals ?? 2;
  return manyShares(
    ctx,
    table,
    BUDGET_REGION_NAMES.map((r) => ({ table, region: r, column: column.zh, wholeAt, decimals })),
  );
}
