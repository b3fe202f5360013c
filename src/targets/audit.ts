import type { Decimal } from 'decimal.js';
import { cite, type Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Param } from '../core/param.js';
import { TARGETS_RULE_IDS } from './ids.js';
import type { Target } from './model.js';
import { TARGET_FIGURE_PARAMS, TARGETS, targetParam } from './params.js';
import { TABLE_1_HEADER, TABLE_1_TITLE } from './table1.js';

/**
 * How a check of 表1 came out (the budget audit's words, plus one):
 * - `agrees`: exactly; `withinRounding`: the difference is what the rounding of a printed figure explains;
 * - `material`: more than rounding explains; `notCheckable`: the plan gives nothing to check the figure against;
 * - `note`: not arithmetic, recorded for the reader.
 */
export type Table1AuditStatus = 'agrees' | 'withinRounding' | 'material' | 'notCheckable' | 'note';

/** One check of 表1, as data. */
export interface Table1AuditCheck {
  readonly id: string;
  readonly status: Table1AuditStatus;
  readonly description: string;
  /** The figure stated (a total), or null. */
  readonly stated: Decimal | null;
  /** What the parts give, or null. */
  readonly computed: Decimal | null;
  /** computed − stated, or null. */
  readonly difference: Decimal | null;
  readonly citations: readonly Citation[];
}

const SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.table1Audit,
  citations: [TABLE_1_TITLE],
  params: TARGET_FIGURE_PARAMS,
  interpretations: [],
});

const target = (id: string): Target => {
  const t = TARGETS.find((x) => x.id === id);
  // Stryker disable next-line ConditionalExpression,StringLiteral: every id named in this file is a target of TARGETS, so the guard never fires and its message is never shown
  if (t === undefined) throw new Error(`targets: no target ${id}`);
  return t;
};
const yearly = (t: Target): Param[] =>
  t.figures.flatMap((f) => (f.param === null ? [] : [targetParam(f.param)]));
// Stryker disable next-line OptionalChaining: every target audited has a baseline (表1's 基数, the preface's scope)
const baselineOf = (t: Target): Param => targetParam(t.baseline?.param);
/** The parameter of a target's first figure (the provincial fund's rows have one figure a year, or one). */
// Stryker disable next-line OptionalChaining: both fund rows have figures
const firstParam = (t: Target): Param => targetParam(t.figures[0]?.param);

function statusOf(difference: Decimal, tolerance: Decimal): Table1AuditStatus {
  if (difference.isZero()) return 'agrees';
  return difference.abs().lte(tolerance) ? 'withinRounding' : 'material';
}

/** Parts against their total: the sum of a row's yearly figures against its baseline. */
function sumCheck(ctx: RuleContext, id: string, t: Target): Table1AuditCheck {
  const parts = yearly(t);
  const computed = parts.reduce((acc, p) => acc.plus(ctx.decimal(p)), new Dec(0));
  const stated = ctx.decimal(baselineOf(t));
  const difference = computed.minus(stated);
  const status = statusOf(difference, new Dec(0));
  const terms = parts.map((p) => ctx.decimal(p).toFixed()).join(' + ');
  ctx.step({
    citations: [t.citation],
    params: [...parts, baselineOf(t)],
    value: status,
    zh: `${t.name.zh}：${terms} = ${computed.toFixed()}，对照基数 ${ctx.show(baselineOf(t), 'zh')}：${status}`,
    en: `${t.name.en}: ${terms} = ${computed.toFixed()} against the baseline ${ctx.show(baselineOf(t), 'en')}: ${status}`,
  });
  const description = `${t.name.en}: ${terms} = ${computed.toFixed()} against the 2015 baseline ${stated.toFixed()}`;
  return { id, status, description, stated, computed, difference, citations: [t.citation] };
}

