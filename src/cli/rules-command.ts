/** `rules` and `explain`: the registry, and one rule with its clause, parameters, readings and cases. */
import { existsSync } from 'node:fs';
import * as lib from '../index.js';
import { DEFAULT_CALLS } from '../spec/calls.js';
import { caseNames } from '../spec/schema.js';
import { findCaseFiles, loadCaseFiles } from './files.js';
import { PACKAGE_SPEC_DIR, UsageError, type CliIo } from './io.js';

type Lang = 'zh' | 'en';

/** `rules [--area A] [--json]`. */
export function rulesCommand(io: CliIo, area: string | undefined, json: boolean, lang: Lang): number {
  if (area !== undefined && !(lib.POLICY_AREAS as readonly string[]).includes(area)) {
    throw new UsageError(`--area ${area}: not an area (${lib.POLICY_AREAS.join(', ')})`);
  }
  const rules = lib.rules.filter((r) => area === undefined || r.area === area);
  if (json) {
    io.out(
      JSON.stringify(rules.map((r) => ({ id: r.id, kind: r.kind, title: r.title, citations: r.citations }))),
    );
    return 0;
  }
  for (const r of rules) {
    const where = r.citations.map((c) => lib.formatCitation(c, lang)).join('; ');
    io.out(`${r.id}\t${r.kind}\t${r.title[lang]}\t${where}`);
  }
  return 0;
}

/** The rule with this id, or a usage error naming the nearest ids. */
export function ruleNamed(id: string): lib.Rule {
  try {
    return lib.getRule(id);
  } catch (error) {
    if (error instanceof lib.PolicyInputError) {
      const hint = error.suggestions.length > 0 ? ` (did you mean: ${error.suggestions.join(', ')}?)` : '';
      throw new UsageError(`unknown rule ${JSON.stringify(id)}${hint}`);
    }
    throw error;
  }
}

function paramLines(rule: lib.Rule, lang: Lang): string[] {
  return rule.params.flatMap((id) => {
    const p = lib.getParam(id);
    const versions = p.versions.map((v, i) => {
      // A first version without a date applies at any date (or, followed by a dated one, before it: the baseline).
      const undated =
        p.versions.length > 1 ? (lang === 'zh' ? '此前' : 'before') : lang === 'zh' ? '不限日期' : 'any date';
      const since =
        v.from === null && i === 0 ? undated : `${lang === 'zh' ? '自' : 'from'} ${String(v.from)}`;
      return `${v.value} (${since}${v.note === undefined ? '' : `; ${v.note}`})`;
    });
    return [
      `  ${p.id} [${p.unit}${p.bound === undefined ? '' : `, ${p.bound}`}] ${p.title[lang]}: ${versions.join(' → ')}`,
    ];
  });
}

function interpretationLines(rule: lib.Rule): string[] {
  return rule.interpretations.flatMap((id) => {
    const i = lib.getInterpretation(id);
    return [
      `  ${i.id}: ${i.question}`,
      `    chosen: ${i.chosen.id} — ${i.chosen.description}`,
      ...i.alternatives.map((a) => `    alternative: ${a.id} — ${a.description}`),
    ];
  });
}

function caseLines(rule: lib.Rule): string[] {
  if (!existsSync(PACKAGE_SPEC_DIR)) return [];
  return findCaseFiles(PACKAGE_SPEC_DIR)
    .flatMap((file) => {
      try {
        return loadCaseFiles([file], PACKAGE_SPEC_DIR);
      } catch {
        return []; // a file that is not a case file is reported by `spec`, not here
      }
    })
    .filter((c) => c.spec.rule === rule.id)
    .map((c) => {
      const { en, zh } = caseNames(c.spec);
      return `  ${c.file}: ${en}${zh === undefined ? '' : ` / ${zh}`}`;
    });
}

/** `explain <rule> [--lang] [--json]`. */
export function explainCommand(io: CliIo, id: string | undefined, json: boolean, lang: Lang): number {
  if (id === undefined) throw new UsageError('explain: name a rule (jilin-poverty-rules rules lists them)');
  const rule = ruleNamed(id);
  if (json) {
    const params = rule.params.map((p) => lib.getParam(p));
    const interpretations = rule.interpretations.map((i) => lib.getInterpretation(i));
    io.out(JSON.stringify({ ...rule, defaultCall: DEFAULT_CALLS[rule.id] ?? null, params, interpretations }));
    return 0;
  }
  const lines = [
    `${rule.id} — ${rule.title.zh} / ${rule.title.en}`,
    `${rule.kind}; ${lang === 'zh' ? '默认函数' : 'default function'}: ${DEFAULT_CALLS[rule.id] ?? '—'}`,
    rule.summary,
    '',
    lang === 'zh' ? '条文:' : 'Clause:',
    ...rule.citations.map((c) => `  「${c.quote}」 — ${lib.formatCitation(c, lang)}`),
  ];
  const params = paramLines(rule, lang);
  if (params.length > 0)
    lines.push('', lang === 'zh' ? '参数（及其生效日期）:' : 'Parameters (with dates):', ...params);
  const readings = interpretationLines(rule);
  if (readings.length > 0) lines.push('', lang === 'zh' ? '解释:' : 'Interpretations:', ...readings);
  const cases = caseLines(rule);
  lines.push('', `${lang === 'zh' ? '用例' : 'Cases'} (${cases.length}):`, ...cases);
  for (const line of lines) io.out(line);
  return 0;
}
