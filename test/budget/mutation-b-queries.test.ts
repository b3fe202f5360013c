import { describe, expect, it } from 'vitest';
import {
  budgetCell,
  budgetChartCsv,
  budgetChartRows,
  categoryShare,
  columnSum,
  regionShare,
  rowSum,
  sharesOfColumn,
  sharesOfRow,
  sourceShare,
  sumCells,
} from '../../src/budget/index.js';
import { refusal } from '../support/errors.js';

// Mutation-testing pins (issue 15) for cells.ts, chart.ts, resolve.ts, shares.ts and schema.ts: exact cells
// (frozen decimals, notListed apart from 0), citations, share steps (inputs, citations, zh and en), chart rows'
// isTotal and null values, and every refusal's rule id, field path, message and suggestions.

const TABLE2_CITATIONS = [
  '吉林省“十三五”脱贫攻坚建设项目规划资金需求',
  '资金需求来源于各市州、长白山保护开发区、扩权强县试点市脱贫攻坚规划',
];
const ROWS_MESSAGE =
  'is not a region of the budget tables (the rows are 长春市、吉林市、四平市、辽源市、通化市、白山市、松原市、白城市、延边州、长白山保护开发区、公主岭市、梅河口市 and 合计)';
const T2_COLUMNS = '总投资、政府投入、金融机构融资、业主投入、农户自筹';
const T2_SUGGEST_ZZZ = ['总投资', '业主投入', '农户自筹', '政府投入', '金融机构融资'];

function only(fn: () => unknown) {
  const error = refusal(fn);
  expect(error.issues).toHaveLength(1);
  const [issue] = error.issues;
  return { ruleId: error.ruleId, issue, suggestions: error.suggestions };
}

describe('budgetCell: the cell, its figures and its citations', () => {
  it('表2 四平市 金融机构融资 is blank: notListed, yi and yuan null (not 0), cited by the table and the row', () => {
    const r = budgetCell({ table: '2', region: '四平市', column: '金融机构融资' });
    expect(r.cell).toEqual({ kind: 'notListed' });
    expect(r.yi).toBeNull();
    expect(r.yuan).toBeNull();
    expect(r.regionId).toBe('siping');
    expect(r.ruleId).toBe('budget.table2');
    expect(r.citation.quote).toBe('四平市 84.7 83.85 0.68 0.17');
    expect(r.citations.map((c) => c.quote)).toEqual([...TABLE2_CITATIONS, '四平市 84.7 83.85 0.68 0.17']);
  });

  it('表3-2 合计 基础设施建设 = 254.42 亿元 = 25,442,000,000.00 yuan; the province’s region id', () => {
    const r = budgetCell({ table: '3-2', region: '合计', column: '基础设施建设' });
    expect(r.yi?.toString()).toBe('254.42');
    expect(r.yuan?.toString()).toBe('25442000000.00');
    expect(r.regionId).toBe('jilin-province');
    expect(r.ruleId).toBe('budget.table32');
    expect(r.citations.map((c) => c.quote)).toEqual([
      '吉林省“十三五”脱贫攻坚建设资金的区域分布',
      '合 计 385.59 254.42 115.78 15.39',
    ]);
  });
});

