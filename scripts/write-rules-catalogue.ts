import { writeFileSync } from 'node:fs';
import { interpretations, rules } from '../src/rules.js';
import { renderRulesCatalogue } from './rules-catalogue.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesCatalogue(rules, interpretations));
console.log(`docs/rules.md: ${rules.length} rules, ${interpretations.length} interpretations`);
