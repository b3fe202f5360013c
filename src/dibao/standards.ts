import type { Citation } from '../core/citation.js';
import { meetsBound } from '../core/bounds.js';
import { parseInput, PolicyInputError, refuse } from '../core/errors.js';
import { Money } from '../core/money.js';
import { yearSchema } from '../core/schemas.js';
import { regionById } from '../regions/index.js';
import { resolveRegion } from '../regions/lookup.js';
import { twoLinesMergeYear } from '../timetable/index.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { annualize } from './gapSubsidy.js';
import {
  localDibaoStandardsSchema,
  twoLinesMergeCheckInputSchema,
  twoLinesMergeOptionsSchema,
  type AmountPeriod,
  type LocalDibaoStandardInput,
  type TwoLinesMergeCheckInput,
  type TwoLinesMergeOptions,
} from './schema.js';
import { traceStep, type TraceStep } from './trace.js';

const STANDARD_RULE_ID = 'dibao.localStandard';
const MERGE_RULE_ID = 'dibao.twoLinesMerge';

/** One local Dibao standard, validated, with its region resolved. */
export interface LocalDibaoStandard {
  /** The region registry's id of the place. */
  readonly regionId: string;
  /** The place's name in the registry. */
  readonly regionName: string;
  readonly year: number;
  /** The standard per person, for `period`. */
  readonly amount: Money;
  readonly period: AmountPeriod;
  /** The standard per person per year (a monthly standard × 12), exactly. */
  readonly annualAmount: Money;
  readonly source?: string;
}

/** A frozen table of local Dibao standards by region and year. */
export interface DibaoStandardTable {
  /** Whether the figures are illustrative (never official). */
  readonly illustrative: boolean;
  readonly entries: readonly LocalDibaoStandard[];
  /**
   * The standard of `region` in `year`: the place's own entry, else that of the nearest containing region
   * that has one (a town takes its county's). None at all is a {@link PolicyInputError} (`no_standard`).
   */
  standardFor(region: string, year: number): LocalDibaoStandard;
  /** {@link standardFor}, or undefined where the table has none (an unknown region still throws). */
  tryStandardFor(region: string, year: number): LocalDibaoStandard | undefined;
}

function lookup(
  byKey: ReadonlyMap<string, LocalDibaoStandard>,
  regionQuery: string,
  year: number,
): LocalDibaoStandard | undefined {
  const y = parseInput(STANDARD_RULE_ID, yearSchema, year, 'year');
  let region = resolveRegion(regionQuery, STANDARD_RULE_ID, 'region');
  for (;;) {
    const hit = byKey.get(`${region.id}@${y}`);
    if (hit !== undefined) return hit;
    if (region.parentId === null) return undefined;
    region = regionById(region.parentId);
  }
}

/**
 * Validates and freezes a table of local Dibao standards (per person, per region and year). The plan sets
 * no figures (it asks each place to adjust its standard dynamically), so they are the caller's parameters.
 * Each entry's `region` must be a place the region registry knows (`unknown_region` with suggestions, path
 * `[i].region`); a region and year may appear once (`duplicate_standard`).
 *
 * @example
 * ```ts
 * const table = defineDibaoStandards([{ region: '延吉市', year: 2019, amount: '4000' }]);
 * table.standardFor('延吉市', 2019).annualAmount.toString() //=> '4000.00'
 * ```
 */
export function defineDibaoStandards(
  entries: readonly LocalDibaoStandardInput[],
  options?: { readonly illustrative?: boolean },
): DibaoStandardTable {
  const parsed = parseInput(STANDARD_RULE_ID, localDibaoStandardsSchema, entries);
  const byKey = new Map<string, LocalDibaoStandard>();
  const list = parsed.map((e, i): LocalDibaoStandard => {
    const region = resolveRegion(e.region, STANDARD_RULE_ID, `[${i}].region`);
    const key = `${region.id}@${e.year}`;
    if (byKey.has(key)) {
      refuse(
        STANDARD_RULE_ID,
        `[${i}]`,
        { region: e.region, year: e.year },
        `repeats the standard of ${region.name} in ${e.year}`,
        'duplicate_standard',
      );
    }
    const entry: LocalDibaoStandard = Object.freeze({
      regionId: region.id,
      regionName: region.name,
      year: e.year,
      amount: e.amount,
      period: e.period,
      annualAmount: Money.round(annualize(e.amount, e.period)),
      ...(e.source === undefined ? {} : { source: e.source }),
    });
    byKey.set(key, entry);
    return entry;
  });
  const frozenList = Object.freeze(list);
  const tryStandardFor = (region: string, year: number): LocalDibaoStandard | undefined =>
    lookup(byKey, region, year);
  return Object.freeze({
    illustrative: options?.illustrative === true,
    entries: frozenList,
    standardFor: (region: string, year: number): LocalDibaoStandard =>
      tryStandardFor(region, year) ??
      refuse(
        STANDARD_RULE_ID,
        'region',
        region,
        `has no Dibao standard for ${year} in this table (nor has any region containing it)`,
        'no_standard',
      ),
    tryStandardFor,
  });
}

const ILLUSTRATIVE_SOURCE = 'ILLUSTRATIVE: invented for examples and tests; not an official figure';

/**
 * ILLUSTRATIVE local Dibao standards, invented for examples and tests. They are NOT official figures and
 * must not be used to compute real entitlements: pass your own with {@link defineDibaoStandards}.
 */
