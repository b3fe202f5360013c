import { meetsBound } from '../core/bounds.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { LEADER_COVERAGE } from './interpretations.js';
import * as P from './params.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { departmentVillagesSchema, type DepartmentVillagesInput } from './schema.js';

/** The readings of `finance.leaderCoverage`. */
export type LeaderCoverageReading = 'together' | 'each';

/** The result of {@link fixedPointAssistance}: the plan's numbers for fixed-point assistance. */
export interface FixedPointAssistance {
  readonly leaders: {
    /** Poor counties the other provincial leaders cover (15). */
    readonly countiesCovered: number;
    /** Counties each leader covers: null under `together` (the plan gives none), 15 under `each`. */
    readonly countiesPerLeader: number | null;
    readonly villagesPerLeader: number;
    readonly householdsPerLeader: number;
  };
  readonly departments: {
    readonly villagesMin: number;
    readonly villagesMax: number;
    readonly villagesTotal: number;
    /** The fewest departments that can cover the villages at the most each: ⌈194 / 2⌉ = 97. */
    readonly fewestDepartments: number;
    /** The most departments that can take part with at least one village each: 194. */
    readonly mostDepartments: number;
  };
  readonly term: { readonly years: number; readonly pairingsUntilYear: number };
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.fixedPointAssistance,
  citations: [C.leaderCounties, C.leaderVillageAndHouseholds, C.departmentVillages, C.fixedTerm],
  params: [
    P.LEADER_COUNTIES,
    P.LEADER_VILLAGES,
    P.LEADER_HOUSEHOLDS,
    P.DEPARTMENT_VILLAGES_MIN,
    P.DEPARTMENT_VILLAGES_MAX,
    P.DEPARTMENT_VILLAGES_TOTAL,
    P.FIXED_POINT_YEARS,
    P.PAIRING_UNTIL_YEAR,
  ],
  interpretations: [LEADER_COVERAGE],
});

function leaders(ctx: RuleContext): FixedPointAssistance['leaders'] {
  const reading = ctx.reading<LeaderCoverageReading>(LEADER_COVERAGE);
  const countiesCovered = ctx.integer(P.LEADER_COUNTIES);
  ctx.step({
    citations: [C.leaderCounties, C.leaderVillageAndHouseholds],
    params: [P.LEADER_COUNTIES, P.LEADER_VILLAGES, P.LEADER_HOUSEHOLDS],
    inputs: { reading },
    value: countiesCovered,
    zh: `其他在职省级领导${reading === 'together' ? '分别（合计）' : '每人'}包保 ${ctx.show(P.LEADER_COUNTIES, 'zh')}；每人 ${ctx.show(P.LEADER_VILLAGES, 'zh')}、直接联系 ${ctx.show(P.LEADER_HOUSEHOLDS, 'zh')}`,
    en: `the other provincial leaders ${reading === 'together' ? 'together' : 'each'} cover ${ctx.show(P.LEADER_COUNTIES, 'en')}; each leader ${ctx.show(P.LEADER_VILLAGES, 'en')} and ${ctx.show(P.LEADER_HOUSEHOLDS, 'en')} contacted directly`,
  });
  return {
    countiesCovered,
    countiesPerLeader: reading === 'each' ? countiesCovered : null,
    villagesPerLeader: ctx.integer(P.LEADER_VILLAGES),
    householdsPerLeader: ctx.integer(P.LEADER_HOUSEHOLDS),
  };
}

function departments(ctx: RuleContext): FixedPointAssistance['departments'] {
  const villagesMin = ctx.integer(P.DEPARTMENT_VILLAGES_MIN);
  const villagesMax = ctx.integer(P.DEPARTMENT_VILLAGES_MAX);
  const villagesTotal = ctx.integer(P.DEPARTMENT_VILLAGES_TOTAL);
  const fewestDepartments = villagesMax === 0 ? 0 : Math.ceil(villagesTotal / villagesMax);
  const mostDepartments = villagesMin === 0 ? villagesTotal : Math.floor(villagesTotal / villagesMin);
  ctx.step({
    citations: [C.departmentVillages],
    params: [P.DEPARTMENT_VILLAGES_MIN, P.DEPARTMENT_VILLAGES_MAX, P.DEPARTMENT_VILLAGES_TOTAL],
    value: `${fewestDepartments}–${mostDepartments}`,
    zh: `${ctx.show(P.DEPARTMENT_VILLAGES_TOTAL, 'zh')}，每个部门 ${ctx.show(P.DEPARTMENT_VILLAGES_MIN, 'zh')}—${ctx.show(P.DEPARTMENT_VILLAGES_MAX, 'zh')}：需要 ${fewestDepartments} 至 ${mostDepartments} 个部门`,
    en: `${ctx.show(P.DEPARTMENT_VILLAGES_TOTAL, 'en')} at ${ctx.show(P.DEPARTMENT_VILLAGES_MIN, 'en')} to ${ctx.show(P.DEPARTMENT_VILLAGES_MAX, 'en')} a department: ${fewestDepartments} to ${mostDepartments} departments`,
  });
  return { villagesMin, villagesMax, villagesTotal, fewestDepartments, mostDepartments };
}

