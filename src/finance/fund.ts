import type { Decimal } from 'decimal.js';
import { Dec } from '../core/decimal.js';
import { parseInput, refuse } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money } from '../core/money.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { FUND_INCREASE } from './interpretations.js';
import { FUND_ANNUAL_INCREASE, FUND_START_YEAR, FUND_STATED_TOTAL, FUND_YEARS } from './params.js';
import { yuanOfYi } from './place.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { fundScheduleQuerySchema, type FundScheduleQuery } from './schema.js';

/** The readings of `finance.fundIncrease`. */
export type FundIncreaseReading = 'stacking' | 'flat';

/** One year of the fund schedule. Amounts in 亿元 (exact) and in yuan. */
export interface FundYear {
  readonly year: number;
  /** The increase over the year before, 亿元. */
  readonly increaseYi: Decimal;
  /** The extra over the 2015 level in this year, 亿元. */
  readonly extraYi: Decimal;
  readonly extraYuan: Money;
  /** The extras of this and every earlier year of the schedule, 亿元. */
  readonly cumulativeExtraYi: Decimal;
}

/** What the plan says the fund is mainly for (主要用于…). */
export const PROVINCIAL_FUND_USES = /* @__PURE__ */ Object.freeze([
  Object.freeze({ zh: '贫困户危房改造', en: 'rebuilding dangerous houses of poor households' }),
  Object.freeze({ zh: '易地扶贫搬迁', en: 'poverty-alleviation relocation' }),
  Object.freeze({ zh: '包保重点示范村', en: 'key demonstration villages under assigned responsibility' }),
  Object.freeze({ zh: '边境县市脱贫攻坚', en: 'poverty alleviation in border counties and cities' }),
  Object.freeze({ zh: '革命老区脱贫攻坚', en: 'poverty alleviation in old revolutionary base areas' }),
]);

/** The result of {@link provincialFundSchedule}. */
export interface FundSchedule {
  readonly years: readonly FundYear[];
  /** The sum of the yearly extras, 亿元. */
  readonly totalExtraYi: Decimal;
  readonly totalExtraYuan: Money;
  /** The plan's stated total (共计15亿元). */
  readonly statedTotalYi: Decimal;
  /** Whether the schedule adds up to the stated total. */
  readonly sumsToStated: boolean;
  /** The schedule's total minus the stated one, 亿元 (0 when it adds up). */
  readonly differenceYi: Decimal;
  /** The year asked about, or null when none was. */
  readonly requested: FundYear | null;
  readonly uses: typeof PROVINCIAL_FUND_USES;
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.provincialFund,
  citations: [C.fundGrowth, C.fundUses],
  params: [FUND_ANNUAL_INCREASE, FUND_START_YEAR, FUND_YEARS, FUND_STATED_TOTAL],
  interpretations: [FUND_INCREASE],
});

function scheduleYears(ctx: RuleContext): FundYear[] {
  const reading = ctx.reading<FundIncreaseReading>(FUND_INCREASE);
  const step = ctx.decimal(FUND_ANNUAL_INCREASE);
  const first = ctx.integer(FUND_START_YEAR);
  const out: FundYear[] = [];
  let cumulative: Decimal = new Dec(0);
  for (let i = 0; i < ctx.integer(FUND_YEARS); i += 1) {
    const extraYi = reading === 'stacking' ? step.times(i + 1) : step;
    const increaseYi = reading === 'stacking' || i === 0 ? step : new Dec(0);
    cumulative = cumulative.plus(extraYi);
    out.push({
      year: first + i,
      increaseYi,
      extraYi,
      extraYuan: yuanOfYi(ctx.spec.ruleId, extraYi, FUND_ANNUAL_INCREASE.id),
      cumulativeExtraYi: cumulative,
    });
  }
  // Stryker disable next-line StringLiteral: a year shows as the bare number in every language but 'zh', so '' renders as 'en' does
  const fromEn = ctx.show(FUND_START_YEAR, 'en');
  ctx.step({
    citations: [C.fundGrowth],
    params: [FUND_ANNUAL_INCREASE, FUND_START_YEAR, FUND_YEARS],
    inputs: { reading },
    value: out.map((y) => y.extraYi.toString()).join(' + '),
    zh:
      `从 ${ctx.show(FUND_START_YEAR, 'zh')}起连续 ${ctx.show(FUND_YEARS, 'zh')}每年增加 ${ctx.show(FUND_ANNUAL_INCREASE, 'zh')}` +
      `（${reading === 'stacking' ? '逐年累加' : '每年均比基期多同一数额'}）：各年新增 ${out.map((y) => y.extraYi.toString()).join('、')} 亿元`,
    en:
      `${ctx.show(FUND_ANNUAL_INCREASE, 'en')} more each year for ${ctx.show(FUND_YEARS, 'en')} from ${fromEn} ` +
      `(${reading === 'stacking' ? 'increases stack' : 'the same extra every year'}): extras ${out.map((y) => y.extraYi.toString()).join(', ')} 亿元`,
  });
  return out;
}

