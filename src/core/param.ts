import { BOUND_TERMS, type BoundTerm } from './bounds.js';
import type { Citation } from './citation.js';
import { parsePlainDate, type PlainDate } from './dates.js';
import { toDecimal } from './decimal.js';
import type { BilingualTitle, PolicyArea } from './registry.js';

/**
 * The day the plan's figures take effect in this library: the first day of its period, 2016–2020
 * (interpretation `core.planEffectiveDate`). Before it, a parameter takes its baseline value where the plan
 * states one (the 10,000 yuan critical-illness deductible "由 1 万元").
 */
export const PLAN_START: PlainDate = '2016-01-01';

/** The last day of the plan's period (规划期 2016—2020). */
export const PLAN_END: PlainDate = '2020-12-31';

/**
 * The units a parameter is stated in, with how its value is written in Chinese and English and what kind of
 * value it holds (which decides how an override is validated).
 * - `money`: yuan, exact to the fen; `decimal`: any finite decimal ≥ 0 (`percent` is one: 200 for 200%, where a
 *   figure may exceed 100%); `rate`: a fraction in [0, 1];
 *   `integer`: a whole number ≥ 0; `date`: `YYYY-MM-DD`.
 */
export const PARAM_UNITS = /* @__PURE__ */ Object.freeze({
  yuan: Object.freeze({ kind: 'money', zh: '元', en: 'yuan' }),
  yi: Object.freeze({ kind: 'decimal', zh: '亿元', en: '亿元 (100 million yuan)' }),
  wanYuan: Object.freeze({ kind: 'decimal', zh: '万元', en: '万元 (10,000 yuan)' }),
  rate: Object.freeze({ kind: 'rate', zh: '', en: '' }),
  percent: Object.freeze({ kind: 'decimal', zh: '%', en: '%' }),
  percentagePoints: Object.freeze({ kind: 'decimal', zh: '个百分点', en: 'percentage points' }),
  m2: Object.freeze({ kind: 'decimal', zh: '平方米', en: 'm²' }),
  m2PerPerson: Object.freeze({ kind: 'decimal', zh: '平方米/人', en: 'm² per person' }),
  mu: Object.freeze({ kind: 'decimal', zh: '亩', en: 'mu' }),
  km: Object.freeze({ kind: 'decimal', zh: '公里', en: 'km' }),
  months: Object.freeze({ kind: 'integer', zh: '个月', en: 'months' }),
  years: Object.freeze({ kind: 'integer', zh: '年', en: 'years' }),
  year: Object.freeze({ kind: 'integer', zh: '年', en: '' }),
  count: Object.freeze({ kind: 'integer', zh: '', en: '' }),
  date: Object.freeze({ kind: 'date', zh: '', en: '' }),
} as const);

/** A unit of a parameter; see {@link PARAM_UNITS}. */
export type ParamUnit = keyof typeof PARAM_UNITS;
/** What kind of value a parameter holds. */
export type ParamKind = (typeof PARAM_UNITS)[ParamUnit]['kind'];

/**
 * One value of a parameter and the day it takes effect. A version stays in force until the next version's
 * `from`; `from: null` means "from any earlier date" (the baseline before the plan, or a figure that does not
 * depend on the date).
 */
export interface ParamVersion {
  readonly from: PlainDate | null;
  /** The value as an exact string: a decimal (`'6000'`, `'0.05'`) or, for a date parameter, `YYYY-MM-DD`. */
  readonly value: string;
  /** Where the plan states this value, where that differs from the parameter's own citation. */
  readonly citation?: Citation;
  /** Why this version, in English (`'before the plan: 1 万元'`). */
  readonly note?: string;
}

/**
 * A figure the plan fixes, as dated, cited data (OpenFisca's parameters are the model): the number, its unit,
 * the limit word where it is a limit (不超过, 超过, 低于, …), the clause that states it and the periods it is in
 * force. Formulas and trace texts read values from parameters, never from literals, so a reform (an override)
 * changes results and explanations together.
 */
export interface Param {
  /** Stable id, `area.camelCase` (`medical.upliftPoints`). */
  readonly id: string;
  readonly area: PolicyArea;
  readonly title: BilingualTitle;
  readonly unit: ParamUnit;
  /** For a count: what is counted (`{ zh: '项', en: 'items' }`), so a value renders as "23 项" / "23 items". */
  readonly counter?: BilingualTitle;
  /** The plan's limit word, where the parameter is a limit, applied through `meetsBound`. */
  readonly bound?: BoundTerm;
  /** Where the plan states it; a verbatim quote. */
  readonly citation: Citation;
  /** Its values in date order; at least one. */
  readonly versions: readonly ParamVersion[];
}

/** Where a value in force came from. */
export type ParamSource = 'plan' | 'baseline' | 'override';

/** A parameter as a rule used it: the value in force on the rule's date, and where that value came from. */
export interface ParamUse {
  readonly id: string;
  readonly value: string;
  readonly unit: ParamUnit;
  readonly bound?: BoundTerm;
  /** The day the version applied took effect (null: any earlier date; an override has none). */
  readonly from: PlainDate | null;
  readonly source: ParamSource;
  readonly citation: Citation;
}

const PARAM_ID = /^[a-z]+\.[a-z][A-Za-z0-9]*$/u;

/**
 * Checks a value against a unit's kind; returns the reason it fails, or undefined. Used for the library's
 * own definitions and for a caller's overrides.
 */
