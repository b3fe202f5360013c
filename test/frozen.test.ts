/**
 * Exported data is frozen: every object and array reachable from the package's exports (tables, registries,
 * timetables, illustrative parameters, the decimals inside them) refuses mutation. zod schemas are left out:
 * they are immutable by their API and carry caches of their own.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { $ZodType } from 'zod/v4/core';
import * as lib from '../src/index.js';

function unfrozen(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    // Any zod schema, classic or zod/mini (both are zod core's $ZodType).
    if (value instanceof $ZodType) return;
    const isModule = Object.prototype.toString.call(value) === '[object Module]';
    if (!isModule && !Object.isFrozen(value)) found.push(path);
    // A decimal's digit array is decimal.js's own business; the decimal itself must be frozen.
    if (Decimal.isDecimal(value)) return;
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(root, 'lib');
  return found;
}

describe('exported data', () => {
  it('is frozen all the way down', () => {
    expect(unfrozen(lib)).toEqual([]);
  });
});