function requestedYear(
  ctx: RuleContext,
  years: readonly FundYear[],
  year: number | undefined,
): FundYear | null {
  if (year === undefined) return null;
  const found = years.find((y) => y.year === year);
  if (found === undefined) {
    const span = years.map((y) => y.year);
    const range = span.length === 0 ? 'none' : `${Math.min(...span)}–${Math.max(...span)}`;
    return refuse(SPEC.ruleId, 'year', year, `must be a year of the schedule (${range})`, 'out_of_range');
  }
  ctx.step({
    citations: [C.fundGrowth],
    inputs: { year },
    value: found.cumulativeExtraYi.toString(),
    zh: `${year} 年：比上年增加 ${found.increaseYi.toString()} 亿元，比基期多 ${found.extraYi.toString()} 亿元，累计新增 ${found.cumulativeExtraYi.toString()} 亿元`,
    en: `${year}: up ${found.increaseYi.toString()} 亿元 on the year before, ${found.extraYi.toString()} 亿元 above the base, ${found.cumulativeExtraYi.toString()} 亿元 extra in all so far`,
  });
  return found;
}

/**
 * The growth schedule of the provincial special poverty fund: “省级财政专项扶贫资金从2016年起连续5年每年增加1亿元
 * （5年共计15亿元）” (chapter 12, section 2). Each year's increase, its extra over the 2015 level and the cumulative
 * extra; a check that the extras add up to the stated 15 亿元 (they do under the chosen reading `stacking` of
 * `finance.fundIncrease`: 1 + 2 + 3 + 4 + 5 = 15; under `flat` they add up to 5 and the check fails); the uses the
 * plan names. Pass `{ year }` to get one year's figures as well.
 *
 * @throws PolicyInputError for input that is not `{ year? }`, or a year outside the schedule (path `year`).
 * @example
 * ```ts
 * provincialFundSchedule().sumsToStated //=> true (1 + 2 + 3 + 4 + 5 = 15)
 * provincialFundSchedule({ year: 2018 }).requested?.cumulativeExtraYi.toString() //=> '6' (1 + 2 + 3)
 * ```
 */
export function provincialFundSchedule(
  query?: FundScheduleQuery,
  options?: EvaluationOptions,
): RuleResult<FundSchedule> {
  const input = parseInput(SPEC.ruleId, fundScheduleQuerySchema, query);
  const ctx = openEvaluation(SPEC, options, null);
  const years = scheduleYears(ctx);
  const totalExtraYi = years.reduce((sum, y) => sum.plus(y.extraYi), new Dec(0));
  const statedTotalYi = ctx.decimal(FUND_STATED_TOTAL);
  const sumsToStated = totalExtraYi.eq(statedTotalYi);
  ctx.step({
    citations: [C.fundTotal],
    params: [FUND_STATED_TOTAL],
    inputs: { totalExtraYi: totalExtraYi.toString() },
    value: sumsToStated,
    zh: `合计 ${totalExtraYi.toString()} 亿元，${sumsToStated ? '与' : '不等于'}规划所写共计 ${ctx.show(FUND_STATED_TOTAL, 'zh')}${sumsToStated ? '相符' : ''}`,
    en: `${totalExtraYi.toString()} 亿元 in all, ${sumsToStated ? 'equal to' : 'not'} the stated ${ctx.show(FUND_STATED_TOTAL, 'en')}`,
  });
  const requested = requestedYear(ctx, years, input?.year);
  return ctx.finish({
    years,
    totalExtraYi,
    totalExtraYuan: yuanOfYi(ctx.spec.ruleId, totalExtraYi, FUND_ANNUAL_INCREASE.id),
    statedTotalYi,
    sumsToStated,
    differenceYi: totalExtraYi.minus(statedTotalYi),
    requested,
    uses: PROVINCIAL_FUND_USES,
  });
}
