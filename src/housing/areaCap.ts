import type { BoundTerm } from '../core/bounds.js';
import { meetsBound } from '../core/bounds.js';
import { Dec, type DecimalLike, type DecimalValue } from '../core/decimal.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { AREA_CAP_PARAM } from './params.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';
import { areaCapInputSchema, housePlanInputSchema, type AreaCapBasisReading } from './schema.js';

/** The people of a registered relocating household. */
export interface HouseholdPeople {
  /** Registered (建档立卡) relocating members: a whole number ≥ 1. */
  readonly registeredPeople: number;
  /** Members who move with them but are not registered (default 0); they add nothing under the chosen reading. */
  readonly nonRegisteredPeople?: number;
}

/**
 * Options of {@link areaCapFor} and {@link checkHousePlan}: the contract's `readings` (`areaCapBasis`:
 * `'registeredMembers'`, the registry's choice, or `'allMembers'`), `overrides` (`housing.areaCapPerPerson`)
 * and `regime`.
 */
export interface AreaCapOptions extends EvaluationOptions {
  readonly readings?: { readonly areaCapBasis?: AreaCapBasisReading };
}

/** The figures of the area cap of one household. */
export interface AreaCapFigures {
  /** The cap on the house’s total building area, m² (exact): the per-person cap × counted people. */
  readonly capM2: DecimalValue;
  /** The per-person cap in force (`housing.areaCapPerPerson`: 25 m² under the plan). */
  readonly perPersonM2: DecimalValue;
  /** The people the cap counts: registered only under `registeredMembers`, everyone under `allMembers`. */
  readonly countedPeople: number;
  readonly registeredPeople: number;
  readonly nonRegisteredPeople: number;
}

/** The area cap of one household, with the evaluation envelope (rule, readings, params, trace). */
export type AreaCap = RuleResult<AreaCapFigures>;

/** Input of {@link checkHousePlan}. */
export interface HousePlan extends HouseholdPeople {
  /** Planned building area (住房建设面积) of the house in m²: an exact decimal > 0 (`'75.5'`, `75.5`). */
  readonly plannedAreaM2: DecimalLike;
}

/** The figures of a house plan check. */
export interface HousePlanFigures extends AreaCapFigures {
  /** True when the planned area is not more than (不超过, inclusive) the cap. */
  readonly compliant: boolean;
  /** The limit word applied: 不超过 (includes the cap itself). */
  readonly bound: BoundTerm;
  readonly plannedAreaM2: DecimalValue;
  /** Planned minus cap, m², exact: positive above the cap, zero at it, negative below. */
  readonly differenceM2: DecimalValue;
  /** How far above the cap, m² (0 when compliant). */
  readonly excessM2: DecimalValue;
  /** How much room is left below the cap, m² (0 when at or above it). */
  readonly headroomM2: DecimalValue;
  /** The English text of the trace's last step (kept for compatibility; the trace has zh and en). */
  readonly explanation: string;
}

/** Whether a house plan meets the per-person standard, and by how much, with the evaluation envelope. */
export type HousePlanCheck = RuleResult<HousePlanFigures>;

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.areaCap,
  citations: [C.areaCap],
  params: [AREA_CAP_PARAM],
  interpretations: [INTERPRETATION.areaCapBasis],
});

/** Who the cap counts, in both languages. */
function countedWho(figures: AreaCapFigures, reading: AreaCapBasisReading): { zh: string; en: string } {
  const n = figures.countedPeople;
  if (reading === 'allMembers') {
    return {
      zh: `${n} 名搬迁成员（含非建档立卡成员）`,
      en: `${n} ${n === 1 ? 'person' : 'people'} (registered or not)`,
    };
  }
  return {
    zh: `${n} 名建档立卡搬迁人口`,
    en: `${n} registered ${n === 1 ? 'person' : 'people'}`,
  };
}

/** `the 1 person not registered adds nothing` / `the 2 people not registered add nothing`. */
export function notRegisteredEn(n: number): string {
  return n === 1 ? 'the 1 person not registered adds nothing' : `the ${n} people not registered add nothing`;
}

/** Step 1: the cap = the per-person cap × the people the reading counts. */
function capStep(ctx: RuleContext, registeredPeople: number, nonRegisteredPeople: number): AreaCapFigures {
  const reading = ctx.reading<AreaCapBasisReading>(INTERPRETATION.areaCapBasis);
  const countedPeople = reading === 'allMembers' ? registeredPeople + nonRegisteredPeople : registeredPeople;
  const perPersonM2 = ctx.decimal(AREA_CAP_PARAM);
  const capM2 = perPersonM2.times(countedPeople);
  const figures = { capM2, perPersonM2, countedPeople, registeredPeople, nonRegisteredPeople };
  const who = countedWho(figures, reading);
  const ignored = reading === 'registeredMembers' && nonRegisteredPeople > 0;
  ctx.step({
    citations: [C.areaCap],
    params: [AREA_CAP_PARAM],
    inputs: { registeredPeople, nonRegisteredPeople, countedPeople },
    value: capM2.toString(),
    zh:
      `住房建设面积上限：${who.zh} × ${ctx.show(AREA_CAP_PARAM, 'zh')} = ${capM2.toString()} 平方米` +
      `（标准：${ctx.showLimit(AREA_CAP_PARAM, 'zh')}）` +
      (ignored ? `；非建档立卡成员 ${nonRegisteredPeople} 人不计入。` : '。'),
    en:
      `Area cap: ${who.en} × ${ctx.show(AREA_CAP_PARAM, 'en')} = ${capM2.toString()} m²` +
      (ignored ? `; ${notRegisteredEn(nonRegisteredPeople)}.` : '.'),
  });
  return figures;
}

