import type { Decimal } from 'decimal.js';
import { meetsBound, type BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { Dec } from '../core/decimal.js';
import { parseInput, refuse } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Param } from '../core/param.js';
import { nearest } from '../core/suggest.js';
import { REGIONS, isPlaceWithin, tryFindRegion, type Region, type RegionLevel } from '../regions/index.js';
import { EXIT_CITATIONS } from './citations.js';
import { TARGETS_RULE_IDS } from './ids.js';
import { INCIDENCE_DENOMINATOR } from './interpretations.js';
import {
  COUNTY_EXIT_INCIDENCE,
  COUNTY_EXIT_INCIDENCE_YANBIAN,
  VILLAGE_EXIT_INCIDENCE,
  VILLAGE_EXIT_INCIDENCE_YANBIAN,
} from './params.js';
import {
  countyExitInputSchema,
  incidenceInputSchema,
  villageExitInputSchema,
  type CountyExitInput,
  type IncidenceInput,
  type VillageExitInput,
} from './schema.js';

/** Poverty incidence, exactly: the reduced fraction, and a decimal for display. */
export interface Incidence {
  readonly registeredPoor: number;
  readonly ruralPopulation: number;
  /** registeredPoor ÷ ruralPopulation in lowest terms (the exact value). */
  readonly numerator: number;
  readonly denominator: number;
  /** The same to 50 significant digits (for display; tests compare the fraction). */
  readonly incidence: Decimal;
  /** As a percentage rounded half up to two decimals, for display only (`'1.25'` for 1.25%). */
  readonly percent: string;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function incidenceOf(registeredPoor: number, ruralPopulation: number): Incidence {
  const g = gcd(registeredPoor, ruralPopulation);
  const incidence = new Dec(registeredPoor).dividedBy(ruralPopulation);
  return {
    registeredPoor,
    ruralPopulation,
    numerator: registeredPoor / g,
    denominator: ruralPopulation / g,
    incidence,
    percent: incidence.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
  };
}

const INCIDENCE_SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.povertyIncidence,
  citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.county],
  params: [],
  interpretations: [INCIDENCE_DENOMINATOR],
});

/**
 * Poverty incidence (贫困发生率) of a village or county: registered poor people ÷ rural population, exactly
 * (`targets.incidenceDenominator`). Always in [0, 1].
 *
 * @throws PolicyInputError for counts that are not whole numbers (registeredPoor ≥ 0, ruralPopulation ≥ 1), or
 *   more poor people than people (path `registeredPoor`).
 * @example
 * ```ts
 * const r = povertyIncidence({ registeredPoor: 20, ruralPopulation: 1000 })
 * r.numerator / r.denominator //=> 1 / 50 (2%)
 * ```
 */
export function povertyIncidence(input: IncidenceInput, options?: EvaluationOptions): RuleResult<Incidence> {
  const v = parseInput(INCIDENCE_SPEC.ruleId, incidenceInputSchema, input);
  const ctx = openEvaluation(INCIDENCE_SPEC, options, null);
  const inc = incidenceOf(v.registeredPoor, v.ruralPopulation);
  ctx.step({
    citations: INCIDENCE_SPEC.citations,
    inputs: { registeredPoor: v.registeredPoor, ruralPopulation: v.ruralPopulation },
    value: `${String(inc.numerator)}/${String(inc.denominator)}`,
    zh: `贫困发生率 = ${String(v.registeredPoor)} ÷ ${String(v.ruralPopulation)} = ${String(inc.numerator)}/${String(inc.denominator)}（约 ${inc.percent}%）`,
    en: `poverty incidence = ${String(v.registeredPoor)} ÷ ${String(v.ruralPopulation)} = ${String(inc.numerator)}/${String(inc.denominator)} (about ${inc.percent}%)`,
  });
  return ctx.finish(inc);
}

/** One condition of a checklist, with the caller's answer (null: not answered). */
export interface ChecklistItem {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly answer: boolean | null;
  readonly citation: Citation;
}

