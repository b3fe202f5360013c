import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import { parseInput } from '../core/errors.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { DIBAO_RULE_IDS, interpretationById } from './rules.js';
import { safetyNetInputSchema, type SafetyNetInput } from './schema.js';
import { yesNoEn, yesNoZh } from './steps.js';

const CONDITION = interpretationById('dibao.safetyNetCondition');

const SPEC = defineRuleSpec({
  ruleId: DIBAO_RULE_IDS.safetyNetClass,
  citations: [C.safetyNet, C.caseByCaseWho],
  params: [],
  interpretations: [CONDITION],
});

/**
 * Where a poor person's case belongs: the safety net (兜底保障), case-by-case deliberation (一事一议), or the
 * plan's development measures (industry, jobs, relocation, …).
 */
export type SafetyNetClass = 'safetyNet' | 'caseByCase' | 'developmentMeasures';

/** Options of {@link classifySafetyNet}: `readings.safetyNetCondition` (`dibao.safetyNetCondition`). */
export type SafetyNetOptions = EvaluationOptions;

/** The figures of {@link classifySafetyNet}. */
export interface SafetyNetFigures {
  /** The primary class: safety net first, then case by case, else the development measures. */
  readonly class: SafetyNetClass;
  /** Covered by the safety net (无业可扶、无力脱贫). */
  readonly safetyNet: boolean;
  /** A special case for 一事一议 (no measure covers it, or a sudden cause). */
  readonly caseByCase: boolean;
}

/** The result of {@link classifySafetyNet}: the figures and the evaluation envelope. */
export type SafetyNetResult = RuleResult<SafetyNetFigures>;

const CLASS_TEXT: Readonly<Record<SafetyNetClass, { zh: string; en: string }>> =
  /* @__PURE__ */ Object.freeze({
    safetyNet: { zh: '政策兜底保障', en: 'the safety net' },
    caseByCase: { zh: '一事一议帮扶脱贫', en: 'case-by-case deliberation (一事一议)' },
    developmentMeasures: { zh: '产业、就业等脱贫措施', en: 'the development measures (industry, jobs, …)' },
  });

/**
 * Classifies a poor person's case for the safety net.
 *
 * 对“无业可扶、无力脱贫”的贫困人口最终要靠政策兜底保障 (第八章): under the default reading `bothConditions` of
 * `dibao.safetyNetCondition`, both must hold. 对上述措施无法覆盖或因突发因素致贫的特殊个案 (第八章第三节) go to
 * 一事一议 ({@link openCaseByCase}). Both flags are reported; `class` names the first that applies.
 *
 * @example
 * ```ts
 * classifySafetyNet({ noViableLivelihood: true, unableToExitByOwnEffort: true }).class //=> 'safetyNet'
 * classifySafetyNet({ noViableLivelihood: false, unableToExitByOwnEffort: false, suddenCause: true }).class
 * //=> 'caseByCase'
 * ```
 */
export function classifySafetyNet(input: SafetyNetInput, options?: SafetyNetOptions): SafetyNetResult {
  const v = parseInput(SPEC.ruleId, safetyNetInputSchema, input);
  const ctx = openEvaluation(SPEC, options, null);
  const both = ctx.reading(CONDITION) === 'bothConditions';
  const safetyNet = both
    ? v.noViableLivelihood && v.unableToExitByOwnEffort
    : v.noViableLivelihood || v.unableToExitByOwnEffort;
  const flags = `${yesNoZh(v.noViableLivelihood)} / ${yesNoZh(v.unableToExitByOwnEffort)}`;
  ctx.step({
    citations: [C.safetyNet],
    inputs: { noViableLivelihood: v.noViableLivelihood, unableToExitByOwnEffort: v.unableToExitByOwnEffort },
    value: safetyNet,
    zh: `无业可扶 / 无力脱贫：${flags}（${both ? '两者均须具备' : '具备其一即可'}）→ 兜底保障：${yesNoZh(safetyNet)}`,
    en: `no livelihood to support / unable to exit by own effort: ${yesNoEn(v.noViableLivelihood)} / ${yesNoEn(v.unableToExitByOwnEffort)} (${both ? 'both required' : 'either suffices'}) → safety net: ${yesNoEn(safetyNet)}`,
  });
  const caseByCase = v.notCoveredByMeasures || v.suddenCause;
  ctx.step({
    citations: [C.caseByCaseWho],
    inputs: { notCoveredByMeasures: v.notCoveredByMeasures, suddenCause: v.suddenCause },
    value: caseByCase,
    zh: `上述措施无法覆盖 / 因突发因素致贫：${yesNoZh(v.notCoveredByMeasures)} / ${yesNoZh(v.suddenCause)} → 一事一议：${yesNoZh(caseByCase)}`,
    en: `no measure covers it / poor from a sudden event: ${yesNoEn(v.notCoveredByMeasures)} / ${yesNoEn(v.suddenCause)} → case by case: ${yesNoEn(caseByCase)}`,
  });
  const cls: SafetyNetClass = safetyNet ? 'safetyNet' : caseByCase ? 'caseByCase' : 'developmentMeasures';
  ctx.step({
    citations: [],
    value: cls,
    zh: `归类：${CLASS_TEXT[cls].zh}`,
    en: `class: ${CLASS_TEXT[cls].en}`,
  });
  return ctx.finish({ class: cls, safetyNet, caseByCase });
}
