import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { checkGradualExit, compileDibao, dibaoGapSubsidy, type DibaoBatch } from '../../src/dibao/index.js';
import { refusal } from '../support/errors.js';

/**
 * compileDibao's batches, household by household: which households the fast reader decides (plain amounts of
 * at most 12 digits and 2 decimals, 1–100,000 members, amounts up to 10^15 fen) and which it leaves to the exact
 * function, with the figures (hand-computed) and the refusals (rule id, field, value, message) of both. The
 * standard is 3,900 yuan a year per person; the exit limit is 200 % of it (7,800).
 */

const LOCAL = { standard: '3900' };

/**
 * Whether the fast reader decided household i. `explain(i)` computes the full result now for such a household
 * (a new object on each call), while a household the exact function ran keeps the result it computed.
 */
function decidedFast(batch: DibaoBatch<unknown, unknown>, i: number): boolean {
  return batch.explain(i) !== batch.explain(i);
}

/** The gap figures of household 0 of a one-household batch, as strings, and whether it was decided fast. */
function gapOf(h: unknown, local: { standard: string } = LOCAL) {
  const batch = compileDibao(local).gapSubsidyMany([h]);
  const f = batch.get(0);
  const single = dibaoGapSubsidy(h as never, local);
  expect(f.annual.toString()).toBe(single.annual.toString());
  expect(f.monthly.toString()).toBe(single.monthly.toString());
  return {
    fast: decidedFast(batch, 0),
    annual: f.annual.toString(),
    monthly: f.monthly.toString(),
    counted: f.countedAnnualIncome.toString(),
    perCapita: f.perCapitaAnnualIncome.toString(),
    members: f.members,
    below: f.belowStandard,
  };
}

/** The error of household 0 of a one-household batch: it equals the single function's, and the batch goes on. */
function gapRefusal(h: unknown): PolicyInputError {
  const batch = compileDibao(LOCAL).gapSubsidyMany([h, { members: 1, householdIncome: '0' }]);
  expect(batch.errors.map((e) => e.index)).toEqual([0]);
  expect(batch.totals.count).toBe(1);
  const [first] = batch.errors;
  if (first === undefined) throw new Error('household 0 was not refused');
  const error: PolicyInputError = first.error;
  expect(() => batch.get(0)).toThrow(error);
  expect(error.message).toBe(refusal(() => dibaoGapSubsidy(h as never, LOCAL)).message);
  return error;
}

