/**
 * Renders the rule registry as Markdown: every rule with its kind, titles, summary, citations (location and
 * verbatim quote) and the interpretations it applies. `npm run docs:rules` writes it to docs/rules.md, and
 * test/docs.test.ts fails when the committed file is stale.
 */
import { formatLocationEn, formatLocationZh, type Citation } from '../src/core/citation.js';
import { formatParamLimit } from '../src/core/param.js';
import type { Param } from '../src/core/param.js';
import { POLICY_AREAS, type Interpretation, type Rule } from '../src/core/registry.js';

const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

function citationLine(c: Citation): string {
  return `- ${formatLocationEn(c)} · ${formatLocationZh(c)}: “${c.quote}”`;
}

function interpretationBlock(i: Interpretation): string[] {
  const lines = [
    `#### \`${i.id}\``,
    '',
    `**Question.** ${i.question}`,
    '',
    `**Chosen reading** (\`${i.chosen.id}\`). ${i.chosen.description}`,
    '',
  ];
  if (i.alternatives.length > 0) {
    lines.push('**Alternatives.**', '');
    for (const a of i.alternatives) lines.push(`- \`${a.id}\`: ${a.description}`);
    lines.push('');
  }
  lines.push(`**Why.** ${i.rationale}`, '');
  if (i.authority !== undefined) lines.push(`**Authority.** ${i.authority}`, '');
  if (i.citations.length > 0) lines.push(...i.citations.map(citationLine), '');
  return lines;
}

/** The catalogue as Markdown. */
/** A spec case as the catalogue lists it: which file, which rule, what it checks. */
export interface SpecCaseSummary {
  readonly file: string;
  readonly rule: string;
  readonly case: string;
}

export function renderRulesCatalogue(
  rules: readonly Rule[],
  interpretations: readonly Interpretation[],
  specCases: readonly SpecCaseSummary[] = [],
  params: readonly Param[] = [],
): string {
  const casesByRule = new Map<string, SpecCaseSummary[]>();
  for (const c of specCases) casesByRule.set(c.rule, [...(casesByRule.get(c.rule) ?? []), c]);
  const covered = rules.filter((r) => casesByRule.has(r.id)).length;
  const lines = [
    '# Rules catalogue',
    '',
    '<!-- Generated from the rule registry by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${rules.length} rules, ${interpretations.length} interpretations and ${params.length} parameters. Pages are the plan's table-of-contents ` +
      'pages of the cited section; quotes are verbatim (white space aside) and checked against the source by the tests.',
    '',
    `Spec coverage: ${covered} of ${rules.length} rules have cases in \`spec/*.yaml\` (${specCases.length} cases); ` +
      'the worked examples and property tests of every area are under `test/`.',
    '',
  ];
  for (const area of POLICY_AREAS) {
    const areaRules = rules.filter((r) => r.area === area);
    const areaInterpretations = interpretations.filter((i) => i.area === area);
    if (areaRules.length === 0 && areaInterpretations.length === 0) continue;
    lines.push(`## ${area}`, '');
    if (areaRules.length > 0) {
      lines.push('| id | kind | 中文 | English |', '| --- | --- | --- | --- |');
      for (const r of areaRules) {
        lines.push(`| \`${r.id}\` | ${r.kind} | ${cell(r.title.zh)} | ${cell(r.title.en)} |`);
      }
      lines.push('');
    }
    for (const r of areaRules) {
      lines.push(`### \`${r.id}\` — ${r.title.en}`, '', `${r.title.zh} · *${r.kind}*`, '', r.summary, '');
      lines.push(...r.citations.map(citationLine), '');
      const ruleCases = casesByRule.get(r.id) ?? [];
      if (ruleCases.length > 0) {
        lines.push('Spec cases:', '', ...ruleCases.map((c) => `- \`spec/${c.file}\`: ${c.case}`), '');
      }
      if (r.interpretations.length > 0) {
        lines.push(`Interpretations: ${r.interpretations.map((id) => `\`${id}\``).join(', ')}`, '');
      }
      if (r.params.length > 0) {
        lines.push(`Parameters: ${r.params.map((id) => `\`${id}\``).join(', ')}`, '');
      }
    }
    const areaParams = params.filter((p) => p.area === area);
    if (areaParams.length > 0) {
      lines.push(`### Parameters (${area})`, '');
      lines.push(
        '| id | 中文 | English | value (in force from) | source |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const p of areaParams) {
        const versions = p.versions
          .map((v) => `${formatParamLimit(p, v.value, 'en')} (${v.from ?? 'any date'})`)
          .join('; ');
        const where = `${formatLocationZh(p.citation)}：“${p.citation.quote}”`;
        lines.push(
          `| \`${p.id}\` | ${cell(p.title.zh)} | ${cell(p.title.en)} | ${cell(versions)} | ${cell(where)} |`,
        );
      }
      lines.push('');
    }
    if (areaInterpretations.length > 0) {
      lines.push(`### Interpretations (${area})`, '');
      for (const i of areaInterpretations) lines.push(...interpretationBlock(i));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