export const ILLUSTRATIVE_DIBAO_STANDARDS: DibaoStandardTable = defineDibaoStandards(
  [
    { region: '延吉市', year: 2016, amount: '3000', source: ILLUSTRATIVE_SOURCE },
    { region: '延吉市', year: 2017, amount: '3300', source: ILLUSTRATIVE_SOURCE },
    { region: '延吉市', year: 2018, amount: '3600', source: ILLUSTRATIVE_SOURCE },
    { region: '延吉市', year: 2019, amount: '3900', source: ILLUSTRATIVE_SOURCE },
    { region: '延吉市', year: 2020, amount: '4200', source: ILLUSTRATIVE_SOURCE },
    { region: '榆树市', year: 2017, amount: '3200', source: ILLUSTRATIVE_SOURCE },
    { region: '榆树市', year: 2018, amount: '3500', source: ILLUSTRATIVE_SOURCE },
    { region: '长白县', year: 2018, amount: '300', period: 'month', source: ILLUSTRATIVE_SOURCE },
    { region: '通榆县', year: 2019, amount: '3800', source: ILLUSTRATIVE_SOURCE },
  ],
  { illustrative: true },
);

/** The result of {@link checkTwoLinesMerge}. */
export interface TwoLinesMergeCheckResult {
  readonly ruleId: 'dibao.twoLinesMerge';
  readonly regionId: string;
  readonly regionName: string;
  readonly year: number;
  /** The place's year in 专栏6 (2016, 2017 or 2018). */
  readonly mergeYear: 2016 | 2017 | 2018;
  /** Whether, in `year`, the standard must be at least the national poverty line. */
  readonly mustReachLine: boolean;
  /** Whether the standard is at least the line (达到, read 不低于). */
  readonly reachesLine: boolean;
  /** `!mustReachLine || reachesLine`. */
  readonly compliant: boolean;
  readonly annualStandard: Money;
  readonly nationalPovertyLine: Money;
  /** How far the annual standard falls short of the line (zero if it reaches it). */
  readonly shortfall: Money;
  readonly readings: { readonly twoLinesMergeFrom: 'fromMergeYear' | 'allBy2018' };
  readonly trace: readonly TraceStep[];
  readonly citations: readonly Citation[];
}

/** The province-wide deadline: every place's standard reaches the line in 2018. */
export const TWO_LINES_MERGE_DEADLINE_YEAR = 2018;

/**
 * Whether a place's Dibao standard meets the national poverty line where the 两线合一 timetable requires
 * it: from the place's year in 专栏6 on (reading `fromMergeYear` of `dibao.twoLinesMergeFrom`; `allBy2018`
 * applies the province-wide 2018 only). Both figures are compared per person per year; the national line is
 * the caller's parameter. Timetable readings (`timetable.cityDistricts`) pass through `options.timetable`.
 *
 * @example
 * ```ts
 * checkTwoLinesMerge({ region: '榆树市', year: 2017, standard: '2900', nationalPovertyLine: '3000' })
 * //=> { mergeYear: 2017, mustReachLine: true, reachesLine: false, compliant: false, shortfall: 100.00, … }
 * ```
 */
export function checkTwoLinesMerge(
  input: TwoLinesMergeCheckInput,
  options?: TwoLinesMergeOptions,
): TwoLinesMergeCheckResult {
  const v = parseInput(MERGE_RULE_ID, twoLinesMergeCheckInputSchema, input);
  const opts = parseInput(MERGE_RULE_ID, twoLinesMergeOptionsSchema, options, 'options');
  const reading = opts?.readings?.twoLinesMergeFrom ?? 'fromMergeYear';
  const region = resolveRegion(v.region, MERGE_RULE_ID, 'region');
  let mergeYear: 2016 | 2017 | 2018;
  try {
    mergeYear = twoLinesMergeYear(
      region.id,
      opts?.timetable?.cityDistricts === undefined
        ? undefined
        : { readings: { cityDistricts: opts.timetable.cityDistricts } },
    );
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    throw new PolicyInputError({
      ruleId: MERGE_RULE_ID,
      issues: error.issues.map((issue) => ({
        ...issue,
        path: issue.path === 'place' ? 'region' : issue.path,
        value: issue.path === 'place' ? v.region : issue.value,
      })),
      suggestions: error.suggestions,
    });
  }
  const fromYear = reading === 'fromMergeYear' ? mergeYear : TWO_LINES_MERGE_DEADLINE_YEAR;
  const mustReachLine = v.year >= fromYear;
  const annualStandard = Money.round(annualize(v.standard, v.standardPeriod));
  const reachesLine = meetsBound(annualStandard.toDecimal(), '不低于', v.nationalPovertyLine.toDecimal());
  const shortfall = v.nationalPovertyLine.minus(annualStandard).clampAtZero();
  const trace: TraceStep[] = [
    traceStep(
      `year from which ${region.name}'s standard must reach the line (${reading})`,
      reading === 'fromMergeYear' ? `专栏6: ${mergeYear}` : `all places by ${TWO_LINES_MERGE_DEADLINE_YEAR}`,
      String(fromYear),
      reading === 'fromMergeYear' ? [C.box6] : [C.mergeBy2018],
    ),
    traceStep('required in this year?', `${v.year} ≥ ${fromYear}`, String(mustReachLine)),
    traceStep(
      'annual standard 不低于 the national poverty line?',
      `${annualStandard.toString()} ≥ ${v.nationalPovertyLine.toString()}`,
      String(reachesLine),
      [C.mergeBy2018],
    ),
  ];
  return Object.freeze({
    ruleId: MERGE_RULE_ID,
    regionId: region.id,
    regionName: region.name,
    year: v.year,
    mergeYear,
    mustReachLine,
    reachesLine,
    compliant: !mustReachLine || reachesLine,
    annualStandard,
    nationalPovertyLine: v.nationalPovertyLine,
    shortfall,
    readings: Object.freeze({ twoLinesMergeFrom: reading }),
    trace: Object.freeze(trace),
    citations: Object.freeze([C.twoLinesMergeGoal, C.mergeBy2018, C.box6]),
  });
}
