import type { Decimal } from 'decimal.js';
import { Dec } from '../core/decimal.js';
import {
  HALF_CENT,
  check,
  ref,
  statusOf,
  tolerance,
  type AuditCheck,
  type AuditStatus,
  type CellRef,
  type RoundingReading,
} from './audit-checks.js';
import {
  BUDGET_TABLE_IDS,
  BUDGET_TABLES,
  TOTAL_ROW,
  type BudgetColumnName,
  type BudgetTableId,
} from './data.js';
import { rowOf, statedTotal } from './resolve.js';
import { TEXT_AMOUNTS, TEXT_SHARES, textAmount, type TextAmount } from './text.js';

/** The audit's checks of the text: its figures against the tables and against each other, and the notes. */

export function textVersusTableChecks(): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const text of TEXT_AMOUNTS) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: amount() in text.ts sets table and column together (both or neither), so either test alone, or both with &&, skips the same figure (一事一议)
    if (text.table === undefined || text.column === undefined) continue;
    const computed = statedTotal(text.table, TOTAL_ROW, text.column);
    const difference = computed.minus(text.yi);
    // The text and the table state the same amount to the same precision: any difference is material.
    const tol = new Dec(0);
    const sameName = text.labelZh === text.column;
    out.push(
      check({
        id:
          text.column === '总投资'
            ? `textVersusTable/总投资/${text.id === 'text.totalNeedSection1' ? 'section1' : 'section2'}`
            : `textVersusTable/${text.column}`,
        kind: 'textVersusTable',
        status: statusOf(difference, tol),
        description:
          `The text's ${text.labelZh} ${text.yi.toString()} against 表${text.table} 合计 ${text.column}` +
          (sameName ? '' : ` (the text calls it ${text.labelZh}, the table ${text.column})`),
        cells: [ref(text.table, TOTAL_ROW, text.column)],
        notListed: [],
        stated: text.yi,
        computed,
        difference,
        tolerance: tol,
        unit: '亿元',
        citations: [text.citation, rowOf(text.table, TOTAL_ROW).citation],
      }),
    );
  }
  return out;
}

function textSum(
  reading: RoundingReading,
  id: string,
  total: TextAmount,
  parts: readonly TextAmount[],
): AuditCheck {
  const computed = parts.reduce((acc, p) => acc.plus(p.yi), new Dec(0));
  const difference = computed.minus(total.yi);
  const tol = tolerance(reading, parts.length);
  return check({
    id,
    kind: 'textSum',
    status: statusOf(difference, tol),
    description: `The text's own figures: ${parts.map((p) => p.yi.toString()).join(' + ')} against its ${total.yi.toString()}`,
    cells: [],
    notListed: [],
    stated: total.yi,
    computed,
    difference,
    tolerance: tol,
    unit: '亿元',
    citations: [total.citation, ...parts.map((p) => p.citation)],
  });
}

export function textSumChecks(reading: RoundingReading): AuditCheck[] {
  const t = textAmount;
  return [
    textSum(reading, 'textSum/精准扶贫项目', t('text.targetedProjects'), [
      t('text.industry'),
      t('text.employmentTransfer'),
      t('text.relocation'),
      t('text.ecologicalProtection'),
      t('text.education'),
      t('text.healthAssistance'),
      t('text.safetyNet'),
    ]),
    textSum(reading, 'textSum/提升贫困地区区域发展能力项目', t('text.regionalDevelopment'), [
      t('text.infrastructure'),
      t('text.ruralLivingConditions'),
      t('text.pillarIndustries'),
    ]),
    textSum(reading, 'textSum/总投资', t('text.totalNeedSection2'), [
      t('text.targetedProjects'),
      t('text.regionalDevelopment'),
    ]),
  ];
}

/** How a stated percentage compares with the share its terms give (internal helper of the audit's checks). */
export interface ShareComparison {
  /** The exact share, in percent. */
  readonly exact: Decimal;
  /** The exact share rounded half up to the stated decimals, minus the stated percentage. */
  readonly difference: Decimal;
  /** Half a unit in the stated percentage's last place. */
  readonly half: Decimal;
  readonly status: AuditStatus;
}

