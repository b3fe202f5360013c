/** 5万元以下3年内免担保免抵押 (chapter 12, section 2): the loan terms check. */
import { describe, expect, it } from 'vitest';
import { checkMicrocreditLoan, FINANCE_CITATIONS } from '../../src/finance/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { refusal } from '../support/errors.js';

const loan = (amount: string | number, term: { years?: number; months?: number }, registered = true) =>
  deepFreeze({ amount, term, registeredPoorHousehold: registered });

describe('microcredit: 5万元以下3年内免担保免抵押', () => {
  it.each([
    ['50000 yuan for 3 years (以下 and 3年内 include the limits)', loan('50000', { years: 3 }), []],
    ['50000.00 yuan for 36 months', loan('50000.00', { months: 36 }), []],
    ['49999.99 yuan for 12 months', loan('49999.99', { months: 12 }), []],
    ['50000.01 yuan (0.01 over 5万元) fails on the amount', loan('50000.01', { years: 1 }), ['amount']],
    ['37 months (1 month over 3 years) fails on the term', loan(30000, { months: 37 }), ['term']],
    ['4 years fails on the term', loan(30000, { years: 4 }), ['term']],
    [
      'a household that is not registered fails on the borrower',
      loan(30000, { years: 1 }, false),
      ['registeredPoorHousehold'],
    ],
    [
      '60000 yuan for 5 years to an unregistered household fails all three',
      loan(60000, { years: 5 }, false),
      ['amount', 'term', 'registeredPoorHousehold'],
    ],
  ] as const)('%s', (_name, input, failed) => {
    const r = checkMicrocreditLoan(input);
    expect(r.failed).toEqual(failed);
    expect(r.qualifies).toBe(failed.length === 0);
    expect(r.noGuarantee).toBe(r.qualifies);
    expect(r.noCollateral).toBe(r.qualifies);
  });

  it('each failing condition names its clause; the borrower condition cites 针对贫困户', () => {
    const r = checkMicrocreditLoan(loan(60000, { years: 5 }, false));
    expect(r.conditions.map((c) => [c.id, c.met, c.citation.quote])).toEqual([
      ['amount', false, FINANCE_CITATIONS.microcreditTerms.quote],
      ['term', false, FINANCE_CITATIONS.microcreditTerms.quote],
      ['registeredPoorHousehold', false, '针对贫困户实施小额信贷扶贫'],
    ]);
  });

  it('3 years = 36 months; the envelope: rule id, params, readings and a zh/en trace', () => {
    const r = checkMicrocreditLoan(loan('50000', { years: 3 }));
    expect(r.termMonths).toBe(36);
    expect(r.amount.toString()).toBe('50000.00');
    expect(r.ruleId).toBe('finance.microcredit');
    expect(r.readings).toEqual({ microcreditTerm: 'inclusive' });
    expect(r.params.map((p) => [p.id, p.value, p.bound])).toEqual([
      ['finance.microcreditLimit', '50000', '以下'],
      ['finance.microcreditTermYears', '3', '以内'],
    ]);
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '贷款 50000.00 元在 50000 元以下（含本数）',
      '期限 36 个月在 3 年（36 个月）以内（含本数）',
      '借款人为建档立卡贫困户',
      '符合条件：免担保免抵押',
    ]);
    expect(r.trace[0]?.text.en).toBe('50000.00 yuan is at most 50000 yuan (以下 includes the limit)');
    expect(r.trace[3]?.value).toBe(true);
  });

  it('the reading exclusive (3年内 = less than 3 years): 36 months fails, 35 months passes', () => {
    const exclusive = { readings: { microcreditTerm: 'exclusive' } };
    expect(checkMicrocreditLoan(loan(10000, { months: 36 }), exclusive).failed).toEqual(['term']);
    expect(checkMicrocreditLoan(loan(10000, { months: 35 }), exclusive).qualifies).toBe(true);
    expect(checkMicrocreditLoan(loan(10000, { months: 36 }), exclusive).trace[1]?.text.en).toBe(
      'a term of 36 months is not less than 3 years (36 months, excluded)',
    );
  });

  it('a date selects the parameters and is kept in the envelope', () => {
    const r = checkMicrocreditLoan({ ...loan(10000, { years: 1 }), date: '2017-06-01' });
    expect(r.date).toBe('2017-06-01');
    expect(r.regime).toBe('plan');
  });

  it.each([
    [{ amount: 0, term: { years: 1 }, registeredPoorHousehold: true }, 'amount'],
    [{ amount: '-5', term: { years: 1 }, registeredPoorHousehold: true }, 'amount'],
    [{ amount: '100.001', term: { years: 1 }, registeredPoorHousehold: true }, 'amount'],
    [{ amount: 100, term: { years: 1, months: 12 }, registeredPoorHousehold: true }, 'term'],
    [{ amount: 100, term: {}, registeredPoorHousehold: true }, 'term'],
    [{ amount: 100, term: { years: 1.5 }, registeredPoorHousehold: true }, 'term.years'],
    [{ amount: 100, term: { months: 0 }, registeredPoorHousehold: true }, 'term.months'],
    [{ amount: 100, term: { years: 1 } }, 'registeredPoorHousehold'],
    [{ amount: 100, term: { years: 1 }, registeredPoorHousehold: true, date: '2019-02-29' }, 'date'],
    [{ amount: 100, term: { years: 1 }, registeredPoorHousehold: true, guarantor: 'x' }, 'guarantor'],
  ])('bad input is a PolicyInputError at its field: %j → %s', (input, path) => {
    const e = refusal(() => checkMicrocreditLoan(deepFreeze(input) as never));
    expect(e.ruleId).toBe('finance.microcredit');
    expect(e.path).toBe(path);
  });

  it('bad options are refused: an unknown reading, an override of another rule’s parameter', () => {
    expect(
      refusal(() => checkMicrocreditLoan(loan(1, { years: 1 }), { readings: { microcreditTerm: 'strict' } }))
        .path,
    ).toBe('options.readings.microcreditTerm');
    expect(
      refusal(() =>
        checkMicrocreditLoan(loan(1, { years: 1 }), { overrides: { 'finance.landQuotaMu': '700' } }),
      ).path,
    ).toBe('options.overrides.finance.landQuotaMu');
  });
});