export function paramValueProblem(unit: ParamUnit, value: unknown): string | undefined {
  const kind = PARAM_UNITS[unit].kind;
  if (kind === 'date') {
    // parsePlainDate refuses a non-string itself (20201231, null): no typeof test of our own.
    return parsePlainDate(value as string) === undefined
      ? 'must be a calendar date as YYYY-MM-DD'
      : undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return 'must be a decimal string or number';
  const d = toDecimal(value);
  if (d === undefined) return 'must be a finite decimal number';
  if (d.isNegative()) return 'must not be negative';
  if (kind === 'rate' && d.gt(1)) return 'must be a rate in [0, 1] (0.7 for 70%)';
  if (kind === 'integer' && !d.isInteger()) return 'must be a whole number';
  if (kind === 'money' && d.decimalPlaces() > 2) return 'must be exact to the fen (at most two decimals)';
  return undefined;
}

/**
 * Canonical string of a valid value (`5`, `0.05`, `2020-12-31`): decimals in plain notation; a date (which
 * is never a decimal) as it is.
 */
export function canonicalParamValue(_unit: ParamUnit, value: string | number): string {
  return toDecimal(value)?.toFixed() ?? String(value);
}

/**
 * Defines a parameter, frozen. Throws a plain `Error` on a malformed definition (a bug in this library,
 * caught by its tests): a bad id, no version, versions out of date order, or a value its unit refuses.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineParam(param: Param): Param {
  if (!PARAM_ID.test(param.id) || !param.id.startsWith(`${param.area}.`)) {
    throw new Error(`param id ${JSON.stringify(param.id)} is not of the form ${param.area}.camelCase`);
  }
  if (param.versions.length === 0) throw new Error(`param ${param.id} has no value`);
  if (param.bound !== undefined && !Object.hasOwn(BOUND_TERMS, param.bound)) {
    throw new Error(`param ${param.id} has an unknown limit word ${param.bound}`);
  }
  for (const [i, v] of param.versions.entries()) {
    const problem = paramValueProblem(param.unit, v.value);
    if (problem !== undefined) throw new Error(`param ${param.id} version ${i}: ${v.value} ${problem}`);
    if (v.from !== null && parsePlainDate(v.from) === undefined) {
      throw new Error(`param ${param.id} version ${i}: from ${v.from} is not a date`);
    }
    // Only the first version may be `from: null` ("any earlier date"), which sorts before every date ('').
    const before = param.versions[i - 1];
    if (before !== undefined && (v.from === null || v.from <= (before.from ?? ''))) {
      throw new Error(`param ${param.id}: versions must be in strictly increasing date order`);
    }
  }
  return Object.freeze({
    ...param,
    title: Object.freeze({ ...param.title }),
    ...(param.counter === undefined ? {} : { counter: Object.freeze({ ...param.counter }) }),
    versions: Object.freeze(param.versions.map((v) => Object.freeze({ ...v }))),
  });
}

/**
 * The version of `param` in force on `date`: the latest whose `from` is on or before it. Undefined where
 * none is (a date before the parameter's first version).
 */
export function versionOn(param: Param, date: PlainDate): ParamVersion | undefined {
  let found: ParamVersion | undefined;
  for (const v of param.versions) {
    if (v.from === null || v.from <= date) found = v;
    else break;
  }
  return found;
}

/** Renders a parameter's value with its unit, as the plan writes it: `5 个百分点`, `70%`, `23 项`, `6000 元`. */
export function formatParamValue(
  param: Pick<Param, 'unit' | 'counter'>,
  value: string,
  lang: 'zh' | 'en',
): string {
  const unit = PARAM_UNITS[param.unit];
  if (unit.kind === 'rate') return `${toDecimal(value)?.times(100).toFixed() ?? value}%`;
  if (param.unit === 'percent') return `${value}%`;
  // A date, a count without a counter, and a year in English have no suffix: the value alone (2020 年 / 2020).
  const suffix = param.unit === 'count' ? (param.counter?.[lang] ?? '') : unit[lang];
  if (suffix === '') return value;
  return `${value} ${lang === 'en' && value === '1' ? englishSingular(suffix) : suffix}`;
}

/**
 * English for one counted thing: "1 village", "1 person", "1 month", "1 percentage point" (Chinese has no plural,
 * so only the English of a value of exactly 1 changes). The last word of a counter is the noun; a counter whose
 * last word is no plural ("m² per person", "times the 2010 figure") stays as it is.
 */
function englishSingular(plural: string): string {
  const at = plural.lastIndexOf(' ') + 1;
  const noun = plural.slice(at);
  const one =
    noun === 'people'
      ? 'person'
      : noun.endsWith('ies')
        ? `${noun.slice(0, -3)}y`
        : noun.endsWith('s')
          ? noun.slice(0, -1)
          : noun;
  return plural.slice(0, at) + one;
}

/** A parameter's value with its limit word, for a trace: `不超过 25 平方米/人` / `not more than 25 m² per person`. */
export function formatParamLimit(
  param: Pick<Param, 'unit' | 'counter' | 'bound'>,
  value: string,
  lang: 'zh' | 'en',
): string {
  const shown = formatParamValue(param, value, lang);
  if (param.bound === undefined) return shown;
  return lang === 'zh' ? `${param.bound} ${shown}` : `${BOUND_TERMS[param.bound].en} ${shown}`;
}
