import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { countyMatchingSchema, type CountyMatchingInput } from './schema.js';

/** The result of {@link checkCountyMatching}. */
export interface CountyMatchingCheck {
  /** True when the waiver applies: the county need not provide matching funds. */
  readonly waived: boolean;
  readonly publicInterest: boolean;
  readonly inPoorArea: boolean;
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.countyMatchingWaiver,
  citations: [C.matchingWaiver],
  params: [],
  interpretations: [],
});

/**
 * Whether a project is spared county-level matching funds: “落实贫困地区公益性建设项目取消县配套资金政策” (chapter 12,
 * section 2). Both conditions must hold: a public-interest (公益性) construction project, in a poor area. Any other
 * project keeps the matching its own programme asks for (the plan says nothing of it).
 *
 * @throws PolicyInputError where `publicInterest` or `inPoorArea` is not a boolean.
 * @example
 * ```ts
 * checkCountyMatching({ publicInterest: true, inPoorArea: true }).waived //=> true
 * checkCountyMatching({ publicInterest: false, inPoorArea: true }).waived //=> false
 * ```
 */
export function checkCountyMatching(
  project: CountyMatchingInput,
  options?: EvaluationOptions,
): RuleResult<CountyMatchingCheck> {
  const input = parseInput(SPEC.ruleId, countyMatchingSchema, project);
  const ctx = openEvaluation(SPEC, options, null);
  const waived = input.publicInterest && input.inPoorArea;
  const missing = [
    ...(input.publicInterest ? [] : [{ zh: '不是公益性建设项目', en: 'not a public-interest project' }]),
    ...(input.inPoorArea ? [] : [{ zh: '不在贫困地区', en: 'not in a poor area' }]),
  ];
  ctx.step({
    citations: [C.matchingWaiver],
    inputs: { publicInterest: input.publicInterest, inPoorArea: input.inPoorArea },
    value: waived,
    zh: waived
      ? '贫困地区公益性建设项目：取消县配套资金'
      : `县配套资金不因本条取消（${missing.map((m) => m.zh).join('；')}）`,
    en: waived
      ? 'a public-interest project in a poor area: no county matching funds'
      : `county matching funds are not waived by this clause (${missing.map((m) => m.en).join('; ')})`,
  });
  return ctx.finish({ waived, publicInterest: input.publicInterest, inPoorArea: input.inPoorArea });
}
