import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import {
  compileScheme,
  reimburseManyInWorkers,
  runBatchShard,
  type ReimbursementBatch,
} from '../../src/medical/index.js';
import { claimsForPeople } from '../../bench/population.js';
import { inpatient, PROFILE } from './support.js';

/**
 * The workers import the TypeScript sources through tsx's loader (`preload`), which vitest's own transform does
 * not give a worker thread.
 */
const SOURCES = pathToFileURL(new URL('../../src/medical/index.ts', import.meta.url).pathname).href;
const NOWHERE = pathToFileURL('/nonexistent/jilin-poverty-rules/medical.mjs').href;

/** Item i of a batch as JSON, or its error's message. */
function itemOf(batch: ReimbursementBatch, i: number): string {
  try {
    return JSON.stringify(batch.get(i));
  } catch (error) {
    return (error as Error).message;
  }
}

/** 41 claims: 39 drawn, one invalid (index 17), one beyond the fast path (index 30), one without an id. */
function mixedClaims(): unknown[] {
  const claims: unknown[] = claimsForPeople(5, 38);
  claims.splice(17, 0, { nonsense: true });
  claims.splice(30, 0, { ...(claims[3] as object), totalCost: '99999999999999.99', inCatalogueCost: '1' });
  claims.push(inpatient());
  return claims;
}

function expectSameBatch(got: ReimbursementBatch, expected: ReimbursementBatch): void {
  expect(got.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(itemOf(got, i)).toBe(itemOf(expected, i));
  expect(got.errors.map((e) => [e.index, e.error.message])).toEqual(
    expected.errors.map((e) => [e.index, e.error.message]),
  );
  expect(JSON.stringify(got.totals)).toBe(JSON.stringify(expected.totals));
}

describe('reimburseManyInWorkers: shards over worker_threads, merged in input order', () => {
  it('41 claims over 2 workers = the single-thread batch, item by item, errors, totals and explain included', async () => {
    const claims = mixedClaims();
    const sharded = await reimburseManyInWorkers(claims, PROFILE, undefined, {
      workers: 2,
      module: SOURCES,
      preload: 'tsx/esm/api',
      minClaims: 0,
    });
    const single = compileScheme(PROFILE).reimburseMany(claims);
    expectSameBatch(sharded, single);
    expect(sharded.errors.map((e) => e.index)).toEqual([17]);
    expect(sharded.explain(30)).toEqual(single.explain(30));
    expect(sharded.get(40).claimId).toBeNull();
  }, 30_000);

  it('merging shards run by hand = the single-thread batch (options travel as plain data)', () => {
    const claims = mixedClaims();
    const options = { readings: { deductiblePeriod: 'perAdmission' as const } };
    const scheme = compileScheme(PROFILE, options);
    const shards = [
      runBatchShard(PROFILE, options, claims.slice(0, 20)),
      runBatchShard(PROFILE, options, claims.slice(20)),
    ];
    expect(shards.map((s) => s.redo)).toEqual([[17], [10]]);
    expectSameBatch(scheme.merge(claims, shards), scheme.reimburseMany(claims));
  });

  it('one worker (or 0.5, floored to 1) runs on the calling thread: no module is loaded', async () => {
    const claims = mixedClaims();
    const single = compileScheme(PROFILE).reimburseMany(claims);
    for (const workers of [1, 0.5]) {
      const batch = await reimburseManyInWorkers(claims, PROFILE, undefined, {
        workers,
        module: NOWHERE,
        minClaims: 0,
      });
      expectSameBatch(batch, single);
    }
  });

  it('a worker that cannot load its module rejects the batch with the worker’s error', async () => {
    const run = reimburseManyInWorkers(mixedClaims(), PROFILE, undefined, {
      workers: 2,
      module: NOWHERE,
      minClaims: 0,
    });
    await expect(run).rejects.toThrow(/nonexistent/u);
  });

  it('without a worker count the pool takes the machine’s available parallelism', async () => {
    // With a module that cannot load, more than one core means workers (a rejection), one core the calling thread.
    const run = reimburseManyInWorkers(mixedClaims(), PROFILE, undefined, { module: NOWHERE, minClaims: 0 });
    if (availableParallelism() > 1) await expect(run).rejects.toThrow(/nonexistent/u);
    else expectSameBatch(await run, compileScheme(PROFILE).reimburseMany(mixedClaims()));
  });

  it('a small batch runs on the calling thread; a bad profile or a non-list is refused at once', async () => {
    const batch = await reimburseManyInWorkers([inpatient()], PROFILE);
    expect(batch.get(0).outOfPocket.toString()).toBe(
      compileScheme(PROFILE).reimburse(inpatient()).outOfPocket.toString(),
    );
    expect(() => reimburseManyInWorkers([inpatient()], { ...PROFILE, name: '' })).toThrow(PolicyInputError);
    expect(() => reimburseManyInWorkers('x' as never, PROFILE)).toThrow(PolicyInputError);
  });

  it('a shard is plain data: rows in fen, and the items the main thread must redo', () => {
    const shard = runBatchShard(PROFILE, undefined, [inpatient(), null]);
    expect(shard.length).toBe(2);
    expect(shard.redo).toEqual([1]);
    expect(shard.rows).toBeInstanceOf(Float64Array);
    expect(() => runBatchShard(PROFILE, undefined, 'x')).toThrow(PolicyInputError);
  });
});
