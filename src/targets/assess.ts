import type { Decimal } from 'decimal.js';
import { BOUND_TERMS, meetsBound, type BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import type { PlainDate } from '../core/dates.js';
import { parseInput, refuse } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type BilingualText,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { formatParamValue } from '../core/param.js';
import { nearest } from '../core/suggest.js';
import { TARGETS_RULE_IDS } from './ids.js';
import {
  APPROXIMATE_FIGURES,
  BARE_FIGURE_DIRECTION,
  DEADLINE_DAY,
  TABLE1_COLUMNS,
  UNDATED_DEADLINE,
} from './interpretations.js';
import type { Target, TargetFigure, TargetFigureKind } from './model.js';
import { PLAN_END_DATE, TARGET_FIGURE_PARAMS, TARGETS, targetParam } from './params.js';
import { TABLE_1_TITLE } from './table1.js';
import {
  asOfSchema,
  targetObservationSchema,
  targetReportSchema,
  type TargetObservationInput,
  type TargetReportInput,
} from './schema.js';

const RULE = TARGETS_RULE_IDS.assess;
const SPEC = defineRuleSpec({
  ruleId: RULE,
  citations: [TABLE_1_TITLE],
  params: [...TARGET_FIGURE_PARAMS, PLAN_END_DATE],
  interpretations: [
    TABLE1_COLUMNS,
    BARE_FIGURE_DIRECTION,
    APPROXIMATE_FIGURES,
    DEADLINE_DAY,
    UNDATED_DEADLINE,
  ],
});

/** How a target stands on a date. */
export type TargetStatus = 'met' | 'notMet' | 'notYetDue' | 'notAssessable';

/** One target assessed: which figure, when due, the limit word applied, and the outcome. */
export interface TargetAssessment {
  readonly targetId: string;
  readonly name: BilingualText;
  /** The year of the figure assessed (null for a context figure). */
  readonly year: number | null;
  /** The day the figure is due (null for a context figure). */
  readonly due: PlainDate | null;
  readonly kind: TargetFigureKind | 'context';
  /** As the plan prints the figure. */
  readonly printed: string | null;
  readonly status: TargetStatus;
  /** The limit word applied (a bare number takes `以上` under `atLeast`); null for an exact or no comparison. */
  readonly bound: BoundTerm | null;
  /** The target number in force (after any override), in the parameter's unit; null for words. */
  readonly target: string | null;
  readonly observed: string | null;
  readonly reference: string | null;
  /** Why, in Chinese and English. */
  readonly reason: BilingualText;
  /** The clause stating the target. */
  readonly clause: Citation;
}

interface Observation {
  readonly value: Decimal | null;
  readonly year?: number | undefined;
  readonly reference?: Decimal | undefined;
}

type Ctx = RuleContext;
const TARGET_IDS = TARGETS.map((t) => t.id);
const byId = new Map(TARGETS.map((t) => [t.id, t]));

function targetOf(id: unknown, path: string): Target {
  if (typeof id !== 'string') return refuse(RULE, path, id, 'must be a target id (see TARGETS)');
  return (
    byId.get(id) ?? refuse(RULE, path, id, 'is not a target id', 'unknown_target', nearest(id, TARGET_IDS))
  );
}

function yearOf(ctx: Ctx, f: TargetFigure): number {
  if (!f.singleCell || ctx.reading(TABLE1_COLUMNS) !== 'planEnd') return f.year;
  return Number(ctx.plainDate(PLAN_END_DATE).slice(0, 4));
}

function dueOf(ctx: Ctx, f: TargetFigure): PlainDate {
  return f.dated || f.singleCell ? `${String(yearOf(ctx, f))}-12-31` : ctx.plainDate(PLAN_END_DATE);
}

/** The figure an observation measures: the named year's, else the latest due by `asOf`, else the first. */
function pickFigure(
  ctx: Ctx,
  t: Target,
  obs: Observation,
  asOf: PlainDate,
  path: string,
): TargetFigure | null {
  if (t.figures.length === 0) return null;
  if (obs.year !== undefined) {
    const named = t.figures.find((f) => yearOf(ctx, f) === obs.year);
    const years = t.figures.map((f) => String(yearOf(ctx, f)));
    return (
      named ??
      refuse(
        RULE,
        `${path}.year`,
        obs.year,
        `is not a year of ${t.id}: ${years.join(', ')}`,
        'unknown_year',
        years,
      )
    );
  }
  // Stryker disable next-line MethodExpression,ArrowFunction: every target lists its figures in due order (one with an undated or single-cell figure has only that one), so sorting changes nothing today; it keeps the rule right for data that would not
  const sorted = [...t.figures].sort((a, b) => dueOf(ctx, a).localeCompare(dueOf(ctx, b)));
  const due = sorted.filter((f) => dueOf(ctx, f) <= asOf);
  return due.at(-1) ?? sorted[0] ?? null;
}

interface Outcome {
  readonly status: TargetStatus;
  readonly bound: BoundTerm | null;
  readonly target: Decimal | null;
  readonly reason: BilingualText;
}

const words = (zh: string, en: string): BilingualText => ({ zh, en });

function compare(ctx: Ctx, t: Target, f: TargetFigure, obs: Observation, path: string): Outcome {
  if (f.kind === 'qualitative') {
    return {
      status: 'notAssessable',
      bound: null,
      target: null,
      reason: words('以文字表述的目标，不能以数值评估', 'a target in words: not assessable from a number'),
    };
  }
  const value = obs.value ?? refuse(RULE, `${path}.value`, obs.value, `${t.id} needs an observed number`);
  if (f.kind === 'relative') {
    // Stryker disable next-line StringLiteral: every relative figure of TARGETS names what it compares with, so the fallback is never shown
    const about = f.reference ?? words('', 'a reference');
    const ref =
      obs.reference ??
      refuse(RULE, `${path}.reference`, undefined, `${t.id} compares with ${about.en}: give it as reference`);
    // Stryker disable next-line LogicalOperator,StringLiteral: every relative figure of TARGETS carries 高于 (defineTarget gives it), so the fallback is never reached
    const relation = f.bound ?? '高于';
    const met = meetsBound(value, relation, ref);
    return {
      status: met ? 'met' : 'notMet',
      bound: relation,
      target: ref,
      reason: words(
        `与${about.zh}比较（高于：不含相等）`,
        `compared with ${about.en} (高于: equal is not enough)`,
      ),
    };
  }
  if (value.isNegative()) refuse(RULE, `${path}.value`, value.toString(), 'must not be negative');
  const param = targetParam(f.param);
  const target = ctx.decimal(param);
  if (f.kind === 'approximate' && ctx.reading(APPROXIMATE_FIGURES) === 'notAssessable') {
    return {
      status: 'notAssessable',
      bound: null,
      target,
      reason: words('“左右”未给出允许范围，不能评估', '左右 gives no tolerance: not assessable'),
    };
  }
  const bound =
    f.bound ?? (f.kind === 'approximate' || ctx.reading(BARE_FIGURE_DIRECTION) === 'atLeast' ? '以上' : null);
  const met = bound === null ? value.eq(target) : meetsBound(value, bound, target);
  const rule =
    f.bound === null
      ? bound === null
        ? words('须恰好等于目标', 'must equal the target exactly')
        : words('无限定词，按“以上”（含本数）', 'no limit word: read as 以上 (inclusive)')
      : words(`限定词“${f.bound}”`, `limit word ${f.bound} (${BOUND_TERMS[f.bound].en})`);
  return { status: met ? 'met' : 'notMet', bound, target, reason: rule };
}

/** A figure not yet due (on `due`): its limit and number, without judging the observation. */
function pending(ctx: Ctx, f: TargetFigure, obs: Observation, due: PlainDate): Outcome {
  const target = f.kind === 'relative' ? (obs.reference ?? null) : ctx.decimal(targetParam(f.param));
  const bound =
    f.bound ?? (f.kind === 'numeric' && ctx.reading(BARE_FIGURE_DIRECTION) === 'atLeast' ? '以上' : null);
  return { status: 'notYetDue', bound, target, reason: words(`${due} 到期`, `due ${due}`) };
}

const STATUS_TEXT: Record<TargetStatus, BilingualText> = {
  met: words('达到', 'met'),
  notMet: words('未达到', 'not met'),
  notYetDue: words('尚未到期', 'not yet due'),
  notAssessable: words('不可评估', 'not assessable'),
};

function shown(t: Target, value: Decimal | null, lang: 'zh' | 'en', paramId: string | null): string {
  if (value === null) return '—';
  if (paramId === null) return t.paramUnit === 'rate' ? `${value.times(100).toFixed()}%` : value.toFixed();
  return formatParamValue(targetParam(paramId), value.toFixed(), lang);
}

function assessOne(ctx: Ctx, t: Target, obs: Observation, asOf: PlainDate, path: string): TargetAssessment {
  const f = pickFigure(ctx, t, obs, asOf, path);
  if (f === null) {
    const reason = words(
      '背景数字（规划的成绩或范围），不是目标',
      'a context figure (a result or the scope of the plan), not a target',
    );
    ctx.step({
      citations: [t.citation],
      inputs: { target: t.id },
      value: 'notAssessable',
      zh: `${t.name.zh}：${reason.zh}`,
      en: `${t.name.en}: ${reason.en}`,
    });
    return {
      targetId: t.id,
      name: t.name,
      year: null,
      due: null,
      kind: 'context',
      // Stryker disable next-line OptionalChaining: every context figure of TARGETS has its printed figure (a baseline)
      printed: t.baseline?.printed ?? null,
      status: 'notAssessable',
      bound: null,
      target: null,
      observed: obs.value?.toString() ?? null,
      reference: null,
      reason,
      clause: t.citation,
    };
  }
  const due = dueOf(ctx, f);
  const year = yearOf(ctx, f);
  const out =
    f.kind !== 'qualitative' && due > asOf ? pending(ctx, f, obs, due) : compare(ctx, t, f, obs, path);
  const reason = out.reason;
  // A relative figure has no parameter (the caller gives the reference): its numbers are shown bare.
  const limitZh = `${out.bound === null ? '' : `${out.bound} `}${shown(t, out.target, 'zh', f.param)}`;
  const limitEn = `${out.bound === null ? '' : `${BOUND_TERMS[out.bound].en} `}${shown(t, out.target, 'en', f.param)}`;
  const obsZh = shown(t, obs.value, 'zh', f.param);
  const obsEn = shown(t, obs.value, 'en', f.param);
  const overridden = f.param !== null && ctx.use(targetParam(f.param)).source === 'override';
  const printed = overridden
    ? words('（改革值）', ' (a reform’s value)')
    : words(`“${f.printed}”`, ` “${f.printed}”`);
  ctx.step({
    citations: [t.citation],
    params: f.param === null ? [] : [targetParam(f.param)],
    inputs: { target: t.id, year, due, asOf, observed: obs.value?.toString() ?? null },
    value: out.status,
    zh: `${t.name.zh}（${String(year)} 年，${due} 到期）：目标${printed.zh}（${limitZh}），观测值 ${obsZh}：${STATUS_TEXT[out.status].zh}（${reason.zh}）`,
    en: `${t.name.en} (${String(year)}, due ${due}): target${printed.en} (${limitEn}), observed ${obsEn}: ${STATUS_TEXT[out.status].en} (${reason.en})`,
  });
  return {
    targetId: t.id,
    name: t.name,
    year,
    due,
    kind: f.kind,
    printed: f.printed,
    status: out.status,
    bound: out.bound,
    target: out.target?.toString() ?? null,
    observed: obs.value?.toString() ?? null,
    reference: obs.reference?.toString() ?? null,
    reason,
    clause: t.citation,
  };
}

function normalise(
  parsed:
    Decimal | null | { value: Decimal | null; year?: number | undefined; reference?: Decimal | undefined },
): Observation {
  if (parsed === null) return { value: null };
  if ('value' in parsed) return parsed;
  return { value: parsed };
}

/**
 * Assesses one target on `asOf`: met, not met, not yet due (the figure's deadline is after `asOf`), or not
 * assessable (a target in words, a 左右 figure under `targets.approximateFigures`, a context figure). The
 * limit word is the plan's (以上/以下/不少于 include; 超过/低于/高于 exclude); a bare number is a floor under
 * `targets.bareFigureDirection`. Rates are fractions (0.82 for 82%).
 *
 * @throws PolicyInputError for an unknown target id (path `id`, with suggestions), an observation that is not a
 *   number or `{ value, year?, reference? }`, a year the target does not have, a relative target without its
 *   reference, or a date that is not `YYYY-MM-DD`.
 * @example
 * ```ts
 * assessTarget('poorVillageExits', { value: 663, year: 2017 }, '2018-01-31').status //=> 'met' (663 以上 663)
 * assessTarget('gridReliability', '0.994', '2020-01-01').status //=> 'met' (99.4% 以上 includes 99.4%)
 * assessTarget('gridReliability', '0.99', '2019-06-30').status //=> 'notYetDue' (due 2019-12-31)
 * ```
 */
export function assessTarget(
  id: string,
  observed: TargetObservationInput,
  asOf: PlainDate,
  options?: EvaluationOptions,
): RuleResult<{ assessment: TargetAssessment }> {
  const target = targetOf(id, 'id');
  const obs = normalise(parseInput(RULE, targetObservationSchema, observed, 'observed'));
  const date = parseInput(RULE, asOfSchema, asOf, 'asOf');
  const ctx = openEvaluation(SPEC, options, date);
  return ctx.finish({ assessment: assessOne(ctx, target, obs, date, 'observed') });
}

/** The counts of a report's assessments by status. */
export type TargetStatusCounts = Readonly<Record<TargetStatus, number>>;

/**
 * Assesses a whole report: each observation `{ target, value, year?, reference? }` against its target on
 * `asOf`, with the counts by status. One envelope; one trace step per observation.
 *
 * @example
 * ```ts
 * assessTargets([{ target: 'poorCountyExits', value: 4, year: 2018 }, { target: 'gridReliability', value: '0.99' }], '2020-01-01').counts
 * //=> { met: 1, notMet: 1, notYetDue: 0, notAssessable: 0 }
 * ```
 */
export function assessTargets(
  observations: TargetReportInput,
  asOf: PlainDate,
  options?: EvaluationOptions,
): RuleResult<{ assessments: readonly TargetAssessment[]; counts: TargetStatusCounts }> {
  const report = parseInput(RULE, targetReportSchema, observations, 'observations');
  const date = parseInput(RULE, asOfSchema, asOf, 'asOf');
  const entries = report.map((o, i) => ({
    o,
    t: targetOf(o.target, `observations[${String(i)}].target`),
  }));
  const ctx = openEvaluation(SPEC, options, date);
  const assessments = entries.map(({ o, t }, i) => assessOne(ctx, t, o, date, `observations[${String(i)}]`));
  const counts: Record<TargetStatus, number> = { met: 0, notMet: 0, notYetDue: 0, notAssessable: 0 };
  for (const a of assessments) counts[a.status] += 1;
  return ctx.finish({ assessments, counts });
}
