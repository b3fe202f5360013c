/**
 * 5万元以下3年内免担保免抵押 (chapter 12, section 2), step by step: the whole trace of checkMicrocreditLoan and
 * its conditions (zh and en, citations, parameters, inputs) on both sides of each limit, under both readings of
 * finance.microcreditTerm.
 */
import { describe, expect, it } from 'vitest';
import { checkMicrocreditLoan, FINANCE_CITATIONS as C } from '../../src/finance/index.js';

const RULE = 'finance.microcredit';

const step = (s: {
  citations: readonly unknown[];
  params: readonly string[];
  inputs: Record<string, unknown>;
  value: unknown;
  zh: string;
  en: string;
}) => ({
  ruleId: RULE,
  citations: s.citations,
  params: s.params,
  inputs: s.inputs,
  amount: null,
  value: s.value,
  payer: null,
  text: { zh: s.zh, en: s.en },
});

const amountStep = (amount: string, met: boolean) =>
  step({
    citations: [C.microcreditTerms],
    params: ['finance.microcreditLimit'],
    inputs: { amount },
    value: met,
    zh: `贷款 ${amount} 元${met ? '在' : '不在'} 50000 元以下（含本数）`,
    en: `${amount} yuan is ${met ? '' : 'not '}at most 50000 yuan (以下 includes the limit)`,
  });

const termStep = (
  termMonths: number,
  reading: 'inclusive' | 'exclusive',
  met: boolean,
  zh: string,
  en: string,
) =>
  step({
    citations: [C.microcreditTerms],
    params: ['finance.microcreditTermYears'],
    inputs: { termMonths, reading },
    value: met,
    zh,
    en,
  });

const borrowerStep = (registered: boolean) =>
  step({
    citations: [C.microcreditBorrower],
    params: [],
    inputs: { registeredPoorHousehold: registered },
    value: registered,
    zh: registered ? '借款人为建档立卡贫困户' : '借款人不是建档立卡贫困户：小额信贷扶贫针对贫困户',
    en: registered
      ? 'the borrower is a registered poor household'
      : 'the borrower is not a registered poor household: the microcredit is for poor households',
  });

describe('checkMicrocreditLoan: the whole trace', () => {
  it('50000 yuan for 36 months to a registered household qualifies (以下 and 以内 include the limits)', () => {
    const r = checkMicrocreditLoan({ amount: '50000', term: { months: 36 }, registeredPoorHousehold: true });
    expect(r.trace).toEqual([
      amountStep('50000.00', true),
      termStep(
        36,
        'inclusive',
        true,
        '期限 36 个月在 3 年（36 个月）以内（含本数）',
        'a term of 36 months is within 3 years (36 months, included)',
      ),
      borrowerStep(true),
      step({
        citations: [C.microcredit],
        params: [],
        inputs: { failed: '' },
        value: true,
        zh: '符合条件：免担保免抵押',
        en: 'all conditions met: no guarantee and no collateral needed',
      }),
    ]);
  });

  it('50000.01 yuan for 37 months to an unregistered household fails all three, each named', () => {
    const r = checkMicrocreditLoan({
      amount: '50000.01',
      term: { months: 37 },
      registeredPoorHousehold: false,
    });
    expect(r.trace).toEqual([
      amountStep('50000.01', false),
      termStep(
        37,
        'inclusive',
        false,
        '期限 37 个月超出 3 年（36 个月）以内（含本数）',
        'a term of 37 months is beyond 3 years (36 months, included)',
      ),
      borrowerStep(false),
      step({
        citations: [C.microcredit],
        params: [],
        inputs: { failed: 'amount,term,registeredPoorHousehold' },
        value: false,
        zh: '不符合免担保免抵押条件（amount、term、registeredPoorHousehold）',
        en: 'no waiver of guarantee and collateral (fails: amount, term, registeredPoorHousehold)',
      }),
    ]);
  });

  it('the conditions carry the same sentences and their clauses', () => {
    const r = checkMicrocreditLoan({ amount: 60000, term: { years: 1 }, registeredPoorHousehold: false });
    expect(r.conditions).toEqual([
      {
        id: 'amount',
        met: false,
        citation: C.microcreditTerms,
        text: {
          zh: '贷款 60000.00 元不在 50000 元以下（含本数）',
          en: '60000.00 yuan is not at most 50000 yuan (以下 includes the limit)',
        },
      },
      {
        id: 'term',
        met: true,
        citation: C.microcreditTerms,
        text: {
          zh: '期限 12 个月在 3 年（36 个月）以内（含本数）',
          en: 'a term of 12 months is within 3 years (36 months, included)',
        },
      },
      {
        id: 'registeredPoorHousehold',
        met: false,
        citation: C.microcreditBorrower,
        text: {
          zh: '借款人不是建档立卡贫困户：小额信贷扶贫针对贫困户',
          en: 'the borrower is not a registered poor household: the microcredit is for poor households',
        },
      },
    ]);
    expect(r.failed).toEqual(['amount', 'registeredPoorHousehold']);
    expect(r.trace[3]?.text).toEqual({
      zh: '不符合免担保免抵押条件（amount、registeredPoorHousehold）',
      en: 'no waiver of guarantee and collateral (fails: amount, registeredPoorHousehold)',
    });
    expect(r.trace[3]?.inputs).toEqual({ failed: 'amount,registeredPoorHousehold' });
  });
});

describe('checkMicrocreditLoan: the term under the reading exclusive (3年内 = less than 36 months)', () => {
  const exclusive = { readings: { microcreditTerm: 'exclusive' } };
  it.each([
    [
      35,
      true,
      '期限 35 个月短于 3 年（36 个月；按不含本数解释）',
      'a term of 35 months is less than 3 years (36 months, excluded)',
    ],
    [
      36,
      false,
      '期限 36 个月不短于 3 年（36 个月；按不含本数解释）',
      'a term of 36 months is not less than 3 years (36 months, excluded)',
    ],
  ] as const)('%i months: met %s', (months, met, zh, en) => {
    const r = checkMicrocreditLoan(
      { amount: 100, term: { months }, registeredPoorHousehold: true },
      exclusive,
    );
    expect(r.trace[1]).toEqual(termStep(months, 'exclusive', met, zh, en));
    expect(r.conditions[1]).toEqual({ id: 'term', met, citation: C.microcreditTerms, text: { zh, en } });
  });
});
