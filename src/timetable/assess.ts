import type { PlainDate } from '../core/dates.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput, refuse } from '../core/errors.js';
import { BOX6_TITLE, BY_2018_CLAUSE, TWO_LINES_MERGE_CLAUSE } from '../plan/index.js';
import { resolveRegion, type Region } from '../regions/index.js';
import { ALL_MERGED_BY_YEAR } from './params.js';
import { TIMETABLE_INTERPRETATIONS, TIMETABLE_RULE_IDS } from './rules.js';
import {
  mergeDateReadingSchema,
  twoLinesMergeInputSchema,
  type CityDistrictsReading,
  type MergeDateReading,
} from './schema.js';
import { dateForYear, entryFor, type MergeYear, type TimetableEntry } from './timetable.js';

const [MERGE_DATE, CITY_DISTRICTS] = TIMETABLE_INTERPRETATIONS as readonly [
  (typeof TIMETABLE_INTERPRETATIONS)[number],
  (typeof TIMETABLE_INTERPRETATIONS)[number],
];

const SPEC = defineRuleSpec({
  ruleId: TIMETABLE_RULE_IDS.twoLinesMerge,
  citations: [BOX6_TITLE, BY_2018_CLAUSE, TWO_LINES_MERGE_CLAUSE],
  params: [ALL_MERGED_BY_YEAR],
  interpretations: [MERGE_DATE, CITY_DISTRICTS],
  optionKeys: ['reading'],
});

/**
 * The options of the timetable functions: the contract's `readings` (`mergeDate`, `cityDistricts`; each
 * defaults to the registry's chosen reading), `overrides` (`timetable.allMergedByYear`) and `regime`, plus
 * `reading`, a shorthand for `readings.mergeDate`.
 */
export interface TimetableOptions extends EvaluationOptions {
  /** Shorthand for `readings.mergeDate`. */
  readonly reading?: MergeDateReading;
  readonly readings?: {
    readonly mergeDate?: MergeDateReading;
    readonly cityDistricts?: CityDistrictsReading;
  };
}

/** The options with the `reading` shorthand folded into `readings.mergeDate` (a conflict is refused). */
function foldShorthand(options: unknown): unknown {
  if (options === null || typeof options !== 'object' || !('reading' in options)) return options;
  const { reading, ...rest } = options as { reading?: unknown; readings?: unknown };
  if (reading === undefined) return rest;
  const shorthand = parseInput(SPEC.ruleId, mergeDateReadingSchema, reading, 'options.reading');
  const readings = rest.readings;
  if (readings !== undefined && (readings === null || typeof readings !== 'object')) return options;
  const explicit = (readings as { mergeDate?: unknown } | undefined)?.mergeDate;
  if (explicit !== undefined && explicit !== shorthand) {
    refuse(
      SPEC.ruleId,
      'options.reading',
      reading,
      `conflicts with options.readings.mergeDate (${JSON.stringify(explicit)}); give one`,
      'conflicting_readings',
    );
  }
  return { ...rest, readings: { ...readings, mergeDate: shorthand } };
}

/** Opens an evaluation of `timetable.twoLinesMerge` (validating the options). */
export function openTimetable(options: unknown, date: PlainDate | null): RuleContext {
  return openEvaluation(SPEC, foldShorthand(options), date);
}

/** The place's region and its governing entry, under the context's reading of `timetable.cityDistricts`. */
export function placeEntry(ctx: RuleContext, place: unknown): { region: Region; entry: TimetableEntry } {
  const region = resolveRegion(place, SPEC.ruleId, 'place');
  return { region, entry: entryFor(region, place, ctx.reading(CITY_DISTRICTS)) };
}

/** The first day on which the entry counts as merged, under the context's reading of `timetable.mergeDate`. */
export function mergeDateIn(ctx: RuleContext, year: number): PlainDate {
  return dateForYear(year, ctx.reading(MERGE_DATE));
}

/** What {@link assessTwoLinesMerge} finds. */
export interface TwoLinesMergeFigures {
  /** The registry id of the place asked about. */
  readonly regionId: string;
  /** The 专栏6 entry that governs it (its own, its city's "(市辖区)", or its county's). */
  readonly entry: TimetableEntry;
  /** The year 专栏6 lists. */
  readonly year: MergeYear;
  /** The first day the place counts as merged (reading `timetable.mergeDate`). */
  readonly mergeDate: PlainDate;
  /** Whether the place has merged by `date` (inclusive). */
  readonly merged: boolean;
  /** The year by which every area must have merged (`timetable.allMergedByYear`, 2018). */
  readonly deadlineYear: number;
  /** The first day of the deadline year on which an area counts as merged (same reading). */
  readonly deadlineDate: PlainDate;
  /** Whether 专栏6's year is no later than the deadline year. */
  readonly onSchedule: boolean;
}

/** The result of {@link assessTwoLinesMerge}: the figures with the rule contract's envelope. */
export type TwoLinesMergeAssessment = RuleResult<TwoLinesMergeFigures>;

