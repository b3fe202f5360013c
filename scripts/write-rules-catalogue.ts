import { writeFileSync } from 'node:fs';
import { interpretations, params, rules } from '../src/rules.js';
import { renderRulesCatalogue } from './rules-catalogue.js';
import { loadSpecCases } from './spec-cases.js';

const specSummaries = loadSpecCases().map(({ file, spec, title }) => ({
  file,
  rule: spec.rule,
  case: title,
}));

writeFileSync(
  new URL('../docs/rules.md', import.meta.url),
  renderRulesCatalogue(rules, interpretations, specSummaries, params),
);
console.log(`docs/rules.md: ${rules.length} rules, ${interpretations.length} interpretations`);
