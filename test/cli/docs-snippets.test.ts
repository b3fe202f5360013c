/**
 * The docs-snippet checker (scripts/check-docs.ts, run by `npm run check:docs` after the build): extraction of
 * the ```ts blocks and the assertions made from the values their comments state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentationFiles } from '../../scripts/check-docs.js';
import { expectedLiteral, extractSnippets, instrument, splitComment } from '../../scripts/docs-snippets.js';
import { REPO_ROOT } from '../support/source.js';

const md = [
  '# Title',
  '```ts',
  "import { Money } from 'jilin-poverty-rules';",
  "Money.of('0.10').plus('0.20').toString(); // '0.30'",
  '```',
  '```ts no-check',
  'illustrative(fragment);',
  '```',
  '```sh',
  'npm test',
  '```',
].join('\n');

describe('extracting snippets', () => {
  it('takes ```ts blocks with the line of their fence, and skips ```ts no-check and other languages', () => {
    const snippets = extractSnippets('X.md', md);
    expect(snippets).toHaveLength(1);
    expect(snippets[0]?.line).toBe(2);
    expect(snippets[0]?.code).toContain("Money.of('0.10')");
  });

  it('README.md and every docs/*.md have blocks to check', () => {
    const files = documentationFiles(REPO_ROOT);
    expect(files[0]).toBe(join(REPO_ROOT, 'README.md'));
    const count = files.flatMap((f) => extractSnippets(f, readFileSync(f, 'utf8'))).length;
    expect(count).toBeGreaterThanOrEqual(7);
  });
});

describe('the values a comment states', () => {
  it.each([
    ["'0.30'", "'0.30'"],
    ["'6790.00'  (9700 × (65% + 5 pp))", "'6790.00'"],
    ['2016, via 长春市（市辖区）', '2016'],
    ['false: 超过70% excludes 70%', 'false'],
    ["['33.34', '33.33', '33.33'] — sums to 100.00", "['33.34', '33.33', '33.33']"],
    ["{ kind: 'notListed' }", "{ kind: 'notListed' }"],
    ["=> 'core.money'", "'core.money'"],
    ["→ '60000.00' (your local rate)", "'60000.00'"],
  ])('%s → %s', (comment, literal) => {
    expect(expectedLiteral(comment)).toBe(literal);
  });

  it.each([
    'the readings it applies',
    "['靖宇县', '镇赉县', …] (8)",
    "{ zh: '…', en: '…' }",
    "'a' + 'b'",
    '16 m² of the plan',
  ])('prose or an abbreviated value is not asserted: %s', (comment) => {
    expect(expectedLiteral(comment) ?? 'none').toBe(comment === '16 m² of the plan' ? '16' : 'none');
  });

  it('a // inside a string is not a comment', () => {
    expect(splitComment("fetch('https://x.org/a'); // 'ok'")).toEqual({
      code: "fetch('https://x.org/a');",
      comment: "'ok'",
    });
  });
});

describe('instrumenting a snippet', () => {
  it('asserts an expression statement with a stated value, and leaves declarations and prose alone', () => {
    const { source, assertions } = instrument({
      file: 'README.md',
      line: 10,
      code: [
        "const r = f(); // '1'",
        "r.x.toString(); // '6790.00' (note)",
        'r.trace; // every step',
        'g(1);',
        "// → 'v'",
      ].join('\n'),
    });
    expect(assertions).toBe(2);
    expect(source).toContain('__assertDoc(r.x.toString(), \'6790.00\', "README.md:12");');
    expect(source).toContain("const r = f(); // '1'");
    expect(source).toContain('r.trace; // every step');
    expect(source).toContain('__lastDoc = g(1);');
    expect(source).toContain('__assertDoc(__lastDoc, \'v\', "README.md:15");');
  });
});
