import { MAX_NAME_LENGTH } from './limits.js';

/** Levenshtein edit distance between two strings, by code point (so one Chinese character is one edit). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** Compares two strings by code point: the same order in every locale (unlike `localeCompare`). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  // Stryker disable next-line EqualityOperator,MethodExpression: running on past the shorter string (<=, Math.max) reads 0 for its missing characters, at or below every code point, so the sign stays the length difference's; only the sign is used (nearest's order)
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    // Stryker disable next-line OptionalChaining: i is below both lengths, so x[i] and y[i] are characters
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The candidates nearest to `query`, best first: those containing it or contained in it first, then by
 * edit distance, then by code point (never by locale, so the order is the same everywhere). Used to
 * suggest valid names in an error message. A query longer than MAX_NAME_LENGTH gets no suggestions (the
 * edit distance would cost time quadratic in its length).
 */
export function nearest(query: string, candidates: Iterable<string>, limit = 5): string[] {
  if (typeof query !== 'string' || query.length > MAX_NAME_LENGTH) return [];
  const q = query.trim().toLowerCase();
  const names = [...new Set(candidates)].filter((c) => typeof c === 'string' && c.length <= MAX_NAME_LENGTH);
  const scored = names.map((candidate) => {
    const c = candidate.toLowerCase();
    // An empty query is contained in every name: all overlap alike, so the order is by distance alone.
    const overlap = c.includes(q) || q.includes(c) ? 0 : 1;
    return { candidate, overlap, distance: editDistance(q, c) };
  });
  scored.sort(
    (a, b) => a.overlap - b.overlap || a.distance - b.distance || compareCodePoints(a.candidate, b.candidate),
  );
  return scored.slice(0, limit).map((s) => s.candidate);
}
