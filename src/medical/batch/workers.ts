import { refuse } from '../../core/errors.js';
import { MEDICAL_RULE_IDS } from '../ids.js';
import type { MedicalSchemeProfileInput, ReimburseOptions } from '../schema.js';
import { ROW_WIDTH } from './kernel.js';
import { compileScheme, type ReimbursementBatch } from './scheme.js';

/** What one worker sends back: its items' rows in whole fen, and which items the main thread must redo. */
export interface BatchShard {
  readonly length: number;
  readonly rows: Float64Array;
  readonly flags: Uint8Array;
  /** Items on the exact path or refused (local indices): the main thread recomputes them, so errors are objects. */
  readonly redo: readonly number[];
}

/**
 * Runs one shard of a batch (what a worker does): `compileScheme(profile, options).reimburseMany(claims)` as
 * plain transferable data. Exported so that a worker can load it from the package.
 */
export function runBatchShard(profile: unknown, options: unknown, claims: unknown): BatchShard {
  if (!Array.isArray(claims))
    refuse(MEDICAL_RULE_IDS.fourLayers, 'claims', claims, 'must be an array of claims');
  const scheme = compileScheme(profile as MedicalSchemeProfileInput, options as ReimburseOptions);
  const filling = scheme.open(claims.length);
  for (const claim of claims as unknown[]) scheme.process(claim, filling);
  const { store } = filling;
  const redo: number[] = [];
  for (let i = 0; i < store.length; i++) if (store.kinds[i] !== 0) redo.push(i);
  return {
    length: store.length,
    rows: store.rows.slice(0, store.length * ROW_WIDTH),
    flags: store.flags.slice(0, store.length),
    redo,
  };
}

/** Options of {@link reimburseManyInWorkers}. */
export interface WorkerPoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  readonly workers?: number;
  /**
   * The module each worker imports `runBatchShard` from: a specifier or file URL (default
   * `jilin-poverty-rules/medical`, resolved from the working directory).
   */
  readonly module?: string;
  /**
   * A module each worker imports first, calling its `register()` if it has one (a loader such as `tsx/esm/api`
   * when running TypeScript sources).
   */
  readonly preload?: string;
  /** Below this many claims the batch runs on the calling thread (default 20,000). */
  readonly minClaims?: number;
}

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const first = workerData.preload
  ? import(workerData.preload).then((p) => (typeof p.register === 'function' ? p.register() : undefined))
  : Promise.resolve();
first.then(() => import(workerData.module)).then((m) => {
  const shard = m.runBatchShard(workerData.profile, workerData.options, JSON.parse(workerData.claims));
  parentPort.postMessage(shard, [shard.rows.buffer, shard.flags.buffer]);
});
`;

/** What this module uses of node:worker_threads' Worker. */
interface WorkerLike {
  once(event: 'message', listener: (shard: BatchShard) => void): unknown;
  once(event: 'error', listener: (error: unknown) => void): unknown;
  terminate(): Promise<number>;
}
type WorkerConstructor = new (
  code: string,
  options: { readonly eval: boolean; readonly workerData: unknown },
) => WorkerLike;

// Node's modules are named by variables, so that neither TypeScript (in a browser build without Node's types) nor
// a bundler tries to resolve them: they are loaded only when workers run, and the package stays platform-neutral.
const NODE_WORKER_THREADS = 'node:worker_threads';
const NODE_OS = 'node:os';

/** node:worker_threads' Worker, loaded only when workers run. */
async function workerClass(): Promise<WorkerConstructor> {
  const mod = (await import(/* @vite-ignore */ NODE_WORKER_THREADS)) as { Worker: WorkerConstructor };
  return mod.Worker;
}

/** node:os' count of cores available. */
async function availableParallelism(): Promise<number> {
  const mod = (await import(/* @vite-ignore */ NODE_OS)) as { availableParallelism: () => number };
  return mod.availableParallelism();
}

async function runWorker(
  at: { module: string; preload: string | undefined },
  profile: unknown,
  options: unknown,
  claims: string,
): Promise<BatchShard> {
  const Worker = await workerClass();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { ...at, profile, options, claims } });
    worker.once('message', (shard: BatchShard) => {
      resolve(shard);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Plain data for the workers (Money and Decimal as their JSON strings). */
const plain = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/**
 * Shards a batch over `worker_threads` and merges the results in input order: the same batch as
 * `compileScheme(profile, options).reimburseMany(claims)` (validated here first, so a bad profile or options
 * throws at once). Claims must be plain JSON data (each shard travels as one JSON string: a structured clone of
 * many small objects costs more than the cascade itself). The workers pay off only where the cascade is not
 * already faster than moving the claims (see bench/results.json, `province.workers`).
 */
export function reimburseManyInWorkers(
  claims: readonly unknown[],
  profile: MedicalSchemeProfileInput,
  options?: ReimburseOptions,
  pool?: WorkerPoolOptions,
): Promise<ReimbursementBatch> {
  if (!Array.isArray(claims))
    refuse(MEDICAL_RULE_IDS.fourLayers, 'claims', claims, 'must be an array of claims');
  const scheme = compileScheme(profile, options);
  if (claims.length < (pool?.minClaims ?? 20_000)) return Promise.resolve(scheme.reimburseMany(claims));
  return availableParallelism().then((cores) =>
    shardOver(scheme, claims, [profile, options], { ...pool, workers: pool?.workers ?? cores }),
  );
}

function shardOver(
  scheme: ReturnType<typeof compileScheme>,
  claims: readonly unknown[],
  [profile, options]: readonly [MedicalSchemeProfileInput, ReimburseOptions | undefined],
  pool: WorkerPoolOptions & { readonly workers: number },
): Promise<ReimbursementBatch> {
  const workers = Math.max(1, Math.floor(pool.workers));
  if (workers === 1) return Promise.resolve(scheme.reimburseMany(claims));
  const size = Math.ceil(claims.length / workers);
  const at = { module: pool.module ?? 'jilin-poverty-rules/medical', preload: pool.preload };
  const shards = Array.from({ length: workers }, (_, w) =>
    runWorker(at, plain(profile), plain(options), JSON.stringify(claims.slice(w * size, (w + 1) * size))),
  );
  return Promise.all(shards).then((done) => scheme.merge(claims, done));
}