describe('gapSubsidyMany: amounts the fast reader takes (3,900 a year per person)', () => {
  const household = { members: 3, householdIncome: '7800' };
  const cases: [string, unknown, { annual: string; monthly: string; counted: string; perCapita: string }][] =
    [
      [
        "'7800' a year, 3 members: 3,900 × 3 − 7,800 = 3,900; 3,900 / 12 = 325",
        household,
        { annual: '3900.00', monthly: '325.00', counted: '7800.00', perCapita: '2600.00' },
      ],
      [
        "incomePeriod 'year' said: the same 3,900",
        { ...household, incomePeriod: 'year' },
        { annual: '3900.00', monthly: '325.00', counted: '7800.00', perCapita: '2600.00' },
      ],
      [
        'the number 7800: the same 3,900',
        { ...household, householdIncome: 7800 },
        { annual: '3900.00', monthly: '325.00', counted: '7800.00', perCapita: '2600.00' },
      ],
      [
        "'650' a month: 650 × 12 = 7,800, the same 3,900",
        { ...household, householdIncome: '650', incomePeriod: 'month' },
        { annual: '3900.00', monthly: '325.00', counted: '7800.00', perCapita: '2600.00' },
      ],
      [
        "'7800.5' (one decimal = 50 fen): 11,700 − 7,800.50 = 3,899.50; / 12 = 324.958 → 324.96; / 3 = 2,600.17",
        { ...household, householdIncome: '7800.5' },
        { annual: '3899.50', monthly: '324.96', counted: '7800.50', perCapita: '2600.17' },
      ],
      [
        "'7800.25': 11,700 − 7,800.25 = 3,899.75; / 12 = 324.979 → 324.98; / 3 = 2,600.083 → 2,600.08",
        { ...household, householdIncome: '7800.25' },
        { annual: '3899.75', monthly: '324.98', counted: '7800.25', perCapita: '2600.08' },
      ],
      [
        'the number 7800.25: the same 3,899.75',
        { ...household, householdIncome: 7800.25 },
        { annual: '3899.75', monthly: '324.98', counted: '7800.25', perCapita: '2600.08' },
      ],
      [
        "exemptIncome '1000': 11,700 − (7,800 − 1,000) = 4,900; / 12 = 408.33; 6,800 / 3 = 2,266.67",
        { ...household, exemptIncome: '1000' },
        { annual: '4900.00', monthly: '408.33', counted: '6800.00', perCapita: '2266.67' },
      ],
      [
        'exemptIncome = householdIncome (7,800): nothing counted, 11,700; / 12 = 975',
        { ...household, exemptIncome: 7800 },
        { annual: '11700.00', monthly: '975.00', counted: '0.00', perCapita: '0.00' },
      ],
      [
        'exemptIncome 0 said: the same 3,900',
        { ...household, exemptIncome: 0 },
        { annual: '3900.00', monthly: '325.00', counted: '7800.00', perCapita: '2600.00' },
      ],
      [
        '1 member (the least), no income: 3,900; / 12 = 325',
        { members: 1, householdIncome: '0' },
        { annual: '3900.00', monthly: '325.00', counted: '0.00', perCapita: '0.00' },
      ],
      [
        '100,000 members (the most it takes), no income: 3,900 × 100,000 = 390,000,000; / 12 = 32,500,000',
        { members: 100_000, householdIncome: 0 },
        { annual: '390000000.00', monthly: '32500000.00', counted: '0.00', perCapita: '0.00' },
      ],
      [
        "'999999999999' (12 digits, the most it reads): above 11,700, no gap",
        { ...household, householdIncome: '999999999999' },
        { annual: '0.00', monthly: '0.00', counted: '999999999999.00', perCapita: '333333333333.00' },
      ],
      [
        'the number 10,995,116,277.76 (2^40 fen, the largest number it reads): no gap; / 3 = 3,665,038,759.25',
        { ...household, householdIncome: 10_995_116_277.76 },
        { annual: '0.00', monthly: '0.00', counted: '10995116277.76', perCapita: '3665038759.25' },
      ],
    ];

  it.each(cases)('%s', (_, h, expected) => {
    const r = gapOf(h);
    expect(r).toMatchObject({ ...expected, fast: true });
  });

  it('a guarantee of exactly 10^15 fen (1,000,000,000 × 10,000 members) is decided fast; 10,001 members go exact', () => {
    const local = { standard: '1000000000' };
    // 1,000,000,000 × 10,000 = 10,000,000,000,000; / 12 = 833,333,333,333.33
    expect(gapOf({ members: 10_000, householdIncome: '0' }, local)).toMatchObject({
      fast: true,
      annual: '10000000000000.00',
      monthly: '833333333333.33',
    });
    // 1,000,000,000 × 10,001 = 10,001,000,000,000; / 12 = 833,416,666,666.666 → 833,416,666,666.67
    expect(gapOf({ members: 10_001, householdIncome: '0' }, local)).toMatchObject({
      fast: false,
      annual: '10001000000000.00',
      monthly: '833416666666.67',
    });
  });
});

describe('gapSubsidyMany: valid households the fast reader leaves to dibaoGapSubsidy (same figures)', () => {
  const household = { members: 3, householdIncome: '7800' };
  const cases: [string, unknown, { annual: string; counted: string; members: number }][] = [
    [
      '100,001 members (one above its limit): 3,900 × 100,001 = 390,003,900',
      { members: 100_001, householdIncome: '0' },
      { annual: '390003900.00', counted: '0.00', members: 100_001 },
    ],
    [
      "'1000000000000' (13 digits): no gap",
      { ...household, householdIncome: '1000000000000' },
      { annual: '0.00', counted: '1000000000000.00', members: 3 },
    ],
    [
      'the number 10,995,116,277.77 (1 fen above 2^40 fen): no gap',
      { ...household, householdIncome: 10_995_116_277.77 },
      { annual: '0.00', counted: '10995116277.77', members: 3 },
    ],
    [
      'the number 10^11: no gap',
      { ...household, householdIncome: 1e11 },
      { annual: '0.00', counted: '100000000000.00', members: 3 },
    ],
  ];

  it.each(cases)('%s', (_, h, expected) => {
    expect(gapOf(h)).toMatchObject({ ...expected, fast: false });
  });
});

