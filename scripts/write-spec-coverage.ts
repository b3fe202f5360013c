/** Writes docs/spec-coverage.md (`npm run spec:coverage`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/rules.js';
import { SPEC_DIR } from './spec-cases.js';
import { renderSpecCoverage } from './spec-coverage.js';

writeFileSync(join(SPEC_DIR, '..', 'docs', 'spec-coverage.md'), renderSpecCoverage(rules));
console.log('wrote docs/spec-coverage.md');
