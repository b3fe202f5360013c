import { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { Dec } from '../core/decimal.js';
import { MAX_LIST_LENGTH } from '../core/limits.js';

/**
 * The budget area's input schemas. They check the shape of a query; which tables, regions and columns exist
 * is checked afterwards, so that an unknown one is refused with the valid choices as suggestions.
 */

/** A table label: `'2'`, `'3-1'`, `'3-2'` (also `2`, `'表3-1'`, `'3—1'` as the plan prints it). */
export const budgetTableSchema = /* @__PURE__ */ z.union([z.string(), z.number()]);

/** A region: the plan's name, a short name, an English name or code the region registry knows, or `合计`. */
export const budgetRegionSchema = /* @__PURE__ */ z.string();

/** A column: the plan's header (`政府投入`) or its English id (`government`). */
export const budgetColumnSchema = /* @__PURE__ */ z.string();

/** Which rows a sum of separately listed cities covers (`budget.separatelyListedCities`). */
export const separatelyListedCitiesReadingSchema = /* @__PURE__ */ z.enum(['ownRow', 'withPilotCities']);

/** Which rounding tolerance the audit applies (`budget.roundingTolerance`). */
export const roundingToleranceReadingSchema = /* @__PURE__ */ z.enum(['perFigure', 'perTerm', 'exact']);

/** A single cell: `{ table: '2', region: '长春市', column: '政府投入' }`. */
export const budgetCellQuerySchema = /* @__PURE__ */ z.object({
  table: budgetTableSchema,
  region: budgetRegionSchema,
  column: budgetColumnSchema,
});
/** Input of `budgetCell`. */
export type BudgetCellQuery = z.input<typeof budgetCellQuerySchema>;

/**
 * The readings `regionBudget` accepts, as a schema for documentation and pass-through (the function validates its
 * options through the rule contract, `openEvaluation`, against the registry).
 */
export const regionBudgetOptionsSchema = /* @__PURE__ */ z.optional(
  z.object({
    readings: z.optional(
      z.object({ separatelyListedCities: z.optional(separatelyListedCitiesReadingSchema) }),
    ),
  }),
);

/** Decimals of a rounded percentage: 0 to 10 (default 2). */
export const percentDecimalsSchema = /* @__PURE__ */ z.optional(
  z.number().check(z.int(), z.gte(0), z.lte(10)),
);

/** A region's share of the province in one column (default: the table's total column). */
export const regionShareQuerySchema = /* @__PURE__ */ z.object({
  table: budgetTableSchema,
  region: budgetRegionSchema,
  column: z.optional(budgetColumnSchema),
  decimals: percentDecimalsSchema,
});
/** Input of `regionShare`. */
export type RegionShareQuery = z.input<typeof regionShareQuerySchema>;

/** A category's (column's) share of its row's total (default row: 合计). */
export const categoryShareQuerySchema = /* @__PURE__ */ z.object({
  table: budgetTableSchema,
  column: budgetColumnSchema,
  region: z.optional(budgetRegionSchema),
  decimals: percentDecimalsSchema,
});
/** Input of `categoryShare`. */
export type CategoryShareQuery = z.input<typeof categoryShareQuerySchema>;

/** A source of funds' share of a region's 表2 total investment. */
export const sourceShareQuerySchema = /* @__PURE__ */ z.object({
  region: budgetRegionSchema,
  source: budgetColumnSchema,
  decimals: percentDecimalsSchema,
});
/** Input of `sourceShare`. */
export type SourceShareQuery = z.input<typeof sourceShareQuerySchema>;

/** Every part of one row (`sharesOfRow`) or every region of one column (`sharesOfColumn`). */
export const rowQuerySchema = /* @__PURE__ */ z.object({
  table: budgetTableSchema,
  region: budgetRegionSchema,
  decimals: percentDecimalsSchema,
});
/** Input of `sharesOfRow` and `rowSum`. */
export type RowQuery = z.input<typeof rowQuerySchema>;

/** Every region of one column. */
export const columnQuerySchema = /* @__PURE__ */ z.object({
  table: budgetTableSchema,
  column: budgetColumnSchema,
  decimals: percentDecimalsSchema,
});
/** Input of `sharesOfColumn` and `columnSum`. */
export type ColumnQuery = z.input<typeof columnQuerySchema>;

/** Options of the chart export. */
export const chartRowsOptionsSchema = /* @__PURE__ */ z.optional(
  z.object({
    /** The tables to include (at most 3 names; the plan has 表2, 表3-1 and 表3-2). */
    tables: z.optional(
      z.array(budgetTableSchema).check(z.maxLength(3, { error: 'must name at most 3 tables (2, 3-1, 3-2)' })),
    ),
    /** Include each table's total column and the 合计 row (default false: parts only, for stacking). */
    includeTotals: z.optional(z.boolean()),
    /** Include blank cells as rows with a null amount (default false: they are left out). */
    includeNotListed: z.optional(z.boolean()),
  }),
);
/** Input of `budgetChartRows`. */
export type ChartRowsOptions = z.input<typeof chartRowsOptionsSchema>;

/**
 * The readings `auditBudget` accepts, as a schema for documentation and pass-through (the function validates its
 * options through the rule contract against the registry).
 */
export const auditOptionsSchema = /* @__PURE__ */ z.optional(
  z.object({
    readings: z.optional(z.object({ roundingTolerance: z.optional(roundingToleranceReadingSchema) })),
  }),
);

/**
 * An exact, finite decimal given as a decimal.js instance, read once and copied: a NaN or infinite Decimal, a
 * fake one or one whose fields change between reads is refused, and the copy is what the sum uses.
 */
export const budgetDecimalSchema = /* @__PURE__ */ z.pipe(
  z.unknown(),
  z.transform((value: unknown, payload): Decimal => {
    let copy: Decimal | undefined;
    try {
      if (Decimal.isDecimal(value)) {
        const d = new Dec(value.toString());
        if (d.isFinite()) copy = d;
      }
    } catch {
      // A fake Decimal whose toString throws: copy stays undefined and is refused below.
    }
    if (copy === undefined) {
      // A zod/mini transform has no `ctx.addIssue`: the issue goes on the payload, at the value's own path.
      payload.issues.push({
        code: 'custom',
        message: 'must be a finite Decimal (亿元)',
        input: value,
        path: [],
      });
      return z.NEVER;
    }
    return copy;
  }),
);

/** One budget cell: `{ kind: 'listed', yi: Decimal }` or `{ kind: 'notListed' }`. */
export const budgetCellSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('listed'), yi: budgetDecimalSchema }),
    z.object({ kind: z.literal('notListed') }),
  ],
  { error: "must be { kind: 'listed', yi: Decimal } or { kind: 'notListed' }" },
);

/** What `sumCells` takes: an array of budget cells (a sparse array's holes are refused). */
export const budgetCellsSchema = /* @__PURE__ */ z
  .array(budgetCellSchema, { error: 'must be an array of budget cells' })
  .check(
    z.maxLength(MAX_LIST_LENGTH, {
      error: `must hold at most ${String(MAX_LIST_LENGTH)} cells (MAX_LIST_LENGTH)`,
    }),
  );
