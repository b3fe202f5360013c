import type { PlainDate } from '../core/dates.js';
import { parseInput, refuse } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import { monthPeriod } from '../core/period.js';
import { EXIT_CITATIONS } from './citations.js';
import { TARGETS_RULE_IDS } from './ids.js';
import { POLICY_RETENTION_PERIOD } from './interpretations.js';
import { PLAN_END_DATE } from './params.js';
import {
  policyRetentionInputSchema,
  policyRetentionLocalSchema,
  type PolicyRetentionInput,
  type PolicyRetentionLocal,
} from './schema.js';

/** Where a unit stands on a date: not yet exited, still keeping its policies, or past the period. */
export type RetentionStatus = 'notYetExited' | 'retained' | 'ended';

/** The outcome of {@link checkPolicyRetention}. */
export interface PolicyRetention {
  readonly unit: 'household' | 'village' | 'county';
  readonly exitDate: PlainDate;
  /** The last day policies are kept (included). */
  readonly retainedUntil: PlainDate;
  readonly status: RetentionStatus;
  /** True while the policies are kept (on the exit date and up to `retainedUntil`). */
  readonly retained: boolean;
}

const SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.policyRetention,
  citations: [EXIT_CITATIONS.retention],
  params: [PLAN_END_DATE],
  interpretations: [POLICY_RETENTION_PERIOD],
});

function lastDay(exitDate: PlainDate, months: number | undefined, planEnd: PlainDate | null): PlainDate {
  if (planEnd !== null) return planEnd;
  if (months === undefined) {
    return refuse(
      SPEC.ruleId,
      'local.retentionMonths',
      months,
      'is needed: the plan fixes no period (一定期限); give the local one',
    );
  }
  return monthPeriod(exitDate, months).lastDay;
}

/**
 * 摘帽不摘政策: whether an exited household, village or county still keeps its policies on `date`. The plan says
 * only “在一定期限内”: the period is the caller's `local.retentionMonths` (reading `localPeriod`, counted per the
 * Civil Code from the exit date), or, with the reading `untilPlanEnd`, the end of 2020.
 *
 * @throws PolicyInputError for bad dates, an unknown unit, or no `retentionMonths` under `localPeriod`.
 * @example
 * ```ts
 * checkPolicyRetention({ unit: 'village', exitDate: '2018-12-31', date: '2020-06-30' }, { retentionMonths: 24 }).retained //=> true (until 2020-12-31)
 * ```
 */
export function checkPolicyRetention(
  input: PolicyRetentionInput,
  local: PolicyRetentionLocal,
  options?: EvaluationOptions,
): RuleResult<PolicyRetention> {
  const i = parseInput(SPEC.ruleId, policyRetentionInputSchema, input);
  const l = parseInput(SPEC.ruleId, policyRetentionLocalSchema, local, 'local');
  const ctx = openEvaluation(SPEC, options, i.date);
  const reading = ctx.reading(POLICY_RETENTION_PERIOD);
  const planEnd = reading === 'untilPlanEnd' ? ctx.plainDate(PLAN_END_DATE) : null;
  const until = lastDay(i.exitDate, l.retentionMonths, planEnd);
  const status: RetentionStatus =
    i.date < i.exitDate ? 'notYetExited' : i.date <= until ? 'retained' : 'ended';
  const period =
    planEnd !== null
      ? { zh: `至规划期末 ${planEnd}`, en: `until the plan’s end, ${planEnd}` }
      : {
          zh: `退出后 ${String(l.retentionMonths)} 个月（地方规定），至 ${until}`,
          en: `${String(l.retentionMonths)} months after exit (local figure), to ${until}`,
        };
  const text = {
    notYetExited: { zh: '尚未退出', en: 'not yet exited' },
    retained: { zh: '继续享受相关政策', en: 'policies kept' },
    ended: { zh: '期限已过', en: 'period over' },
  }[status];
  ctx.step({
    citations: [EXIT_CITATIONS.retention],
    params: reading === 'untilPlanEnd' ? [PLAN_END_DATE] : [],
    inputs: { exitDate: i.exitDate, date: i.date, retentionMonths: l.retentionMonths ?? null },
    value: status,
    zh: `摘帽不摘政策：${i.exitDate} 退出，${period.zh}；${i.date}：${text.zh}`,
    en: `exit without losing policies: exited ${i.exitDate}, ${period.en}; on ${i.date}: ${text.en}`,
  });
  return ctx.finish({
    unit: i.unit,
    exitDate: i.exitDate,
    retainedUntil: until,
    status,
    retained: status === 'retained',
  });
}
