import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import type { Citation } from '../core/citation.js';
import { formatPlainDate, parsePlainDate, type PlainDate } from '../core/dates.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Param } from '../core/param.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { DANGEROUS_HOUSE_DEADLINE_PARAM, planValue, RELOCATION_DEADLINE_PARAM } from './params.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';
import { deadlineCheckInputSchema, type RelocationBy2018Reading } from './schema.js';

/** Where a date stands against a deadline (the deadline day itself included in the time allowed). */
export type DeadlineStatus = 'beforeDeadline' | 'deadlineDay' | 'pastDeadline';

/** The figures of a deadline check (the date checked is the envelope's `date`). */
export interface DeadlineFigures {
  /** The last day by which the work is to be finished (included). */
  readonly deadline: PlainDate;
  readonly status: DeadlineStatus;
  /** True from the deadline day on: the work must be finished by the end of this day at the latest. */
  readonly due: boolean;
  /** True from the day after the deadline: unfinished work is overdue. */
  readonly pastDeadline: boolean;
  /** Calendar days from the date to the deadline: positive before it, 0 on it, negative after it. */
  readonly daysUntilDeadline: number;
  /** The English text of the trace's last step (kept for compatibility). */
  readonly explanation: string;
}

/** The outcome of a deadline check, with the evaluation envelope (`date` is the date checked, never null). */
export type DeadlineCheck = RuleResult<DeadlineFigures> & { readonly date: PlainDate };

/** Input of the deadline checks: the date to check, `YYYY-MM-DD` or a valid Date (it also selects the params). */
export interface DeadlineCheckInput {
  readonly date: PlainDate | Date;
}

/**
 * Options of {@link checkRelocationDeadline}: the contract's options; `readings.relocationBy2018` is `'endOf2018'`
 * (the registry's choice: the parameter's date, 2018-12-31) or `'startOf2018'` (the last day of the year before).
 */
export interface RelocationDeadlineOptions extends EvaluationOptions {
  readonly readings?: {
    readonly relocationBy2018?: RelocationBy2018Reading;
    readonly deadlineDay?: 'lastDayIncluded';
  };
}

/** The last day of the year before `date`'s year (`2018-12-31` → `2017-12-31`). */
function lastDayOfYearBefore(date: PlainDate): PlainDate {
  const day = parsePlainDate(date) ?? new Date(Number.NaN);
  return formatPlainDate(subDays(startOfYear(day), 1));
}

/** The last day of each reading of “到 2018 年”, as the plan's parameter gives it (a reform changes the checks, not this). */
export const RELOCATION_DEADLINES: Readonly<Record<RelocationBy2018Reading, PlainDate>> =
  /* @__PURE__ */ Object.freeze({
    endOf2018: planValue(RELOCATION_DEADLINE_PARAM),
    startOf2018: lastDayOfYearBefore(planValue(RELOCATION_DEADLINE_PARAM)),
  });

/** “确保 2017 年底前完成…存量危房改造任务”: the last day, 2017-12-31 (the plan's value of the parameter). */
export const DANGEROUS_HOUSE_DEADLINE: PlainDate = planValue(DANGEROUS_HOUSE_DEADLINE_PARAM);

const RELOCATION_SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.relocationDeadline,
  citations: [C.relocationBy2018, C.table1Relocation],
  params: [RELOCATION_DEADLINE_PARAM],
  interpretations: [INTERPRETATION.relocationBy2018, INTERPRETATION.deadlineDay],
});

const DANGEROUS_HOUSE_SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.dangerousHouseDeadline,
  citations: [C.dangerousHousesBy2017, C.table1DangerousHouses],
  params: [DANGEROUS_HOUSE_DEADLINE_PARAM],
  interpretations: [INTERPRETATION.deadlineDay],
});

/** What is due, in both languages. */
interface Work {
  readonly zh: string;
  readonly en: string;
  readonly citations: readonly Citation[];
}

/** The status step: the date against the deadline, the deadline day included (`housing.deadlineDay`). */
function statusStep(ctx: RuleContext, date: PlainDate, deadline: PlainDate, work: Work): DeadlineFigures {
  // Both strings are real dates (validated input; a date parameter), so parsing cannot fail here.
  const day = parsePlainDate(date) ?? new Date(Number.NaN);
  const last = parsePlainDate(deadline) ?? new Date(Number.NaN);
  const daysUntilDeadline = differenceInCalendarDays(last, day);
  const status: DeadlineStatus =
    daysUntilDeadline > 0 ? 'beforeDeadline' : daysUntilDeadline === 0 ? 'deadlineDay' : 'pastDeadline';
  const texts = {
    beforeDeadline: {
      zh: `${date}：${work.zh}尚未到期，距期限 ${deadline} 还有 ${daysUntilDeadline} 天。`,
      en: `On ${date}, ${work.en} is not yet due: ${daysUntilDeadline} day(s) remain until ${deadline}.`,
    },
    deadlineDay: {
      zh: `${date}：${work.zh}今日到期，${deadline} 是最后一天（含当日）。`,
      en: `On ${date}, ${work.en} is due: today, ${deadline}, is the last day.`,
    },
    pastDeadline: {
      zh: `${date}：${work.zh}应于 ${deadline} 前完成，已过期 ${-daysUntilDeadline} 天；未完成即逾期。`,
      en: `On ${date}, ${work.en} was due by ${deadline}, ${-daysUntilDeadline} day(s) ago; unfinished work is overdue.`,
    },
  }[status];
  ctx.step({
    citations: work.citations,
    inputs: { date, deadline },
    value: status,
    ...texts,
  });
  return {
    deadline,
    status,
    due: daysUntilDeadline <= 0,
    pastDeadline: daysUntilDeadline < 0,
    daysUntilDeadline,
    explanation: texts.en,
  };
}

