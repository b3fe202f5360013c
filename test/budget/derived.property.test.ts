/**
 * Invariants of what the budget area derives from 表2, 表3-1 and 表3-2 (fast-check): chart rows and the audit of the
 * text's figures and the tables' arithmetic, under every reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditBudget, budgetChartRows } from '../../src/budget/index.js';

const TABLES = ['2', '3-1', '3-2'] as const;

describe('budget.chartRows', () => {
  it('the rows of several tables are the rows of each table, in the order asked; each value is its amount', () => {
    fc.assert(
      fc.property(fc.subarray([...TABLES], { minLength: 1 }), fc.boolean(), (tables, includeTotals) => {
        const rows = budgetChartRows({ tables, includeTotals });
        const each = tables.flatMap((t) => budgetChartRows({ tables: [t], includeTotals }));
        expect(rows).toEqual(each);
        for (const r of rows) if (r.amountYi !== null) expect(r.value).toBe(Number(r.amountYi));
      }),
      { numRuns: 30 },
    );
  });
});

describe('budget.audit and budget.textFigures', () => {
  it('under every reading each check has one status, and a stricter tolerance never finds fewer differences', () => {
    const order = ['perTerm', 'perFigure', 'exact'] as const;
    const agreeing = order.map((r) => auditBudget({ readings: { roundingTolerance: r } }).counts.agrees);
    fc.assert(
      fc.property(fc.constantFrom(...order), (reading) => {
        const a = auditBudget({ readings: { roundingTolerance: reading } });
        const { agrees, withinRounding, material, note } = a.counts;
        expect(agrees + withinRounding + material + note).toBe(a.checks.length);
        expect(a.readings.roundingTolerance).toBe(reading);
      }),
      { numRuns: 6 },
    );
    // Exact agreement does not depend on the tolerance; what is not exact moves from withinRounding to material.
    expect(new Set(agreeing).size).toBe(1);
    const material = order.map((r) => auditBudget({ readings: { roundingTolerance: r } }).counts.material);
    expect(material[0]).toBeLessThanOrEqual(material[1] ?? 0);
    expect(material[1]).toBeLessThanOrEqual(material[2] ?? 0);
  });
});
