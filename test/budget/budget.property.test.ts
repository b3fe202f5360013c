import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_REGION_NAMES,
  BUDGET_TABLES,
  budgetCell,
  sharesOfColumn,
  sharesOfRow,
  sumCells,
  TOTAL_ROW,
  type BudgetCell,
  type BudgetTableId,
} from '../../src/budget/index.js';
import { Dec } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { BUDGET_REGIONS } from '../../src/regions/index.js';

const tableArb = fc.constantFrom<BudgetTableId>('2', '3-1', '3-2');
const rowArb = fc.constantFrom(...BUDGET_REGION_NAMES, TOTAL_ROW);
const decimalsArb = fc.integer({ min: 0, max: 4 });

describe('shares of the parts of a total add up to 100%', () => {
  it('every row’s part shares: exact ratios sum to 1; rounded percentages to 100 within ½·10^−d per listed part', () => {
    fc.assert(
      fc.property(tableArb, rowArb, decimalsArb, (table, region, decimals) => {
        const { shares } = sharesOfRow({ table, region, decimals });
        const listed = shares.filter((s) => s.ratio !== null);
        const ratioSum = listed.reduce((acc, s) => acc.plus(s.ratio ?? 0), new Dec(0));
        expect(ratioSum.minus(1).abs().lt('1e-40')).toBe(true);
        const percentSum = listed.reduce((acc, s) => acc.plus(s.percent ?? 0), new Dec(0));
        const tolerance = new Dec(10).pow(-decimals).dividedBy(2).times(listed.length);
        expect(percentSum.minus(100).abs().lte(tolerance)).toBe(true);
      }),
    );
  });

  it('every column’s region shares: the same, over the stated 合计', () => {
    const columnArb = tableArb.chain((table) =>
      fc.record({
        table: fc.constant(table),
        column: fc.constantFrom(...BUDGET_TABLES[table].columns.map((c) => c.zh)),
        decimals: decimalsArb,
      }),
    );
    fc.assert(
      fc.property(columnArb, ({ table, column, decimals }) => {
        const { shares } = sharesOfColumn({ table, column, decimals });
        const listed = shares.filter((s) => s.ratio !== null);
        const ratioSum = listed.reduce((acc, s) => acc.plus(s.ratio ?? 0), new Dec(0));
        expect(ratioSum.minus(1).abs().lt('1e-40')).toBe(true);
        const percentSum = listed.reduce((acc, s) => acc.plus(s.percent ?? 0), new Dec(0));
        expect(
          percentSum.minus(100).abs().lte(new Dec(10).pow(-decimals).dividedBy(2).times(listed.length)),
        ).toBe(true);
      }),
    );
  });
});

describe('sums do not depend on the order of their terms', () => {
  const allCells: BudgetCell[] = Object.values(BUDGET_TABLES).flatMap((t) =>
    t.rows.flatMap((r) => Object.values(r.cells)),
  );
  const cellArb: fc.Arbitrary<BudgetCell> = fc.oneof(
    fc.constant<BudgetCell>({ kind: 'notListed' }),
    fc
      .integer({ min: 0, max: 10_000_000 })
      .map((cents): BudgetCell => ({ kind: 'listed', yi: new Dec(cents).dividedBy(100) })),
    fc.constantFrom(...allCells),
  );

  it('any cells, in any order, give the same sum and the same counts', () => {
    fc.assert(
      fc.property(
        fc
          .array(cellArb, { maxLength: 40 })
          .chain((cells) =>
            fc.tuple(
              fc.constant(cells),
              fc.shuffledSubarray(cells, { minLength: cells.length, maxLength: cells.length }),
            ),
          ),
        ([cells, shuffled]) => {
          const a = sumCells(cells);
          const b = sumCells(shuffled);
          expect(a.yi.eq(b.yi)).toBe(true);
          expect([a.listed, a.notListed]).toEqual([b.listed, b.notListed]);
          expect(a.listed + a.notListed).toBe(cells.length);
        },
      ),
    );
  });

  it('a blank cell adds nothing: the sum with and without it is the same', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 20 }), fc.nat(20), (cells, at) => {
        const withBlank = [...cells.slice(0, at), { kind: 'notListed' } as const, ...cells.slice(at)];
        expect(sumCells(withBlank).yi.eq(sumCells(cells).yi)).toBe(true);
        expect(sumCells(withBlank).notListed).toBe(sumCells(cells).notListed + 1);
      }),
    );
  });
});

describe('lookups by code, name and alias agree', () => {
  const keys = BUDGET_REGIONS.flatMap((region) =>
    [
      region.id,
      region.name,
      region.officialName,
      region.code,
      ...region.formerCodes,
      ...region.aliases,
      region.nameEn,
    ]
      .filter((k): k is string => typeof k === 'string' && k !== '')
      .map((key) => ({ region: region.name, key })),
  );

  it('every key of every budget region finds that region’s row (or, if ambiguous, lists it)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), tableArb, ({ region, key }, table) => {
        const column = BUDGET_TABLES[table].columns[0]?.zh ?? '';
        let found: string | undefined;
        try {
          found = budgetCell({ table, region: key, column }).region;
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyInputError);
          const e = error as PolicyInputError;
          expect(e.issues[0]?.code).toBe('ambiguous_region');
          expect(e.suggestions).toContain(region);
          return;
        }
        expect(found).toBe(region);
        const byName = budgetCell({ table, region, column });
        expect(byName.regionId).toBe(BUDGET_REGIONS.find((r) => r.name === region)?.id);
      }),
      { numRuns: 300 },
    );
  });

  it('only 吉林 (吉林省 = 合计, or 吉林市?) is ambiguous among them', () => {
    const ambiguous = keys.filter(({ key }) => {
      try {
        budgetCell({ table: '2', region: key, column: '总投资' });
        return false;
      } catch {
        return true;
      }
    });
    expect([...new Set(ambiguous.map((k) => k.key.toLowerCase()))]).toEqual(['吉林', 'jilin']);
  });

  it('anything else is a PolicyInputError with the valid rows as suggestions, never another error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        try {
          const r = budgetCell({ table: '2', region: query, column: '总投资' });
          expect([...BUDGET_REGION_NAMES, TOTAL_ROW]).toContain(r.region);
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyInputError);
          expect((error as PolicyInputError).suggestions.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('亿元 to yuan', () => {
  it('every listed cell converts exactly: yuan = 亿元 × 100,000,000', () => {
    const cells = (['2', '3-1', '3-2'] as const).flatMap((table) =>
      BUDGET_TABLES[table].rows.flatMap((row) =>
        BUDGET_TABLES[table].columns.map((c) => ({ table, region: row.region, column: c.zh })),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cells), (query) => {
        const r = budgetCell(query);
        if (r.yi === null) expect(r.yuan).toBeNull();
        else expect(r.yuan?.toDecimal().eq(r.yi.times(100_000_000))).toBe(true);
      }),
    );
  });
});