/** 表1's poor-people row: the years it lists cannot add up to 700,739; what is left over is not checkable. */
function peopleCheck(ctx: RuleContext): Table1AuditCheck {
  const t = target('poorPeopleExits');
  const parts = yearly(t);
  const computed = parts.reduce((acc, p) => acc.plus(ctx.decimal(p)), new Dec(0));
  const stated = ctx.decimal(baselineOf(t));
  const left = stated.minus(computed);
  const terms = parts.map((p) => ctx.decimal(p).toFixed()).join(' + ');
  ctx.step({
    citations: [t.citation, TABLE_1_HEADER],
    params: [...parts, baselineOf(t)],
    value: 'notCheckable',
    zh: `${t.name.zh}：${terms} = ${computed.toFixed()}，距基数 ${stated.toFixed()} 尚余 ${left.toFixed()}；表1 无 2016 年列，2020 年为“实现全面脱贫”，无法核对`,
    en: `${t.name.en}: ${terms} = ${computed.toFixed()}, ${left.toFixed()} short of the baseline ${stated.toFixed()}; 表1 has no 2016 column and 2020 says “实现全面脱贫”: not checkable`,
  });
  return {
    id: 'sum/poorPeopleExits',
    status: 'notCheckable',
    description:
      `${terms} = ${computed.toFixed()} of the 2015 baseline ${stated.toFixed()}; the other ${left.toFixed()} ` +
      'would exit in 2016 (a year 表1 has no column for) or in 2020 (a target in words): the table cannot be checked.',
    stated,
    computed,
    difference: computed.minus(stated),
    citations: [t.citation, TABLE_1_HEADER],
  };
}

/** A 表1 figure against the same figure in the text (the preface states the scope in 万 to one decimal). */
function textCheck(
  ctx: RuleContext,
  id: string,
  row: Target,
  text: Target,
  tolerance: Decimal,
): Table1AuditCheck {
  const stated = ctx.decimal(baselineOf(text));
  const computed = ctx.decimal(baselineOf(row));
  const difference = computed.minus(stated);
  const status = statusOf(difference, tolerance);
  ctx.step({
    citations: [row.citation, text.citation],
    params: [baselineOf(row), baselineOf(text)],
    value: status,
    // The text's figure as the parameter in force gives it (printed in 万 in the plan), so a reform shows through.
    zh: `表1 ${ctx.show(baselineOf(row), 'zh')} 对照正文 ${ctx.show(baselineOf(text), 'zh')}（原文 ${printed(text.id)}）：${status}`,
    en: `表1 ${ctx.show(baselineOf(row), 'en')} against the text’s ${ctx.show(baselineOf(text), 'en')} (printed ${printed(text.id)}): ${status}`,
  });
  const description = `表1’s ${computed.toFixed()} against the text’s ${stated.toFixed()} (printed ${printed(text.id)})`;
  return { id, status, description, stated, computed, difference, citations: [row.citation, text.citation] };
}

const note = (
  id: string,
  description: string,
  citations: readonly Citation[],
  status: Table1AuditStatus = 'note',
): Table1AuditCheck => ({
  id,
  status,
  description,
  stated: null,
  computed: null,
  difference: null,
  citations,
});

/** A target's baseline as printed. */
function printed(id: string): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: every target this file names has a baseline, so `?.` and the fallback are never reached
  return target(id).baseline?.printed ?? '';
}
/** A target's first figure as printed. */
// Stryker disable next-line OptionalChaining,StringLiteral: the resettlement rows named here have one figure each
const firstPrinted = (id: string): string => target(id).figures[0]?.printed ?? '';

function notes(): Table1AuditCheck[] {
  const sites = firstPrinted('resettlementSites');
  const area = firstPrinted('resettlementFloorArea');
  return [
    note(
      'notCheckable/relocatedPoorPeople',
      `表1’s ${printed('relocatedPoorPeople')} people to relocate: the text gives no headcount to check it against ` +
        `(chapter 4 gives ${sites} sites and ${area}, not people).`,
      [target('relocatedPoorPeople').citation, target('resettlementSites').citation],
      'notCheckable',
    ),
    note(
      'notCheckable/twelfthPlan',
      `The preface’s ${printed('twelfthPlanPeopleReduced')} people lifted out and ${printed('twelfthPlanIncidence')} ` +
        'incidence (2011–2015) come without a rural population to check them against.',
      [target('twelfthPlanPeopleReduced').citation, target('twelfthPlanIncidence').citation],
      'notCheckable',
    ),
    note(
      'note/deadlines',
      'The last village and county exits are in 表1’s 2019 column, as the text’s “力争到 2019 年末基本完成” asks; 全部解决 ' +
        'sits in 2018 as chapter 4’s “到 2018 年” does; the dilapidated-house and water rows in 2017 as chapter 10 dates them.',
      [
        target('campaignBasicallyComplete').citation,
        cite({ chapter: 4, quote: '到 2018 年，完成全省易地搬迁脱贫工作' }),
      ],
    ),
  ];
}

