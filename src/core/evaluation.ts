import type { Decimal } from 'decimal.js';
import type { Citation } from './citation.js';
import { parsePlainDate, type PlainDate } from './dates.js';
import { Dec } from './decimal.js';
import { refuse } from './errors.js';
import { deepFreeze } from './freeze.js';
import { Money } from './money.js';
import {
  canonicalParamValue,
  formatParamLimit,
  formatParamValue,
  PLAN_START,
  paramValueProblem,
  versionOn,
  type Param,
  type ParamSource,
  type ParamUse,
} from './param.js';
import { readingKey, readingsFor, type ResolvedReadings } from './readings.js';
import type { Interpretation } from './registry.js';
import { nearest } from './suggest.js';

/**
 * The rule contract every evaluating function of the package follows:
 *
 * - it takes `(input, options?)`, or `(input, local, options?)` where the rule needs figures the plan leaves to a
 *   locality (a county scheme, a local Dibao standard, a local subsidy rate), always in that second position;
 * - `options` is an {@link EvaluationOptions}: `readings` (the interpretations it applies), `overrides` (a reform:
 *   parameter id → value) and `regime` (force the plan's or the baseline figures);
 * - the input's date (where it has one) selects the parameters in force (`core.planEffectiveDate`);
 * - it returns its figures plus the {@link Evaluation} envelope: `ruleId`, `date`, `regime`, `citations`,
 *   `readings`, `params` used and a bilingual `trace`.
 */

/** Which figures apply: the plan's, or those before it (the baseline the plan states). */
export type Regime = 'plan' | 'baseline';

/** A value recorded in a trace (amounts and rates as strings, so JSON keeps them exactly). */
export type TraceValue = string | number | boolean | null;

/** A sentence in the plan's language and in English. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

/**
 * One step of an evaluation: a rule applied, where the plan says it, the parameters it used, what went in
 * and what came out, in Chinese and English.
 */
export interface TraceStep<P extends string = string> {
  /** The rule the step applies. */
  readonly ruleId: string;
  /** Where the plan says it (empty only for pure arithmetic). */
  readonly citations: readonly Citation[];
  /** Ids of the parameters the step used (their values are in the result's `params`). */
  readonly params: readonly string[];
  /** The step's inputs, by name. */
  readonly inputs: Readonly<Record<string, TraceValue>>;
  /** The money the step computes, where it computes money; null otherwise. */
  readonly amount: Money | null;
  /** The step's non-money outcome (a test's answer, a date, a ratio); null where it computes money. */
  readonly value: TraceValue;
  /** Who pays `amount`, for a step that pays a share of something (medical payers, `'patient'`); else null. */
  readonly payer: P | null;
  readonly text: BilingualText;
}

/** The envelope every evaluating function returns beside its own figures. */
export interface Evaluation<P extends string = string> {
  /** The rule evaluated. */
  readonly ruleId: string;
  /** The date that selected the parameters (the input's date), or null for a rule without one. */
  readonly date: PlainDate | null;
  /** Whose figures applied. */
  readonly regime: Regime;
  /** Where the plan states the rule. */
  readonly citations: readonly Citation[];
  /** The reading applied for each interpretation of the rule, keyed by its short name (`areaCapBasis`). */
  readonly readings: ResolvedReadings;
  /** Every parameter the evaluation used, with the value in force and where it came from. */
  readonly params: readonly ParamUse[];
  /** How the result was reached, step by step. */
  readonly trace: readonly TraceStep<P>[];
}

/** A rule's figures together with the {@link Evaluation} envelope. */
export type RuleResult<F, P extends string = string> = Readonly<F> & Evaluation<P>;

/** A reform: parameter id → the value to use instead of the plan's (`{ 'housing.areaCapPerPerson': '30' }`). */
export type ParamOverrides = Readonly<Record<string, string | number>>;

/** The options every evaluating function takes. */
export interface EvaluationOptions {
  /** Readings other than the chosen ones, by interpretation short name (`{ areaCapBasis: 'allMembers' }`). */
  readonly readings?: Readonly<Record<string, string>>;
  /** Parameter values to use instead of the plan's: a reform. Only the rule's own parameters may be named. */
  readonly overrides?: ParamOverrides;
  /**
   * Force a regime regardless of the date: `'plan'` (the plan's figures) or `'baseline'` (the figures before
   * the plan). Without it the date decides (`core.planEffectiveDate`); a rule without a date applies the plan.
   */
  readonly regime?: Regime;
  /**
   * The date whose parameters apply, for a case whose input carries no date of its own (a house plan, a
   * budget query): `YYYY-MM-DD`. Where the input has a date, that date applies and this must equal it or be absent.
   */
  readonly date?: PlainDate;
}

/** What an evaluating function declares about itself: its rule, citations, parameters and interpretations. */
export interface RuleSpec {
  readonly ruleId: string;
  readonly citations: readonly Citation[];
  /** Every parameter the function may read (an override may name only these). */
  readonly params: readonly Param[];
  /** Every interpretation the function applies (its `options.readings` keys). */
  readonly interpretations: readonly Interpretation[];
  /** Further option keys the function validates itself (besides readings, overrides and regime). */
  readonly optionKeys?: readonly string[];
}

