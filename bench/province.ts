/**
 * `npm run bench:province` (not part of `npm test`): the province-scale run on the seeded synthetic
 * population (bench/population.ts: TEST DATA). Each part runs in its own process so its peak RSS is its own:
 * - `held`: 700,739 claims (one per person) in an array through `reimburseMany`, the same claims through the
 *   float loop, the held batch's size;
 * - `stream 1` and `stream 10`: 1× and 10× the population streamed (drawn on the fly, never held) through
 *   `streamMany` in chunks; the peak RSS should not grow with the length;
 * - `workers`: the same 700,739 claims sharded over 2 worker threads (`reimburseManyInWorkers`).
 * Results go to bench/results.json (`province`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  compileScheme,
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE as PROFILE,
  reimburseManyInWorkers,
} from '../src/medical/index.js';
import { floatCascade } from './cascades.js';
import { best, liveMb, peakRssMb, round, writeResults } from './measure.js';
import { claimsForPeople, PROVINCE_PEOPLE, streamClaims } from './population.js';

function held(): Record<string, unknown> {
  const base = liveMb();
  const claims = claimsForPeople(2018, PROVINCE_PEOPLE);
  const inputMb = liveMb() - base;
  const scheme = compileScheme(PROFILE);
  let batch = scheme.reimburseMany(claims.slice(0, 50_000)); // warm up
  const before = liveMb();
  const ms = best(3, () => {
    batch = scheme.reimburseMany(claims);
  });
  const batchMb = liveMb() - before;
  const float = floatCascade(PROFILE);
  let sink = 0;
  const floatMs = best(3, () => {
    for (const c of claims) sink += float(c).outOfPocket;
  });
  return {
    claims: claims.length,
    ms: round(ms),
    claimsPerSecond: round((claims.length * 1000) / ms),
    floatLoopMs: round(floatMs),
    overFloatLoop: round(ms / floatMs, 2),
    errors: batch.errors.length,
    totals: JSON.parse(JSON.stringify(batch.totals)) as unknown,
    inputMb: round(inputMb),
    heldBatchMb: round(batchMb),
    peakRssMb: peakRssMb(),
    sink: sink > 0,
  };
}

async function workers(): Promise<Record<string, unknown>> {
  const claims = claimsForPeople(2018, PROVINCE_PEOPLE);
  const module = new URL('../src/medical/index.ts', import.meta.url).href;
  const pool = { workers: 2, module, preload: 'tsx/esm/api', minClaims: 0 };
  await reimburseManyInWorkers(claims.slice(0, 20_000), PROFILE, undefined, pool); // warm up
  const t = performance.now();
  const batch = await reimburseManyInWorkers(claims, PROFILE, undefined, pool);
  const ms = performance.now() - t;
  const single = compileScheme(PROFILE).reimburseMany(claims);
  return {
    claims: claims.length,
    workers: 2,
    ms: round(ms),
    claimsPerSecond: round((claims.length * 1000) / ms),
    note: 'includes starting the workers (and loading the TypeScript sources through tsx in each) and sending each shard as JSON',
    sameTotalsAsSingleThread: JSON.stringify(batch.totals) === JSON.stringify(single.totals),
    peakRssMb: peakRssMb(),
  };
}

async function stream(times: number): Promise<Record<string, unknown>> {
  const scheme = compileScheme(PROFILE);
  const count = times * PROVINCE_PEOPLE;
  let items = 0;
  let reimbursed = 0n;
  const t = performance.now();
  for await (const chunk of scheme.streamMany(streamClaims(2018, count), { chunkSize: 16_384 })) {
    items += chunk.length;
    reimbursed += BigInt(chunk.totals.reimbursed.toFen().toFixed(0));
  }
  const ms = performance.now() - t;
  return {
    claims: items,
    ms: round(ms),
    claimsPerSecond: round((items * 1000) / ms),
    note: 'includes drawing the claims on the fly',
    reimbursedFen: reimbursed.toString(),
    peakRssMb: peakRssMb(),
  };
}

function child(...args: string[]): Record<string, unknown> {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out) as Record<string, unknown>;
}

const [mode, times] = process.argv.slice(2);
if (mode === 'held') console.log(JSON.stringify(held()));
else if (mode === 'workers') console.log(JSON.stringify(await workers()));
else if (mode === 'stream') console.log(JSON.stringify(await stream(Number(times ?? 1))));
else {
  const results = {
    held: child('held'),
    workers: child('workers'),
    stream1x: child('stream', '1'),
    stream10x: child('stream', '10'),
  };
  writeResults('province', results);
  console.log(JSON.stringify(results, null, 2));
}
