import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import {
  safetyNetInputSchema,
  safetyNetOptionsSchema,
  type SafetyNetInput,
  type SafetyNetOptions,
} from './schema.js';

const RULE_ID = 'dibao.safetyNetClass';

/**
 * Where a poor person's case belongs: the safety net (兜底保障), case-by-case deliberation (一事一议), or the
 * plan's development measures (industry, jobs, relocation, …).
 */
export type SafetyNetClass = 'safetyNet' | 'caseByCase' | 'developmentMeasures';

/** The result of {@link classifySafetyNet}. */
export interface SafetyNetResult {
  readonly ruleId: 'dibao.safetyNetClass';
  /** The primary class: safety net first, then case by case, else the development measures. */
  readonly class: SafetyNetClass;
  /** Covered by the safety net (无业可扶、无力脱贫). */
  readonly safetyNet: boolean;
  /** A special case for 一事一议 (no measure covers it, or a sudden cause). */
  readonly caseByCase: boolean;
  readonly readings: { readonly safetyNetCondition: 'bothConditions' | 'eitherCondition' };
  readonly citations: readonly Citation[];
}

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
  const v = parseInput(RULE_ID, safetyNetInputSchema, input);
  const opts = parseInput(RULE_ID, safetyNetOptionsSchema, options, 'options');
  const reading = opts?.readings?.safetyNetCondition ?? 'bothConditions';
  const safetyNet =
    reading === 'bothConditions'
      ? v.noViableLivelihood && v.unableToExitByOwnEffort
      : v.noViableLivelihood || v.unableToExitByOwnEffort;
  const caseByCase = v.notCoveredByMeasures || v.suddenCause;
  const cls: SafetyNetClass = safetyNet ? 'safetyNet' : caseByCase ? 'caseByCase' : 'developmentMeasures';
  return Object.freeze({
    ruleId: RULE_ID,
    class: cls,
    safetyNet,
    caseByCase,
    readings: Object.freeze({ safetyNetCondition: reading }),
    citations: Object.freeze([C.safetyNet, C.caseByCaseWho]),
  });
}