describe('refusals of the table queries: rule id, field, message, suggestions', () => {
  it('rowSum of region xyz: budget.table2, field region, unknown_region', () => {
    const { ruleId, issue } = only(() => rowSum({ table: '2', region: 'xyz' }));
    expect(ruleId).toBe('budget.table2');
    expect(issue).toEqual({ path: 'region', value: 'xyz', message: ROWS_MESSAGE, code: 'unknown_region' });
  });

  it('columnSum of 表2 兜底保障: wrong_table (a column of 表3-1), this table’s columns suggested', () => {
    const { ruleId, issue, suggestions } = only(() => columnSum({ table: '2', column: '兜底保障' }));
    expect(ruleId).toBe('budget.table2');
    expect(issue).toEqual({
      path: 'column',
      value: '兜底保障',
      message: `is a column of 表3-1, not of 表2 (whose columns are ${T2_COLUMNS})`,
      code: 'wrong_table',
    });
    expect(suggestions).toEqual(['业主投入', '农户自筹', '总投资', '政府投入', '金融机构融资']);
  });

  it('columnSum of 表3-1 nonsense: unknown_column, the 8 columns suggested once each', () => {
    const { ruleId, issue, suggestions } = only(() => columnSum({ table: '3-1', column: 'nonsense' }));
    expect(ruleId).toBe('budget.table31');
    expect(issue).toEqual({
      path: 'column',
      value: 'nonsense',
      message:
        'is not a column of 表3-1 (its columns are 精准扶贫项目、产业脱贫、转移就业脱贫、易地搬迁脱贫、生态保护脱贫、教育脱贫、健康救助脱贫、兜底保障)',
      code: 'unknown_column',
    });
    expect(suggestions).toEqual([
      '产业脱贫',
      '兜底保障',
      '健康救助脱贫',
      '教育脱贫',
      '易地搬迁脱贫',
      '生态保护脱贫',
      '精准扶贫项目',
      '转移就业脱贫',
    ]);
  });

  it('a misspelt English id (infrastructur) suggests its column’s header first', () => {
    const { suggestions } = only(() => columnSum({ table: '3-2', column: 'infrastructur' }));
    expect(suggestions[0]).toBe('基础设施建设');
    expect(suggestions).toHaveLength(4);
  });

  it('budgetCell of table 4: unknown_table, the three tables suggested', () => {
    const { ruleId, issue, suggestions } = only(() =>
      budgetCell({ table: '4', region: '长春市', column: '总投资' }),
    );
    expect(ruleId).toBe('budget.table2');
    expect(issue).toEqual({
      path: 'table',
      value: '4',
      message: 'is not a budget table of chapter 11 (the tables are 表2, 表3-1 and 表3-2)',
      code: 'unknown_table',
    });
    expect(suggestions).toEqual(['2', '3-1', '3-2']);
  });

  it.each([
    ['regionShare region', () => regionShare({ table: '2', region: 'xyz' })],
    ['categoryShare region', () => categoryShare({ table: '2', region: 'xyz', column: '政府投入' })],
    ['sharesOfRow region', () => sharesOfRow({ table: '2', region: 'xyz' })],
  ])('%s xyz: budget.shares, field region, unknown_region', (_label, fn) => {
    const { ruleId, issue } = only(fn);
    expect(ruleId).toBe('budget.shares');
    expect(issue).toEqual({ path: 'region', value: 'xyz', message: ROWS_MESSAGE, code: 'unknown_region' });
  });

  it.each([
    ['regionShare column', () => regionShare({ table: '2', region: '长春市', column: 'zzz' })],
    ['categoryShare column', () => categoryShare({ table: '2', column: 'zzz' })],
    ['sharesOfColumn column', () => sharesOfColumn({ table: '2', column: 'zzz' })],
  ])('%s zzz: budget.shares, field column, unknown_column', (_label, fn) => {
    const { ruleId, issue, suggestions } = only(fn);
    expect(ruleId).toBe('budget.shares');
    expect(issue).toEqual({
      path: 'column',
      value: 'zzz',
      message: `is not a column of 表2 (its columns are ${T2_COLUMNS})`,
      code: 'unknown_column',
    });
    expect(suggestions).toEqual(T2_SUGGEST_ZZZ);
  });
});

