/**
 * Works around a rollup-plugin-dts 6.1 bug (bundled inside tsup 8.5): when an area is re-exported as a namespace
 * from the root (`export * as regions from './regions/index.js'`) and some of its types live in a shared chunk,
 * the namespace declares them as values (`declare const index_Region: typeof Region;`), which a consumer's tsc
 * refuses ("'Region' only refers to a type"). This rewrites each such line to `type index_Region = Region;` when
 * the imported name is exported from its chunk as a type (`export { type Region as R }`). Run after tsup; the
 * package check (scripts/check-consumers.mjs) type-checks the result under NodeNext and Bundler.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const isDts = (f) => f.endsWith('.d.ts') || f.endsWith('.d.cts');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : isDts(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The aliases a chunk exports as types: `export { type Region as R, … }` or `export type { … }` → { R }. */
function typeAliases(file) {
  const out = new Set();
  for (const m of readFileSync(file, 'utf8').matchAll(/^export (type )?\{([^}]*)\};?$/gmu)) {
    for (const spec of m[2].split(',').map((s) => (m[1] === undefined ? s.trim() : `type ${s.trim()}`))) {
      const t = /^type\s+(\w+)(?:\s+as\s+(\w+))?$/u.exec(spec);
      if (t) out.add(t[2] ?? t[1]);
    }
  }
  return out;
}

let fixed = 0;
for (const file of walk(dist)) {
  let text = readFileSync(file, 'utf8');
  const typeNames = new Set();
  for (const m of text.matchAll(/^import \{([^}]*)\} from '(\.[^']+)';$/gmu)) {
    const target = join(file, '..', m[2].replace(/\.c?js$/u, file.endsWith('.d.cts') ? '.d.cts' : '.d.ts'));
    let aliases;
    try {
      aliases = typeAliases(target);
    } catch {
      continue;
    }
    for (const spec of m[1].split(',').map((s) => s.trim())) {
      const i = /^(?:type\s+)?(\w+)(?:\s+as\s+(\w+))?$/u.exec(spec);
      if (i && aliases.has(i[1])) typeNames.add(i[2] ?? i[1]);
    }
  }
  const next = text.replace(/^declare const (\w+): typeof (\w+);$/gmu, (line, local, name) => {
    if (!typeNames.has(name)) return line;
    fixed += 1;
    return `type ${local} = ${name};`;
  });
  if (next !== text) writeFileSync(file, next);
}
console.log(`fix-dts-namespaces: ${fixed} namespace type declarations fixed`);
