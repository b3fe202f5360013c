import { deepFreeze } from '../../src/core/freeze.js';
import { refusal } from '../support/errors.js';
import { describe, expect, it } from 'vitest';
import {
  budgetCell,
  budgetChartCsv,
  budgetChartRows,
  budgetTable,
  categoryShare,
  columnSum,
  regionBudget,
  regionShare,
  rowSum,
  sharesOfColumn,
  sharesOfRow,
  sourceShare,
  sumCells,
} from '../../src/budget/index.js';
import { Dec } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';

describe('budgetCell: one cell by table, region and column', () => {
  it.each([
    ['2', '长春市', '政府投入', '28.97', '2897000000.00'],
    ['2', '长春', 'government', '28.97', '2897000000.00'],
    ['2', 'Changchun', '总投资', '71.66', '7166000000.00'],
    ['2', '合计', '总投资', '963.97', '96397000000.00'],
    ['2', 'total', '农户自筹', '24.72', '2472000000.00'],
    ['3-1', '延边', '易地搬迁脱贫', '8.62', '862000000.00'],
    ['表3-1', '合 计', '兜底保障', '36.23', '3623000000.00'],
    ['3—2', '白山市', '培育区域支柱或优势产业', '11.59', '1159000000.00'],
    ['3-2', '长白山', 'infrastructure', '1.45', '145000000.00'],
  ])('表%s %s %s = %s 亿元 = %s yuan', (table, region, column, yi, yuan) => {
    const result = budgetCell({ table, region, column });
    expect(result.yi?.toString()).toBe(String(Number(yi)));
    expect(result.yuan?.toString()).toBe(yuan);
    expect(result.citation.chapter).toBe(11);
  });

  it('a blank cell is not listed, not zero: 表2 四平市 金融机构融资', () => {
    const result = budgetCell({ table: '2', region: '四平市', column: '金融机构融资' });
    expect(result.cell).toEqual({ kind: 'notListed' });
    expect(result.yi).toBeNull();
    expect(result.yuan).toBeNull();
  });

  it('accepts the table as a number: 表2 = 2', () => {
    expect(budgetCell({ table: 2, region: '吉林市', column: '政府投入' }).yi?.toString()).toBe('30.2');
  });

  it('refuses an unknown region, listing the valid rows (nearest first)', () => {
    const e = refusal(() => budgetCell({ table: '2', region: '长春县', column: '总投资' }));
    expect(e.ruleId).toBe('budget.table2');
    expect(e.path).toBe('region');
    expect(e.issues[0]?.code).toBe('unknown_region');
    expect(e.suggestions[0]).toBe('长春市');
    expect(e.suggestions).toHaveLength(13);
    expect(e.suggestions).toContain('合计');
  });

  it.each([
    ['a GB/T 2260 code: 222400', '222400', '延边州'],
    ['a former code: 220381 (公主岭市 under 四平市 during the plan)', '220381', '公主岭市'],
    ['the official name: 延边朝鲜族自治州', '延边朝鲜族自治州', '延边州'],
    ['an English name: Jilin City', 'Jilin City', '吉林市'],
    ['the province: 吉林省 = 合计', '吉林省', '合计'],
    ['a name the registry finds ambiguous, but only one has a row: 通化 (not 通化县)', '通化', '通化市'],
  ])('finds the row through the region registry by %s', (_name, region, expected) => {
    expect(budgetCell({ table: '2', region, column: '总投资' }).region).toBe(expected);
  });

  it('refuses a county with no row of its own, suggesting its prefecture first: 农安县 → 长春市', () => {
    const e = refusal(() => budgetCell({ table: '2', region: '农安县', column: '总投资' }));
    expect(e.issues[0]?.code).toBe('not_budget_region');
    expect(e.suggestions[0]).toBe('长春市');
  });

  it('refuses 吉林 as ambiguous: 吉林省 (合计) or 吉林市', () => {
    const e = refusal(() => budgetCell({ table: '2', region: '吉林', column: '总投资' }));
    expect(e.issues[0]?.code).toBe('ambiguous_region');
    expect([...e.suggestions].sort()).toEqual(['吉林市', '合计'].sort());
  });

  it('refuses an unknown column, listing the table’s columns', () => {
    const e = refusal(() => budgetCell({ table: '3-2', region: '长春市', column: '基础设施' }));
    expect(e.ruleId).toBe('budget.table32');
    expect(e.path).toBe('column');
    expect(e.issues[0]?.code).toBe('unknown_column');
    expect(e.suggestions[0]).toBe('基础设施建设');
    expect([...e.suggestions].sort()).toEqual(
      ['提升贫困地区区域发展能力项目', '基础设施建设', '农村生产生活改善', '培育区域支柱或优势产业'].sort(),
    );
  });

  it('refuses a column of another table, saying which table has it', () => {
    const e = refusal(() => budgetCell({ table: '2', region: '长春市', column: '产业脱贫' }));
    expect(e.issues[0]?.code).toBe('wrong_table');
    expect(e.message).toContain('表3-1');
    expect(e.suggestions).toContain('政府投入');
  });

  it('refuses an unknown table, suggesting 2, 3-1 and 3-2', () => {
    const e = refusal(() => budgetCell({ table: '3', region: '长春市', column: '总投资' }));
    expect(e.path).toBe('table');
    expect(e.issues[0]?.code).toBe('unknown_table');
    expect([...e.suggestions].sort()).toEqual(['2', '3-1', '3-2']);
    expect(() => budgetTable('表4')).toThrow(PolicyInputError);
  });

  it('refuses a malformed query with the field path', () => {
    const e = refusal(() => budgetCell({ table: '2', region: 42 as unknown as string, column: '总投资' }));
    expect(e.path).toBe('region');
  });

  it('does not mutate a frozen query', () => {
    const query = deepFreeze({ table: '2', region: '长春市', column: '政府投入' });
    expect(budgetCell(query).yi?.toString()).toBe('28.97');
  });
});

