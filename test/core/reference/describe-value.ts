/**
 * Test-only reference: how PolicyInputError wrote a value into its message before issue 15 (src/core/errors.ts
 * at 0.2, `describeValue` and its JSON replacer `shortened`, copied verbatim). The library's messages must stay
 * the same, character for character (test/core/mutation-errors.test.ts).
 */

export function describeValueReference(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return value.length > 80
      ? `${JSON.stringify(value.slice(0, 77))}... (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    if (value instanceof Date) {
      const time = Date.prototype.getTime.call(value);
      return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
    }
    if (Array.isArray(value) && value.length > 1000) return `[an array of ${value.length} items]`;
    const json = JSON.stringify(value, shortened) as string | undefined;
    if (json === undefined) return Object.prototype.toString.call(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function shortened(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 77)}...`;
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (Array.isArray(value) && value.length > 20) return [...(value as unknown[]).slice(0, 20), '...'];
  return value;
}
