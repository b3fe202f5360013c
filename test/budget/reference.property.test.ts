/**
 * Old == new: the budget's checks on the rule contract give exactly the figures of 0.1 (test/budget/reference/),
 * for every table, region, column and number of decimals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_REGION_NAMES,
  BUDGET_TABLES,
  TOTAL_ROW,
  categoryShare,
  regionBudget,
  regionShare,
  sharesOfColumn,
  sharesOfRow,
  type BudgetTableId,
} from '../../src/budget/index.js';
import * as old from './reference/queries.js';

const tableArb = fc.constantFrom<BudgetTableId>('2', '3-1', '3-2');
const rowArb = fc.constantFrom<string>(...BUDGET_REGION_NAMES, TOTAL_ROW);
const decimalsArb = fc.integer({ min: 0, max: 6 });
const cellArb = tableArb.chain((table) =>
  fc.record({
    table: fc.constant(table),
    region: rowArb,
    column: fc.constantFrom(...BUDGET_TABLES[table].columns.map((c) => c.zh)),
    decimals: decimalsArb,
  }),
);

const shareFigures = (s: old.Share) => ({
  table: s.table,
  region: s.region,
  column: s.column,
  part: s.part?.toString() ?? null,
  whole: s.whole.toString(),
  ratio: s.ratio?.toString() ?? null,
  percent: s.percent?.toString() ?? null,
  decimals: s.decimals,
  percentText: s.percentText,
});

describe('old == new', () => {
  it('regionBudget: every row, under both readings of budget.separatelyListedCities', () => {
    for (const region of [...BUDGET_REGION_NAMES, TOTAL_ROW]) {
      for (const separatelyListedCities of ['ownRow', 'withPilotCities'] as const) {
        const options = { readings: { separatelyListedCities } };
        const a = old.regionBudget(region, options);
        const b = regionBudget(region, options);
        expect(JSON.stringify([b.rows, b.tables, b.totalInvestment, b.projectsTotal, b.difference])).toBe(
          JSON.stringify([a.rows, a.tables, a.totalInvestment, a.projectsTotal, a.difference]),
        );
        expect(b.totalInvestmentYuan.toString()).toBe(a.totalInvestmentYuan.toString());
        expect(b.rowCitations).toEqual(a.citations);
      }
    }
  });

  it('regionShare and categoryShare: every cell, every number of decimals (property)', () => {
    fc.assert(
      fc.property(cellArb, ({ table, region, column, decimals }) => {
        expect(shareFigures(regionShare({ table, region, column, decimals }))).toEqual(
          shareFigures(old.regionShare({ table, region, column, decimals })),
        );
        expect(shareFigures(categoryShare({ table, region, column, decimals }))).toEqual(
          shareFigures(old.categoryShare({ table, region, column, decimals })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('sharesOfRow and sharesOfColumn: the same shares, in the same order (property)', () => {
    fc.assert(
      fc.property(cellArb, ({ table, region, column, decimals }) => {
        expect(sharesOfRow({ table, region, decimals }).shares.map(shareFigures)).toEqual(
          old.sharesOfRow({ table, region, decimals }).map(shareFigures),
        );
        expect(sharesOfColumn({ table, column, decimals }).shares.map(shareFigures)).toEqual(
          old.sharesOfColumn({ table, column, decimals }).map(shareFigures),
        );
      }),
      { numRuns: 300 },
    );
  });
});