describe('sums', () => {
  it('rowSum: 表2 四平市 83.85 + 0.68 + 0.17 = 84.70 = stated, 金融机构融资 passed over', () => {
    const s = rowSum({ table: '2', region: '四平市' });
    expect(s.computed.toFixed(2)).toBe('84.70');
    expect(s.difference.isZero()).toBe(true);
    expect(s.listed).toBe(3);
    expect(s.notListedColumns).toEqual(['金融机构融资']);
  });

  it('columnSum: 表3-1 兜底保障 10.84 + 4.17 + 4.2 + 1.58 + 1.17 + 2.51 + 3.57 + 3.22 + 2.41 + 2.11 + 0.45 = 36.23 (长白山 blank)', () => {
    const s = columnSum({ table: '3-1', column: '兜底保障' });
    expect(s.computed.toFixed(2)).toBe('36.23');
    expect(s.stated.toFixed(2)).toBe('36.23');
    expect(s.notListedRegions).toEqual(['长白山保护开发区']);
  });

  it('sumCells: blank cells contribute nothing and are counted; no cells sum to 0', () => {
    expect(sumCells([]).yi.isZero()).toBe(true);
    const s = sumCells(Object.values(budgetTable('3-2').rows[2]?.cells ?? {}));
    // 四平市 in 表3-2: 27.86 + 27.86 (the total column is in the list too) = 55.72, two blanks
    expect(s.yi.toFixed(2)).toBe('55.72');
    expect(s.notListed).toBe(2);
  });
});

describe('regionBudget: a region across the three tables', () => {
  it('延边州: 表2 225.64; 表3-1 130.37 + 表3-2 95.24 = 225.61 (−0.03)', () => {
    const b = regionBudget('延边');
    expect(b.region).toBe('延边州');
    expect(b.totalInvestment.toFixed(2)).toBe('225.64');
    expect(b.projectsTotal.toFixed(2)).toBe('225.61');
    expect(b.difference.toFixed(2)).toBe('-0.03');
    expect(b.totalInvestmentYuan.toString()).toBe('22564000000.00');
    expect(b.rowCitations).toHaveLength(3);
  });

  it('四平市 alone (default reading ownRow) is 84.7, without 公主岭市', () => {
    const b = regionBudget('四平市');
    expect(b.readings).toEqual({ separatelyListedCities: 'ownRow' });
    expect(b.rows).toEqual(['四平市']);
    expect(b.totalInvestment.toFixed(2)).toBe('84.70');
    expect(b.tables['2']['金融机构融资']).toEqual({ kind: 'notListed' });
  });

  it('四平市 with its pilot city (reading withPilotCities): 84.7 + 30.86 = 115.56; 金融机构融资 0 + 2.13 = 2.13', () => {
    const b = regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } });
    expect(b.rows).toEqual(['四平市', '公主岭市']);
    expect(b.totalInvestment.toFixed(2)).toBe('115.56');
    const fin = b.tables['2']['金融机构融资'];
    expect(fin?.kind === 'listed' ? fin.yi.toFixed(2) : 'not listed').toBe('2.13');
    // 表3-2 培育区域支柱或优势产业 is blank in both rows, so stays blank
    expect(b.tables['3-2']['培育区域支柱或优势产业']).toEqual({ kind: 'notListed' });
  });

  it('通化市 with 梅河口市: 43.73 + 13.09 = 56.82', () => {
    const b = regionBudget('通化市', { readings: { separatelyListedCities: 'withPilotCities' } });
    expect(b.totalInvestment.toFixed(2)).toBe('56.82');
  });

  it('refuses an unknown reading with its path', () => {
    const e = refusal(() =>
      regionBudget('四平市', { readings: { separatelyListedCities: 'everything' as 'ownRow' } }),
    );
    expect(e.ruleId).toBe('budget.regionBudget');
    expect(e.path).toBe('options.readings.separatelyListedCities');
  });
});