describe('shares: the step of each share', () => {
  it('regionShare 白城市: 286.5 ÷ 963.97 = 29.72%, cited by both rows', () => {
    const r = regionShare({ table: '2', region: '白城市' });
    expect(r.percentText).toBe('29.72%');
    expect(r.trace).toHaveLength(1);
    const [step] = r.trace;
    expect(step?.citations.map((c) => c.quote)).toEqual([
      '白城市 286.5 123.62 58.52 98.53 5.83',
      '合 计 963.97 592.03 151.43 195.79 24.72',
    ]);
    expect(step?.inputs).toEqual({ table: '2', region: '白城市', column: '总投资', decimals: 2 });
    expect(step?.value).toBe('29.72');
    expect(step?.text).toEqual({
      zh: '白城市 总投资 286.5 亿元 ÷ 表2 合计 总投资 963.97 亿元 = 29.72%',
      en: '白城市 总投资 286.5 亿元 (100 million yuan) ÷ Table 2 合计 总投资 963.97 = 29.72%',
    });
  });

  it('categoryShare 四平市 金融机构融资 is blank: no share, one citation (the row is its own whole)', () => {
    const r = categoryShare({ table: '2', region: '四平市', column: '金融机构融资' });
    expect(r.percentText).toBe('not listed');
    expect(r.percent).toBeNull();
    const [step] = r.trace;
    expect(step?.citations.map((c) => c.quote)).toEqual(['四平市 84.7 83.85 0.68 0.17']);
    expect(step?.inputs).toEqual({ table: '2', region: '四平市', column: '金融机构融资', decimals: 2 });
    expect(step?.value).toBeNull();
    expect(step?.text).toEqual({
      zh: '四平市 金融机构融资 未列数字：无比重',
      en: '四平市 金融机构融资 is not listed: no share',
    });
  });

  it('sourceShare 四平市 业主投入 to 3 decimals: 0.68 ÷ 84.7 = 0.803%; default 2 decimals: 0.80%', () => {
    expect(sourceShare({ region: '四平市', source: '业主投入', decimals: 3 }).percentText).toBe('0.803%');
    expect(sourceShare({ region: '四平市', source: '业主投入' }).percentText).toBe('0.80%');
  });

  it('sharesOfRow 四平市: 99.00%, not listed, 0.80%, 0.20% of 84.7', () => {
    const r = sharesOfRow({ table: '2', region: '四平市' });
    expect(r.shares.map((s) => s.percentText)).toEqual(['99.00%', 'not listed', '0.80%', '0.20%']);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      '四平市 政府投入 83.85 亿元 (100 million yuan) ÷ Table 2 四平市 总投资 84.7 = 99.00%',
      '四平市 金融机构融资 is not listed: no share',
      '四平市 业主投入 0.68 亿元 (100 million yuan) ÷ Table 2 四平市 总投资 84.7 = 0.80%',
      '四平市 农户自筹 0.17 亿元 (100 million yuan) ÷ Table 2 四平市 总投资 84.7 = 0.20%',
    ]);
    expect(r.trace.map((s) => s.inputs.column)).toEqual(['政府投入', '金融机构融资', '业主投入', '农户自筹']);
    expect(r.trace.every((s) => s.citations.length === 1)).toBe(true);
  });
});