/** The deadline step for a date parameter read as it stands. */
function deadlineStep(ctx: RuleContext, param: Param, work: Work): PlainDate {
  const deadline = ctx.plainDate(param);
  // Stryker disable next-line StringLiteral: a date parameter shows the same in both languages (formatParamValue returns the date as it is)
  const shown = ctx.show(param, 'en');
  ctx.step({
    citations: [param.citation],
    params: [param],
    value: deadline,
    zh: `${work.zh}完成期限：${shown}（含当日）。`,
    en: `The deadline for ${work.en}: ${shown} (that day included).`,
  });
  return deadline;
}

/** The relocation deadline under the reading of `housing.relocationBy2018`. */
function relocationDeadlineStep(ctx: RuleContext, work: Work): PlainDate {
  const reading = ctx.reading<RelocationBy2018Reading>(INTERPRETATION.relocationBy2018);
  if (reading === 'endOf2018') return deadlineStep(ctx, RELOCATION_DEADLINE_PARAM, work);
  const deadline = lastDayOfYearBefore(ctx.plainDate(RELOCATION_DEADLINE_PARAM));
  // Stryker disable next-line StringLiteral: a date parameter shows the same in both languages (formatParamValue returns the date as it is)
  const shown = ctx.show(RELOCATION_DEADLINE_PARAM, 'en');
  ctx.step({
    citations: [C.relocationBy2018],
    params: [RELOCATION_DEADLINE_PARAM],
    value: deadline,
    zh: `按“该年开始前”理解（期限参数 ${shown} 所在年份之前）：${work.zh}完成期限为 ${deadline}（含当日）。`,
    en: `Read as before the deadline's year begins (parameter ${shown}): the deadline for ${work.en} is ${deadline} (that day included).`,
  });
  return deadline;
}

const RELOCATION_WORK: Work = {
  zh: '易地搬迁脱贫工作',
  en: 'relocation',
  citations: [C.relocationBy2018, C.table1Relocation],
};
const DANGEROUS_HOUSE_WORK: Work = {
  zh: '建档立卡贫困户存量危房改造',
  en: 'dangerous-house renovation',
  citations: [C.dangerousHousesBy2017, C.table1DangerousHouses],
};

/**
 * Whether relocation was due on a date: “到 2018 年，完成全省易地搬迁脱贫工作” (chapter 4; 表1: 全部解决 in 2018).
 * The deadline is the parameter `housing.relocationDeadline` (2018-12-31, reading `endOf2018` of
 * `housing.relocationBy2018`; `startOf2018` gives the last day of the year before, 2017-12-31). The date checked
 * selects the parameters. The deadline day is included (`housing.deadlineDay`): `due` from that day,
 * `pastDeadline` from the next.
 *
 * @throws PolicyInputError when `date` is not a real `YYYY-MM-DD` date or a valid Date (path `date`).
 * @example
 * ```ts
 * checkRelocationDeadline({ date: '2018-12-31' }).pastDeadline //=> false (the last day)
 * checkRelocationDeadline({ date: '2019-01-01' }).pastDeadline //=> true
 * ```
 */
export function checkRelocationDeadline(
  input: DeadlineCheckInput,
  options?: RelocationDeadlineOptions,
): DeadlineCheck {
  const parsed = parseInput(RELOCATION_SPEC.ruleId, deadlineCheckInputSchema, input);
  const ctx = openEvaluation(RELOCATION_SPEC, options, parsed.date);
  const deadline = relocationDeadlineStep(ctx, RELOCATION_WORK);
  // The date is the validated input's, never null.
  return ctx.finish(statusStep(ctx, parsed.date, deadline, RELOCATION_WORK)) as DeadlineCheck;
}

/**
 * Whether the renovation of registered poor households’ existing dangerous houses was due on a date:
 * “确保 2017 年底前完成全省建档立卡贫困户存量危房改造任务” (chapter 10, section 3; 表1: 100% in 2017).
 * The last day is the parameter `housing.dangerousHouseDeadline`, 2017-12-31, included.
 *
 * @throws PolicyInputError when `date` is not a real date (path `date`).
 * @example
 * ```ts
 * checkDangerousHouseDeadline({ date: '2017-06-30' }).due //=> false
 * checkDangerousHouseDeadline({ date: '2018-01-01' }).pastDeadline //=> true
 * ```
 */
export function checkDangerousHouseDeadline(
  input: DeadlineCheckInput,
  options?: EvaluationOptions,
): DeadlineCheck {
  const parsed = parseInput(DANGEROUS_HOUSE_SPEC.ruleId, deadlineCheckInputSchema, input);
  const ctx = openEvaluation(DANGEROUS_HOUSE_SPEC, options, parsed.date);
  const deadline = deadlineStep(ctx, DANGEROUS_HOUSE_DEADLINE_PARAM, DANGEROUS_HOUSE_WORK);
  return ctx.finish(statusStep(ctx, parsed.date, deadline, DANGEROUS_HOUSE_WORK)) as DeadlineCheck;
}

/** @deprecated use {@link checkRelocationDeadline}. */
export const relocationDeadlineCheck = checkRelocationDeadline;

/** @deprecated use {@link checkDangerousHouseDeadline}. */
export const dangerousHouseDeadlineCheck = checkDangerousHouseDeadline;
