import type { Decimal } from 'decimal.js';
import type { Citation } from '../core/citation.js';
import {
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { YUAN_PER_YI, yiToYuan, type Money } from '../core/money.js';
import { PARAM_UNITS } from '../core/param.js';
import {
  BUDGET_REGION_NAMES_EN,
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  PILOT_CITY_PREFECTURE,
  type BudgetCell,
  type BudgetRegionName,
  type BudgetRowKey,
  type BudgetTableId,
} from './data.js';
import { sumCells } from './cells.js';
import { regionOfBudgetRow, resolveBudgetRow } from './region-lookup.js';
import { cellAt, rowOf, totalColumnOf } from './resolve.js';
import { REGION_BUDGET_SPEC, SEPARATELY_LISTED_CITIES } from './specs.js';

/** The readings of `budget.separatelyListedCities`. */
export type SeparatelyListedCitiesReading = 'ownRow' | 'withPilotCities';

/** Options of {@link regionBudget}: the rule contract's, with `readings.separatelyListedCities`. */
export interface RegionBudgetOptions extends EvaluationOptions {
  readonly readings?: { readonly separatelyListedCities?: SeparatelyListedCitiesReading };
}

/** A region's row of each table, and its 表2 total against its 表3-1 and 表3-2 totals. */
export interface RegionBudgetFigures {
  readonly region: BudgetRowKey;
  /** The region's id in the region registry; the province's for 合计. */
  readonly regionId: string | null;
  readonly nameEn: string;
  /** The rows added up: the region alone, or (reading `withPilotCities`) with its pilot cities. */
  readonly rows: readonly BudgetRowKey[];
  /** Each table's cells for the region (summed over `rows` when more than one; a cell blank in every row stays blank). */
  readonly tables: Readonly<Record<BudgetTableId, Readonly<Record<string, BudgetCell>>>>;
  /** 表2 总投资. */
  readonly totalInvestment: Decimal;
  /** 表3-1 精准扶贫项目 + 表3-2 提升贫困地区区域发展能力项目. */
  readonly projectsTotal: Decimal;
  /** projectsTotal − totalInvestment (the plan's own tables disagree for 10 of the 12 regions, by 0.01–0.03). */
  readonly difference: Decimal;
  /** totalInvestment in yuan, exact (1 亿元 = 100,000,000 yuan, rule `core.yiYuanUnit`). */
  readonly totalInvestmentYuan: Money;
  /** The region's rows in the three tables, cited. */
  readonly rowCitations: readonly Citation[];
}

/** The result of {@link regionBudget}: the figures with the rule contract's envelope. */
export type RegionBudget = RuleResult<RegionBudgetFigures>;

const YI = PARAM_UNITS.yi;

function combineCells(cells: readonly BudgetCell[]): BudgetCell {
  const sum = sumCells(cells);
  return sum.listed === 0
    ? Object.freeze({ kind: 'notListed' as const })
    : Object.freeze({ kind: 'listed' as const, yi: sum.yi });
}

function rowsFor(ctx: RuleContext, key: BudgetRowKey): BudgetRowKey[] {
  const rows: BudgetRowKey[] = [key];
  if (ctx.reading<SeparatelyListedCitiesReading>(SEPARATELY_LISTED_CITIES) !== 'withPilotCities') return rows;
  const pilots = Object.entries(PILOT_CITY_PREFECTURE) as [BudgetRegionName, BudgetRegionName][];
  for (const [city, prefecture] of pilots) if (prefecture === key) rows.push(city);
  return rows;
}

function combinedTables(rows: readonly BudgetRowKey[]): RegionBudgetFigures['tables'] {
  const tables = {} as Record<BudgetTableId, Readonly<Record<string, BudgetCell>>>;
  for (const id of BUDGET_TABLE_IDS) {
    const cells: Record<string, BudgetCell> = {};
    for (const column of BUDGET_TABLES[id].columns) {
      cells[column.zh] = combineCells(rows.map((r) => cellAt(id, r, column.zh)));
    }
    tables[id] = Object.freeze(cells);
  }
  return Object.freeze(tables);
}

function totalOf(tables: RegionBudgetFigures['tables'], id: BudgetTableId): Decimal {
  const cell = tables[id][totalColumnOf(id).zh];
  // Stryker disable next-line OptionalChaining,ConditionalExpression,StringLiteral: every row of the three tables lists its total (test/budget/tables.test.ts), so a sum of rows does too
  if (cell?.kind !== 'listed') throw new Error(`budget table ${id}: total not listed`);
  return cell.yi;
}

function stepRows(ctx: RuleContext, key: BudgetRowKey, rows: readonly BudgetRowKey[], total: Decimal): void {
  const reading = ctx.reading(SEPARATELY_LISTED_CITIES);
  const parts = rows.map((r) => `${r} ${totalOfRow(r).toString()}`);
  ctx.step({
    citations: rows.map((r) => rowOf('2', r).citation),
    inputs: { region: key, reading, rows: rows.join('、') },
    value: total.toString(),
    zh: `表2 总投资（解读 ${reading}）：${parts.join(' + ')} = ${total.toString()} ${YI.zh}`,
    en: `Table 2 total investment (reading ${reading}): ${parts.join(' + ')} = ${total.toString()} ${YI.en}`,
  });
}

function totalOfRow(row: BudgetRowKey): Decimal {
  const cell = cellAt('2', row, totalColumnOf('2').zh);
  // Stryker disable next-line ConditionalExpression,StringLiteral: every row of 表2 lists its 总投资 (test/budget/tables.test.ts)
  if (cell.kind !== 'listed') throw new Error(`budget table 2: total not listed for ${row}`);
  return cell.yi;
}

function stepProjects(ctx: RuleContext, figures: RegionBudgetFigures): void {
  const a = totalOf(figures.tables, '3-1').toString();
  const b = totalOf(figures.tables, '3-2').toString();
  const p = figures.projectsTotal.toString();
  const t = figures.totalInvestment.toString();
  const d = figures.difference.toString();
  ctx.step({
    citations: figures.rows.flatMap((r) => [rowOf('3-1', r).citation, rowOf('3-2', r).citation]),
    inputs: { targetedProjects: a, regionalDevelopment: b, totalInvestment: t },
    value: d,
    zh: `表3-1 ${a} + 表3-2 ${b} = ${p} ${YI.zh}，与表2 总投资 ${t} ${YI.zh} 相差 ${d}`,
    en: `Table 3-1 ${a} + Table 3-2 ${b} = ${p} ${YI.en}, against Table 2’s ${t}: a difference of ${d}`,
  });
}

function stepYuan(ctx: RuleContext, total: Decimal, yuan: Money): void {
  ctx.step({
    ruleId: 'core.yiYuanUnit',
    citations: [BUDGET_TABLES['2'].citation],
    inputs: { totalInvestmentYi: total.toString() },
    amount: yuan,
    zh: `${total.toString()} ${YI.zh} = ${yuan.toString()} 元（1 亿元 = ${YUAN_PER_YI} 元）`,
    en: `${total.toString()} ${YI.en} = ${yuan.toString()} yuan (1 亿元 = ${YUAN_PER_YI.toLocaleString('en-US')} yuan)`,
  });
}

/**
 * A region's whole budget across 表2, 表3-1 and 表3-2, with the rule contract's envelope and a zh/en trace. By
 * default (the registry's chosen reading `ownRow` of `budget.separatelyListedCities`) the region's own rows
 * only: 四平市 does not include 公主岭市, nor 通化市 梅河口市, as the tables' totals show. With
 * `readings: { separatelyListedCities: 'withPilotCities' }` a prefecture's rows are added to those of the
 * pilot city it administered in 2016.
 *
 * @example
 * ```ts
 * regionBudget('延边州').difference.toString() //=> '-0.03' (130.37 + 95.24 = 225.61 vs 225.64)
 * regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } }).totalInvestment //=> 115.56
 * ```
 */
export function regionBudget(region: string, options?: RegionBudgetOptions): RegionBudget {
  const ctx = openEvaluation(REGION_BUDGET_SPEC, options, null);
  const key = resolveBudgetRow(region, REGION_BUDGET_SPEC.ruleId, 'region');
  const rows = rowsFor(ctx, key);
  const tables = combinedTables(rows);
  const totalInvestment = totalOf(tables, '2');
  const projectsTotal = totalOf(tables, '3-1').plus(totalOf(tables, '3-2'));
  const figures: RegionBudgetFigures = {
    region: key,
    // Stryker disable next-line OptionalChaining: the registry has a region for each of the 13 rows (吉林省 for 合计)
    regionId: regionOfBudgetRow(key)?.id ?? null,
    nameEn: BUDGET_REGION_NAMES_EN[key],
    rows: Object.freeze(rows),
    tables,
    totalInvestment,
    projectsTotal,
    difference: projectsTotal.minus(totalInvestment),
    totalInvestmentYuan: yiToYuan(totalInvestment),
    rowCitations: Object.freeze(rows.flatMap((r) => BUDGET_TABLE_IDS.map((id) => rowOf(id, r).citation))),
  };
  stepRows(ctx, key, rows, totalInvestment);
  stepProjects(ctx, figures);
  stepYuan(ctx, totalInvestment, figures.totalInvestmentYuan);
  return ctx.finish(figures);
}
