/**
 * Converts the old flat spec files (spec/*.yaml: `case`, `args: [input, local?, options?]`) into the case
 * format of src/spec (spec/<area>/cases.yaml: `name`, `input`, `local`, `date`, `readings`, ...), one folder per
 * rule area. Usage: `tsx scripts/convert-spec-cases.ts [--from spec] [--to spec] [--remove]`
 * (`--remove` deletes the old flat files once converted).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';
import { takesLocal } from '../src/spec/calls.js';
import { parseCaseFile } from '../src/spec/load.js';
import { SPEC_NAMES_ZH } from './spec-names-zh.js';

interface OldCase {
  case: string;
  rule: string;
  call: string;
  args?: unknown[];
  expect?: Record<string, unknown>;
  throws?: Record<string, unknown>;
}

const OPTION_KEYS = ['date', 'readings', 'overrides', 'regime'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function spreadOptions(where: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) throw new Error(`${where}: options must be an object`);
  const unknown = Object.keys(options).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length > 0) throw new Error(`${where}: option ${unknown.join(', ')} has no place in a case`);
  return options;
}

function isOptionsOnly(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => OPTION_KEYS.includes(k))
  );
}

/** One old case in the new format. */
export function convertCase(file: string, old: OldCase): Record<string, unknown> {
  const where = `${file}: ${old.case}`;
  const args = old.args ?? [];
  const zh = SPEC_NAMES_ZH[old.case];
  const name = zh === undefined ? old.case : { zh, en: old.case };
  const out: Record<string, unknown> = { name, rule: old.rule, call: old.call };
  if (takesLocal(old.call) && !(args.length === 2 && isOptionsOnly(args[1]))) {
    Object.assign(out, { input: args[0] }, args[1] === undefined ? {} : { local: args[1] });
    Object.assign(out, spreadOptions(where, args[2]));
  } else if (args.length === 2 && isOptionsOnly(args[1])) {
    Object.assign(out, { input: args[0] }, spreadOptions(where, args[1]));
  } else if (args.length <= 1) {
    if (args.length === 1) out.input = args[0];
  } else {
    out.arguments = args;
  }
  if (old.expect !== undefined) out.expect = old.expect;
  if (old.throws !== undefined) out.throws = old.throws;
  return out;
}

const HEADER =
  '# yaml-language-server: $schema=../case.schema.json\n' +
  '# Converted from the flat spec files by scripts/convert-spec-cases.ts; edit freely.\n';

/** Converts every flat file of `from` into `to/<area>/cases.yaml`; returns the files written and case count. */
export async function convertDirectory(
  from: string,
  to: string,
): Promise<{ written: string[]; cases: number; oldFiles: string[] }> {
  const oldFiles = readdirSync(from)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const byArea = new Map<string, Record<string, unknown>[]>();
  let cases = 0;
  for (const file of oldFiles) {
    const list = parse(readFileSync(join(from, file), 'utf8')) as OldCase[];
    for (const old of list) {
      const area = old.rule.split('.')[0] ?? 'core';
      byArea.set(area, [...(byArea.get(area) ?? []), convertCase(file, old)]);
      cases += 1;
    }
  }
  const written: string[] = [];
  for (const [area, list] of [...byArea.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(join(to, area), { recursive: true });
    const target = join(to, area, 'cases.yaml');
    const text = await format(HEADER + stringify(list, { lineWidth: 0 }), {
      ...(await resolveConfig(target)),
      parser: 'yaml',
    });
    parseCaseFile(target, text); // the converted file must be a valid case file
    writeFileSync(target, text);
    written.push(target);
  }
  return { written, cases, oldFiles };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('convert-spec-cases.ts')) {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: 'spec' },
      to: { type: 'string' },
      remove: { type: 'boolean' },
    },
  });
  const from = resolve(values.from);
  const to = resolve(values.to ?? values.from);
  const { written, cases, oldFiles } = await convertDirectory(from, to);
  for (const f of written) console.log(`wrote ${f}`);
  if (values.remove === true) for (const f of oldFiles) rmSync(join(from, f));
  console.log(`${cases} cases from ${oldFiles.length} files converted into ${written.length} files`);
}
