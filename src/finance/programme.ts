import type { Decimal } from 'decimal.js';
import type { Citation } from '../core/citation.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money } from '../core/money.js';
import type { Param } from '../core/param.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { FACILITIES_SITES } from './interpretations.js';
import * as P from './params.js';
import { yuanOfYi } from './place.js';
import { FINANCE_RULE_IDS } from './rules.js';

/** The readings of `finance.facilitiesSites`. */
export type FacilitiesSitesReading = 'concentratedSites' | 'notDerived';

/** Where an allocation sits in the budget tables (a 合计 cell of 表3-1 or 表3-2). */
export interface AllocationBudgetCell {
  readonly table: '3-1' | '3-2';
  readonly column: string;
  /** `equals`: the allocation is the cell's own figure; `partOf`: it is one programme inside the cell. */
  readonly relation: 'equals' | 'partOf';
}

/** One programme allocation the plan states. */
export interface ProgrammeAllocation {
  /** The parameter that holds it (`finance.waterYi`). */
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly yi: Decimal;
  readonly yuan: Money;
  readonly budgetCell: AllocationBudgetCell;
  readonly citation: Citation;
}

/** A figure derived from the allocations (per site, per m², per village). */
export interface PerUnitFigure {
  readonly id: string;
  readonly en: string;
  /** Yuan per unit, rounded half up to the fen; null where the reading derives none. */
  readonly yuan: Money | null;
  /** A non-money ratio (m² per site, villages per county), exact to 2 decimals half up; null for money. */
  readonly ratio: Decimal | null;
}

/** The result of {@link programmeAllocations}. */
export interface ProgrammeAllocations {
  readonly allocations: readonly ProgrammeAllocation[];
  readonly perUnit: readonly PerUnitFigure[];
}

const ALLOCATIONS: readonly [Param, AllocationBudgetCell][] = [
  [P.RELOCATION_HOUSING_YI, { table: '3-1', column: '易地搬迁脱贫', relation: 'partOf' }],
  [P.RELOCATION_FACILITIES_YI, { table: '3-1', column: '易地搬迁脱贫', relation: 'partOf' }],
  [P.WATER_YI, { table: '3-2', column: '农村生产生活改善', relation: 'partOf' }],
  [P.INDUSTRY_YI, { table: '3-1', column: '产业脱贫', relation: 'equals' }],
  [P.RELOCATION_CATEGORY_YI, { table: '3-1', column: '易地搬迁脱贫', relation: 'equals' }],
  [P.HEALTH_YI, { table: '3-1', column: '健康救助脱贫', relation: 'equals' }],
  [P.INFRASTRUCTURE_YI, { table: '3-2', column: '基础设施建设', relation: 'equals' }],
  [P.RURAL_LIVING_YI, { table: '3-2', column: '农村生产生活改善', relation: 'equals' }],
];

/** The parameters the allocation rules read. */
export const ALLOCATION_SPEC_PARAMS: readonly Param[] = [
  ...ALLOCATIONS.map(([p]) => p),
  P.RELOCATION_SITES,
  P.RELOCATION_HOUSING_M2,
  P.WATER_VILLAGES,
  P.WATER_COUNTIES,
];

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.programmeAllocations,
  citations: [C.relocationHousing, C.relocationFacilities, C.water, C.industry, C.health, C.infrastructure],
  params: ALLOCATION_SPEC_PARAMS,
  interpretations: [FACILITIES_SITES],
});

/** The allocations as the context reads them (overrides applied). Shared with the audit. */
export function readAllocations(ctx: RuleContext): ProgrammeAllocation[] {
  return ALLOCATIONS.map(([param, budgetCell]) => {
    const yi = ctx.decimal(param);
    return {
      id: param.id,
      title: param.title,
      yi,
      yuan: yuanOfYi(ctx.spec.ruleId, yi, param.id),
      budgetCell,
      citation: param.citation,
    };
  });
}

