import type { BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import type { BilingualText } from '../core/evaluation.js';
import { defineParam, type Param, type ParamUnit } from '../core/param.js';

/**
 * How a target figure is stated.
 * - `numeric`: a number, with the plan's limit word where it writes one (`以上`, `不少于`, `≥`); a bare number
 *   (表1's cells, "推进 359 个") has `bound: null` and takes the reading of `targets.bareFigureDirection`.
 * - `approximate`: a number with 左右 ("30 名左右", "90% 左右"): see `targets.approximateFigures`.
 * - `relative`: a comparison with a figure the plan does not give ("高于全国平均水平"): the caller supplies it.
 * - `qualitative`: words only ("实现全面脱贫", "全部解决", "基本解决"): not assessable from a number.
 */
export type TargetFigureKind = 'numeric' | 'approximate' | 'relative' | 'qualitative';

/** One target of an indicator for one year. */
export interface TargetFigure {
  /** The year the figure is for (its deadline is that year's end: `targets.deadlineDay`). */
  readonly year: number;
  /** Whether the plan states the year; an undated figure is due at the plan's end (`targets.undatedDeadline`). */
  readonly dated: boolean;
  /** 表1: a row's only target cell, whose column position is read by `targets.table1Columns`. */
  readonly singleCell: boolean;
  readonly kind: TargetFigureKind;
  /** As the plan prints it: `166854`, `实现全面脱贫`, `≥5`, `1000 个以上`. */
  readonly printed: string;
  /** The id of the parameter holding the number (numeric and approximate figures); null otherwise. */
  readonly param: string | null;
  /** The number in the parameter's unit (a rate as a fraction: `0.82`); null for words. */
  readonly value: string | null;
  /** The plan's limit word; null where it writes none. A relative figure compares with `高于`. */
  readonly bound: BoundTerm | null;
  /** What the figure asks, in the plan's words and in English. */
  readonly meaning: BilingualText;
  /** For a relative figure: what the observation is compared with (the caller supplies it). */
  readonly reference: BilingualText | null;
}

/** 表1's 属性: 约束性 (binding) or 预期性 (anticipatory). */
export type TargetAttribute = 'binding' | 'anticipatory';

/** An indicator of the plan: its baseline, its targets by year, and where the plan states them. */
export interface Target {
  /** Stable id, camelCase (`poorVillageExits`). */
  readonly id: string;
  /** 表1 (part 1 or 2) or the text of a chapter. */
  readonly source: 'table1' | 'text';
  /** 表1 is printed in two parts (the header repeats); null for the text. */
  readonly part: 1 | 2 | null;
  /** `target`, or `context` for figures the plan states as results or scope (nothing to assess). */
  readonly role: 'target' | 'context';
  readonly name: BilingualText;
  /** The unit as the plan prints it (`人`, `%`, `万元`). */
  readonly unit: BilingualText;
  /** The unit of the parameters (a `%` is a `rate`: 82% is 0.82). */
  readonly paramUnit: ParamUnit;
  /** Recurring every year of the plan ("每年"). */
  readonly perYear: boolean;
  /** The 2015 baseline (表1's 基数) or the context figure; null where the plan prints none (`—`). */
  readonly baseline: {
    readonly year: number;
    readonly printed: string;
    readonly value: string;
    readonly param: string;
  } | null;
  readonly figures: readonly TargetFigure[];
  /** 表1's 属性; null for the text. */
  readonly attribute: TargetAttribute | null;
  /** 表1's 数据来源 (the responsible department); null for the text. */
  readonly department: BilingualText | null;
  /** Where the plan states it (a verbatim quote). */
  readonly citation: Citation;
}

/** What the authoring helper takes for one figure. */
export interface FigureSpec {
  readonly year?: number;
  readonly kind?: TargetFigureKind;
  readonly printed: string;
  readonly value?: string;
  readonly bound?: BoundTerm;
  readonly singleCell?: boolean;
  readonly meaning?: BilingualText;
  readonly reference?: BilingualText;
}

/** What the authoring helper takes for one target. */
export interface TargetSpec {
  readonly id: string;
  readonly source?: 'table1' | 'text';
  readonly part?: 1 | 2;
  readonly role?: 'target' | 'context';
  readonly name: BilingualText;
  readonly unit: BilingualText;
  readonly paramUnit: ParamUnit;
  readonly counter?: BilingualText;
  readonly perYear?: boolean;
  readonly baseline?: { readonly year?: number; readonly printed: string; readonly value: string };
  readonly figures?: readonly FigureSpec[];
  readonly attribute?: TargetAttribute;
  readonly department?: BilingualText;
  readonly citation: Citation;
}

/** The plan's years (2016–2020), for a figure it repeats every year. */
export const PLAN_YEARS = /* @__PURE__ */ Object.freeze([2016, 2017, 2018, 2019, 2020] as const);
const PLAN_END_YEAR = 2020;

function paramFor(spec: TargetSpec, id: string, value: string, what: string, bound?: BoundTerm): Param {
  return defineParam({
    id: `targets.${id}`,
    area: 'targets',
    title: { zh: `${spec.name.zh}（${what}）`, en: `${spec.name.en} (${what})` },
    unit: spec.paramUnit,
    ...(spec.counter === undefined ? {} : { counter: spec.counter }),
    ...(bound === undefined ? {} : { bound }),
    citation: spec.citation,
    versions: [{ from: null, value }],
  });
}

function figuresOf(spec: TargetSpec, params: Param[]): TargetFigure[] {
  const out: TargetFigure[] = [];
  for (const f of spec.figures ?? []) {
    const kind = f.kind ?? 'numeric';
    const value = f.value;
    const hasNumber = value !== undefined && (kind === 'numeric' || kind === 'approximate');
    const dated = f.year !== undefined;
    const years: readonly number[] = spec.perYear === true ? PLAN_YEARS : [f.year ?? PLAN_END_YEAR];
    const paramId = spec.perYear === true ? `${spec.id}PerYear` : `${spec.id}${String(years[0])}`;
    if (hasNumber) {
      params.push(paramFor(spec, paramId, value, spec.perYear === true ? '每年' : String(years[0]), f.bound));
    }
    for (const year of years) {
      out.push({
        year,
        dated: dated || spec.perYear === true,
        singleCell: f.singleCell ?? false,
        kind,
        printed: f.printed,
        param: hasNumber ? `targets.${paramId}` : null,
        value: f.value ?? null,
        bound: f.bound ?? (kind === 'relative' ? '高于' : null),
        meaning: f.meaning ?? { zh: f.printed, en: f.printed },
        reference: f.reference ?? null,
      });
    }
  }
  return out;
}

/**
 * Builds a target and the parameters of its figures (one per baseline and per numeric figure,
 * `targets.<id>Baseline`, `targets.<id><year>` or `targets.<id>PerYear`), appending them to `params`.
 */
export function defineTarget(spec: TargetSpec, params: Param[]): Target {
  const baseline =
    spec.baseline === undefined
      ? null
      : {
          year: spec.baseline.year ?? 2015,
          printed: spec.baseline.printed,
          value: spec.baseline.value,
          param: `targets.${spec.id}Baseline`,
        };
  if (spec.baseline !== undefined) {
    params.push(paramFor(spec, `${spec.id}Baseline`, spec.baseline.value, String(baseline?.year ?? 2015)));
  }
  return {
    id: spec.id,
    // Stryker disable next-line StringLiteral: both builders (table1Targets, textTargets) pass `source`, so the fallback is never evaluated
    source: spec.source ?? 'text',
    part: spec.part ?? null,
    role: spec.role ?? 'target',
    name: spec.name,
    unit: spec.unit,
    paramUnit: spec.paramUnit,
    perYear: spec.perYear ?? false,
    baseline,
    figures: figuresOf(spec, params),
    attribute: spec.attribute ?? null,
    department: spec.department ?? null,
    citation: spec.citation,
  };
}