/** Defines a rule spec, frozen (specs are module-level constants). */
/* @__NO_SIDE_EFFECTS__ */
export function defineRuleSpec(spec: RuleSpec): RuleSpec {
  return Object.freeze({
    ...spec,
    citations: Object.freeze([...spec.citations]),
    params: Object.freeze([...spec.params]),
    interpretations: Object.freeze([...spec.interpretations]),
    ...(spec.optionKeys === undefined ? {} : { optionKeys: Object.freeze([...spec.optionKeys]) }),
  });
}

const CONTRACT_KEYS = ['readings', 'overrides', 'regime', 'date'];
const REGIMES: readonly Regime[] = ['plan', 'baseline'];
const DAY_BEFORE_PLAN = '2015-12-31';

/** Validates an overrides object against the rule's parameters; returns id → canonical value. */
function parseOverrides(spec: RuleSpec, given: unknown): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (given === undefined) return out;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    return refuse(spec.ruleId, 'options.overrides', given, 'must be an object of parameter id → value');
  }
  const byId = new Map(spec.params.map((p) => [p.id, p]));
  for (const id of Object.keys(given)) {
    const param = byId.get(id);
    const value = (given as Record<string, unknown>)[id];
    if (param === undefined) {
      refuse(
        spec.ruleId,
        `options.overrides.${id}`,
        value,
        `is not a parameter of ${spec.ruleId}`,
        'unknown_param',
        nearest(id, [...byId.keys()]),
      );
    }
    const problem = paramValueProblem(param.unit, value);
    if (problem !== undefined)
      refuse(spec.ruleId, `options.overrides.${id}`, value, problem, 'invalid_value');
    out.set(id, canonicalParamValue(param.unit, value as string | number));
  }
  return out;
}

/**
 * An evaluation under way: the resolved readings, overrides and regime, the parameters read so far and the
 * trace. Each evaluating function opens one with {@link openEvaluation}, reads its parameters through it (so
 * every figure used is recorded with its source) and ends with {@link RuleContext.finish}.
 */
export class RuleContext<P extends string = string> {
  readonly spec: RuleSpec;
  readonly date: PlainDate | null;
  readonly regime: Regime;
  readonly readings: ResolvedReadings;
  readonly #overrides: ReadonlyMap<string, string>;
  readonly #used = new Map<string, ParamUse>();
  readonly #trace: TraceStep<P>[] = [];

  constructor(
    spec: RuleSpec,
    readings: ResolvedReadings,
    overrides: ReadonlyMap<string, string>,
    regime: Regime | undefined,
    date: PlainDate | null,
  ) {
    this.spec = spec;
    this.date = date;
    this.readings = readings;
    this.#overrides = overrides;
    // A case without a date is read as on the plan's first day (the plan applies).
    this.regime = regime ?? ((date ?? PLAN_START) < PLAN_START ? 'baseline' : 'plan');
  }

  /** The value of `param` in force for this evaluation (an override, else the version the regime and date select). */
  use(param: Param): ParamUse {
    const seen = this.#used.get(param.id);
    if (seen !== undefined) return seen;
    const use = this.#resolve(param);
    this.#used.set(param.id, use);
    return use;
  }

