import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { compileScheme, reimburseManyInWorkers, runBatchShard } from '../../src/medical/index.js';
import { inpatient, PROFILE } from './support.js';

describe('reimburseManyInWorkers: shards over worker_threads, merged in input order', () => {
  it('5,003 claims over 2 workers = the single-thread batch, item by item, errors and totals included', () => {
    const script = fileURLToPath(new URL('./fixtures/workers-run.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ length: 5003, same: 5003, errors: [17], totals: true, explain: true });
  }, 60_000);

  it('a small batch runs on the calling thread; a bad profile is refused at once', async () => {
    const batch = await reimburseManyInWorkers([inpatient()], PROFILE);
    expect(batch.get(0).outOfPocket.toString()).toBe(
      compileScheme(PROFILE).reimburse(inpatient()).outOfPocket.toString(),
    );
    expect(() => reimburseManyInWorkers([inpatient()], { ...PROFILE, name: '' })).toThrow(PolicyInputError);
  });

  it('a shard is plain data: rows in fen, and the items the main thread must redo', () => {
    const shard = runBatchShard(PROFILE, undefined, [inpatient(), null]);
    expect(shard.length).toBe(2);
    expect(shard.redo).toEqual([1]);
    expect(shard.rows).toBeInstanceOf(Float64Array);
    expect(() => runBatchShard(PROFILE, undefined, 'x')).toThrow(PolicyInputError);
  });
});