/**
 * The most building area a registered relocating household’s house may have: 25 m² × its registered people.
 *
 * The plan: “严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准” (chapter 4, section 2). The cap is on the
 * household’s total (人均 is an average); members who are not registered add nothing under the registry’s reading
 * `registeredMembers` of `housing.areaCapBasis` (pass `{ readings: { areaCapBasis: 'allMembers' } }` to count them).
 * The per-person figure is the parameter `housing.areaCapPerPerson` (a reform may override it).
 *
 * @throws PolicyInputError when `registeredPeople` is not a whole number ≥ 1 (path `registeredPeople`), or
 *   `nonRegisteredPeople` is not a whole number ≥ 0, or an option is unknown or invalid.
 * @example
 * ```ts
 * areaCapFor({ registeredPeople: 4 }).capM2.toString() //=> '100' (4 × 25 m²)
 * areaCapFor({ registeredPeople: 3, nonRegisteredPeople: 1 }).capM2.toString() //=> '75'
 * areaCapFor({ registeredPeople: 3 }, { overrides: { 'housing.areaCapPerPerson': '30' } }).capM2.toString() //=> '90'
 * ```
 */
export function areaCapFor(household: HouseholdPeople, options?: AreaCapOptions): AreaCap {
  const input = parseInput(SPEC.ruleId, areaCapInputSchema, household);
  const ctx = openEvaluation(SPEC, options, null);
  return ctx.finish(capStep(ctx, input.registeredPeople, input.nonRegisteredPeople ?? 0));
}

/** Step 2: the planned area against the cap, 不超过 (inclusive); returns the comparison's figures. */
function compareStep(ctx: RuleContext, cap: AreaCapFigures, planned: DecimalValue): HousePlanFigures {
  const bound = AREA_CAP_PARAM.bound;
  const compliant = meetsBound(planned, bound, cap.capM2);
  const differenceM2 = planned.minus(cap.capM2);
  const zero = new Dec(0);
  const excessM2 = differenceM2.isPositive() && !differenceM2.isZero() ? differenceM2 : zero;
  const headroomM2 = differenceM2.isNegative() && !differenceM2.isZero() ? differenceM2.negated() : zero;
  const who = countedWho(cap, ctx.reading<AreaCapBasisReading>(INTERPRETATION.areaCapBasis));
  const capEn = `${cap.countedPeople} × ${ctx.show(AREA_CAP_PARAM, 'en')} = ${cap.capM2.toString()} m²`;
  const capZh = `${cap.capM2.toString()} 平方米`;
  const standardZh = `（标准：${ctx.showLimit(AREA_CAP_PARAM, 'zh')}）`;
  const p = planned.toString();
  const en = compliant
    ? `${p} m² for ${who.en} is not more than the cap of ${capEn}` +
      (headroomM2.isZero()
        ? ` (exactly at the cap: ${bound} includes it).`
        : `; ${headroomM2.toString()} m² below it.`)
    : `${p} m² for ${who.en} exceeds the cap of ${capEn} by ${excessM2.toString()} m².`;
  const zh = compliant
    ? `${who.zh}规划住房建设面积 ${p} 平方米，未超过上限 ${capZh}` +
      (headroomM2.isZero()
        ? `，恰好等于上限（${bound}含本数），符合标准${standardZh}。`
        : `，尚余 ${headroomM2.toString()} 平方米，符合标准${standardZh}。`)
    : `${who.zh}规划住房建设面积 ${p} 平方米，超过上限 ${capZh}，超出 ${excessM2.toString()} 平方米，不符合标准${standardZh}。`;
  ctx.step({
    citations: [C.areaCap],
    params: [AREA_CAP_PARAM],
    inputs: { plannedAreaM2: p, capM2: cap.capM2.toString() },
    value: compliant,
    zh,
    en,
  });
  return {
    ...cap,
    compliant,
    bound,
    plannedAreaM2: planned,
    differenceM2,
    excessM2,
    headroomM2,
    explanation: en,
  };
}

/**
 * Checks a house plan against the 25 m² per person standard: compliant or not, and by how many m² (exact).
 * 不超过 includes the cap: a plan of exactly 25 m² × people complies; 0.01 m² more does not.
 *
 * @throws PolicyInputError for people counts that are not whole numbers ≥ 1, or an area that is not a
 *   decimal > 0 (path `plannedAreaM2`), or an unknown or invalid option.
 * @example
 * ```ts
 * const r = checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' })
 * r.compliant              //=> false (cap 3 × 25 = 75 m²)
 * r.excessM2.toString()    //=> '5'   (80 − 75)
 * r.trace[1].text.zh       //=> '3 名建档立卡搬迁人口规划住房建设面积 80 平方米，超过上限 75 平方米（…）5 平方米，不符合标准。'
 * checkHousePlan({ registeredPeople: 3, plannedAreaM2: 75 }).compliant //=> true (不超过 includes 75)
 * ```
 */
export function checkHousePlan(plan: HousePlan, options?: AreaCapOptions): HousePlanCheck {
  const input = parseInput(SPEC.ruleId, housePlanInputSchema, plan);
  const ctx = openEvaluation(SPEC, options, null);
  const cap = capStep(ctx, input.registeredPeople, input.nonRegisteredPeople ?? 0);
  return ctx.finish(compareStep(ctx, cap, input.plannedAreaM2));
}