/**
 * Audits 表1 against itself and the text, as the budget audit does chapter 11: 663 + 511 + 315 = 1,489
 * villages; 0 + 4 + 11 = 15 counties; 166,854 + 140,266 + 87,314 against 700,739 (not checkable: no 2016
 * column); 700,739 against the preface's 70.1万 (within rounding: one decimal of 万 is ±500); 1,489 and 15
 * against the preface; the provincial fund's 1 + 2 + 3 + 4 + 5 = 15亿元; and notes of what cannot be checked.
 *
 * @example
 * ```ts
 * auditTable1().checks.find((c) => c.id === 'sum/poorVillageExits')?.status //=> 'agrees'
 * ```
 */
export function auditTable1(
  options?: EvaluationOptions,
): RuleResult<{ checks: readonly Table1AuditCheck[]; counts: Readonly<Record<Table1AuditStatus, number>> }> {
  const ctx = openEvaluation(SPEC, options, null);
  const zero = new Dec(0);
  const checks = [
    sumCheck(ctx, 'sum/poorVillageExits', target('poorVillageExits')),
    sumCheck(ctx, 'sum/poorCountyExits', target('poorCountyExits')),
    peopleCheck(ctx),
    textCheck(ctx, 'text/scopeVillages', target('poorVillageExits'), target('scopeVillages'), zero),
    textCheck(ctx, 'text/scopeCounties', target('poorCountyExits'), target('scopeCounties'), zero),
    textCheck(ctx, 'text/scopePeople', target('poorPeopleExits'), target('scopePeople'), new Dec(500)),
    fundCheck(ctx),
    ...notes(),
  ];
  const counts: Record<Table1AuditStatus, number> = {
    agrees: 0,
    withinRounding: 0,
    material: 0,
    notCheckable: 0,
    note: 0,
  };
  for (const c of checks) counts[c.status] += 1;
  return ctx.finish({ checks, counts });
}

/** 从2016年起连续5年每年增加1亿元（5年共计15亿元）: the increases accumulate, 1 + 2 + 3 + 4 + 5 = 15. */
function fundCheck(ctx: RuleContext): Table1AuditCheck {
  const perYear = target('provincialFundIncreasePerYear');
  const total = target('provincialFundIncreaseTotal');
  const step = ctx.decimal(firstParam(perYear));
  const years = perYear.figures.length;
  let computed = new Dec(0);
  for (let n = 1; n <= years; n += 1) computed = computed.plus(step.times(n));
  const stated = ctx.decimal(firstParam(total));
  const difference = computed.minus(stated);
  const status = statusOf(difference, new Dec(0));
  const terms = Array.from({ length: years }, (_, n) => step.times(n + 1).toFixed()).join(' + ');
  ctx.step({
    citations: [perYear.citation],
    params: [firstParam(perYear), firstParam(total)],
    value: status,
    zh: `省级财政专项扶贫资金逐年累计增加：${terms} = ${computed.toFixed()} 亿元，对照“共计 ${stated.toFixed()} 亿元”：${status}`,
    en: `provincial fund, increases accumulating: ${terms} = ${computed.toFixed()} 亿元 against the stated ${stated.toFixed()}: ${status}`,
  });
  return {
    id: 'text/provincialFundIncrease',
    status,
    description: `The yearly increase accumulates over ${String(years)} years: ${terms} = ${computed.toFixed()} 亿元 against the stated ${stated.toFixed()}`,
    stated,
    computed,
    difference,
    citations: [perYear.citation],
  };
}
