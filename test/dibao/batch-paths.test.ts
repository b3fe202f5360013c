import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { Money } from '../../src/core/money.js';
import { checkGradualExit, compileDibao, dibaoGapSubsidy, type DibaoBatch } from '../../src/dibao/index.js';

/**
 * The paths of the Dibao batches that the generated households of batch.property.test.ts do not reach: the
 * households the fast reader leaves to the exact functions, amounts too large for safe integers, the BigInt
 * totals, iterables, ranges and faults. Each batch is compared with the single function household by household.
 */

const LOCAL = { standard: '3900' };
const flat = (o: unknown): unknown => JSON.parse(JSON.stringify(o));

/** What a single function gives: its figures (as JSON, trace and envelope left out), or its error's message. */
function single(run: () => object, keys: readonly string[]): unknown {
  try {
    const r = run() as Record<string, unknown>;
    return flat(Object.fromEntries(keys.map((k) => [k, r[k]])));
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return error.message;
  }
}

function item<F>(batch: DibaoBatch<F, unknown>, i: number): unknown {
  try {
    return flat(batch.get(i));
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return error.message;
  }
}

const GAP_KEYS = [
  'belowStandard',
  'monthly',
  'annual',
  'annualStandard',
  'countedAnnualIncome',
  'perCapitaAnnualIncome',
  'members',
];
const EXIT_KEYS = [
  'eligible',
  'reasons',
  'householdType',
  'months',
  'quarters',
  'perCapitaAnnualIncome',
  'annualIncomeLimit',
  'belowStandard',
];

type Options = Parameters<typeof compileDibao>[1];

function expectGapSame(
  households: readonly unknown[],
  local: { standard: string } = LOCAL,
  options?: Options,
) {
  const batch = compileDibao(local, options).gapSubsidyMany(households);
  expect(batch.length).toBe(households.length);
  households.forEach((h, i) => {
    expect(item(batch, i)).toEqual(single(() => dibaoGapSubsidy(h as never, local, options), GAP_KEYS));
  });
  return batch;
}

function expectExitSame(
  households: readonly unknown[],
  local: { standard: string } = LOCAL,
  options?: Options,
) {
  const batch = compileDibao(local, options).checkGradualExitMany(households);
  expect(batch.length).toBe(households.length);
  households.forEach((h, i) => {
    expect(item(batch, i)).toEqual(single(() => checkGradualExit(h as never, local, options), EXIT_KEYS));
  });
  return batch;
}

const household = { members: 3, householdIncome: '7800' };
const exiting = { ...household, householdType: 'ruralDibao', temporarilyExited: true };

describe('gapSubsidyMany: households the fast reader leaves to dibaoGapSubsidy', () => {
  const refused: [string, unknown][] = [
    ['null', null],
    ['a list', [3, '7800']],
    ['a monthly income period spelled wrong', { ...household, incomePeriod: 'week' }],
    ['members not a whole number', { ...household, members: 2.5 }],
    ['a negative income as a number', { ...household, householdIncome: -1 }],
    ['NaN as an income', { ...household, householdIncome: Number.NaN }],
    ['three decimals as a number', { ...household, householdIncome: 7800.005 }],
    ['an exempt income above the income', { ...household, exemptIncome: '7801' }],
    [
      'a standard inside the household (the 0.1 form) next to a local standard',
      { ...household, standard: '3900' },
    ],
  ];

  it.each(refused)('%s: refused with the error dibaoGapSubsidy throws; the batch goes on', (_, h) => {
    const batch = expectGapSame([household, h, household]);
    expect(batch.errors.map((e) => e.index)).toEqual([1]);
    expect(batch.totals.count).toBe(2);
    expect(() => batch.explain(1)).toThrow(PolicyInputError);
  });

  const valid: [string, unknown][] = [
    ['a padded income', { ...household, householdIncome: ' 7800 ' }],
    ['an income as Money', { ...household, householdIncome: Money.of('7800') }],
    ['an income beyond the fast reader (10^11 yuan as a number)', { ...household, householdIncome: 1e11 }],
    ['more than 100,000 members', { members: 100_001, householdIncome: '0' }],
  ];

  it.each(valid)('%s: the same figures as dibaoGapSubsidy', (_, h) => {
    const batch = expectGapSame([h]);
    expect(batch.errors).toEqual([]);
    expect(flat(batch.explain(0))).toEqual(flat(dibaoGapSubsidy(h as never, LOCAL)));
  });

  it('a guarantee above 2^51 fen (1,000,000,000 yuan × 100,000 members) runs on dibaoGapSubsidy, same figures', () => {
    const local = { standard: '1000000000' };
    const batch = expectGapSame([{ members: 100_000, householdIncome: '5' }, household], local);
    // (1,000,000,000 × 100,000 − 5) = 99,999,999,999,995 a year
    expect(batch.get(0).annual.toString()).toBe('99999999999995.00');
    expect(batch.totals.count).toBe(2);
  });

  it('three gaps of 2,000,000,000 × 10,000 = 20,000,000,000,000 yuan: totals pass 2^52 fen and stay exact (60,000,000,000,000)', () => {
    const local = { standard: '2000000000' };
    const h = { members: 10_000, householdIncome: '0' };
    for (const incomeMeasure of ['annualBasis', 'monthlyBasis'] as const) {
      const options = { readings: { incomeMeasure } };
      const batch = expectGapSame([h, h, h], local, options);
      const one = dibaoGapSubsidy(h, local, options);
      expect(batch.totals.annual.toString()).toBe(one.annual.times(3).toString());
      expect(batch.totals.monthly.toString()).toBe(one.monthly.times(3).toString());
      expect(batch.totals.members).toBe(30_000);
      expect(batch.totals.belowStandard).toBe(3);
    }
    expect(compileDibao(local).gapSubsidyMany([h, h, h]).totals.annual.toString()).toBe('60000000000000.00');
  });

  it('totals = the sum of the parts, fast and exact households mixed (3,900 + 3,900 + 0 = 7,800 a year)', () => {
    const batch = compileDibao(LOCAL).gapSubsidyMany([
      household,
      { ...household, householdIncome: ' 7800 ' },
      { members: 1, householdIncome: '3900' },
    ]);
    expect(batch.totals.annual.toString()).toBe('7800.00');
    expect(batch.totals.monthly.toString()).toBe('650.00');
    expect(batch.totals.members).toBe(7);
    expect(batch.totals.belowStandard).toBe(2);
  });

  it('large amounts (guarantees up to 2^51 fen, any income) equal dibaoGapSubsidy to the fen, both readings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 99_999_999_999_999 }),
        fc.constantFrom('annualBasis' as const, 'monthlyBasis' as const),
        fc.constantFrom('year' as const, 'month' as const),
        (standardFen, members, incomeFen, incomeMeasure, incomePeriod) => {
          const local = { standard: Money.fromFen(standardFen).toString() };
          const h = { members, householdIncome: Money.fromFen(incomeFen).toString(), incomePeriod };
          expectGapSame([h], local, { readings: { incomeMeasure } });
        },
      ),
      { numRuns: 200 },
    );
  }, 20_000);
});