/**
 * The plan's numbers for fixed-point assistance (定点帮扶, chapter 9, section 2), as an evaluation: the other
 * provincial leaders cover the 15 poor counties (together, under the chosen reading of `finance.leaderCoverage`),
 * each with one village and 5 poor households contacted directly; each department (unit) covers 1–2 villages, 194
 * in all, so 97 to 194 departments take part; the assignment stays fixed for 5 years and the pairings are kept
 * until 2020.
 *
 * @throws PolicyInputError for bad options.
 * @example
 * ```ts
 * fixedPointAssistance().departments.fewestDepartments //=> 97 (⌈194 / 2⌉)
 * ```
 */
export function fixedPointAssistance(options?: EvaluationOptions): RuleResult<FixedPointAssistance> {
  const ctx = openEvaluation(SPEC, options, null);
  const term = {
    years: ctx.integer(P.FIXED_POINT_YEARS),
    pairingsUntilYear: ctx.integer(P.PAIRING_UNTIL_YEAR),
  };
  const result = { leaders: leaders(ctx), departments: departments(ctx), term };
  // Stryker disable next-line StringLiteral: a `year` parameter renders as the bare number in every language but zh (formatParamValue), so 'en' and '' both show 2020
  const untilEn = ctx.show(P.PAIRING_UNTIL_YEAR, 'en');
  ctx.step({
    citations: [C.fixedTerm, C.pairingUntil2020],
    params: [P.FIXED_POINT_YEARS, P.PAIRING_UNTIL_YEAR],
    value: term.years,
    zh: `定点帮扶时限保持 ${ctx.show(P.FIXED_POINT_YEARS, 'zh')}不变，结对关系保持到 ${ctx.show(P.PAIRING_UNTIL_YEAR, 'zh')}`,
    en: `the assignment stays fixed for ${ctx.show(P.FIXED_POINT_YEARS, 'en')}; pairings are kept until ${untilEn}`,
  });
  return ctx.finish(result);
}

/** The result of {@link checkDepartmentVillages}. */
export interface DepartmentVillagesCheck {
  readonly villages: number;
  /** True when the count is within 1—2 (both ends included). */
  readonly withinRange: boolean;
}

/**
 * Checks one department's (unit's) number of villages against “每个部门（单位）包保 1—2 个建档立卡贫困村”: 1 and 2
 * qualify (a range written with a dash includes both ends), 0 and 3 do not.
 *
 * @throws PolicyInputError where `villages` is not a whole number ≥ 0.
 * @example
 * ```ts
 * checkDepartmentVillages({ villages: 2 }).withinRange //=> true
 * ```
 */
export function checkDepartmentVillages(
  input: DepartmentVillagesInput,
  options?: EvaluationOptions,
): RuleResult<DepartmentVillagesCheck> {
  const { villages } = parseInput(SPEC.ruleId, departmentVillagesSchema, input);
  const ctx = openEvaluation(SPEC, options, null);
  const withinRange =
    meetsBound(
      villages,
      // Stryker disable next-line LogicalOperator,StringLiteral: DEPARTMENT_VILLAGES_MIN is defined with the bound '不少于' (params.ts), so `??` never falls back and `&&` yields the same word
      P.DEPARTMENT_VILLAGES_MIN.bound ?? '不少于',
      ctx.integer(P.DEPARTMENT_VILLAGES_MIN),
    ) &&
    // Stryker disable next-line LogicalOperator,StringLiteral: DEPARTMENT_VILLAGES_MAX is defined with the bound '不超过' (params.ts), so `??` never falls back and `&&` yields the same word
    meetsBound(villages, P.DEPARTMENT_VILLAGES_MAX.bound ?? '不超过', ctx.integer(P.DEPARTMENT_VILLAGES_MAX));
  ctx.step({
    citations: [C.departmentVillages],
    params: [P.DEPARTMENT_VILLAGES_MIN, P.DEPARTMENT_VILLAGES_MAX],
    inputs: { villages },
    value: withinRange,
    zh: `包保 ${villages} 个村：${withinRange ? '在' : '不在'} ${ctx.showLimit(P.DEPARTMENT_VILLAGES_MIN, 'zh')}、${ctx.showLimit(P.DEPARTMENT_VILLAGES_MAX, 'zh')} 之内`,
    en: `${villages} ${villages === 1 ? 'village' : 'villages'}: ${withinRange ? 'within' : 'outside'} ${ctx.showLimit(P.DEPARTMENT_VILLAGES_MIN, 'en')} and ${ctx.showLimit(P.DEPARTMENT_VILLAGES_MAX, 'en')}`,
  });
  return ctx.finish({ villages, withinRange });
}
