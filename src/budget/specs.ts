import type { Citation } from '../core/citation.js';
import { defineRuleSpec } from '../core/evaluation.js';
import type { Interpretation } from '../core/registry.js';
import { BUDGET_RULE_IDS } from './ids.js';
import { BUDGET_INTERPRETATIONS, BUDGET_RULES } from './rules.js';

/** The rule contract's specs of the budget's evaluating functions (internal). */

function citationsOf(ruleId: string): readonly Citation[] {
  const rule = BUDGET_RULES.find((r) => r.id === ruleId);
  // Stryker disable next-line StringLiteral: called only with the three ids of BUDGET_RULE_IDS, each a rule of BUDGET_RULES (the module would not load otherwise), so the message is never built
  if (rule === undefined) throw new Error(`budget: no rule ${ruleId}`);
  return rule.citations;
}

/** An interpretation of the budget area, by id. */
export function budgetInterpretation(id: string): Interpretation {
  const found = BUDGET_INTERPRETATIONS.find((i) => i.id === id);
  if (found === undefined) throw new Error(`budget: no interpretation ${id}`);
  return found;
}

export const SEPARATELY_LISTED_CITIES = budgetInterpretation('budget.separatelyListedCities');
export const ROUNDING_TOLERANCE = budgetInterpretation('budget.roundingTolerance');

/** `regionBudget`: applies `budget.separatelyListedCities`. */
export const REGION_BUDGET_SPEC = defineRuleSpec({
  ruleId: BUDGET_RULE_IDS.regionBudget,
  citations: citationsOf(BUDGET_RULE_IDS.regionBudget),
  params: [],
  interpretations: [SEPARATELY_LISTED_CITIES],
});

/** The share functions: exact ratios over the stated totals. */
export const SHARES_SPEC = defineRuleSpec({
  ruleId: BUDGET_RULE_IDS.shares,
  citations: citationsOf(BUDGET_RULE_IDS.shares),
  params: [],
  interpretations: [],
});

/** `auditBudget`: applies `budget.roundingTolerance`. */
export const AUDIT_SPEC = defineRuleSpec({
  ruleId: BUDGET_RULE_IDS.audit,
  citations: citationsOf(BUDGET_RULE_IDS.audit),
  params: [],
  interpretations: [ROUNDING_TOLERANCE],
});
