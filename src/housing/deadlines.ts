import { differenceInCalendarDays } from 'date-fns';
import type { Citation } from '../core/citation.js';
import { parsePlainDate, type PlainDate } from '../core/dates.js';
import { parseInput } from '../core/errors.js';
import { HOUSING_CITATIONS } from './citations.js';
import { HOUSING_RULE_IDS } from './rules.js';
import {
  deadlineCheckInputSchema,
  relocationDeadlineOptionsSchema,
  type RelocationBy2018Reading,
} from './schema.js';

/** Where a date stands against a deadline (the deadline day itself included in the time allowed). */
export type DeadlineStatus = 'beforeDeadline' | 'deadlineDay' | 'pastDeadline';

/** The outcome of a deadline check. */
export interface DeadlineCheck {
  readonly ruleId: 'housing.relocationDeadline' | 'housing.dangerousHouseDeadline';
  /** The date checked. */
  readonly date: PlainDate;
  /** The last day by which the work is to be finished (included). */
  readonly deadline: PlainDate;
  readonly status: DeadlineStatus;
  /** True from the deadline day on: the work must be finished by the end of this day at the latest. */
  readonly due: boolean;
  /** True from the day after the deadline: unfinished work is overdue. */
  readonly pastDeadline: boolean;
  /** Calendar days from the date to the deadline: positive before it, 0 on it, negative after it. */
  readonly daysUntilDeadline: number;
  /** The reading of the deadline applied. */
  readonly reading: string;
  readonly explanation: string;
  readonly citations: readonly Citation[];
}

/** Options of {@link relocationDeadlineCheck}. */
export interface RelocationDeadlineOptions {
  readonly readings?: {
    /** `housing.relocationBy2018`: `'endOf2018'` (default: 2018-12-31) or `'startOf2018'` (2017-12-31). */
    readonly relocationBy2018?: RelocationBy2018Reading;
  };
}

/** The last day of each reading of “到 2018 年”. */
export const RELOCATION_DEADLINES: Readonly<Record<RelocationBy2018Reading, PlainDate>> = Object.freeze({
  endOf2018: '2018-12-31',
  startOf2018: '2017-12-31',
});

/** “确保 2017 年底前完成…存量危房改造任务”: the last day, 2017-12-31. */
export const DANGEROUS_HOUSE_DEADLINE: PlainDate = '2017-12-31';

function check(
  ruleId: DeadlineCheck['ruleId'],
  date: PlainDate,
  deadline: PlainDate,
  reading: string,
  what: string,
  citations: readonly Citation[],
): DeadlineCheck {
  // Both strings were validated as real dates, so parsing cannot fail here.
  const day = parsePlainDate(date) ?? new Date(Number.NaN);
  const last = parsePlainDate(deadline) ?? new Date(Number.NaN);
  const daysUntilDeadline = differenceInCalendarDays(last, day);
  const status: DeadlineStatus =
    daysUntilDeadline > 0 ? 'beforeDeadline' : daysUntilDeadline === 0 ? 'deadlineDay' : 'pastDeadline';
  const explanation =
    status === 'beforeDeadline'
      ? `On ${date}, ${what} is not yet due: ${daysUntilDeadline} day(s) remain until ${deadline}.`
      : status === 'deadlineDay'
        ? `On ${date}, ${what} is due: today, ${deadline}, is the last day.`
        : `On ${date}, ${what} was due by ${deadline}, ${-daysUntilDeadline} day(s) ago; unfinished work is overdue.`;
  return Object.freeze({
    ruleId,
    date,
    deadline,
    status,
    due: daysUntilDeadline <= 0,
    pastDeadline: daysUntilDeadline < 0,
    daysUntilDeadline,
    reading,
    explanation,
    citations: Object.freeze([...citations]),
  });
}

/**
 * Whether relocation was due on a date: “到 2018 年，完成全省易地搬迁脱贫工作” (chapter 4; 表1: 全部解决 in 2018).
 * Read as by 2018-12-31 (reading `endOf2018` of `housing.relocationBy2018`; `startOf2018` gives 2017-12-31).
 * The deadline day is included (`housing.deadlineDay`): `due` from that day, `pastDeadline` from the next.
 *
 * @throws PolicyInputError when `date` is not a real `YYYY-MM-DD` date or a valid Date (path `date`).
 * @example
 * ```ts
 * relocationDeadlineCheck({ date: '2018-12-31' }).pastDeadline //=> false (the last day)
 * relocationDeadlineCheck({ date: '2019-01-01' }).pastDeadline //=> true
 * ```
 */
export function relocationDeadlineCheck(
  input: { readonly date: PlainDate | Date },
  options?: RelocationDeadlineOptions,
): DeadlineCheck {
  const ruleId = HOUSING_RULE_IDS.relocationDeadline;
  const parsed = parseInput(ruleId, deadlineCheckInputSchema, input);
  const parsedOptions = parseInput(ruleId, relocationDeadlineOptionsSchema, options, 'options');
  const reading = parsedOptions?.readings?.relocationBy2018 ?? 'endOf2018';
  return check(ruleId, parsed.date, RELOCATION_DEADLINES[reading], reading, 'relocation', [
    HOUSING_CITATIONS.relocationBy2018,
    HOUSING_CITATIONS.table1Relocation,
  ]);
}

/**
 * Whether the renovation of registered poor households’ existing dangerous houses was due on a date:
 * “确保 2017 年底前完成全省建档立卡贫困户存量危房改造任务” (chapter 10, section 3; 表1: 100% in 2017).
 * The last day is 2017-12-31, included.
 *
 * @throws PolicyInputError when `date` is not a real date (path `date`).
 * @example
 * ```ts
 * dangerousHouseDeadlineCheck({ date: '2017-06-30' }).due //=> false
 * dangerousHouseDeadlineCheck({ date: '2018-01-01' }).pastDeadline //=> true
 * ```
 */
export function dangerousHouseDeadlineCheck(input: { readonly date: PlainDate | Date }): DeadlineCheck {
  const ruleId = HOUSING_RULE_IDS.dangerousHouseDeadline;
  const parsed = parseInput(ruleId, deadlineCheckInputSchema, input);
  return check(
    ruleId,
    parsed.date,
    DANGEROUS_HOUSE_DEADLINE,
    'lastDayIncluded',
    'dangerous-house renovation',
    [HOUSING_CITATIONS.dangerousHousesBy2017, HOUSING_CITATIONS.table1DangerousHouses],
  );
}
