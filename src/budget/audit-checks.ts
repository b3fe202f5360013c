import type { Decimal } from 'decimal.js';
import type { Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import {
  BUDGET_REGION_NAMES,
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  TOTAL_ROW,
  type BudgetColumnName,
  type BudgetRowKey,
  type BudgetTableId,
} from './data.js';
import { columnSumOf, rowSumOf } from './cells.js';
import { rowOf, statedTotal } from './resolve.js';

/** A reading of `budget.roundingTolerance`. */
export type RoundingReading = 'perFigure' | 'perTerm' | 'exact';

/** A cell of a budget table, named. */
export interface CellRef {
  readonly table: BudgetTableId;
  readonly region: BudgetRowKey;
  readonly column: BudgetColumnName;
}

/** What kind of relation a check tests. */
export type AuditCheckKind =
  /** A row's parts against its total column. */
  | 'rowSum'
  /** A column's 12 regions against its 合计. */
  | 'columnSum'
  /** A region's 表3-1 total + 表3-2 total against its 表2 total. */
  | 'crossTable'
  /** A figure of the text against the table cell that states the same amount. */
  | 'textVersusTable'
  /** The text's own parts against the text's own total. */
  | 'textSum'
  /** A percentage of the text against the tables' figures. */
  | 'textShare'
  /** Something a reader should know that is not arithmetic (blank cells; a figure no table has). */
  | 'note';

/**
 * How a check came out.
 * - `agrees`: the figures agree exactly (a percentage: the exact share rounds to the stated one).
 * - `withinRounding`: they differ by no more than the rounding of the figures involved could explain.
 * - `material`: they differ by more than rounding can explain (however small the difference).
 * - `note`: not an arithmetic relation; recorded for the reader.
 */
export type AuditStatus = 'agrees' | 'withinRounding' | 'material' | 'note';

/** One check of the plan's arithmetic, as data. */
export interface AuditCheck {
  /** Stable id, e.g. `crossTable/延边州`, `textVersusTable/兜底保障`. */
  readonly id: string;
  readonly kind: AuditCheckKind;
  readonly status: AuditStatus;
  /** What was checked, in English. */
  readonly description: string;
  /** The cells summed or compared (the terms). */
  readonly cells: readonly CellRef[];
  /** Cells among the terms that the plan leaves blank: they contributed nothing. */
  readonly notListed: readonly CellRef[];
  /** The figure the plan states (a total, a text figure, a percentage), or null for a note. */
  readonly stated: Decimal | null;
  /** What the terms give (a sum, a table's figure, an exact percentage), or null for a note. */
  readonly computed: Decimal | null;
  /**
   * computed − stated; for a percentage, the computed share rounded to the stated decimals minus the stated
   * share. Null for a note.
   */
  readonly difference: Decimal | null;
  /** The largest |difference| rounding explains under the applied reading, or null where not applicable. */
  readonly tolerance: Decimal | null;
  /** `亿元` for amounts, `%` for percentages. */
  readonly unit: '亿元' | '%' | null;
  /** The plan's passages and rows involved. */
  readonly citations: readonly Citation[];
  /** The library's account of a finding (every check not `agrees` has one; see {@link EXPLAINED_FINDINGS}). */
  readonly explanation?: string;
}

/** Half a unit in the last place of the plan's 2-decimal figures (亿元). */
export const HALF_CENT = new Dec('0.005');

/**
 * The library's account of every finding the audit reports on the plan as printed. A finding whose id is not
 * here is "unexplained": the test suite fails on it, so that a change of data cannot slip through.
 */
export const EXPLAINED_FINDINGS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  'crossTable/长春市':
    'Rounding: 51.08 + 20.59 = 71.67 vs 71.66 in 表2 (+0.01); each figure is rounded to 0.01 亿元, so sums may be off by a cent of 亿元.',
  'crossTable/辽源市': 'Rounding: 9.83 + 8.41 = 18.24 vs 18.23 in 表2 (+0.01).',
  'crossTable/通化市': 'Rounding: 23.11 + 20.63 = 43.74 vs 43.73 in 表2 (+0.01).',
  'crossTable/白山市': 'Rounding: 32.17 + 29.45 = 61.62 vs 61.61 in 表2 (+0.01).',
  'crossTable/松原市': 'Rounding: 34.62 + 29.85 = 64.47 vs 64.46 in 表2 (+0.01).',
  'crossTable/白城市': 'Rounding: 187.69 + 98.8 = 286.49 vs 286.5 in 表2 (−0.01).',
  'crossTable/延边州':
    '130.37 + 95.24 = 225.61 vs 225.64 in 表2 (−0.03, 3 million yuan): more than the rounding of three 2-decimal figures (±0.015) explains. The province total still agrees (578.38 + 385.59 = 963.97), so other rows’ differences offset it.',
  'crossTable/长白山保护开发区': 'Rounding: 1.86 + 1.58 = 3.44 vs 3.45 in 表2 (−0.01).',
  'crossTable/公主岭市': 'Rounding: 3.91 + 26.94 = 30.85 vs 30.86 in 表2 (−0.01).',
  'crossTable/梅河口市': 'Rounding: 5.02 + 8.08 = 13.10 vs 13.09 in 表2 (+0.01).',
  'textVersusTable/兜底保障':
    'The text says 兜底保障 35.23, 表3-1 says 36.23 (+1.00). The table is self-consistent (its column sums to 36.23 and its 合计 row to 578.38) and the text’s own seven categories add up to 577.38, not its 578.38: the text’s 35.23 looks like a slip for 36.23. The library uses the table’s 36.23.',
  'textVersusTable/农村生产生活改善':
    'The text says 农村生产生活改善 115.68, 表3-2 says 115.78 (+0.10). The table is self-consistent (column sum 115.78, 合计 row 385.59) and the text’s own three categories add up to 385.49, not its 385.59: the text’s 115.68 looks like a slip for 115.78. The library uses the table’s 115.78.',
  'textSum/精准扶贫项目':
    'The text’s seven categories (408.85 + 6.7 + 41.83 + 26.28 + 19.9 + 38.59 + 35.23) add up to 577.38, not the 578.38 it states (−1.00): the same 1.00 as 兜底保障 35.23 vs 36.23.',
  'textSum/提升贫困地区区域发展能力项目':
    'The text’s three categories (254.42 + 115.68 + 15.39) add up to 385.49, not the 385.59 it states (−0.10): the same 0.10 as 农村生产生活改善 115.68 vs 115.78.',
  'textShare/65.99%':
    '254.42 / 385.59 = 65.982…%, which rounds to 65.98%, not the 65.99% the text states (−0.01 pp). Even allowing each figure its ±0.005 rounding the share lies within 65.980–65.984%, so rounding does not explain it; the cause is not apparent (the text’s own sum 385.49 would give 66.00%). The library reports 65.98%.',
  'note/一事一议':
    'The text’s 4.84 亿元 for 一事一议 (case-by-case) projects is part of 兜底保障; no table has a column for it, so it cannot be checked. It is less than both 35.23 (text) and 36.23 (table).',
  'note/blankCells/2':
    '表2 leaves one cell blank: 四平市 金融机构融资. Not a zero: the plan lists no figure. Sums pass over it (contributing nothing) and say so.',
  'note/blankCells/3-1':
    '表3-1 leaves 17 cells blank (e.g. 长春市 易地搬迁脱贫; 长白山保护开发区 lists only 产业脱贫). Sums pass over them (contributing nothing) and say so.',
  'note/blankCells/3-2':
    '表3-2 leaves 11 cells blank (培育区域支柱或优势产业 is listed only for 辽源市 and 白山市; 四平市 lists no 农村生产生活改善). Sums pass over them and say so.',
});