function stepEntry(ctx: RuleContext, region: Region, entry: TimetableEntry): void {
  const via = entry.regionId === region.id ? '' : `（${region.name} 适用 ${entry.nameAsListed} 的年份）`;
  const viaEn =
    entry.regionId === region.id ? '' : ` (${region.name} takes the year of ${entry.nameAsListed})`;
  ctx.step({
    citations: [entry.citation],
    inputs: { place: region.name, listedAs: entry.nameAsListed },
    value: entry.year,
    zh: `专栏6 将 ${entry.nameAsListed} 列于 ${entry.year} 年${via}`,
    en: `Box 6 lists ${entry.nameAsListed} for ${entry.year}${viaEn}`,
  });
}

function stepMergeDate(ctx: RuleContext, year: number, mergeDate: PlainDate): void {
  const reading = ctx.reading(MERGE_DATE);
  ctx.step({
    citations: [BOX6_TITLE],
    inputs: { year, reading },
    value: mergeDate,
    zh: `按解读 ${reading}，${year} 年所列地区自 ${mergeDate} 起视为“两线合一”`,
    en: `Under the reading ${reading}, a place listed for ${year} counts as merged from ${mergeDate}`,
  });
}

function stepDeadline(ctx: RuleContext, year: number, onSchedule: boolean): void {
  // Stryker disable next-line StringLiteral: a year is shown as its bare number in every language but zh, so 'en' and '' render alike
  const deadlineEn = ctx.show(ALL_MERGED_BY_YEAR, 'en');
  ctx.step({
    citations: [BY_2018_CLAUSE],
    params: [ALL_MERGED_BY_YEAR],
    inputs: { year },
    value: onSchedule,
    zh:
      `所有地区应于 ${ctx.show(ALL_MERGED_BY_YEAR, 'zh')}达到国家扶贫标准；${year} 年` +
      (onSchedule ? '不晚于该年' : '晚于该年'),
    en:
      `Every area must reach the poverty line by ${deadlineEn}; ${year} is ` +
      (onSchedule ? 'no later' : 'later than that'),
  });
}

function stepMerged(ctx: RuleContext, date: PlainDate, mergeDate: PlainDate, merged: boolean): void {
  ctx.step({
    citations: [TWO_LINES_MERGE_CLAUSE],
    inputs: { date, mergeDate },
    value: merged,
    zh: `${date} ${merged ? '不早于' : '早于'} ${mergeDate}：${merged ? '已' : '尚未'}实现“两线合一”`,
    en: `${date} is ${merged ? 'on or after' : 'before'} ${mergeDate}: ${merged ? 'merged' : 'not yet merged'}`,
  });
}

/**
 * Whether a place has merged its rural Dibao standard with the national poverty line ("两线合一") by a date,
 * under 专栏6: the year the box lists for it, the first day it counts as merged (interpretation
 * `timetable.mergeDate`, default 31 December of that year), whether `date` is on or after that day, and
 * whether the box's year keeps the plan's deadline (`timetable.allMergedByYear`: "确保 2018 年所有地区…").
 * Returns the figures with the envelope (rule id, date, regime, citations, readings, params, zh/en trace).
 *
 * `place` is any region query; a district the box does not name takes its city's "(市辖区)" year
 * (`timetable.cityDistricts`), a town its county's. `date` is `YYYY-MM-DD` or a valid Date.
 *
 * @example
 * ```ts
 * const r = assessTwoLinesMerge({ place: '榆树市', date: '2017-12-31' });
 * [r.year, r.mergeDate, r.merged, r.onSchedule] //=> [2017, '2017-12-31', true, true]
 * assessTwoLinesMerge({ place: '长白县', date: '2018-06-01' }, { overrides: { 'timetable.allMergedByYear': 2017 } })
 *   .onSchedule //=> false
 * ```
 */
export function assessTwoLinesMerge(
  input: { readonly place: string; readonly date: PlainDate | Date },
  options?: TimetableOptions,
): TwoLinesMergeAssessment {
  const given = parseInput(SPEC.ruleId, twoLinesMergeInputSchema, input);
  const date = given.date;
  const ctx = openTimetable(options, date);
  const { region, entry } = placeEntry(ctx, given.place);
  const mergeDate = mergeDateIn(ctx, entry.year);
  const deadlineYear = ctx.integer(ALL_MERGED_BY_YEAR);
  const onSchedule = entry.year <= deadlineYear;
  const merged = date >= mergeDate;
  stepEntry(ctx, region, entry);
  stepMergeDate(ctx, entry.year, mergeDate);
  stepDeadline(ctx, entry.year, onSchedule);
  stepMerged(ctx, date, mergeDate, merged);
  return ctx.finish({
    regionId: region.id,
    entry,
    year: entry.year,
    mergeDate,
    merged,
    deadlineYear,
    deadlineDate: mergeDateIn(ctx, deadlineYear),
    onSchedule,
  });
}
