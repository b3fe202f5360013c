import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScheme, reimburseManyInWorkers, runBatchShard } from '../../src/medical/index.js';
import { refusal } from '../support/errors.js';
import { inpatient, PROFILE } from './support.js';

/** A module no worker can load: a batch that goes to workers rejects, one on the calling thread resolves. */
const NOWHERE = pathToFileURL('/nonexistent/jilin-poverty-rules/medical.mjs').href;

/** A worker module that refuses the shard holding claim 'a', naming that shard's claim ids (fixtures/). */
const PROBE = new URL('./fixtures/shard-probe.mjs', import.meta.url).href;

/** 'resolved' with the batch's length, or the rejection's message. */
async function outcome(run: Promise<{ length: number }>): Promise<string> {
  try {
    return `resolved ${String((await run).length)}`;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('reimburseManyInWorkers: when it shards, and what it loads', () => {
  it('below the default 20,000 claims (19,999) the calling thread runs the batch; at 20,000 the workers do', async () => {
    const claims = Array.from({ length: 20_000 }, () => inpatient());
    const pool = { workers: 2, module: NOWHERE };
    expect(await outcome(reimburseManyInWorkers(claims.slice(1), PROFILE, undefined, pool))).toBe(
      'resolved 19999',
    );
    expect(await outcome(reimburseManyInWorkers(claims, PROFILE, undefined, pool))).toMatch(/nonexistent/u);
  }, 60_000);

  it('minClaims 3: 2 claims on the calling thread, 3 claims to the workers', async () => {
    const pool = { workers: 2, module: NOWHERE, minClaims: 3 };
    expect(await outcome(reimburseManyInWorkers([inpatient(), inpatient()], PROFILE, undefined, pool))).toBe(
      'resolved 2',
    );
    const three = [inpatient(), inpatient(), inpatient()];
    expect(await outcome(reimburseManyInWorkers(three, PROFILE, undefined, pool))).toMatch(/nonexistent/u);
  }, 30_000);

  it('1.9 workers is floored to 1: the calling thread, no module loaded', async () => {
    const claims = [inpatient(), inpatient({ id: 'b' })];
    const batch = await reimburseManyInWorkers(claims, PROFILE, undefined, {
      workers: 1.9,
      module: NOWHERE,
      minClaims: 0,
    });
    expect(batch.get(1).claimId).toBe('b');
    expect(batch.get(0).outOfPocket.toString()).toBe(
      compileScheme(PROFILE).reimburse(inpatient()).outOfPocket.toString(),
    );
  });

  it('without a module the workers load the package’s own jilin-poverty-rules/medical (its built dist)', async () => {
    const claims = [inpatient(), inpatient()];
    const got = await outcome(
      reimburseManyInWorkers(claims, PROFILE, undefined, { workers: 2, minClaims: 0 }),
    );
    // Built, the package runs the batch; unbuilt, the worker names the file the package resolves to.
    expect(got === 'resolved 2' || got.includes('dist/medical/index.js')).toBe(true);
  }, 30_000);

  it('3 claims over 2 workers: shards of ⌈3 / 2⌉ = 2 claims (a, b) and 1 (c)', async () => {
    const claims = ['a', 'b', 'c'].map((id) => inpatient({ id }));
    const run = reimburseManyInWorkers(claims, PROFILE, undefined, {
      workers: 2,
      module: PROBE,
      minClaims: 0,
    });
    await expect(run).rejects.toThrow(/^shard a,b$/u);
  }, 30_000);

  it('no pool options at all: 20,000 claims (the default minClaims) go to as many workers as cores', async () => {
    const claims = Array.from({ length: 20_000 }, () => inpatient());
    const got = await outcome(reimburseManyInWorkers(claims, PROFILE));
    // One core: the calling thread; more: workers load the package (built: the batch; unbuilt: its dist file).
    expect(got === 'resolved 20000' || got.includes('dist/medical/index.js')).toBe(true);
  }, 60_000);
});

describe('reimburseManyInWorkers and runBatchShard: what they refuse, what a shard holds', () => {
  it.each<[string, () => unknown]>([
    ['reimburseManyInWorkers', () => reimburseManyInWorkers('x' as never, PROFILE)],
    ['runBatchShard (in a worker)', () => runBatchShard(PROFILE, undefined, 'x')],
  ])('%s refuses a claims list that is no array (the string x) at once, naming the field', (_, run) => {
    const e = refusal(run);
    expect(e.ruleId).toBe('medical.fourLayers');
    expect(e.issues.map(({ path, value, message }) => ({ path, value, message }))).toEqual([
      { path: 'claims', value: 'x', message: 'must be an array of claims' },
    ]);
  });

  it('an empty shard holds 0 rows and 0 flags (not the store’s room for one item)', () => {
    const shard = runBatchShard(PROFILE, undefined, []);
    expect([shard.length, shard.rows.length, shard.flags.length, shard.redo]).toEqual([0, 0, 0, []]);
  });
});