describe('gapSubsidyMany: households refused with the error dibaoGapSubsidy throws; the batch goes on', () => {
  const household = { members: 3, householdIncome: '7800' };
  const DECIMAL = 'must be a finite decimal such as "1234.5"';
  const cases: [string, unknown, { path: string; value: unknown; message: string }][] = [
    [
      "householdIncome 'x7800' (a letter before the digits)",
      { ...household, householdIncome: 'x7800' },
      { path: 'householdIncome', value: 'x7800', message: DECIMAL },
    ],
    [
      "householdIncome '7800x' (a letter after the digits)",
      { ...household, householdIncome: '7800x' },
      { path: 'householdIncome', value: '7800x', message: DECIMAL },
    ],
    [
      "householdIncome '7800.005' (three decimals)",
      { ...household, householdIncome: '7800.005' },
      {
        path: 'householdIncome',
        value: '7800.005',
        message: 'must be exact to the fen (at most two decimal places)',
      },
    ],
    [
      'householdIncome Infinity',
      { ...household, householdIncome: Infinity },
      { path: 'householdIncome', value: Infinity, message: 'Invalid input' },
    ],
    [
      'householdIncome −0.5 (a negative number)',
      { ...household, householdIncome: -0.5 },
      { path: 'householdIncome', value: -0.5, message: 'must not be negative' },
    ],
    [
      "exemptIncome 'abc' beside a valid income",
      { ...household, exemptIncome: 'abc' },
      { path: 'exemptIncome', value: 'abc', message: DECIMAL },
    ],
    [
      'exemptIncome −1 beside a valid income',
      { ...household, exemptIncome: -1 },
      { path: 'exemptIncome', value: -1, message: 'must not be negative' },
    ],
    [
      "exemptIncome '7800.01' (1 fen above the income 7,800)",
      { ...household, exemptIncome: '7800.01' },
      {
        path: 'exemptIncome',
        value: '7800.01',
        message: 'must not exceed householdIncome (the exempt part is part of the income)',
      },
    ],
    [
      'members 0 (below 1)',
      { ...household, members: 0 },
      { path: 'members', value: 0, message: 'must be at least 1' },
    ],
    [
      "members '3' (a string)",
      { ...household, members: '3' },
      { path: 'members', value: '3', message: 'must be a whole number' },
    ],
    [
      "incomePeriod 'week'",
      { ...household, incomePeriod: 'week' },
      { path: 'incomePeriod', value: 'week', message: "must be 'year' or 'month'" },
    ],
  ];

  it.each(cases)('%s', (_, h, issue) => {
    const error = gapRefusal(h);
    expect(error.ruleId).toBe('dibao.gapSubsidy');
    expect(error.issues[0]).toMatchObject(issue);
  });

  it('a household that is not an object (a function carrying the fields, a string) is refused as a whole', () => {
    const fn = Object.assign(() => 0, household);
    for (const h of [fn, 'members: 3']) {
      const error = gapRefusal(h);
      expect(error.ruleId).toBe('dibao.gapSubsidy');
      expect(error.issues[0]?.path).toBe('');
    }
  });
});