/** Internal helper of the audit's checks. */
export function tolerance(reading: RoundingReading, terms: number): Decimal {
  if (reading === 'exact') return new Dec(0);
  // perFigure: every term and the stated figure are each rounded to 0.01, so each may be off by 0.005.
  // perTerm: only the summed terms' rounding counts.
  return HALF_CENT.times(reading === 'perFigure' ? terms + 1 : terms);
}

/** Internal helper of the audit's checks. */
export function statusOf(difference: Decimal, tol: Decimal): AuditStatus {
  if (difference.isZero()) return 'agrees';
  return difference.abs().lte(tol) ? 'withinRounding' : 'material';
}

/** Internal helper of the audit's checks. */
export function ref(table: BudgetTableId, region: BudgetRowKey, column: string): CellRef {
  return Object.freeze({ table, region, column: column as BudgetColumnName });
}

/** Internal helper of the audit's checks. */
export function check(fields: Omit<AuditCheck, 'explanation'>): AuditCheck {
  const explanation = EXPLAINED_FINDINGS[fields.id];
  return Object.freeze({
    ...fields,
    cells: Object.freeze([...fields.cells]),
    notListed: Object.freeze([...fields.notListed]),
    citations: Object.freeze([...fields.citations]),
    // Every id of EXPLAINED_FINDINGS is a finding (not `agrees`; test/budget/audit.test.ts pins the list), so
    // the id alone decides whether a check carries an explanation.
    ...(explanation === undefined ? {} : { explanation }),
  });
}