/**
 * Internal helper of the audit's checks: `terms` (summed) over `denominator` against `percent` stated to
 * `decimals` places. Within rounding: the shares the terms could give (each ±0.005 亿元, or exactly as printed
 * under `exact`) overlap the interval the stated percentage rounds from (± half its last place).
 */
export function compareShare(
  reading: RoundingReading,
  terms: readonly Decimal[],
  denominator: Decimal,
  percent: Decimal,
  decimals: number,
): ShareComparison {
  const numerator = terms.reduce((acc, v) => acc.plus(v), new Dec(0));
  const exact = numerator.dividedBy(denominator).times(100);
  const difference = exact.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).minus(percent);
  const termSlack = reading === 'exact' ? new Dec(0) : HALF_CENT;
  const nSlack = termSlack.times(terms.length);
  const low = numerator.minus(nSlack).dividedBy(denominator.plus(termSlack)).times(100);
  const high = numerator.plus(nSlack).dividedBy(denominator.minus(termSlack)).times(100);
  const half = new Dec(10).pow(-decimals).dividedBy(2);
  const overlaps = high.gte(percent.minus(half)) && low.lte(percent.plus(half));
  const status: AuditStatus = difference.isZero() ? 'agrees' : overlaps ? 'withinRounding' : 'material';
  return { exact, difference, half, status };
}

export function textShareChecks(reading: RoundingReading): AuditCheck[] {
  return TEXT_SHARES.map((share) => {
    const yi = (c: { table: BudgetTableId; column: BudgetColumnName }): Decimal =>
      statedTotal(c.table, TOTAL_ROW, c.column);
    const denominator = yi(share.denominator);
    const { exact, difference, half, status } = compareShare(
      reading,
      share.numerator.map(yi),
      denominator,
      share.percent,
      share.decimals,
    );
    const percentLabel = `${share.percent.toString()}%`;
    return check({
      id: `textShare/${percentLabel}`,
      kind: 'textShare',
      status,
      description:
        `The text's ${percentLabel}: ` +
        `${share.numerator.map((c) => `${yi(c).toString()} (${c.column})`).join(' + ')} / ` +
        `${denominator.toString()} (${share.denominator.column}) = ${exact.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toString()}…%`,
      cells: [
        ...share.numerator.map((c) => ref(c.table, TOTAL_ROW, c.column)),
        ref(share.denominator.table, TOTAL_ROW, share.denominator.column),
      ],
      notListed: [],
      stated: share.percent,
      computed: exact,
      difference,
      tolerance: half,
      unit: '%',
      citations: [
        share.citation,
        ...new Set([...share.numerator, share.denominator].map((c) => rowOf(c.table, TOTAL_ROW).citation)),
      ],
    });
  });
}

export function noteChecks(): AuditCheck[] {
  const caseByCase = textAmount('text.caseByCase');
  const out: AuditCheck[] = [
    check({
      id: 'note/一事一议',
      kind: 'note',
      status: 'note',
      description: `The text's 一事一议 ${caseByCase.yi.toString()} (part of 兜底保障) has no table column to check against`,
      cells: [ref('3-1', TOTAL_ROW, '兜底保障')],
      notListed: [],
      stated: null,
      computed: null,
      difference: null,
      tolerance: null,
      unit: null,
      citations: [caseByCase.citation],
    }),
  ];
  for (const id of BUDGET_TABLE_IDS) {
    const t = BUDGET_TABLES[id];
    const blanks: CellRef[] = [];
    for (const row of t.rows) {
      // a row's cells are keyed in the order of the table's columns (makeRow in data.ts)
      for (const [column, cell] of Object.entries(row.cells)) {
        if (cell.kind === 'notListed') blanks.push(ref(id, row.region, column));
      }
    }
    out.push(
      check({
        id: `note/blankCells/${id}`,
        kind: 'note',
        status: 'note',
        description: `表${id} leaves ${blanks.length} cell(s) blank: ${blanks.map((b) => `${b.region} ${b.column}`).join('; ')}`,
        cells: blanks,
        notListed: blanks,
        stated: null,
        computed: null,
        difference: null,
        tolerance: null,
        unit: null,
        citations: [t.citation, ...new Set(blanks.map((b) => rowOf(id, b.region).citation))],
      }),
    );
  }
  return out;
}