describe('the batch itself: its list, its range, its local standard, its options', () => {
  it('the batch keeps its own list: pushing onto the array afterwards changes neither its length nor its rows', () => {
    const households: unknown[] = [{ members: 3, householdIncome: '7800' }];
    const batch = compileDibao(LOCAL).gapSubsidyMany(households);
    households.push({ members: 1, householdIncome: '0' });
    expect(batch.length).toBe(1);
    expect(() => batch.get(1)).toThrow(new RangeError('no household 1'));
    expect(batch.get(0).annual.toString()).toBe('3900.00');
    expect(batch.totals.annual.toString()).toBe('3900.00');
  });

  it('get and explain outside the batch throw "no household <i>" (−1, 0.5, length)', () => {
    const batch = compileDibao(LOCAL).gapSubsidyMany([{ members: 1, householdIncome: '0' }]);
    for (const i of [-1, 0.5, 1]) {
      expect(() => batch.get(i)).toThrow(new RangeError(`no household ${String(i)}`));
      expect(() => batch.explain(i)).toThrow(new RangeError(`no household ${String(i)}`));
    }
  });

  it('households that are null or a string are refused: "must be an array or an iterable of households"', () => {
    for (const households of [null, 'abc']) {
      const error = refusal(() => compileDibao(LOCAL).gapSubsidyMany(households as never));
      expect(error.ruleId).toBe('dibao.gapSubsidy');
      expect(error.issues[0]).toMatchObject({
        path: 'households',
        value: households,
        message: 'must be an array or an iterable of households',
      });
      const exit = refusal(() => compileDibao(LOCAL).checkGradualExitMany(households as never));
      expect(exit.ruleId).toBe('dibao.gradualExit');
      expect(exit.issues[0]?.path).toBe('households');
    }
  });

  it("a local standard of 0 is refused at compileDibao: local.standard = '0' must be greater than zero", () => {
    const error = refusal(() => compileDibao({ standard: '0' }));
    expect(error.ruleId).toBe('dibao.gapSubsidy');
    expect(error.issues[0]).toMatchObject({
      path: 'local.standard',
      value: '0',
      message: 'must be greater than zero',
    });
  });

  it('options that fault (a getter that throws) stop both batches, as they stop the functions', () => {
    const options = {
      get readings(): never {
        throw new Error('unreadable readings');
      },
    } as never;
    const household = { members: 1, householdIncome: '0' };
    const exiting = { ...household, householdType: 'ruralDibao', temporarilyExited: true };
    expect(() => checkGradualExit(exiting as never, LOCAL, options)).toThrow('unreadable readings');
    expect(() => compileDibao(LOCAL, options).checkGradualExitMany([exiting])).toThrow('unreadable readings');
    expect(() => compileDibao(LOCAL, options).gapSubsidyMany([household])).toThrow('unreadable readings');
  });

  it('totals stay exact past 2^53 fen: 11 × (10,000,000,000,000 − 0.01) = 109,999,999,999,999.89', () => {
    const local = { standard: '1000000000' };
    const h = { members: 10_000, householdIncome: '0.01' };
    const batch = compileDibao(local).gapSubsidyMany(Array.from({ length: 11 }, () => h));
    expect(decidedFast(batch, 0)).toBe(true);
    expect(batch.get(0).annual.toString()).toBe('9999999999999.99');
    expect(batch.totals.annual.toString()).toBe('109999999999999.89');
    // (10^15 − 1) fen / 12 = 83,333,333,333,333.25 → 83,333,333,333,333 fen; × 11
    expect(batch.totals.monthly.toString()).toBe('9166666666666.63');
    expect(batch.totals.members).toBe(110_000);
    expect(batch.totals.belowStandard).toBe(11);
  });
});

