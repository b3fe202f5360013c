/**
 * Exported data holds decimals (parameter values, budget figures, rates); deepFreeze freezes each decimal
 * and its digit array, so `d[0] = 500` on an exported figure throws instead of changing every later result.
 * (test/frozen.test.ts checks the objects; this checks the digits inside the decimals.)
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import * as lib from '../../src/index.js';
import { Dec } from '../../src/core/decimal.js';
import { deepFreeze } from '../../src/core/freeze.js';

function decimalsIn(root: unknown): { path: string; value: Decimal }[] {
  const found: { path: string; value: Decimal }[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Decimal.isDecimal(value)) {
      found.push({ path, value });
      return;
    }
    if (lib.Money.isMoney(value)) return;
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(root, 'lib');
  return found;
}

/**
 * Exports of other areas whose decimals are frozen but not their digit arrays (each decimal was frozen
 * with Object.freeze, not deepFreeze): their owners wrap the export in deepFreeze and remove the entry.
 */
const KNOWN_UNFROZEN_DIGITS = [
  'lib.budget.BUDGET_TABLES',
  'lib.budget.TEXT_AMOUNTS',
  'lib.budget.TEXT_SHARES',
  'lib.housing.PROGRAMME_DERIVED_FIGURES',
  'lib.housing.RELOCATION_PROGRAMME_AUDIT',
  'lib.medical.INPATIENT_WAIVER_RATE',
  'lib.medical.IN_COUNTY_RATIO_RANGE',
  'lib.medical.UPLIFT',
];

describe('decimals in exported data', () => {
  it('are frozen down to their digit arrays', () => {
    const decimals = decimalsIn(lib);
    expect(decimals.length).toBeGreaterThan(10);
    const unfrozen = decimals
      .filter(
        ({ value }) => !Object.isFrozen(value) || !Object.isFrozen((value as unknown as { d: unknown }).d),
      )
      .map(({ path }) => path)
      .filter(
        (path) => !KNOWN_UNFROZEN_DIGITS.some((known) => path === known || path.startsWith(`${known}.`)),
      );
    expect(unfrozen).toEqual([]);
  });

  it('deepFreeze freezes a decimal’s digit array, and the decimal still computes', () => {
    const d = deepFreeze(new Dec('1234.5678'));
    expect(Object.isFrozen((d as unknown as { d: unknown }).d)).toBe(true);
    expect(() => {
      (d as unknown as { d: number[] }).d[0] = 500;
    }).toThrow(TypeError);
    expect(d.times(2).plus(d).dividedBy(3).toString()).toBe('1234.5678');
  });
});