  #resolve(param: Param): ParamUse {
    const base = {
      id: param.id,
      unit: param.unit,
      citation: param.citation,
      ...(param.bound === undefined ? {} : { bound: param.bound }),
    };
    const override = this.#overrides.get(param.id);
    if (override !== undefined)
      return Object.freeze({ ...base, value: override, from: null, source: 'override' });
    // The day whose version applies: the case's date, clamped into the regime's period (a case without a
    // date is read as on the plan's first day).
    const date = this.date ?? PLAN_START;
    const baseline = this.regime === 'baseline';
    const on = date < PLAN_START ? (baseline ? date : PLAN_START) : baseline ? DAY_BEFORE_PLAN : date;
    const version = versionOn(param, on);
    if (version === undefined) {
      // A parameter without a value for the regime asked: a gap in this library's data, not a caller's error.
      throw new Error(`param ${param.id} has no value in force on ${on} (${this.regime})`);
    }
    // A version from null (any earlier date) is not a plan version.
    const hasPlanVersion = param.versions.some((v) => (v.from ?? DAY_BEFORE_PLAN) >= PLAN_START);
    const source: ParamSource =
      hasPlanVersion && (version.from === null || version.from < PLAN_START) ? 'baseline' : 'plan';
    return Object.freeze({
      ...base,
      value: version.value,
      from: version.from,
      source,
      ...(version.citation === undefined ? {} : { citation: version.citation }),
    });
  }

  /** The parameter's value as an exact Decimal. */
  decimal(param: Param): Decimal {
    return new Dec(this.use(param).value);
  }

  /** The parameter's value as Money (a `yuan` parameter). */
  money(param: Param): Money {
    return Money.of(this.use(param).value);
  }

  /** The parameter's value as a whole number (counts, months, years). */
  integer(param: Param): number {
    return Number(this.use(param).value);
  }

  /** The parameter's value as a date (`YYYY-MM-DD`). */
  plainDate(param: Param): PlainDate {
    return this.use(param).value;
  }

  /** The parameter's value rendered with its unit, for a trace sentence: `5 个百分点` / `5 percentage points`. */
  show(param: Param, lang: 'zh' | 'en'): string {
    return formatParamValue(param, this.use(param).value, lang);
  }

  /** The parameter's value with its limit word: `不超过 25 平方米/人` / `not more than 25 m² per person`. */
  showLimit(param: Param, lang: 'zh' | 'en'): string {
    return formatParamLimit(param, this.use(param).value, lang);
  }

  /** The reading applied for an interpretation of this rule (typed by the caller: `ctx.reading<AreaCapBasis>(…)`). */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  reading<R extends string = string>(interpretation: Interpretation): R {
    const value = this.readings[readingKey(interpretation)];
    if (value === undefined) throw new Error(`${this.spec.ruleId} does not declare ${interpretation.id}`);
    return value as R;
  }

  /** Adds a step to the trace; `ruleId` defaults to the rule evaluated, `params` to none. */
  step(step: {
    readonly ruleId?: string;
    readonly citations: readonly Citation[];
    readonly params?: readonly Param[];
    readonly inputs?: Readonly<Record<string, TraceValue>>;
    readonly amount?: Money | null;
    readonly value?: TraceValue;
    readonly payer?: P | null;
    readonly zh: string;
    readonly en: string;
  }): void {
    for (const p of step.params ?? []) this.use(p);
    this.#trace.push(
      Object.freeze({
        ruleId: step.ruleId ?? this.spec.ruleId,
        citations: Object.freeze([...step.citations]),
        params: Object.freeze((step.params ?? []).map((p) => p.id)),
        inputs: Object.freeze({ ...(step.inputs ?? {}) }),
        amount: step.amount ?? null,
        value: step.value ?? null,
        payer: step.payer ?? null,
        text: Object.freeze({ zh: step.zh, en: step.en }),
      }),
    );
  }

  /** The trace so far (for a function that nests another's steps). */
  get trace(): readonly TraceStep<P>[] {
    return this.#trace;
  }

  /** The parameters used so far. */
  get params(): readonly ParamUse[] {
    return [...this.#used.values()];
  }

  /** Ends the evaluation: the figures with the envelope, deep-frozen. */
  finish<F extends object>(figures: F): RuleResult<F, P> {
    return deepFreeze({
      ...figures,
      ruleId: this.spec.ruleId,
      date: this.date,
      regime: this.regime,
      citations: this.spec.citations,
      readings: this.readings,
      params: Object.freeze(this.params),
      trace: Object.freeze([...this.#trace]),
    });
  }
}

/**
 * Opens an evaluation of `spec` on `date` under a caller's `options` ({@link EvaluationOptions} plus any
 * `spec.optionKeys`), validating them: an unknown option, reading or parameter is a `PolicyInputError` for the
 * rule naming `options.<field>`. The one place defaults are applied: readings from the registry
 * ({@link readingsFor}), parameters from their dated versions.
 */
export function openEvaluation<P extends string = string>(
  spec: RuleSpec,
  options: unknown,
  date: PlainDate | null,
): RuleContext<P> {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    return refuse(spec.ruleId, 'options', options, 'must be an options object');
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const allowed = spec.optionKeys === undefined ? CONTRACT_KEYS : [...CONTRACT_KEYS, ...spec.optionKeys];
  for (const key of Object.keys(given)) {
    if (!allowed.includes(key)) {
      refuse(
        spec.ruleId,
        `options.${key}`,
        given[key],
        'is not an option of this rule (misspelt?)',
        'unrecognized_keys',
        nearest(key, allowed),
      );
    }
  }
  const regime = given.regime;
  if (regime !== undefined && !REGIMES.includes(regime as Regime)) {
    refuse(spec.ruleId, 'options.regime', regime, "must be 'plan' or 'baseline'", 'invalid_value');
  }
  if (date !== null && parsePlainDate(date) === undefined) {
    refuse(spec.ruleId, 'date', date, 'must be a calendar date as YYYY-MM-DD');
  }
  // Checked before use: parsePlainDate is undefined for anything but a real YYYY-MM-DD string (a number too).
  const optionDate = given.date as PlainDate | undefined;
  if (optionDate !== undefined) {
    if (parsePlainDate(optionDate) === undefined) {
      refuse(spec.ruleId, 'options.date', optionDate, 'must be a calendar date as YYYY-MM-DD');
    }
    if (date !== null && optionDate !== date) {
      refuse(
        spec.ruleId,
        'options.date',
        optionDate,
        `must equal the input's own date (${date}) or be left out`,
        'conflict',
      );
    }
  }
  return new RuleContext<P>(
    spec,
    readingsFor(spec.ruleId, spec.interpretations, given.readings),
    parseOverrides(spec, given.overrides),
    regime as Regime | undefined,
    date ?? optionDate ?? null,
  );
}