/** A checklist's condition as data. */
export interface ExitCondition {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly citation: Citation;
}

const cond =
  (citation: Citation) =>
  (id: string, zh: string, en: string): ExitCondition =>
    Object.freeze({ id, zh, en, citation });
const v = cond(EXIT_CITATIONS.villageConditions);
const c = cond(EXIT_CITATIONS.countyConditions);

/** The plan's qualitative conditions of village exit (chapter 1 section 3), in its order. */
export const VILLAGE_EXIT_CONDITIONS: readonly ExitCondition[] = /* @__PURE__ */ Object.freeze([
  v(
    'infrastructureImproved',
    '村内基础设施、基本公共服务设施和人居环境明显改善',
    'infrastructure, basic public service facilities and living environment clearly improved',
  ),
  v(
    'farmlandImproved',
    '基本农田和农田水利等设施水平明显提高',
    'basic farmland and irrigation facilities clearly improved',
  ),
  v('featureIndustry', '特色产业基本形成', 'a distinctive industry basically formed'),
  v('collectiveEconomy', '集体经济有一定规模', 'a collective economy of some scale'),
  v('selfGovernance', '自治管理能力不断增强', 'self-governance capacity growing'),
]);

/** The plan's qualitative conditions of county exit (chapter 1 section 3), in its order. */
export const COUNTY_EXIT_CONDITIONS: readonly ExitCondition[] = /* @__PURE__ */ Object.freeze([
  c('infrastructureImproved', '县域内基础设施明显改善', 'infrastructure in the county clearly improved'),
  c('publicServicesImproved', '基本公共服务能力和水平进一步提升', 'basic public services further improved'),
  c(
    'travelAndMedicalSolved',
    '全面解决出行难、就医难等问题',
    'difficulties of travel and of seeing a doctor fully solved',
  ),
  c('socialSecurityCovered', '社会保障实现全覆盖', 'social security covering everyone'),
  c('countyEconomyGrowing', '县域经济不断壮大', 'the county economy growing'),
  c('ecologyImproved', '生态环境有效改善', 'the ecological environment effectively improved'),
  c('sustainableDevelopment', '可持续发展能力不断增强', 'capacity for sustainable development growing'),
]);

/** Answers a checklist from the caller's answers, in the plan's order. */
export function answerChecklist(
  conditions: readonly ExitCondition[],
  answers: Readonly<Record<string, boolean | null | undefined>> | undefined,
): readonly ChecklistItem[] {
  return conditions.map((k) => ({ ...k, answer: answers?.[k.id] ?? null }));
}

/** The checklist's verdict: false if any answer is false; null if any is unanswered; else true. */
export function checklistVerdict(items: readonly ChecklistItem[]): boolean | null {
  if (items.some((i) => i.answer === false)) return false;
  if (items.some((i) => i.answer === null)) return null;
  return true;
}

/** Incidence test and checklist together: false if either fails, null if the checklist is incomplete. */
export function exitVerdict(incidenceMet: boolean, checklist: boolean | null): boolean | null {
  if (!incidenceMet || checklist === false) return false;
  return checklist;
}

const COUNTY_LEVELS: readonly RegionLevel[] = ['county', 'countyCity', 'district'];
const VILLAGE_LEVELS: readonly RegionLevel[] = [
  'prefecture',
  ...COUNTY_LEVELS,
  'cityDistricts',
  'zone',
  'town',
  'township',
];
const PLACE_NAMES = REGIONS.map((r) => r.name);

/** Resolves a place of Jilin at one of `levels`, refusing anything else as bad input of `ruleId` at `path`. */
export function placeOf(ruleId: string, query: string, path: string, levels: readonly RegionLevel[]): Region {
  const region = tryFindRegion(query);
  if (region === undefined) {
    return refuse(
      ruleId,
      path,
      query,
      'is not one place of the region registry (a name, alias, id or code)',
      'unknown_region',
      nearest(query, PLACE_NAMES),
    );
  }
  if (!isPlaceWithin(region.id, 'jilin-province')) {
    return refuse(
      ruleId,
      path,
      query,
      'is not in Jilin Province: the plan’s exit standards are Jilin’s',
      'outside_jilin',
    );
  }
  if (!levels.includes(region.level)) {
    return refuse(
      ruleId,
      path,
      query,
      `is a ${region.level}; must be one of: ${levels.join(', ')}`,
      'wrong_level',
    );
  }
  return region;
}

