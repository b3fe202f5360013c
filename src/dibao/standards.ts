import { meetsBound } from '../core/bounds.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput, PolicyInputError, refuse } from '../core/errors.js';
import { Money } from '../core/money.js';
import { yearSchema } from '../core/schemas.js';
import { regionById, resolveRegion, type Region } from '../regions/index.js';
import { twoLinesMergeYear } from '../timetable/index.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { annualize } from './gapSubsidy.js';
import { planValue, TWO_LINES_MERGE_DEADLINE } from './params.js';
import { DIBAO_RULE_IDS, interpretationById } from './rules.js';
import {
  localDibaoStandardsSchema,
  twoLinesMergeCheckInputSchema,
  twoLinesMergeTimetableSchema,
  type AmountPeriod,
  type LocalDibaoStandardInput,
  type TwoLinesMergeCheckInput,
} from './schema.js';
import { addStep, yesNoEn, yesNoZh } from './steps.js';

const STANDARD_RULE_ID = DIBAO_RULE_IDS.localStandard;
const MERGE_RULE_ID = DIBAO_RULE_IDS.twoLinesMerge;

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
  /** The same as `amount`, so that an entry is a local standard (`dibaoGapSubsidy(household, entry)`). */
  readonly standard: Money;
  /** The same as `period`. */
  readonly standardPeriod: AmountPeriod;
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
      standard: e.amount,
      standardPeriod: e.period,
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

/** The figures of {@link checkTwoLinesMerge}. */
export interface TwoLinesMergeCheckFigures {
  readonly regionId: string;
  readonly regionName: string;
  readonly year: number;
  /** The place's year in 专栏6 (2016, 2017 or 2018). */
  readonly mergeYear: number;
  /** The year from which the standard must reach the line (the merge year, or the province-wide deadline). */
  readonly requiredFrom: number;
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
}

/** The result of {@link checkTwoLinesMerge}: the figures and the evaluation envelope. */
export type TwoLinesMergeCheckResult = RuleResult<TwoLinesMergeCheckFigures>;

/**
 * Options of {@link checkTwoLinesMerge}: `readings.twoLinesMergeFrom`, overrides, regime, and `timetable`: the
 * timetable's reading of `timetable.cityDistricts`, passed to `twoLinesMergeYear`.
 */
export interface TwoLinesMergeOptions extends EvaluationOptions {
  readonly timetable?: { readonly cityDistricts?: string };
}

/**
 * The province-wide deadline year (2018), the plan's value of `dibao.twoLinesMergeDeadlineYear`.
 * @deprecated read `result.requiredFrom` (it follows overrides) or the parameter.
 */
export const TWO_LINES_MERGE_DEADLINE_YEAR = Number(planValue(TWO_LINES_MERGE_DEADLINE));

const MERGE_FROM = interpretationById('dibao.twoLinesMergeFrom');

const MERGE_SPEC = defineRuleSpec({
  ruleId: MERGE_RULE_ID,
  citations: [C.twoLinesMergeGoal, C.mergeBy2018, C.box6],
  params: [TWO_LINES_MERGE_DEADLINE],
  interpretations: [MERGE_FROM],
  optionKeys: ['timetable'],
});

/** The place's year in 专栏6, from the timetable area, refused as this rule's bad input at `region`. */
function mergeYearOf(region: Region, query: unknown, options: unknown): number {
  const given = (options as TwoLinesMergeOptions | undefined)?.timetable;
  const timetable =
    given === undefined
      ? undefined
      : parseInput(MERGE_RULE_ID, twoLinesMergeTimetableSchema, given, 'options.timetable');
  try {
    return twoLinesMergeYear(
      region.id,
      timetable?.cityDistricts === undefined
        ? undefined
        : { readings: { cityDistricts: timetable.cityDistricts } },
    );
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: twoLinesMergeYear, given a known region id and a validated reading, throws nothing but a PolicyInputError
    if (!(error instanceof PolicyInputError)) throw error;
    // Each of its issues is at `place` (the region id passed): this rule's `region`, as the caller named it.
    throw new PolicyInputError({
      ruleId: MERGE_RULE_ID,
      issues: error.issues.map((i) => ({ ...i, path: 'region', value: query })),
      suggestions: error.suggestions,
    });
  }
}

