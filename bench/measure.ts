/** Timing and memory helpers of the batch benchmarks. */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** Runs `fn` `runs` times and returns the best time in ms (the first run warms up when runs > 1). */
export function best(runs: number, fn: () => void): number {
  let bestMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    bestMs = Math.min(bestMs, performance.now() - t);
  }
  return bestMs;
}

/** The process's peak resident set so far, in MB. */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Heap + array buffers now, in MB (after a GC where --expose-gc allows). */
export function liveMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

/** The machine, for the results. */
export function machine(): Record<string, unknown> {
  const cpu = cpus()[0];
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    note: 'one core used; the machine is shared with other jobs, so figures vary run to run',
  };
}

/** Merges `section` into bench/results.json. */
export function writeResults(section: string, data: unknown): void {
  const path = new URL('./results.json', import.meta.url);
  const old = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  old[section] = data;
  old.machine = machine();
  writeFileSync(path, `${JSON.stringify(old, null, 2)}\n`);
}

export const round = (x: number, digits = 0): number => Number(x.toFixed(digits));