/** The outcome of a village or county exit check. */
export interface PlaceExitCheck extends Incidence {
  /** The place as the plan writes it (`汪清县`). */
  readonly place: string;
  /** Whether the place lies in 延边州 (the region registry decides): the 3% threshold applies. */
  readonly inYanbian: boolean;
  /** The threshold applied (a fraction: `'0.02'`) and its limit word (以下: includes it). */
  readonly threshold: string;
  readonly bound: BoundTerm;
  /** Incidence at or below the threshold (exact: registeredPoor ≤ threshold × ruralPopulation). */
  readonly incidenceMet: boolean;
  readonly checklist: readonly ChecklistItem[];
  /** The checklist: false if any answer is false, null while any is unanswered, else true. */
  readonly conditionsMet: boolean | null;
  /** Whether the place qualifies: false if either test fails, null while the checklist is incomplete. */
  readonly qualifies: boolean | null;
}

interface PlaceExitInput {
  readonly registeredPoor: number;
  readonly ruralPopulation: number;
  readonly conditions?: Readonly<Record<string, boolean | null | undefined>> | undefined;
}

function placeExit(
  ctx: RuleContext,
  region: Region,
  input: PlaceExitInput,
  pick: { readonly general: Param; readonly yanbian: Param },
  conditions: readonly ExitCondition[],
): PlaceExitCheck {
  const P = region.flags.inYanbian ? pick.yanbian : pick.general;
  const inc = incidenceOf(input.registeredPoor, input.ruralPopulation);
  const threshold = ctx.decimal(P);
  const bound = P.bound ?? '以下';
  const incidenceMet = meetsBound(input.registeredPoor, bound, threshold.times(input.ruralPopulation));
  const where = region.flags.inYanbian
    ? { zh: '延边州', en: 'in Yanbian' }
    : { zh: '延边州以外', en: 'outside Yanbian' };
  ctx.step({
    citations: [P.citation],
    params: [P],
    inputs: {
      place: region.name,
      registeredPoor: input.registeredPoor,
      ruralPopulation: input.ruralPopulation,
    },
    value: incidenceMet,
    zh: `${region.name}（${where.zh}）：贫困发生率 ${String(input.registeredPoor)}/${String(input.ruralPopulation)}（约 ${inc.percent}%），标准 ${ctx.showLimit(P, 'zh')}：${incidenceMet ? '达到' : '未达到'}`,
    en: `${region.nameEn} (${where.en}): incidence ${String(input.registeredPoor)}/${String(input.ruralPopulation)} (about ${inc.percent}%) against ${ctx.showLimit(P, 'en')}: ${incidenceMet ? 'met' : 'not met'}`,
  });
  const checklist = answerChecklist(conditions, input.conditions);
  const conditionsMet = checklistVerdict(checklist);
  checklistStep(ctx, checklist, conditionsMet);
  const qualifies = exitVerdict(incidenceMet, conditionsMet);
  return {
    ...inc,
    place: region.name,
    inYanbian: region.flags.inYanbian,
    threshold: threshold.toFixed(),
    bound,
    incidenceMet,
    checklist,
    conditionsMet,
    qualifies,
  };
}

/** Adds the checklist's step to a trace. */
export function checklistStep(
  ctx: RuleContext,
  items: readonly ChecklistItem[],
  verdict: boolean | null,
): void {
  const mark = (a: boolean | null): string => (a === null ? '?' : a ? '✓' : '✗');
  ctx.step({
    citations: [...new Set(items.map((i) => i.citation))],
    inputs: Object.fromEntries(items.map((i) => [i.id, i.answer])),
    value: verdict,
    zh: `条件清单：${items.map((i) => `${mark(i.answer)}${i.zh}`).join('；')}：${verdict === null ? '尚未全部回答' : verdict ? '全部满足' : '有未满足的条件'}`,
    en: `checklist: ${items.map((i) => `${mark(i.answer)} ${i.en}`).join('; ')}: ${verdict === null ? 'not all answered' : verdict ? 'all met' : 'a condition is not met'}`,
  });
}

