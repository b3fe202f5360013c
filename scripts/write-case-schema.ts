/** Writes spec/case.schema.json, the JSON Schema of a case file, generated from the zod schemas of src/spec. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { rules } from '../src/rules.js';
import { caseFileJsonSchema } from '../src/spec/schema.js';
import { SPEC_DIR } from './spec-cases.js';

if (process.argv[1]?.endsWith('write-case-schema.ts') === true) {
  const target = join(SPEC_DIR, 'case.schema.json');
  const text = await format(JSON.stringify(caseFileJsonSchema(rules.map((r) => r.id))), {
    ...(await resolveConfig(target)),
    parser: 'json',
  });
  writeFileSync(target, text);
  console.log('wrote spec/case.schema.json');
}
