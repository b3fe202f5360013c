/**
 * Every quote in the package is found, verbatim (white space aside), in the plan's text.
 * Where the text is absent (a clone without ../shared), these tests are reported as skipped, never passed.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { isCitation, normalizeForQuoteMatch, type Citation } from '../src/core/citation.js';
import { SOURCE_PATH, SOURCE_TEXT } from './support/source.js';

/** Walks every exported value and collects each object shaped like a citation, with where it was found. */
function collectCitations(root: unknown): Map<Citation, string> {
  const found = new Map<Citation, string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
    if (seen.has(value)) return;
    seen.add(value);
    if (isCitation(value)) {
      found.set(value, path);
      return;
    }
    if (typeof value === 'function') return;
    if (value instanceof Map) {
      for (const [k, v] of value) visit(v, `${path}.get(${String(k)})`);
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(root, 'lib');
  return found;
}

const citations = collectCitations(lib);

describe('citations', () => {
  it('the package exports citations to check (the walk finds them)', () => {
    expect(citations.size).toBeGreaterThan(0);
    for (const rule of lib.rules) for (const c of rule.citations) expect(citations.has(c)).toBe(true);
  });

  it('every registered rule and interpretation has at least one citation or authority', () => {
    for (const rule of lib.rules) expect(rule.citations.length, rule.id).toBeGreaterThan(0);
    for (const i of lib.interpretations) {
      expect(i.citations.length > 0 || i.authority !== undefined, i.id).toBe(true);
    }
  });

  if (SOURCE_TEXT === undefined) {
    it.skip(`quotes match the plan's text — SKIPPED: source not found at ${SOURCE_PATH}`, () => {
      /* skipped: nothing to compare against */
    });
  } else {
    const normalizedSource = normalizeForQuoteMatch(SOURCE_TEXT);
    it.each([...citations].map(([c, where]) => ({ where, quote: c.quote })))(
      'quote at $where occurs in the plan: “$quote”',
      ({ quote }) => {
        expect(normalizedSource.includes(normalizeForQuoteMatch(quote))).toBe(true);
      },
    );
  }
});
