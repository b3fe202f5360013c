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

/**
 * The candidates nearest to `query`, best first: those containing it or contained in it first, then by
 * edit distance. Used to suggest valid names in an error message.
 */
export function nearest(query: string, candidates: Iterable<string>, limit = 5): string[] {
  const q = query.trim().toLowerCase();
  const scored = [...new Set(candidates)].map((candidate) => {
    const c = candidate.toLowerCase();
    const overlap = q !== '' && (c.includes(q) || q.includes(c)) ? 0 : 1;
    return { candidate, overlap, distance: editDistance(q, c) };
  });
  scored.sort(
    (a, b) => a.overlap - b.overlap || a.distance - b.distance || a.candidate.localeCompare(b.candidate),
  );
  return scored.slice(0, limit).map((s) => s.candidate);
}
