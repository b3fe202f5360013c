import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import {
  compileScheme,
  PAYERS,
  reimburse,
  reimburseYear,
  runBatchShard,
  type ClaimInput,
  type ReimburseOptions,
} from '../../src/medical/index.js';
import { expectSameAsReimburse, expectSameYears, flat, schemaCalls } from './batch-mutation-support.js';
import { copy, inpatient, outpatient, PROFILE } from './support.js';

/** The message of the error `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'nothing thrown';
}

describe('refusals and ranges: the exact messages', () => {
  it('a batch of 42: "[medical.fourLayers] claims = 42: must be an array or an iterable of items" (patients for years)', () => {
    const scheme = compileScheme(PROFILE);
    expect(thrown(() => scheme.reimburseMany(42 as never))).toBe(
      '[medical.fourLayers] claims = 42: must be an array or an iterable of items',
    );
    expect(thrown(() => scheme.reimburseYears(42 as never))).toBe(
      '[medical.fourLayers] patients = 42: must be an array or an iterable of items',
    );
    expect(thrown(() => runBatchShard(PROFILE, undefined, 42))).toBe(
      '[medical.fourLayers] claims = 42: must be an array of claims',
    );
  });

  it('a Set or a generator of claims = the same array; null, a string or a plain object are refused', () => {
    const scheme = compileScheme(PROFILE);
    const claims = [inpatient({ id: 'a' }), outpatient({ id: 'b' })];
    function* gen(): Generator<ClaimInput> {
      yield* claims;
    }
    for (const batch of [scheme.reimburseMany(new Set(claims)), scheme.reimburseMany(gen())]) {
      expect(batch.length).toBe(2);
      expect(flat(batch.get(1))).toEqual(flat(reimburse(outpatient({ id: 'b' }), PROFILE)));
    }
    expect(scheme.reimburseYears(new Set([claims])).get(0).claims).toHaveLength(2);
    for (const value of [null, 'ab', { 0: claims[0] }]) {
      expect(thrown(() => scheme.reimburseMany(value as never))).toMatch(
        /^\[medical\.fourLayers\] claims = .*: must be an array or an iterable of items$/u,
      );
    }
  });

  it('item 2 of a 2-item batch: RangeError "no item 2"; patient 1 of 1: "no patient 1"', () => {
    const scheme = compileScheme(PROFILE);
    const batch = scheme.reimburseMany([inpatient(), null]);
    expect(thrown(() => batch.get(2))).toBe('no item 2');
    expect(thrown(() => batch.get(-1))).toBe('no item -1');
    expect(thrown(() => batch.explain(0.5))).toBe('no item 0.5');
    const years = scheme.reimburseYears([[inpatient()]]);
    expect(thrown(() => years.get(1))).toBe('no patient 1');
    expect(thrown(() => years.explain(-1))).toBe('no patient -1');
    expect(thrown(() => years.get(0.5))).toBe('no patient 0.5');
  });

  it('errors are listed by index in the whole batch, in order (1, 3), each the error reimburse throws', () => {
    const bad = { ...inpatient(), totalCost: 'x' };
    const batch = expectSameAsReimburse([inpatient(), null, inpatient(), bad]);
    expect(batch.errors.map((e) => e.index)).toEqual([1, 3]);
    expect(batch.errors[1]?.error.message).toBe(thrown(() => reimburse(bad as never, PROFILE)));
    expect(Object.isFrozen(batch.errors)).toBe(true);
    expect(Object.isFrozen(batch.errors[0])).toBe(true);
    expect(thrown(() => batch.explain(1))).toBe(thrown(() => reimburse(null as never, PROFILE)));
  });
});

describe('a fault is not a refusal', () => {
  it('a getter that throws stops the batch and the years with its own error, as reimburse', () => {
    const faulty = {
      ...inpatient(),
      date: '2018-13-01',
      get totalCost(): string {
        throw new Error('unreadable totalCost');
      },
    };
    const scheme = compileScheme(PROFILE);
    expect(thrown(() => scheme.reimburseMany([inpatient(), faulty]))).toBe('unreadable totalCost');
    expect(thrown(() => scheme.reimburseYears([[faulty]]))).toBe('unreadable totalCost');
  });
});

describe('the terms of each period and patient kind are kept apart (cached per period, poor or not)', () => {
  const dates = ['2016-01-01', '2015-12-31', '2015-01-01', '2016-06-30', '2020-12-31'];
  const claims: ClaimInput[] = dates.flatMap((date) =>
    [true, false].flatMap((registeredPoor) => [
      inpatient({ date, patient: { registeredPoor }, totalCost: '80000', inCatalogueCost: '70000' }),
      outpatient({ date, patient: { registeredPoor }, diseaseGroup: 'chronic32' }),
    ]),
  );

  it.each<[string, ReimburseOptions | undefined]>([
    ['the chosen readings', undefined],
    ['a reform of the uplift (10 points)', { overrides: { 'medical.upliftPoints': '10' } }],
    ['the baseline regime', { regime: 'baseline' }],
  ])('20 claims around 2016-01-01, poor and not, %s: each = reimburse', (_, options) => {
    expectSameAsReimburse(claims, PROFILE, options);
    expectSameAsReimburse([...claims].reverse(), PROFILE, options);
  });
});

describe('zero bills and out-of-county bills: ratios as reimburse gives them', () => {
  it('0 / 0, 0 in catalogue, out of county, totalCost reading: every ratio = reimburse (null where nothing is billed)', () => {
    const claims = [
      inpatient({ totalCost: '0', inCatalogueCost: '0' }),
      inpatient({ totalCost: '500', inCatalogueCost: '0' }),
      inpatient({ hospital: { level: 'municipal', inCounty: false, designated: true } }),
      outpatient({ totalCost: '0', inCatalogueCost: '0' }),
    ];
    const batch = expectSameAsReimburse(claims);
    expect(batch.get(0).ratios).toEqual({ overall: null, inCatalogue: null, inCounty: null });
    expect(batch.get(2).ratios.inCounty).toBeNull();
    expectSameAsReimburse(claims, PROFILE, { readings: { inCountyRatioBase: 'totalCost' } });
  });
});

describe('totals of a batch: exact sums over fast and exact items', () => {
  it('12,000 + 99,999,999,999 + 0: totalCost 100,000,011,999.00, each share and out of pocket = the sum of reimburse', () => {
    const claims = [
      inpatient(),
      inpatient({ totalCost: '99999999999', inCatalogueCost: '5000' }),
      inpatient({ totalCost: '0', inCatalogueCost: '0' }),
    ];
    const batch = compileScheme(PROFILE).reimburseMany(claims);
    const parts = claims.map((c) => reimburse(c, PROFILE));
    const t = batch.totals;
    expect(t.count).toBe(3);
    expect(t.totalCost.toString()).toBe('100000011999.00');
    const sum = (pick: (r: (typeof parts)[number]) => Money): string => Money.sum(parts.map(pick)).toString();
    for (const p of PAYERS) expect(t.shares[p].toString()).toBe(sum((r) => r.shares[p]));
    expect(t.reimbursed.toString()).toBe(sum((r) => r.reimbursed));
    expect(t.outOfPocket.toString()).toBe(sum((r) => r.outOfPocket));
    expect(batch.totals).toBe(t);
    expect(Object.isFrozen(t)).toBe(true);
  });
});

describe('big totals and chunks', () => {
  it('1,100 claims of 87,960,930,222.07 yuan (2^43 − 1 fen, odd): totalCost 96,757,023,244,277.00 exactly, past 2^53 fen', () => {
    const big = inpatient({ totalCost: '87960930222.07', inCatalogueCost: '87960930222.07' });
    const batch = compileScheme(PROFILE).reimburseMany(Array.from({ length: 1100 }, () => big));
    const one = reimburse(big, PROFILE);
    expect(batch.totals.totalCost.toString()).toBe('96757023244277.00');
    for (const p of PAYERS)
      expect(batch.totals.shares[p].toString()).toBe(one.shares[p].times(1100).toString());
    expect(batch.totals.outOfPocket.toString()).toBe(one.outOfPocket.times(1100).toString());
    expect(batch.totals.reimbursed.toString()).toBe(one.reimbursed.times(1100).toString());
  });

  it('chunk size 2.5 is floored to 2 (5 claims: 2 + 2 + 1); 0 is raised to 1', async () => {
    const scheme = compileScheme(PROFILE);
    const claims = Array.from({ length: 5 }, (_, i) => inpatient({ id: String(i) }));
    const sizes = async (chunkSize: number): Promise<number[][]> => {
      const out: number[][] = [];
      for await (const c of scheme.streamMany(claims, { chunkSize })) out.push([c.offset, c.length]);
      return out;
    };
    expect(await sizes(2.5)).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
    expect((await sizes(0)).map(([o]) => o)).toEqual([0, 1, 2, 3, 4]);
  });

  it('bad options are refused by compileScheme with the message reimburse gives', () => {
    const options = { regime: 'x' } as never;
    expect(thrown(() => compileScheme(PROFILE, options))).toBe(
      thrown(() => reimburse(inpatient(), PROFILE, options)),
    );
    expect(thrown(() => compileScheme(PROFILE, options))).toContain('[medical.fourLayers]');
  });
});

describe('streams and contexts the fast path leaves', () => {
  it('an async iterable without options: one chunk at offset 0; explain(i) is item i’s own result', async () => {
    async function* feed(): AsyncGenerator<ClaimInput> {
      await Promise.resolve();
      yield inpatient({ id: 'a' });
      yield outpatient({ id: 'b' });
    }
    const chunks = [];
    for await (const chunk of compileScheme(PROFILE).reimburseMany(feed())) chunks.push(chunk);
    expect(chunks.map((c) => [c.offset, c.length])).toEqual([[0, 2]]);
    expect(chunks[0]?.explain(1)).toEqual(reimburse(outpatient({ id: 'b' }), PROFILE));
    expect(chunks[0]?.explain(0).claimId).toBe('a');
  });

  it('plain claims under a 13-decimal third-layer rate run on the exact path: = reimburse', () => {
    const p = copy(PROFILE);
    expectSameAsReimburse([inpatient(), outpatient()], {
      ...p,
      thirdLayer: { ...p.thirdLayer, rate: '0.3000000000001' },
    });
  });

  it('a reform that refuses the profile’s target refuses every claim as reimburse does', () => {
    const batch = expectSameAsReimburse([inpatient(), outpatient()], PROFILE, {
      overrides: { 'medical.inCountyRatioMin': '0.86' },
    });
    expect(batch.errors.map((e) => e.index)).toEqual([0, 1]);
  });
});

describe('merge: shards of plain data, ids and redone items', () => {
  it('ids that are not strings are null; an item a shard could not settle is redone (figures or the error)', () => {
    const claims = [
      inpatient({ id: 'a' }),
      null,
      inpatient({ totalCost: '99999999999' }),
      inpatient(),
      { ...inpatient(), id: 7 },
    ];
    const scheme = compileScheme(PROFILE);
    const shards = [
      runBatchShard(PROFILE, undefined, claims.slice(0, 2)),
      runBatchShard(PROFILE, undefined, claims.slice(2)),
    ];
    // Only the two items the shards could not settle (null, 99,999,999,999 yuan) and the refused id are validated again.
    expect(schemaCalls(() => scheme.merge(claims, shards))).toBe(3);
    const merged = scheme.merge(claims, [
      runBatchShard(PROFILE, undefined, claims.slice(0, 2)),
      runBatchShard(PROFILE, undefined, claims.slice(2)),
    ]);
    const direct = expectSameAsReimburse(claims);
    expect(merged.length).toBe(5);
    for (const i of [0, 2, 3]) expect(flat(merged.get(i))).toEqual(flat(direct.get(i)));
    expect(merged.get(0).claimId).toBe('a');
    expect(merged.get(3).claimId).toBeNull();
    expect(merged.errors.map((e) => [e.index, e.error.message])).toEqual(
      direct.errors.map((e) => [e.index, e.error.message]),
    );
    expect(JSON.stringify(merged.totals)).toBe(JSON.stringify(direct.totals));
    expect(merged.explain(2)).toEqual(reimburse(claims[2] as ClaimInput, PROFILE));
  });
});

describe('reimburseYears: fast where it can, reimburseYear otherwise, the same to the fen', () => {
  const y = (date: string, over: Partial<ClaimInput> = {}): ClaimInput =>
    inpatient({ date, totalCost: '150000', inCatalogueCost: '140000', ...over });

  it('a year of plain claims runs without the schema; the yearly deductible and ceilings carried = reimburseYear', () => {
    const patients = [
      [y('2018-01-05'), y('2018-03-05'), y('2018-03-05'), y('2018-12-31')],
      [y('2015-02-01'), y('2015-09-01', { patient: { registeredPoor: false } })],
      [],
      [
        outpatient({ date: '2018-01-01', diseaseGroup: 'chronic32' }),
        outpatient({ date: '2018-02-01', diseaseGroup: 'chronic32' }),
      ],
    ];
    const scheme = compileScheme(PROFILE);
    expect(schemaCalls(() => scheme.reimburseYears(patients))).toBe(0);
    const batch = expectSameYears(patients);
    expect(batch.totals.count).toBe(8);
    expect(batch.get(2).claims).toEqual([]);
    for (const options of [
      { readings: { deductiblePeriod: 'perAdmission' } },
      { regime: 'baseline' },
    ] as const)
      expectSameYears(patients, PROFILE, options);
  });

  it('out of order, across years, or a claim the reader leaves to the schema: reimburseYear decides (refused or run)', () => {
    const patients = [
      [y('2018-03-01'), y('2018-02-01')],
      [y('2018-12-31'), y('2019-01-01')],
      [y('2018-01-01'), y('2018-02-01', { totalCost: ' 150000 ' })],
      [y('2018-01-01'), null],
      'x',
      '',
      [y('2018-01-01'), y('2018-05-01', { id: 'after' })],
    ];
    const batch = expectSameYears(patients);
    expect(batch.errors.map((e) => e.index)).toEqual([0, 1, 3, 4, 5]);
    expect(batch.totals.count).toBe(4);
    expect(batch.explain(2)).toEqual(reimburseYear(patients[2] as ClaimInput[], PROFILE));
    expect(thrown(() => batch.explain(0))).toBe(
      thrown(() => reimburseYear(patients[0] as ClaimInput[], PROFILE)),
    );
  });

  it('261 patients × 4 claims = 1,044 claims: the store grows past its first 1,024 rows, each year = reimburseYear', () => {
    const four = (p: number): ClaimInput[] =>
      [1, 2, 3, 4].map((m) =>
        y(`2018-0${String(m)}-10`, {
          id: `${String(p)}-${String(m)}`,
          totalCost: String(20000 + 1000 * m),
          inCatalogueCost: '15000',
        }),
      );
    const patients = Array.from({ length: 261 }, (_, p) => four(p));
    const batch = compileScheme(PROFILE).reimburseYears(patients);
    expect(batch.totals.count).toBe(1044);
    for (const p of [0, 255, 256, 260]) {
      expect(batch.get(p).claims.map(flat)).toEqual(
        reimburseYear(patients[p] ?? [], PROFILE).claims.map(flat),
      );
    }
  });

  it('a reform that refuses the context, or a rate too fine for the fast path: = reimburseYear', () => {
    const patients = [[y('2018-01-05'), y('2018-02-05')]];
    expectSameYears(patients, PROFILE, { overrides: { 'medical.inCountyRatioMin': '0.86' } });
    const fine = copy(PROFILE);
    expectSameYears(patients, { ...fine, thirdLayer: { ...fine.thirdLayer, rate: '0.3000000000001' } });
  });
});
