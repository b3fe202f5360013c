/**
 * `npm run batch -- <claims.jsonl|claims.csv> [--out results.jsonl|.csv] [--profile profile.json]
 * [--options options.json]`: reimburses every claim of a file, streaming (the file is never held), and writes
 * one result line per claim in input order (an invalid claim's line carries its error). A progress bar goes to
 * stderr. Without --profile the ILLUSTRATIVE profile is used (made-up figures).
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  compileScheme,
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from '../src/medical/index.js';
import {
  CLAIM_COLUMNS,
  RESULT_COLUMNS,
  chunkLines,
  claimFromCsv,
  claimFromJson,
  splitCsv,
  type Format,
} from './batch-io.js';

function args(argv: readonly string[]): { input: string; out?: string; profile?: string; options?: string } {
  const named: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) named[a.slice(2)] = argv[++i] ?? '';
    else rest.push(a);
  }
  const input = rest[0];
  if (input === undefined) {
    console.error(
      'usage: npm run batch -- <claims.jsonl|claims.csv> [--out results.jsonl|.csv] [--profile p.json] [--options o.json]',
    );
    process.exit(2);
  }
  return { input, ...named };
}

const formatOf = (path: string): Format => (path.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');

/** Claims from a file, line by line; counts bytes read for the progress bar. */
async function* claimsOf(path: string, progress: { bytes: number }): AsyncGenerator {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  const csv = formatOf(path) === 'csv';
  let header: string[] | undefined;
  for await (const line of lines) {
    progress.bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    if (csv && header === undefined) {
      header = splitCsv(line);
      continue;
    }
    yield csv ? claimFromCsv(header ?? [...CLAIM_COLUMNS], splitCsv(line)) : claimFromJson(line);
  }
}

function bar(done: number, total: number, items: number, ms: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const width = 30;
  const filled = Math.round(share * width);
  const rate = ms > 0 ? Math.round((items * 1000) / ms) : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(1)}% ${items.toLocaleString('en')} claims, ${rate.toLocaleString('en')}/s`;
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  const profile =
    a.profile === undefined
      ? ILLUSTRATIVE_COUNTY_SCHEME_PROFILE
      : (JSON.parse(readFileSync(a.profile, 'utf8')) as MedicalSchemeProfileInput);
  const options =
    a.options === undefined ? undefined : (JSON.parse(readFileSync(a.options, 'utf8')) as ReimburseOptions);
  const scheme = compileScheme(profile, options);
  const format = formatOf(a.out ?? 'out.jsonl');
  const out: NodeJS.WritableStream = a.out === undefined ? process.stdout : createWriteStream(a.out);
  if (format === 'csv') out.write(`${RESULT_COLUMNS.join(',')}\n`);
  const size = statSync(a.input).size;
  const progress = { bytes: 0 };
  const start = performance.now();
  let items = 0;
  let errors = 0;
  for await (const chunk of scheme.streamMany(claimsOf(a.input, progress), { chunkSize: 8192 })) {
    let text = '';
    for (const line of chunkLines(format, chunk)) text += `${line}\n`;
    if (!out.write(text))
      await new Promise<void>((resolve) =>
        out.once('drain', () => {
          resolve();
        }),
      );
    items += chunk.length;
    errors += chunk.errors.length;
    process.stderr.write(bar(progress.bytes, size, items, performance.now() - start));
  }
  process.stderr.write(`\n${items.toLocaleString('en')} claims, ${errors.toLocaleString('en')} refused\n`);
  if (out !== process.stdout) out.end();
}

await main();
