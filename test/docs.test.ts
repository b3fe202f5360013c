import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesCatalogue } from '../scripts/rules-catalogue.js';
import { loadSpecCases } from '../scripts/spec-cases.js';
import { interpretations, params, rules } from '../src/rules.js';
import { REPO_ROOT } from './support/source.js';

const specSummaries = loadSpecCases().map(({ file, spec, title }) => ({
  file,
  rule: spec.rule,
  case: title,
}));

describe('generated docs', () => {
  it('docs/rules.md is current with the registry (run `npm run docs:rules` after changing a rule)', () => {
    const committed = readFileSync(join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed).toBe(renderRulesCatalogue(rules, interpretations, specSummaries, params));
  });

  it('the catalogue lists every rule id with its quotes', () => {
    const text = renderRulesCatalogue(rules, interpretations, specSummaries, params);
    for (const r of rules) {
      expect(text).toContain(`\`${r.id}\``);
      for (const c of r.citations) expect(text).toContain(c.quote);
    }
    for (const i of interpretations) expect(text).toContain(`#### \`${i.id}\``);
  });
});
