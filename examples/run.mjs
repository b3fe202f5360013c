#!/usr/bin/env node
// Runs every example case in examples/*.example.mjs through the BUILT package (imported by its own name,
// as a user would) and prints each result with its citation. `npm run demo` builds first.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatCitation } from 'jilin-poverty-rules';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.example.mjs'))
  .sort();

/** What each example gets to print with. */
const out = {
  heading(text) {
    console.log(`\n${'='.repeat(78)}\n${text}\n${'='.repeat(78)}`);
  },
  case(text) {
    console.log(`\n— ${text}`);
  },
  line(text = '') {
    console.log(`  ${text}`);
  },
  result(label, value) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    console.log(`  ${label}: ${shown}`);
  },
  cite(citation) {
    console.log(`  ↳ ${formatCitation(citation)}`);
    console.log(`    ${formatCitation(citation, 'zh')}`);
  },
};

let failures = 0;
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  out.heading(mod.title ?? file);
  try {
    await mod.run(out);
  } catch (error) {
    failures += 1;
    console.error(`  ✗ ${file} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.log(`\n${files.length} example file(s) run, ${failures} failed.`);
if (failures > 0) process.exitCode = 1;