/** Step 1: the year from which the place's standard must reach the line. */
function requiredFromStep(ctx: RuleContext, region: Region, mergeYear: number): number {
  if (ctx.reading(MERGE_FROM) === 'fromMergeYear') {
    addStep(ctx, {
      citations: [C.box6],
      formula: `专栏6: ${mergeYear}`,
      result: mergeYear,
      zh: `${region.name}“两线合一”年份（专栏6 分年度差异性提标时序表）：${mergeYear} 年`,
      en: `year from which ${region.name}'s standard must reach the line (box 6 timetable): ${mergeYear}`,
    });
    return mergeYear;
  }
  const deadline = ctx.integer(TWO_LINES_MERGE_DEADLINE);
  // Stryker disable next-line StringLiteral: a year parameter shows as the bare year in every language but zh, so '' renders as 'en' does
  const deadlineEn = ctx.show(TWO_LINES_MERGE_DEADLINE, 'en');
  addStep(ctx, {
    citations: [C.mergeBy2018],
    params: [TWO_LINES_MERGE_DEADLINE],
    formula: `all places by ${deadline}`,
    result: deadline,
    zh: `所有地区农村低保标准于 ${ctx.show(TWO_LINES_MERGE_DEADLINE, 'zh')}全部达到国家扶贫标准`,
    en: `every place's standard reaches the national poverty line by ${deadlineEn}`,
  });
  return deadline;
}

/**
 * Whether a place's Dibao standard meets the national poverty line where the 两线合一 timetable requires
 * it: from the place's year in 专栏6 on (reading `fromMergeYear` of `dibao.twoLinesMergeFrom`; `allBy2018`
 * applies the province-wide deadline `dibao.twoLinesMergeDeadlineYear` only). Both figures are compared per
 * person per year; the national line is the caller's parameter. Timetable readings (`timetable.cityDistricts`)
 * pass through `options.timetable`.
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
  const ctx = openEvaluation(MERGE_SPEC, options, null);
  const region = resolveRegion(v.region, MERGE_RULE_ID, 'region');
  const mergeYear = mergeYearOf(region, v.region, options);
  const requiredFrom = requiredFromStep(ctx, region, mergeYear);
  const mustReachLine = v.year >= requiredFrom;
  addStep(ctx, {
    citations: [],
    formula: `${v.year} ≥ ${requiredFrom}`,
    result: mustReachLine,
    zh: `${v.year} 年是否须达到国家扶贫标准：${v.year} ≥ ${requiredFrom}：${yesNoZh(mustReachLine)}`,
    en: `required in ${v.year}? ${v.year} ≥ ${requiredFrom}: ${yesNoEn(mustReachLine)}`,
  });
  const annualStandard = Money.round(annualize(v.standard, v.standardPeriod));
  const reachesLine = meetsBound(annualStandard.toDecimal(), '不低于', v.nationalPovertyLine.toDecimal());
  const cmp = `${annualStandard.toString()} ≥ ${v.nationalPovertyLine.toString()}`;
  addStep(ctx, {
    citations: [C.mergeBy2018],
    formula: cmp,
    result: reachesLine,
    zh: `年低保标准达到（不低于）国家扶贫标准：${cmp}：${yesNoZh(reachesLine)}`,
    en: `annual standard not less than the national poverty line: ${cmp}: ${yesNoEn(reachesLine)}`,
  });
  return ctx.finish({
    regionId: region.id,
    regionName: region.name,
    year: v.year,
    mergeYear,
    requiredFrom,
    mustReachLine,
    reachesLine,
    compliant: !mustReachLine || reachesLine,
    annualStandard,
    nationalPovertyLine: v.nationalPovertyLine,
    shortfall: v.nationalPovertyLine.minus(annualStandard).clampAtZero(),
  });
}
