import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { HOUSING_CITATIONS } from './citations.js';
import { HOUSING_RULE_IDS } from './rules.js';
import {
  relocationCandidacyInputSchema,
  relocationCandidacyOptionsSchema,
  type CandidacyConditionsReading,
} from './schema.js';

/** The ids of the places’ conditions a candidate may meet. */
export type RelocationConditionId =
  | 'poorLivingOrFragileEcology'
  | 'farFromTownsAndTrunkRoads'
  | 'smallHighIncidenceHighCostVillage'
  | 'frequentNaturalDisasters'
  | 'otherLocalFinding';

/** One condition of a place that “cannot support its people” (一方水土养不起一方人). */
export interface RelocationCondition {
  readonly id: RelocationConditionId;
  /** The plan’s words (for `otherLocalFinding`, the plan’s summary phrase). */
  readonly zh: string;
  readonly en: string;
  /** Whether the plan lists it, or it is admitted only under the `listedOrLocalFinding` reading. */
  readonly listed: boolean;
  readonly citation: Citation;
}

/** The conditions of chapter 4, section 1, in the plan’s order, then the open-list finding. */
export const RELOCATION_CONDITIONS: readonly RelocationCondition[] = Object.freeze([
  Object.freeze({
    id: 'poorLivingOrFragileEcology',
    zh: '生存环境差、生态环境脆弱、不具备基本生产生活条件',
    en: 'Poor living conditions, a fragile ecology, no basic conditions for production and living',
    listed: true,
    citation: HOUSING_CITATIONS.conditionPoorEnvironment,
  }),
  Object.freeze({
    id: 'farFromTownsAndTrunkRoads',
    zh: '距城镇和交通干道较远、基础设施和公共服务设施难以延伸',
    en: 'Far from towns and trunk roads; infrastructure and public services hard to extend there',
    listed: true,
    citation: HOUSING_CITATIONS.conditionRemote,
  }),
  Object.freeze({
    id: 'smallHighIncidenceHighCostVillage',
    zh: '村屯人口规模较小、贫困发生率较高、扶贫成本大',
    en: 'A small village with high poverty incidence where poverty alleviation costs much',
    listed: true,
    citation: HOUSING_CITATIONS.conditionSmallPoorVillage,
  }),
  Object.freeze({
    id: 'frequentNaturalDisasters',
    zh: '自然灾害多发',
    en: 'Frequent natural disasters',
    listed: true,
    citation: HOUSING_CITATIONS.conditionDisasters,
  }),
  Object.freeze({
    id: 'otherLocalFinding',
    zh: '“一方水土养不起一方人”',
    en: 'A local finding, on other grounds, that the place cannot support its people',
    listed: false,
    citation: HOUSING_CITATIONS.conditionDisasters,
  }),
] satisfies RelocationCondition[]);

/** Input of {@link assessRelocationCandidacy}. */
export interface RelocationCandidacyInput {
  /** Whether the person is a registered poor person (建档立卡贫困人口), per the registration system. */
  readonly registeredPoor: boolean;
  /** Which conditions hold where the person lives; each missing one is taken as false. */
  readonly conditions: Partial<Readonly<Record<RelocationConditionId, boolean>>>;
}

/** Options of {@link assessRelocationCandidacy}. */
export interface RelocationCandidacyOptions {
  readonly readings?: {
    /** `housing.candidacyConditions`: `'anyListedCondition'` (default) or `'listedOrLocalFinding'`. */
    readonly candidacyConditions?: CandidacyConditionsReading;
  };
}

/** Whether a person is a candidate for poverty-alleviation relocation. */
export interface RelocationCandidacy {
  readonly ruleId: 'housing.relocationCandidacy';
  /** True when the person is registered poor and a counted condition holds where they live. */
  readonly candidate: boolean;
  readonly registeredPoor: boolean;
  /** The conditions that hold and count under the reading, in the plan’s order. */
  readonly conditionsMet: readonly RelocationConditionId[];
  readonly reading: CandidacyConditionsReading;
  readonly explanation: string;
  /** Candidacy is not an obligation: relocation is voluntary (农户自愿). */
  readonly voluntary: true;
  readonly citations: readonly Citation[];
}

/**
 * Whether a person is a candidate for relocation under chapter 4, section 1: a registered poor person
 * (“以建档立卡信息系统识别认定结果为依据”) living where “一方水土养不起一方人” — poor living conditions or a fragile
 * ecology, far from towns and trunk roads, a small village with high poverty incidence and high cost, or frequent
 * natural disasters. One condition is enough (reading `anyListedCondition`); a person who is not registered is never
 * a candidate. Under `listedOrLocalFinding`, `otherLocalFinding` counts too.
 *
 * Candidacy is not a decision to move anyone: the plan’s principle is 农户自愿 (voluntary).
 *
 * @throws PolicyInputError when `registeredPoor` or a condition is not a boolean, or an unknown condition is named.
 * @example
 * ```ts
 * assessRelocationCandidacy({ registeredPoor: true, conditions: { frequentNaturalDisasters: true } }).candidate
 * //=> true
 * assessRelocationCandidacy({ registeredPoor: false, conditions: { frequentNaturalDisasters: true } }).candidate
 * //=> false (not registered)
 * ```
 */
export function assessRelocationCandidacy(
  input: RelocationCandidacyInput,
  options?: RelocationCandidacyOptions,
): RelocationCandidacy {
  const ruleId = HOUSING_RULE_IDS.relocationCandidacy;
  const parsed = parseInput(ruleId, relocationCandidacyInputSchema, input);
  const parsedOptions = parseInput(ruleId, relocationCandidacyOptionsSchema, options, 'options');
  const reading = parsedOptions?.readings?.candidacyConditions ?? 'anyListedCondition';
  const conditions: Partial<Record<RelocationConditionId, boolean | undefined>> = parsed.conditions;
  const conditionsMet = RELOCATION_CONDITIONS.filter(
    (c) => conditions[c.id] === true && (c.listed || reading === 'listedOrLocalFinding'),
  ).map((c) => c.id);
  const candidate = parsed.registeredPoor && conditionsMet.length > 0;
  let explanation: string;
  if (!parsed.registeredPoor) {
    explanation = 'Not a registered poor person: relocation candidates are registered poor people only.';
  } else if (conditionsMet.length === 0) {
    explanation =
      reading === 'listedOrLocalFinding'
        ? 'Registered poor, but neither a listed condition nor a local finding says the place cannot support its people.'
        : 'Registered poor, but none of the listed conditions holds where the person lives.';
  } else {
    explanation = `Registered poor, living where ${conditionsMet.length === 1 ? 'a condition holds' : 'conditions hold'}: ${conditionsMet.join(', ')}. A candidate; moving is voluntary (农户自愿).`;
  }
  const cited = RELOCATION_CONDITIONS.filter((c) => conditionsMet.includes(c.id)).map((c) => c.citation);
  return Object.freeze({
    ruleId,
    candidate,
    registeredPoor: parsed.registeredPoor,
    conditionsMet: Object.freeze(conditionsMet),
    reading,
    explanation,
    voluntary: true,
    citations: Object.freeze([
      ...new Set([HOUSING_CITATIONS.candidacyBasis, ...cited, HOUSING_CITATIONS.principles]),
    ]),
  });
}
