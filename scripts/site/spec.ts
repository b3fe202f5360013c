/**
 * Reads the spec cases for the rulebook, generically: both the flat files (`spec/*.yaml`, each a list of
 * `{ case, rule, call, args, expect | throws }`) and a folder per area (`spec/<area>/*.yaml`, each a case or a
 * list of `{ name, rule, input, expect }`). Only the name, the rule, the call (where given) and the rest of the
 * case as YAML are kept: the rulebook shows a case as a worked example, it does not run it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

/** One spec case as the rulebook shows it. */
export interface SiteSpecCase {
  /** The file, relative to the spec folder (`medical.yaml`, `medical/reimburse.yaml`). */
  readonly file: string;
  readonly name: string;
  readonly rule: string;
  /** `area.function` or a root function, where the case names its call. */
  readonly call?: string;
  /** The inputs and the expectations, as YAML. */
  readonly body: string;
  /** The case's other fields as parsed (`args`/`input`, `expect`, `throws`). */
  readonly fields: Readonly<Record<string, unknown>>;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/u.test(entry) ? [path] : [];
    });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function toCase(file: string, raw: unknown): SiteSpecCase | undefined {
  if (!isRecord(raw)) return undefined;
  const name = raw.name ?? raw.case;
  const rule = raw.rule;
  if (typeof name !== 'string' || typeof rule !== 'string') return undefined;
  const call = typeof raw.call === 'string' ? raw.call : undefined;
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !['name', 'case', 'rule'].includes(k)));
  const body = stringify(rest, { lineWidth: 100 }).trimEnd();
  const fields = rest;
  return call === undefined ? { file, name, rule, body, fields } : { file, name, rule, call, body, fields };
}

/** Every case under the spec folder, in file order (files sorted, folders walked). */
export function loadSiteSpecCases(dir: string): SiteSpecCase[] {
  return yamlFiles(dir).flatMap((path) => {
    const file = relative(dir, path).split('\\').join('/');
    const doc = parse(readFileSync(path, 'utf8')) as unknown;
    const list: unknown[] = Array.isArray(doc)
      ? doc
      : isRecord(doc) && Array.isArray(doc.cases)
        ? doc.cases
        : [doc];
    return list.flatMap((raw) => toCase(file, raw) ?? []);
  });
}