const VILLAGE_SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.villageExit,
  citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.villageConditions],
  params: [VILLAGE_EXIT_INCIDENCE, VILLAGE_EXIT_INCIDENCE_YANBIAN],
  interpretations: [INCIDENCE_DENOMINATOR],
});

/**
 * Checks a registered poor village against the exit standard: poverty incidence 2% 以下 (3% 以下 in 延边州; 以下
 * includes the figure), with `place` (the village's township, county or prefecture) deciding through the region
 * registry; and the plan's qualitative conditions as a checklist (`conditions`, each true, false or null).
 *
 * @throws PolicyInputError for bad counts, a date that is not `YYYY-MM-DD`, or a place that is unknown, outside
 *   Jilin or the province itself (path `place`).
 * @example
 * ```ts
 * checkVillageExit({ place: '通榆县', registeredPoor: 20, ruralPopulation: 1000, date: '2018-10-01' }).incidenceMet //=> true (2% 以下 includes 2%)
 * checkVillageExit({ place: '汪清县', registeredPoor: 30, ruralPopulation: 1000, date: '2018-10-01' }).incidenceMet //=> true (延边州: 3%)
 * ```
 */
export function checkVillageExit(
  input: VillageExitInput,
  options?: EvaluationOptions,
): RuleResult<PlaceExitCheck> {
  const i = parseInput(VILLAGE_SPEC.ruleId, villageExitInputSchema, input);
  const region = placeOf(VILLAGE_SPEC.ruleId, i.place, 'place', VILLAGE_LEVELS);
  const ctx = openEvaluation(VILLAGE_SPEC, options, i.date);
  const pick = { general: VILLAGE_EXIT_INCIDENCE, yanbian: VILLAGE_EXIT_INCIDENCE_YANBIAN };
  return ctx.finish(placeExit(ctx, region, i, pick, VILLAGE_EXIT_CONDITIONS));
}

const COUNTY_SPEC = defineRuleSpec({
  ruleId: TARGETS_RULE_IDS.countyExit,
  citations: [EXIT_CITATIONS.county, EXIT_CITATIONS.countyConditions],
  params: [COUNTY_EXIT_INCIDENCE, COUNTY_EXIT_INCIDENCE_YANBIAN],
  interpretations: [INCIDENCE_DENOMINATOR],
});

/**
 * Checks a poor county against the exit standard (摘帽): poverty incidence 2% 以下 (3% 以下 in 延边州), and the
 * plan's qualitative conditions as a checklist. `county` must be a county, county-level city or district of Jilin.
 *
 * @throws PolicyInputError as {@link checkVillageExit}, at path `county`.
 * @example
 * ```ts
 * checkCountyExit({ county: '和龙市', registeredPoor: 31, ruralPopulation: 1000, date: '2019-10-01' }).incidenceMet //=> false (31/1000 > 3%)
 * ```
 */
export function checkCountyExit(
  input: CountyExitInput,
  options?: EvaluationOptions,
): RuleResult<PlaceExitCheck> {
  const i = parseInput(COUNTY_SPEC.ruleId, countyExitInputSchema, input);
  const region = placeOf(COUNTY_SPEC.ruleId, i.county, 'county', COUNTY_LEVELS);
  const ctx = openEvaluation(COUNTY_SPEC, options, i.date);
  const pick = { general: COUNTY_EXIT_INCIDENCE, yanbian: COUNTY_EXIT_INCIDENCE_YANBIAN };
  return ctx.finish(placeExit(ctx, region, i, pick, COUNTY_EXIT_CONDITIONS));
}