function perYuan(ctx: RuleContext, id: string, en: string, yi: Param, units: Param): PerUnitFigure {
  const yuan = yuanOfYi(ctx.spec.ruleId, ctx.decimal(yi), yi.id).dividedBy(ctx.decimal(units));
  ctx.step({
    citations: [yi.citation],
    params: [yi, units],
    amount: yuan,
    zh: `${ctx.show(yi, 'zh')} ÷ ${ctx.show(units, 'zh')} = 每单位 ${yuan.toString()} 元（四舍五入到分）`,
    en: `${ctx.show(yi, 'en')} ÷ ${ctx.show(units, 'en')} = ${yuan.toString()} yuan each (rounded half up to the fen)`,
  });
  return { id, en, yuan, ratio: null };
}

function perRatio(ctx: RuleContext, id: string, en: string, of: Param, per: Param): PerUnitFigure {
  const ratio = ctx.decimal(of).dividedBy(ctx.decimal(per)).toDecimalPlaces(2);
  ctx.step({
    citations: [of.citation],
    params: [of, per],
    value: ratio.toString(),
    zh: `${ctx.show(of, 'zh')} ÷ ${ctx.show(per, 'zh')} ≈ ${ratio.toString()}`,
    en: `${ctx.show(of, 'en')} ÷ ${ctx.show(per, 'en')} ≈ ${ratio.toString()}`,
  });
  return { id, en, yuan: null, ratio };
}

function facilitiesPerSite(ctx: RuleContext): PerUnitFigure {
  const en = 'facilities per concentrated site (an upper bound: the points are not counted)';
  if (ctx.reading<FacilitiesSitesReading>(FACILITIES_SITES) === 'concentratedSites') {
    return perYuan(ctx, 'facilitiesPerSite', en, P.RELOCATION_FACILITIES_YI, P.RELOCATION_SITES);
  }
  ctx.step({
    citations: [C.relocationFacilities],
    zh: '所有安置区（点）的数目规划未写，不计算每处配套投资',
    en: 'the plan does not count all sites and points: no amount per site',
  });
  return { id: 'facilitiesPerSite', en, yuan: null, ratio: null };
}

/**
 * The programme allocations the plan states in its text, as exact cited figures (亿元 and yuan), with per-unit
 * figures: relocation housing 1.28 亿元 for 252 concentrated sites and 660,000 m² (chapter 4), the sites' facilities
 * 10.9 亿元, running water 3.99 亿元 for 346 villages in 13 counties (chapter 10), and chapter 11's category figures
 * 408.85, 41.83, 38.59, 254.42 and 115.68 亿元. Per-unit amounts are rounded half up to the fen. Each allocation
 * names the budget cell it is or lies in; {@link auditAllocations} checks them.
 *
 * @throws PolicyInputError for bad options.
 * @example
 * ```ts
 * programmeAllocations().perUnit.find((f) => f.id === 'waterPerVillage')?.yuan?.toString() //=> '1153179.19'
 * ```
 */
export function programmeAllocations(options?: EvaluationOptions): RuleResult<ProgrammeAllocations> {
  const ctx = openEvaluation(SPEC, options, null);
  const allocations = readAllocations(ctx);
  const perUnit = [
    perYuan(
      ctx,
      'housingPerSite',
      'housing per concentrated site',
      P.RELOCATION_HOUSING_YI,
      P.RELOCATION_SITES,
    ),
    perYuan(ctx, 'housingPerM2', 'housing per m² built', P.RELOCATION_HOUSING_YI, P.RELOCATION_HOUSING_M2),
    perRatio(
      ctx,
      'm2PerSite',
      'm² of housing per concentrated site',
      P.RELOCATION_HOUSING_M2,
      P.RELOCATION_SITES,
    ),
    facilitiesPerSite(ctx),
    perYuan(ctx, 'waterPerVillage', 'running water per village', P.WATER_YI, P.WATER_VILLAGES),
    perRatio(
      ctx,
      'villagesPerCounty',
      'villages per county of the water programme',
      P.WATER_VILLAGES,
      P.WATER_COUNTIES,
    ),
  ];
  return ctx.finish({ allocations, perUnit });
}
