import type { Decimal } from 'decimal.js';
import { budgetCell } from '../budget/index.js';
import type { Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { FUND_STATED_TOTAL, RELOCATION_FACILITIES_YI, RELOCATION_HOUSING_YI } from './params.js';
import { ALLOCATION_SPEC_PARAMS, readAllocations, type ProgrammeAllocation } from './programme.js';
import { FINANCE_RULE_IDS } from './rules.js';

/**
 * How an allocation relates to its budget cell: `equals` (the same figure), `within` (a programme that fits
 * inside the cell), `differs` (a figure that should equal the cell but does not), `exceeds` (a programme larger
 * than the cell it lies in).
 */
export type AllocationAuditStatus = 'equals' | 'within' | 'differs' | 'exceeds';

/** One check of the audit. */
export interface AllocationAuditCheck {
  readonly id: string;
  readonly status: AllocationAuditStatus;
  /** The allocation (or sum of allocations), 亿元. */
  readonly allocationYi: Decimal;
  /** The 合计 cell of the budget table, 亿元. */
  readonly budgetYi: Decimal;
  readonly table: '2' | '3-1' | '3-2';
  readonly column: string;
  /** allocation − cell, 亿元. */
  readonly differenceYi: Decimal;
  /** allocation / cell × 100, rounded half up to 2 decimals. */
  readonly sharePercent: Decimal;
  readonly citations: readonly Citation[];
}

/** The result of {@link auditAllocations}. */
export interface AllocationAudit {
  readonly checks: readonly AllocationAuditCheck[];
  /** The checks whose status is `differs` or `exceeds`. */
  readonly findings: readonly AllocationAuditCheck[];
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.allocationAudit,
  citations: [C.relocationHousing, C.water, C.ruralLiving, C.fundTotal],
  params: [...ALLOCATION_SPEC_PARAMS, FUND_STATED_TOTAL],
  interpretations: [],
});

interface Comparison {
  readonly id: string;
  readonly yi: Decimal;
  readonly table: '2' | '3-1' | '3-2';
  readonly column: string;
  readonly partOf: boolean;
  readonly citations: readonly Citation[];
}

function compare(ctx: RuleContext, c: Comparison): AllocationAuditCheck {
  const budgetYi = budgetCell({ table: c.table, region: '合计', column: c.column }).yi ?? new Dec(0);
  const differenceYi = c.yi.minus(budgetYi);
  const status: AllocationAuditStatus = c.partOf
    ? differenceYi.isPositive() && !differenceYi.isZero()
      ? 'exceeds'
      : 'within'
    : differenceYi.isZero()
      ? 'equals'
      : 'differs';
  const sharePercent = budgetYi.isZero()
    ? new Dec(0)
    : c.yi.dividedBy(budgetYi).times(100).toDecimalPlaces(2);
  const words = {
    equals: ['等于', 'equals'],
    within: ['在其内', 'fits within'],
    differs: ['不等于', 'differs from'],
    exceeds: ['超过', 'exceeds'],
  }[status];
  ctx.step({
    citations: c.citations,
    inputs: { allocationYi: c.yi.toString(), budgetYi: budgetYi.toString() },
    value: status,
    zh: `${c.yi.toString()} 亿元${words[0]}表${c.table}合计“${c.column}” ${budgetYi.toString()} 亿元（占 ${sharePercent.toString()}%）`,
    en: `${c.yi.toString()} 亿元 ${words[1]} table ${c.table}, total ${c.column}, ${budgetYi.toString()} 亿元 (${sharePercent.toString()}%)`,
  });
  return {
    id: c.id,
    status,
    allocationYi: c.yi,
    budgetYi,
    table: c.table,
    column: c.column,
    differenceYi,
    sharePercent,
    citations: c.citations,
  };
}

function comparisons(ctx: RuleContext, allocations: readonly ProgrammeAllocation[]): Comparison[] {
  const isRelocation = (a: ProgrammeAllocation): boolean =>
    a.id === RELOCATION_HOUSING_YI.id || a.id === RELOCATION_FACILITIES_YI.id;
  const relocation = allocations.filter(isRelocation);
  const single = allocations
    .filter((a) => !isRelocation(a))
    .map((a): Comparison => ({
      id: a.id,
      yi: a.yi,
      table: a.budgetCell.table,
      column: a.budgetCell.column,
      partOf: a.budgetCell.relation === 'partOf',
      citations: [a.citation],
    }));
  return [
    {
      id: 'finance.relocationProgrammes',
      yi: relocation.reduce((s, a) => s.plus(a.yi), new Dec(0)),
      table: '3-1',
      column: '易地搬迁脱贫',
      partOf: true,
      citations: [C.relocationHousing, C.relocationFacilities],
    },
    ...single,
    {
      id: FUND_STATED_TOTAL.id,
      yi: ctx.decimal(FUND_STATED_TOTAL),
      table: '2',
      column: '政府投入',
      partOf: true,
      citations: [C.fundTotal],
    },
  ];
}

/**
 * Audits the programme allocations against the budget tables of chapter 11 (their 合计 row, through
 * `jilin-poverty-rules/budget`): chapter 11's category figures must equal their cells (408.85, 41.83, 38.59 and
 * 254.42 do; the text's 115.68 differs from 表3-2's 115.78 by −0.10), and programmes must fit inside the cell they
 * belong to (relocation 1.28 + 10.9 = 12.18 of 41.83; water 3.99 of 115.78; the provincial fund's 15 of 政府投入
 * 592.03). Returns every check and the findings.
 *
 * @throws PolicyInputError for bad options.
 * @example
 * ```ts
 * auditAllocations().findings.map((f) => f.id) //=> ['finance.ruralLivingYi']
 * ```
 */
export function auditAllocations(options?: EvaluationOptions): RuleResult<AllocationAudit> {
  const ctx = openEvaluation(SPEC, options, null);
  const checks = comparisons(ctx, readAllocations(ctx)).map((c) => compare(ctx, c));
  const findings = checks.filter((c) => c.status === 'differs' || c.status === 'exceeds');
  return ctx.finish({ checks, findings });
}
