import { meetsBound } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money } from '../core/money.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { MICROCREDIT_TERM } from './interpretations.js';
import { MICROCREDIT_LIMIT, MICROCREDIT_TERM_YEARS } from './params.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { microcreditLoanSchema, type MicrocreditLoan } from './schema.js';

/** The readings of `finance.microcreditTerm`. */
export type MicrocreditTermReading = 'inclusive' | 'exclusive';

/** The conditions of the microcredit clause. */
export type MicrocreditConditionId = 'amount' | 'term' | 'registeredPoorHousehold';

/** One condition of the clause, met or not, with where the plan states it. */
export interface MicrocreditCondition {
  readonly id: MicrocreditConditionId;
  readonly met: boolean;
  readonly citation: Citation;
  readonly text: { readonly zh: string; readonly en: string };
}

/** The result of {@link checkMicrocreditLoan}. */
export interface MicrocreditCheck {
  /** True when every condition is met: the loan needs no guarantee and no collateral. */
  readonly qualifies: boolean;
  readonly noGuarantee: boolean;
  readonly noCollateral: boolean;
  readonly amount: Money;
  /** The term in months (years × 12). */
  readonly termMonths: number;
  /** The conditions in the clause's order: amount, term, borrower. */
  readonly conditions: readonly MicrocreditCondition[];
  /** The ids of the conditions that fail (empty when the loan qualifies). */
  readonly failed: readonly MicrocreditConditionId[];
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.microcredit,
  citations: [C.microcredit],
  params: [MICROCREDIT_LIMIT, MICROCREDIT_TERM_YEARS],
  interpretations: [MICROCREDIT_TERM],
});

function amountCondition(ctx: RuleContext, amount: Money): MicrocreditCondition {
  const met = meetsBound(
    amount.toDecimal(),
    // Stryker disable next-line LogicalOperator,StringLiteral: MICROCREDIT_LIMIT is defined with the bound '以下' (params.ts), so `??` never falls back and `&&` yields the same word
    MICROCREDIT_LIMIT.bound ?? '以下',
    ctx.money(MICROCREDIT_LIMIT).toDecimal(),
  );
  const zh = `贷款 ${amount.toString()} 元${met ? '在' : '不在'} ${ctx.show(MICROCREDIT_LIMIT, 'zh')}以下（含本数）`;
  const en = `${amount.toString()} yuan is ${met ? '' : 'not '}${ctx.showLimit(MICROCREDIT_LIMIT, 'en')} (以下 includes the limit)`;
  ctx.step({
    citations: [C.microcreditTerms],
    params: [MICROCREDIT_LIMIT],
    inputs: { amount: amount.toString() },
    value: met,
    zh,
    en,
  });
  return { id: 'amount', met, citation: C.microcreditTerms, text: { zh, en } };
}

function termCondition(ctx: RuleContext, months: number): MicrocreditCondition {
  const reading = ctx.reading<MicrocreditTermReading>(MICROCREDIT_TERM);
  const limitMonths = ctx.integer(MICROCREDIT_TERM_YEARS) * 12;
  const met = meetsBound(months, reading === 'inclusive' ? '以内' : '不满', limitMonths);
  const years = ctx.show(MICROCREDIT_TERM_YEARS, 'zh');
  const yearsEn = ctx.show(MICROCREDIT_TERM_YEARS, 'en');
  const zh =
    reading === 'inclusive'
      ? `期限 ${months} 个月${met ? '在' : '超出'} ${years}（${limitMonths} 个月）以内（含本数）`
      : `期限 ${months} 个月${met ? '短于' : '不短于'} ${years}（${limitMonths} 个月；按不含本数解释）`;
  const en =
    reading === 'inclusive'
      ? `a term of ${months} months is ${met ? 'within' : 'beyond'} ${yearsEn} (${limitMonths} months, included)`
      : `a term of ${months} months is ${met ? 'less than' : 'not less than'} ${yearsEn} (${limitMonths} months, excluded)`;
  ctx.step({
    citations: [C.microcreditTerms],
    params: [MICROCREDIT_TERM_YEARS],
    inputs: { termMonths: months, reading },
    value: met,
    zh,
    en,
  });
  return { id: 'term', met, citation: C.microcreditTerms, text: { zh, en } };
}

function borrowerCondition(ctx: RuleContext, registered: boolean): MicrocreditCondition {
  const zh = registered ? '借款人为建档立卡贫困户' : '借款人不是建档立卡贫困户：小额信贷扶贫针对贫困户';
  const en = registered
    ? 'the borrower is a registered poor household'
    : 'the borrower is not a registered poor household: the microcredit is for poor households';
  ctx.step({
    citations: [C.microcreditBorrower],
    inputs: { registeredPoorHousehold: registered },
    value: registered,
    zh,
    en,
  });
  return {
    id: 'registeredPoorHousehold',
    met: registered,
    citation: C.microcreditBorrower,
    text: { zh, en },
  };
}

/**
 * Checks a loan against “针对贫困户实施小额信贷扶贫，5万元以下3年内免担保免抵押” (chapter 12, section 2): a loan
 * to a registered poor household of 50,000 yuan or less (以下 includes 50,000) for a term within 3 years (exactly 3
 * years included under the chosen reading of `finance.microcreditTerm`) needs no guarantee and no collateral.
 * Returns which conditions fail, each with its clause, plus the envelope and a zh/en trace. A reform such as a
 * 10万元 limit is `{ overrides: { 'finance.microcreditLimit': '100000' } }`.
 *
 * @throws PolicyInputError for an amount that is not a positive sum exact to the fen (path `amount`), a term not
 *   given as whole years or months (path `term`), or a missing `registeredPoorHousehold`.
 * @example
 * ```ts
 * checkMicrocreditLoan({ amount: '50000', term: { years: 3 }, registeredPoorHousehold: true }).qualifies //=> true
 * checkMicrocreditLoan({ amount: '50000.01', term: { months: 36 }, registeredPoorHousehold: true }).failed //=> ['amount']
 * ```
 */
export function checkMicrocreditLoan(
  loan: MicrocreditLoan,
  options?: EvaluationOptions,
): RuleResult<MicrocreditCheck> {
  const input = parseInput(SPEC.ruleId, microcreditLoanSchema, loan);
  const ctx = openEvaluation(SPEC, options, input.date ?? null);
  const termMonths = input.term.years === undefined ? (input.term.months ?? 0) : input.term.years * 12;
  const conditions = [
    amountCondition(ctx, input.amount),
    termCondition(ctx, termMonths),
    borrowerCondition(ctx, input.registeredPoorHousehold),
  ];
  const failed = conditions.filter((c) => !c.met).map((c) => c.id);
  const qualifies = failed.length === 0;
  ctx.step({
    citations: [C.microcredit],
    inputs: { failed: failed.join(',') },
    value: qualifies,
    zh: qualifies ? '符合条件：免担保免抵押' : `不符合免担保免抵押条件（${failed.join('、')}）`,
    en: qualifies
      ? 'all conditions met: no guarantee and no collateral needed'
      : `no waiver of guarantee and collateral (fails: ${failed.join(', ')})`,
  });
  return ctx.finish({
    qualifies,
    noGuarantee: qualifies,
    noCollateral: qualifies,
    amount: input.amount,
    termMonths,
    conditions,
    failed,
  });
}
