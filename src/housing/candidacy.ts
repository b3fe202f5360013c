import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import { HOUSING_CITATIONS } from './citations.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';
import { relocationCandidacyInputSchema, type CandidacyConditionsReading } from './schema.js';

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
export const RELOCATION_CONDITIONS: readonly RelocationCondition[] = /* @__PURE__ */ Object.freeze([
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

/**
 * Options of {@link assessRelocationCandidacy}: the contract's options; `readings.candidacyConditions` is
 * `'anyListedCondition'` (the registry's choice) or `'listedOrLocalFinding'`.
 */
export interface RelocationCandidacyOptions extends EvaluationOptions {
  readonly readings?: { readonly candidacyConditions?: CandidacyConditionsReading };
}

/** The figures of a candidacy assessment. */
export interface RelocationCandidacyFigures {
  /** True when the person is registered poor and a counted condition holds where they live. */
  readonly candidate: boolean;
  readonly registeredPoor: boolean;
  /** The conditions that hold and count under the reading, in the plan’s order. */
  readonly conditionsMet: readonly RelocationConditionId[];
  /** The English text of the trace's last step (kept for compatibility). */
  readonly explanation: string;
  /** Candidacy is not an obligation: relocation is voluntary (农户自愿). */
  readonly voluntary: true;
}

/** Whether a person is a candidate for poverty-alleviation relocation, with the evaluation envelope. */
export type RelocationCandidacy = RuleResult<RelocationCandidacyFigures>;

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.relocationCandidacy,
  citations: [
    HOUSING_CITATIONS.candidacyBasis,
    HOUSING_CITATIONS.conditionPoorEnvironment,
    HOUSING_CITATIONS.conditionRemote,
    HOUSING_CITATIONS.conditionSmallPoorVillage,
    HOUSING_CITATIONS.conditionDisasters,
    HOUSING_CITATIONS.principles,
  ],
  params: [],
  interpretations: [INTERPRETATION.candidacyConditions],
});

/** The outcome in both languages. */
function candidacyText(
  registeredPoor: boolean,
  met: readonly RelocationCondition[],
  reading: CandidacyConditionsReading,
): { zh: string; en: string } {
  if (!registeredPoor) {
    return {
      zh: '非建档立卡贫困人口：搬迁对象仅限建档立卡贫困人口。',
      en: 'Not a registered poor person: relocation candidates are registered poor people only.',
    };
  }
  if (met.length === 0) {
    return reading === 'listedOrLocalFinding'
      ? {
          zh: '建档立卡贫困人口，但所列条件及地方认定均不表明当地“一方水土养不起一方人”。',
          en: 'Registered poor, but neither a listed condition nor a local finding says the place cannot support its people.',
        }
      : {
          zh: '建档立卡贫困人口，但居住地不符合所列任何条件。',
          en: 'Registered poor, but none of the listed conditions holds where the person lives.',
        };
  }
  return {
    zh: `建档立卡贫困人口，居住地符合：${met.map((c) => c.zh).join('；')}。属搬迁对象；是否搬迁遵循农户自愿。`,
    en: `Registered poor, living where ${met.length === 1 ? 'a condition holds' : 'conditions hold'}: ${met.map((c) => c.id).join(', ')}. A candidate; moving is voluntary (农户自愿).`,
  };
}

function candidacyStep(
  ctx: RuleContext,
  registeredPoor: boolean,
  conditions: Partial<Record<RelocationConditionId, boolean | undefined>>,
): RelocationCandidacyFigures {
  const reading = ctx.reading<CandidacyConditionsReading>(INTERPRETATION.candidacyConditions);
  const met = RELOCATION_CONDITIONS.filter(
    (c) => conditions[c.id] === true && (c.listed || reading === 'listedOrLocalFinding'),
  );
  const candidate = registeredPoor && met.length > 0;
  const text = candidacyText(registeredPoor, met, reading);
  ctx.step({
    citations: [
      ...new Set([
        HOUSING_CITATIONS.candidacyBasis,
        ...met.map((c) => c.citation),
        HOUSING_CITATIONS.principles,
      ]),
    ],
    inputs: { registeredPoor, conditionsMet: met.map((c) => c.id).join(',') },
    value: candidate,
    ...text,
  });
  return {
    candidate,
    registeredPoor,
    conditionsMet: met.map((c) => c.id),
    explanation: text.en,
    voluntary: true,
  };
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
  const parsed = parseInput(SPEC.ruleId, relocationCandidacyInputSchema, input);
  const ctx = openEvaluation(SPEC, options, null);
  return ctx.finish(candidacyStep(ctx, parsed.registeredPoor, parsed.conditions));
}