describe('checkGradualExitMany: the fast reader at the 200 % limit (7,800 per person) and the standard', () => {
  const exiting = { members: 1, householdType: 'ruralDibao', temporarilyExited: true };
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'rural, 7,799.99 < 3,900 × 200 % = 7,800: qualifies, 18 months in 6 quarters',
      { ...exiting, householdIncome: '7799.99' },
      { eligible: true, reasons: ['qualifies'], months: 18, quarters: 6, below: false },
    ],
    [
      'rural, 7,800 is not below 7,800 (低于 is strict): incomeNotBelowLimit',
      { ...exiting, householdIncome: '7800' },
      { eligible: false, reasons: ['incomeNotBelowLimit'], months: 18, quarters: 6, below: false },
    ],
    [
      'disabled, 3,899.99: qualifies, 24 months in 8 quarters, below the standard 3,900',
      { ...exiting, householdType: 'disabledDibao', householdIncome: '3899.99' },
      { eligible: true, reasons: ['qualifies'], months: 24, quarters: 8, below: true },
    ],
    [
      'disabled, 3,900 = the standard: qualifies, not below the standard',
      { ...exiting, householdType: 'disabledDibao', householdIncome: '3900' },
      { eligible: true, reasons: ['qualifies'], months: 24, quarters: 8, below: false },
    ],
    [
      'not temporarily exited, 100: notTemporarilyExited',
      { ...exiting, temporarilyExited: false, householdIncome: '100' },
      { eligible: false, reasons: ['notTemporarilyExited'], months: 18, quarters: 6, below: true },
    ],
    [
      '3 members, 23,399.99 < 3,900 × 3 × 200 % = 23,400: qualifies; per person 7,800.00 (7,799.996 → 7,800.00)',
      { ...exiting, members: 3, householdIncome: '23399.99' },
      { eligible: true, reasons: ['qualifies'], perCapita: '7800.00', below: false },
    ],
  ];

  it.each(cases)('%s', (_, h, expected) => {
    const batch = compileDibao(LOCAL).checkGradualExitMany([h]);
    const f = batch.get(0);
    const single = checkGradualExit(h as never, LOCAL);
    expect({
      fast: decidedFast(batch, 0),
      eligible: f.eligible,
      reasons: f.reasons,
      months: f.months,
      quarters: f.quarters,
      perCapita: f.perCapitaAnnualIncome.toString(),
      limit: f.annualIncomeLimit.toString(),
      below: f.belowStandard,
    }).toMatchObject({ ...expected, fast: true, limit: '7800.00' });
    expect([f.eligible, f.reasons, f.belowStandard]).toEqual([
      single.eligible,
      single.reasons,
      single.belowStandard,
    ]);
  });

  it('a limit of 150.25 % (a reform): 3,900 × 150.25 % = 5,859.75; 5,859.74 qualifies, 5,859.75 does not', () => {
    const options = { overrides: { 'dibao.gradualExitIncomeLimit': '150.25' } };
    const batch = compileDibao(LOCAL, options).checkGradualExitMany([
      { ...exiting, householdIncome: '5859.74' },
      { ...exiting, householdIncome: '5859.75' },
    ]);
    expect([decidedFast(batch, 0), decidedFast(batch, 1)]).toEqual([true, true]);
    expect([batch.get(0).annualIncomeLimit.toString(), batch.get(1).annualIncomeLimit.toString()]).toEqual([
      '5859.75',
      '5859.75',
    ]);
    expect([batch.get(0).eligible, batch.get(1).eligible]).toEqual([true, false]);
    expect(batch.get(1).reasons).toEqual(['incomeNotBelowLimit']);
  });

  it('at 150.25 % (hundredths of a per cent): 1,000,000,000 yuan × 100 × 100 = 10^15 is decided fast; 1 fen more goes exact', () => {
    const options = { overrides: { 'dibao.gradualExitIncomeLimit': '150.25' } };
    const batch = compileDibao(LOCAL, options).checkGradualExitMany([
      { ...exiting, householdIncome: '1000000000' },
      { ...exiting, householdIncome: '1000000000.01' },
    ]);
    expect([decidedFast(batch, 0), decidedFast(batch, 1)]).toEqual([true, false]);
    expect(batch.get(0).perCapitaAnnualIncome.toString()).toBe('1000000000.00');
    expect(batch.get(1).perCapitaAnnualIncome.toString()).toBe('1000000000.01');
    expect([batch.get(0).eligible, batch.get(1).eligible]).toEqual([false, false]);
  });

  it('limits up to 10^15 fen are decided fast: 500,000,000 × 200 % × 100 members = 10^13 yuan; 101 members go exact', () => {
    const local = { standard: '500000000' };
    const batch = compileDibao(local).checkGradualExitMany([
      { ...exiting, members: 100, householdIncome: '0' },
      { ...exiting, members: 101, householdIncome: '0' },
    ]);
    expect([decidedFast(batch, 0), decidedFast(batch, 1)]).toEqual([true, false]);
    expect(batch.get(0).annualIncomeLimit.toString()).toBe('1000000000.00');
    expect(batch.get(1).annualIncomeLimit.toString()).toBe('1000000000.00');
    expect([batch.get(0).eligible, batch.get(1).eligible]).toEqual([true, true]);
  });

  it('incomes up to 10^15 fen × 1 % are decided fast: 100,000,000,000 (× 100 = 10^15 fen) fast; 1 fen more goes exact', () => {
    const batch = compileDibao(LOCAL).checkGradualExitMany([
      { ...exiting, householdIncome: '100000000000' },
      { ...exiting, householdIncome: '100000000000.01' },
    ]);
    expect([decidedFast(batch, 0), decidedFast(batch, 1)]).toEqual([true, false]);
    expect(batch.get(0).perCapitaAnnualIncome.toString()).toBe('100000000000.00');
    expect(batch.get(1).perCapitaAnnualIncome.toString()).toBe('100000000000.01');
    expect([batch.get(0).eligible, batch.get(1).eligible]).toEqual([false, false]);
  });

  it('a household type or flag the fast reader does not know goes exact and is refused there', () => {
    const batch = compileDibao(LOCAL).checkGradualExitMany([
      { ...exiting, householdIncome: '0', householdType: 'urbanDibao' },
      { ...exiting, householdIncome: '0', temporarilyExited: 'yes' },
      { ...exiting, householdIncome: '0', householdType: 'disabledDibao', members: 0 },
    ]);
    expect(batch.errors.map((e) => [e.index, e.error.ruleId, e.error.issues[0]?.path])).toEqual([
      [0, 'dibao.gradualExit', 'householdType'],
      [1, 'dibao.gradualExit', 'temporarilyExited'],
      [2, 'dibao.gradualExit', 'members'],
    ]);
    expect(batch.errors[1]?.error.issues[0]?.message).toBe('must be true or false');
  });
});
