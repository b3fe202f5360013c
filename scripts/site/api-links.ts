/**
 * Links between the rulebook and the API reference: which exported functions evaluate each rule, found from
 * three sources (a spec case's `call`, a rule id in the function's TSDoc, and a rule id or `*_RULE_IDS.key`
 * in the source file that defines the function), kept only where TypeDoc wrote a page for the function. The
 * way back, each function page gets a "Rules" line linking to the rulebook.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../../src/index.js';
import { esc } from './html.js';
import type { SiteSpecCase } from './spec.js';

/** A function of the API reference: its module (`medical`, `index` for the root) and name. */
export interface ApiFunction {
  readonly module: string;
  readonly name: string;
}

/** The page TypeDoc writes for a function, relative to the API folder. */
export const apiFunctionPage = (f: ApiFunction): string => `functions/${f.module}.${f.name}.html`;

/** The page of a module, relative to the API folder. */
export const apiModulePage = (module: string): string => `modules/${module}.html`;

interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly children?: readonly Reflection[];
  readonly signatures?: readonly { readonly comment?: { readonly summary?: readonly { text: string }[] } }[];
}

const FUNCTION_KIND = 64;

/** The exported functions of each module, with the text of their TSDoc summaries. */
function apiFunctions(reflectionsJson: string): { fn: ApiFunction; doc: string }[] {
  const project = JSON.parse(reflectionsJson) as Reflection;
  return (project.children ?? []).flatMap((module) =>
    (module.children ?? [])
      .filter((c) => c.kind === FUNCTION_KIND)
      .map((c) => ({
        fn: { module: module.name, name: c.name },
        doc: (c.signatures ?? [])
          .flatMap((s) => s.comment?.summary ?? [])
          .map((p) => p.text)
          .join(''),
      })),
  );
}

/** Rule ids a source file refers to: quoted ids and `AREA_RULE_IDS.key` references. */
function ruleIdsInSource(
  source: string,
  ruleIds: ReadonlySet<string>,
  constants: ReadonlyMap<string, string>,
) {
  const found = new Set<string>();
  for (const m of source.matchAll(/['"`]([a-z]+\.[A-Za-z0-9]+)['"`]/gu)) {
    if (m[1] !== undefined && ruleIds.has(m[1])) found.add(m[1]);
  }
  for (const m of source.matchAll(/\b([A-Z]+_RULE_IDS\.[A-Za-z0-9]+)\b/gu)) {
    const id = m[1] === undefined ? undefined : constants.get(m[1]);
    if (id !== undefined) found.add(id);
  }
  return found;
}

/** The files of `src/<area>/` that define exported functions (the rule tables themselves excluded). */
function sourceLinks(
  srcDir: string,
  ruleIds: ReadonlySet<string>,
  constants: ReadonlyMap<string, string>,
): { area: string; fnNames: string[]; ids: Set<string> }[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'core')
    .flatMap((d) =>
      readdirSync(join(srcDir, d.name))
        .filter((f) => f.endsWith('.ts') && !['rules.ts', 'index.ts', 'params.ts'].includes(f))
        .map((f) => {
          const source = readFileSync(join(srcDir, d.name, f), 'utf8');
          const fnNames = [...source.matchAll(/^export function (\w+)/gmu)].flatMap((m) => m[1] ?? []);
          return { area: d.name, fnNames, ids: ruleIdsInSource(source, ruleIds, constants) };
        }),
    );
}

export interface RuleApiLinks {
  /** Rule id → the functions that evaluate it. */
  readonly byRule: ReadonlyMap<string, readonly ApiFunction[]>;
  /** API function page → the rules it evaluates. */
  readonly byPage: ReadonlyMap<string, readonly Rule[]>;
}

/** Finds the functions of each rule (see the module comment). */
export function linkRulesToApi(options: {
  readonly rules: readonly Rule[];
  readonly ruleIdConstants: ReadonlyMap<string, string>;
  readonly specCases: readonly SiteSpecCase[];
  readonly reflectionsJson: string;
  readonly apiDir: string;
  readonly srcDir: string;
}): RuleApiLinks {
  const { rules, specCases, apiDir } = options;
  const ruleIds = new Set(rules.map((r) => r.id));
  const functions = apiFunctions(options.reflectionsJson);
  const pairs = new Map<string, Map<string, ApiFunction>>();
  const add = (ruleId: string, fn: ApiFunction): void => {
    if (!ruleIds.has(ruleId) || !existsSync(join(apiDir, apiFunctionPage(fn)))) return;
    const m = pairs.get(ruleId) ?? new Map<string, ApiFunction>();
    m.set(apiFunctionPage(fn), fn);
    pairs.set(ruleId, m);
  };
  for (const c of specCases) {
    if (c.call === undefined) continue;
    const [module, name] = c.call.includes('.') ? c.call.split('.') : ['index', c.call];
    if (module !== undefined && name !== undefined) add(c.rule, { module, name });
  }
  for (const { fn, doc } of functions) {
    for (const id of ruleIds) if (doc.includes(id)) add(id, fn);
  }
  for (const { area, fnNames, ids } of sourceLinks(options.srcDir, ruleIds, options.ruleIdConstants)) {
    for (const id of ids) for (const name of fnNames) add(id, { module: area, name });
  }
  const byRule = new Map<string, readonly ApiFunction[]>();
  const byPage = new Map<string, Rule[]>();
  for (const rule of rules) {
    const fns = [...(pairs.get(rule.id)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    byRule.set(rule.id, fns);
    for (const fn of fns) byPage.set(apiFunctionPage(fn), [...(byPage.get(apiFunctionPage(fn)) ?? []), rule]);
  }
  return { byRule, byPage };
}

/** Adds a "Rules" line under the title of every function page that evaluates a rule. */
export function injectRuleLinks(apiDir: string, byPage: ReadonlyMap<string, readonly Rule[]>): number {
  let count = 0;
  for (const [pagePath, rules] of byPage) {
    const file = join(apiDir, pagePath);
    // Idempotent: a page linked by an earlier run (TypeDoc not rerun) loses its old line first.
    const html = readFileSync(file, 'utf8').replace(/<p class="jpr-rule-links">.*?<\/p>/gu, '');
    const links = rules
      .map((r) => `<a href="../../rules/${r.area}.html#${r.id}">${esc(r.id)} · ${esc(r.title.zh)}</a>`)
      .join(', ');
    const line = `<p class="jpr-rule-links"><strong>Rules 规则:</strong> ${links}</p>`;
    const at = html.indexOf('</h1>');
    if (at < 0) continue;
    writeFileSync(file, `${html.slice(0, at + 5)}${line}${html.slice(at + 5)}`);
    count += 1;
  }
  return count;
}