describe('checkGradualExitMany: households the fast reader leaves to checkGradualExit', () => {
  const refused: [string, unknown][] = [
    ['temporarilyExited missing', { ...household, householdType: 'ruralDibao' }],
    ['temporarilyExited not a boolean', { ...exiting, temporarilyExited: 'yes' }],
    ['an unknown household type', { ...exiting, householdType: 'urbanDibao' }],
    ['null', null],
  ];

  it.each(refused)('%s: refused with the error checkGradualExit throws; the batch goes on', (_, h) => {
    const batch = expectExitSame([exiting, h, exiting]);
    expect(batch.errors.map((e) => e.index)).toEqual([1]);
    expect(() => batch.explain(1)).toThrow(PolicyInputError);
  });

  it('a padded income runs on checkGradualExit: get and explain give its figures and trace', () => {
    const h = { ...exiting, householdIncome: ' 7800 ' };
    const batch = expectExitSame([h, { ...exiting, householdType: 'disabledDibao' }]);
    expect(flat(batch.explain(0))).toEqual(flat(checkGradualExit(h as never, LOCAL)));
  });

  it('a limit or an income beyond safe integers (10^9 yuan × 100,000 members; 999,999,999,999 yuan) = checkGradualExit', () => {
    expectExitSame([{ ...exiting, members: 100_000, householdIncome: '1' }, exiting], {
      standard: '1000000000',
    });
    const batch = expectExitSame([{ ...exiting, householdIncome: '999999999999' }]);
    expect(batch.get(0).eligible).toBe(false);
  });

  it('options checkGradualExit refuses: every household refused with its error, none thrown', () => {
    const options = { regime: 'x' } as never;
    const batch = expectExitSame([exiting, { ...exiting, householdType: 'disabledDibao' }], LOCAL, options);
    expect(batch.errors.map((e) => e.index)).toEqual([0, 1]);
  });
});

describe('both batches: iterables, ranges and faults', () => {
  it('any iterable of households (a Set, a generator) = the same array; an object that is not one is refused', () => {
    const dibao = compileDibao(LOCAL);
    const list = [household, { members: 1, householdIncome: '100' }];
    function* gen(): Generator {
      yield* list;
    }
    for (const batch of [dibao.gapSubsidyMany(new Set(list)), dibao.gapSubsidyMany(gen())]) {
      expect([0, 1].map((i) => flat(batch.get(i)))).toEqual(
        [0, 1].map((i) => flat(dibao.gapSubsidyMany(list).get(i))),
      );
    }
    expect(dibao.checkGradualExitMany(new Set([exiting])).get(0).eligible).toBe(
      checkGradualExit(exiting as never, LOCAL).eligible,
    );
    for (const run of [
      () => dibao.gapSubsidyMany({} as never),
      () => dibao.checkGradualExitMany(7 as never),
    ]) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues[0]?.path).toBe('households');
    }
  });

  it('get and explain outside the batch (−1, 0.5, length) throw a RangeError', () => {
    const dibao = compileDibao(LOCAL);
    for (const batch of [dibao.gapSubsidyMany([household]), dibao.checkGradualExitMany([exiting])]) {
      for (const i of [-1, 0.5, 1]) {
        expect(() => batch.get(i)).toThrow(RangeError);
        expect(() => batch.explain(i)).toThrow(RangeError);
      }
    }
  });

  it('a fault that is not a PolicyInputError (a getter that throws) stops the batch, as it stops the function', () => {
    // members is invalid, so the fast reader leaves the household to the schema, which reads householdIncome.
    const faulty = {
      members: 0,
      householdType: 'ruralDibao',
      temporarilyExited: true,
      get householdIncome(): string {
        throw new Error('unreadable income');
      },
    };
    expect(() => dibaoGapSubsidy(faulty as never, LOCAL)).toThrow('unreadable income');
    expect(() => compileDibao(LOCAL).gapSubsidyMany([household, faulty])).toThrow('unreadable income');
    expect(() => checkGradualExit(faulty as never, LOCAL)).toThrow('unreadable income');
    expect(() => compileDibao(LOCAL).checkGradualExitMany([exiting, faulty])).toThrow('unreadable income');
  });
});