export function rowChecks(reading: RoundingReading): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const id of BUDGET_TABLE_IDS) {
    const t = BUDGET_TABLES[id];
    const parts = t.columns.slice(1);
    for (const row of t.rows) {
      const sum = rowSumOf(id, row.region);
      const tol = tolerance(reading, sum.listed);
      out.push(
        check({
          id: `rowSum/${id}/${row.region}`,
          kind: 'rowSum',
          status: statusOf(sum.difference, tol),
          description: `表${id}, ${row.region}: the ${parts.length} parts against ${sum.totalColumn}`,
          cells: parts.map((c) => ref(id, row.region, c.zh)),
          notListed: sum.notListedColumns.map((c) => ref(id, row.region, c)),
          stated: sum.stated,
          computed: sum.computed,
          difference: sum.difference,
          tolerance: tol,
          unit: '亿元',
          citations: [t.citation, row.citation],
        }),
      );
    }
  }
  return out;
}

export function columnChecks(reading: RoundingReading): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const id of BUDGET_TABLE_IDS) {
    const t = BUDGET_TABLES[id];
    for (const column of t.columns) {
      const sum = columnSumOf(id, column.zh);
      const tol = tolerance(reading, sum.listed);
      out.push(
        check({
          id: `columnSum/${id}/${column.zh}`,
          kind: 'columnSum',
          status: statusOf(sum.difference, tol),
          description: `表${id}, ${column.zh}: the 12 regions against 合计`,
          cells: BUDGET_REGION_NAMES.map((r) => ref(id, r, column.zh)),
          notListed: sum.notListedRegions.map((r) => ref(id, r, column.zh)),
          stated: sum.stated,
          computed: sum.computed,
          difference: sum.difference,
          tolerance: tol,
          unit: '亿元',
          citations: [t.citation, rowOf(id, TOTAL_ROW).citation],
        }),
      );
    }
  }
  return out;
}

export function crossTableChecks(reading: RoundingReading): AuditCheck[] {
  const rows: readonly BudgetRowKey[] = [...BUDGET_REGION_NAMES, TOTAL_ROW];
  return rows.map((region) => {
    const stated = statedTotal('2', region, '总投资');
    const a = statedTotal('3-1', region, '精准扶贫项目');
    const b = statedTotal('3-2', region, '提升贫困地区区域发展能力项目');
    const computed = a.plus(b);
    const difference = computed.minus(stated);
    const tol = tolerance(reading, 2);
    return check({
      id: `crossTable/${region}`,
      kind: 'crossTable',
      status: statusOf(difference, tol),
      description: `${region}: 表3-1 精准扶贫项目 + 表3-2 提升贫困地区区域发展能力项目 against 表2 总投资`,
      cells: [ref('3-1', region, '精准扶贫项目'), ref('3-2', region, '提升贫困地区区域发展能力项目')],
      notListed: [],
      stated,
      computed,
      difference,
      tolerance: tol,
      unit: '亿元',
      citations: [rowOf('2', region).citation, rowOf('3-1', region).citation, rowOf('3-2', region).citation],
    });
  });
}