describe('budgetChartRows: rows, totals, blanks', () => {
  it('表3-2 with totals and blanks: isTotal on the total column and the 合计 row only; a blank is null, not 0', () => {
    const rows = budgetChartRows({ tables: ['3-2'], includeTotals: true, includeNotListed: true });
    expect(rows).toHaveLength(13 * 4);
    const at = (region: string, category: string) =>
      rows.find((r) => r.region === region && r.category === category);
    expect(at('长春市', '提升贫困地区区域发展能力项目')).toMatchObject({
      isTotal: true,
      amountYi: '20.59',
      value: 20.59,
    });
    expect(at('长春市', '基础设施建设')).toMatchObject({ isTotal: false, amountYi: '17.18', value: 17.18 });
    expect(at('合计', '基础设施建设')).toMatchObject({ isTotal: true, amountYi: '254.42', value: 254.42 });
    expect(at('长春市', '培育区域支柱或优势产业')).toEqual({
      table: '3-2',
      region: '长春市',
      regionEn: 'Changchun',
      category: '培育区域支柱或优势产业',
      categoryId: 'pillarIndustries',
      categoryEn: 'Fostering regional pillar or competitive industries',
      isTotal: false,
      amountYi: null,
      value: null,
    });
  });

  it('refusals: budget.chartRows, at options.includeTotals and options.tables[1]', () => {
    const bad = only(() => budgetChartRows({ includeTotals: 'x' } as never));
    expect(bad.ruleId).toBe('budget.chartRows');
    expect(bad.issue?.path).toBe('options.includeTotals');
    expect(bad.issue?.code).toBe('invalid_type');
    const table = only(() => budgetChartRows({ tables: ['2', '9'] }));
    expect(table.ruleId).toBe('budget.chartRows');
    expect(table.issue).toEqual({
      path: 'options.tables[1]',
      value: '9',
      message: 'is not a budget table of chapter 11 (the tables are 表2, 表3-1 and 表3-2)',
      code: 'unknown_table',
    });
    expect(table.suggestions).toEqual(['2', '3-1', '3-2']);
  });

  it('CSV of 表3-2 with blanks: a blank cell is an empty last field', () => {
    const csv = budgetChartCsv({ tables: ['3-2'], includeNotListed: true });
    expect(csv).toContain('\n3-2,长春市,Changchun,培育区域支柱或优势产业,pillarIndustries,\n');
    expect(csv).toContain('\n3-2,长春市,Changchun,基础设施建设,infrastructure,17.18\n');
  });
});

describe('sumCells: a fake Decimal is refused, not thrown through', () => {
  it.each([
    [
      'whose toString throws',
      {
        toStringTag: '[object Decimal]',
        toString: () => {
          throw new Error('boom');
        },
      },
    ],
    ['whose text is no number', { toStringTag: '[object Decimal]', toString: () => 'abc' }],
  ])(
    'a Decimal-tagged object %s: budget.audit, cells[0].yi, must be a finite Decimal (亿元)',
    (_label, yi) => {
      const { ruleId, issue } = only(() => sumCells([{ kind: 'listed', yi }] as never));
      expect(ruleId).toBe('budget.audit');
      expect(issue?.path).toBe('cells[0].yi');
      expect(issue?.code).toBe('custom');
      expect(issue?.message).toBe('must be a finite Decimal (亿元)');
    },
  );
});

describe('resolve: how a table and a column may be written', () => {
  it.each([
    [' 表3-1 (space before 表)', ' 表3-1', '3-1'],
    ['表 3 - 2 (spaces inside)', '表 3 - 2', '3-2'],
    ['3—1 (an em dash, as printed)', '3—1', '3-1'],
  ])('table %s → 表%s', (_label, table, id) => {
    expect(rowSum({ table, region: '合计' }).table).toBe(id);
  });

  it('table 3表-1 (表 not in front) is refused at field table, the default path', () => {
    const { ruleId, issue } = only(() => rowSum({ table: '3表-1', region: '合计' }));
    expect(ruleId).toBe('budget.table2');
    expect(issue?.path).toBe('table');
    expect(issue?.code).toBe('unknown_table');
  });

  it.each([
    ['the plan’s header with spaces inside', ' 政府 投入 ', '政府投入'],
    ['the English name', 'Financing from financial institutions', '金融机构融资'],
    ['the English name in capitals, spaces dropped', 'FINANCINGFROMFINANCIAL INSTITUTIONS', '金融机构融资'],
  ])('column by %s: %s → %s', (_label, column, zh) => {
    expect(budgetCell({ table: '2', region: '长春市', column }).column.zh).toBe(zh);
  });

  it('rowSum 四平市 is cited by 表2’s two citations and its row', () => {
    expect(rowSum({ table: '2', region: '四平市' }).citations.map((c) => c.quote)).toEqual([
      ...TABLE2_CITATIONS,
      '四平市 84.7 83.85 0.68 0.17',
    ]);
  });
});