describe('shares, exact, with the percentage rounded half up to 2 decimals', () => {
  it.each([
    [
      '白城市 in 表2 总投资: 286.5 / 963.97 = 0.297208… = 29.72%',
      () => regionShare({ table: '2', region: '白城市' }),
      '29.72%',
    ],
    [
      '延边州 in 表3-1 产业脱贫: 105.9 / 408.85 = 0.259019… = 25.90%',
      () => regionShare({ table: '3-1', region: '延边州', column: '产业脱贫' }),
      '25.90%',
    ],
    [
      '基础设施建设 in 表3-2: 254.42 / 385.59 = 0.659820… = 65.98% (the text says 65.99%)',
      () => categoryShare({ table: '3-2', column: '基础设施建设' }),
      '65.98%',
    ],
    [
      '产业脱贫 in 长春市’s 表3-1 row: 28.16 / 51.08 = 0.551292… = 55.13%',
      () => categoryShare({ table: '3-1', column: '产业脱贫', region: '长春市' }),
      '55.13%',
    ],
    [
      '政府投入 in 四平市: 83.85 / 84.7 = 0.989964… = 99.00%',
      () => sourceShare({ region: '四平市', source: '政府投入' }),
      '99.00%',
    ],
    [
      '农户自筹 in the province: 24.72 / 963.97 = 0.025644… = 2.56%',
      () => sourceShare({ region: '合计', source: 'households' }),
      '2.56%',
    ],
    [
      '表3-1 精准扶贫项目 at 0 decimals: 578.38 / 578.38 = 100%',
      () => regionShare({ table: '3-1', region: '合计', decimals: 0 }),
      '100%',
    ],
    [
      '公主岭市 in 表2 at 4 decimals: 30.86 / 963.97 = 0.0320134… = 3.2013%',
      () => regionShare({ table: '2', region: '公主岭市', decimals: 4 }),
      '3.2013%',
    ],
  ])('%s', (_name, compute, expected) => {
    expect(compute().percentText).toBe(expected);
  });

  it('a share of a blank cell is null, not 0%: 金融机构融资 in 四平市', () => {
    const s = sourceShare({ region: '四平市', source: '金融机构融资' });
    expect(s.ratio).toBeNull();
    expect(s.percentText).toBe('not listed');
  });

  it('the four sources of 长春市, rounded, add up to 100.01% (40.43 + 23.32 + 31.78 + 4.48; within 4 × 0.005)', () => {
    const { shares } = sharesOfRow({ table: '2', region: '长春市' });
    expect(shares.map((s) => s.percentText)).toEqual(['40.43%', '23.32%', '31.78%', '4.48%']);
  });

  it('the 12 regions’ shares of 表2 总投资 have exact ratios summing to 1', () => {
    const { shares } = sharesOfColumn({ table: '2', column: '总投资' });
    const total = shares.reduce((acc, s) => acc.plus(s.ratio ?? 0), new Dec(0));
    expect(total.minus(1).abs().lt('1e-45')).toBe(true);
  });
});

describe('chart rows', () => {
  it('by default: the parts of the 12 regions, blank cells left out (47 + 67 + 25 = 139 rows)', () => {
    // 表2: 12 × 4 − 1 blank = 47; 表3-1: 12 × 7 − 17 = 67; 表3-2: 12 × 3 − 11 = 25
    const rows = budgetChartRows();
    expect(rows.filter((r) => r.table === '2')).toHaveLength(47);
    expect(rows.filter((r) => r.table === '3-1')).toHaveLength(67);
    expect(rows.filter((r) => r.table === '3-2')).toHaveLength(25);
    expect(rows[0]).toMatchObject({
      table: '2',
      region: '长春市',
      category: '政府投入',
      amountYi: '28.97',
      value: 28.97,
    });
  });

  it('with totals and blanks: 13 rows × every column', () => {
    const rows = budgetChartRows({ tables: ['2'], includeTotals: true, includeNotListed: true });
    expect(rows).toHaveLength(13 * 5);
    expect(rows.find((r) => r.region === '四平市' && r.category === '金融机构融资')?.amountYi).toBeNull();
  });

  it('the parts of each table add up to its 合计 (963.97, 578.38, 385.59)', () => {
    const rows = budgetChartRows();
    const total = (t: string): string =>
      rows
        .filter((r) => r.table === t)
        .reduce((acc, r) => acc + Math.round(Number(r.amountYi) * 100), 0)
        .toString();
    expect([total('2'), total('3-1'), total('3-2')]).toEqual(['96397', '57838', '38559']);
  });

  it('as CSV', () => {
    const csv = budgetChartCsv({ tables: ['3-2'] }).split('\n');
    expect(csv[0]).toBe('table,region,regionEn,category,categoryId,amountYi');
    expect(csv[1]).toBe('3-2,长春市,Changchun,基础设施建设,infrastructure,17.18');
  });

  it('refuses an unknown table in the options, with its index', () => {
    const e = refusal(() => budgetChartRows({ tables: ['2', '5'] }));
    expect(e.path).toBe('options.tables[1]');
  });
});
