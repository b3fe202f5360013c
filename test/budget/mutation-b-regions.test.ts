import { describe, expect, it } from 'vitest';
import { regionBudget } from '../../src/budget/index.js';
import { refusal } from '../support/errors.js';

// Mutation-testing pins (issue 15) for the budget's region lookup (src/budget/region-lookup.ts) and a region's
// whole budget (src/budget/region-budget.ts): every refusal's code, message and suggestions, every row a name
// resolves to, and the exact trace of regionBudget (inputs, citations, zh and en sentences).

const ROWS =
  '长春市、吉林市、四平市、辽源市、通化市、白山市、松原市、白城市、延边州、长白山保护开发区、公主岭市、梅河口市';
const ALL_NEAREST_EMPTY = [
  '合计',
  '吉林市',
  '四平市',
  '延边州',
  '松原市',
  '白城市',
  '白山市',
  '辽源市',
  '通化市',
  '长春市',
  '公主岭市',
  '梅河口市',
  '长白山保护开发区',
];

function issueOf(fn: () => unknown) {
  const error = refusal(fn);
  expect(error.ruleId).toBe('budget.regionBudget');
  expect(error.issues).toHaveLength(1);
  return { issue: error.issues[0], suggestions: error.suggestions };
}

describe('resolveBudgetRow through regionBudget: names that resolve', () => {
  it.each([
    ['合计', '合计', 'jilin-province'],
    ['吉林省 (the province is the 合计 row)', '合计', 'jilin-province'],
    ['220000 (the province’s code)', '合计', 'jilin-province'],
    ['ＴＯＴＡＬ (full-width, NFKC → total)', '合计', 'jilin-province'],
    ['ｐｒｏｖｉｎｃｅ (full-width, NFKC → province)', '合计', 'jilin-province'],
    [' 长 春 市 (spaces inside the plan’s name)', '长春市', 'changchun'],
    ['CHANGCHUN', '长春市', 'changchun'],
    ['220100 (长春市’s code)', '长春市', 'changchun'],
    ['通化 (通化市 or 通化县; only 通化市 has a row)', '通化市', 'tonghua'],
    ['公主岭', '公主岭市', 'gongzhuling'],
    ['延边', '延边州', 'yanbian'],
    ['长白山', '长白山保护开发区', 'changbaishan'],
  ])('%s → row %s, region id %s', (label, row, id) => {
    const query = label.split(' (')[0] ?? label;
    const result = regionBudget(query);
    expect(result.region).toBe(row);
    expect(result.regionId).toBe(id);
  });
});

describe('resolveBudgetRow through regionBudget: refusals', () => {
  it.each([
    ['', ''],
    ['  ', '  '],
    ['42 (a number)', 42],
    ['null', null],
  ])('%s is refused as invalid_type, every row suggested', (_label, query) => {
    const { issue, suggestions } = issueOf(() => regionBudget(query as string));
    expect(issue).toEqual({
      path: 'region',
      value: query,
      message: 'must name a budget region or 合计',
      code: 'invalid_type',
    });
    expect(suggestions).toEqual(ALL_NEAREST_EMPTY);
  });

  it('xyz is no region: unknown_region, naming the 12 rows and 合计', () => {
    const { issue, suggestions } = issueOf(() => regionBudget('xyz'));
    expect(issue).toEqual({
      path: 'region',
      value: 'xyz',
      message: `is not a region of the budget tables (the rows are ${ROWS} and 合计)`,
      code: 'unknown_region',
    });
    expect(suggestions).toEqual(ALL_NEAREST_EMPTY);
  });

  it.each(['吉林', 'jilin'])(
    '%s names 吉林省 (合计) and 吉林市: ambiguous_region, both suggested',
    (query) => {
      const { issue, suggestions } = issueOf(() => regionBudget(query));
      expect(issue).toEqual({
        path: 'region',
        value: query,
        message: 'names more than one budget row (合计, 吉林市); say which',
        code: 'ambiguous_region',
      });
      expect(suggestions).toEqual(['合计', '吉林市']);
    },
  );

  it.each([
    ['农安县', '农安县', '长春市'],
    ['长春市南关区', '南关区', '长春市'],
    ['延吉市', '延吉市', '延边州'],
    ['抚松县', '抚松县', '白山市'],
  ])(
    '%s is a county or district: not_budget_region, it lies in its prefecture (not in 合计)',
    (query, name, prefecture) => {
      const { issue, suggestions } = issueOf(() => regionBudget(query));
      expect(issue).toEqual({
        path: 'region',
        value: query,
        message: `is ${name}, which has no row of its own in the budget tables (it lies in ${prefecture})`,
        code: 'not_budget_region',
      });
      expect(suggestions[0]).toBe(prefecture);
      expect(suggestions).toHaveLength(13);
      expect(new Set(suggestions)).toEqual(new Set(ALL_NEAREST_EMPTY));
    },
  );

  it.each(['宁波市', '海曙区'])(
    '%s (outside Jilin) has no row and lies in none: no “it lies in” clause',
    (query) => {
      const { issue, suggestions } = issueOf(() => regionBudget(query));
      expect(issue).toEqual({
        path: 'region',
        value: query,
        message: `is ${query}, which has no row of its own in the budget tables`,
        code: 'not_budget_region',
      });
      expect(new Set(suggestions)).toEqual(new Set(ALL_NEAREST_EMPTY));
      expect(suggestions).toHaveLength(13);
    },
  );
});

describe('regionBudget: the trace, step by step', () => {
  it('四平市 withPilotCities: 84.7 + 30.86 = 115.56; 60.75 + 54.8 = 115.55, −0.01; 115.56 亿元 = 11,556,000,000 yuan', () => {
    const r = regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } });
    expect(r.regionId).toBe('siping');
    expect(r.rows).toEqual(['四平市', '公主岭市']);
    expect(r.totalInvestment.toString()).toBe('115.56');
    expect(r.projectsTotal.toString()).toBe('115.55');
    expect(r.difference.toString()).toBe('-0.01');
    const [rows, projects, yuan] = r.trace;
    expect(r.trace).toHaveLength(3);
    expect(rows?.citations.map((c) => c.quote)).toEqual([
      '四平市 84.7 83.85 0.68 0.17',
      '公主岭市 30.86 21.12 2.13 6.86 0.75',
    ]);
    expect(rows?.inputs).toEqual({ region: '四平市', reading: 'withPilotCities', rows: '四平市、公主岭市' });
    expect(rows?.value).toBe('115.56');
    expect(rows?.text).toEqual({
      zh: '表2 总投资（解读 withPilotCities）：四平市 84.7 + 公主岭市 30.86 = 115.56 亿元',
      en: 'Table 2 total investment (reading withPilotCities): 四平市 84.7 + 公主岭市 30.86 = 115.56 亿元 (100 million yuan)',
    });
    expect(projects?.citations.map((c) => `${c.table} ${c.quote}`)).toEqual([
      '3-1 四平市 56.84 43.85 5.53 1.53 1.73 4.2',
      '3-2 四平市 27.86 27.86',
      '3-1 公主岭市 3.91 0.49 0.03 0.6 0.68 2.11',
      '3-2 公主岭市 26.94 19.35 7.59',
    ]);
    expect(projects?.inputs).toEqual({
      targetedProjects: '60.75',
      regionalDevelopment: '54.8',
      totalInvestment: '115.56',
    });
    expect(projects?.value).toBe('-0.01');
    expect(projects?.text).toEqual({
      zh: '表3-1 60.75 + 表3-2 54.8 = 115.55 亿元，与表2 总投资 115.56 亿元 相差 -0.01',
      en: 'Table 3-1 60.75 + Table 3-2 54.8 = 115.55 亿元 (100 million yuan), against Table 2’s 115.56: a difference of -0.01',
    });
    expect(yuan?.ruleId).toBe('core.yiYuanUnit');
    expect(yuan?.citations.map((c) => c.quote)).toEqual(['吉林省“十三五”脱贫攻坚建设项目规划资金需求']);
    expect(yuan?.inputs).toEqual({ totalInvestmentYi: '115.56' });
    expect(yuan?.amount?.toString()).toBe('11556000000.00');
    expect(yuan?.text).toEqual({
      zh: '115.56 亿元 = 11556000000.00 元（1 亿元 = 100000000 元）',
      en: '115.56 亿元 (100 million yuan) = 11556000000.00 yuan (1 亿元 = 100,000,000 yuan)',
    });
  });

  it('合计 ownRow: 963.97 = 578.38 + 385.59 (difference 0), one row, the province’s region id', () => {
    const r = regionBudget('合计');
    expect(r.regionId).toBe('jilin-province');
    expect(r.nameEn).toBe('Total');
    expect(r.trace[0]?.inputs).toEqual({ region: '合计', reading: 'ownRow', rows: '合计' });
    expect(r.trace[0]?.citations.map((c) => c.quote)).toEqual(['合 计 963.97 592.03 151.43 195.79 24.72']);
    expect(r.trace[1]?.inputs).toEqual({
      targetedProjects: '578.38',
      regionalDevelopment: '385.59',
      totalInvestment: '963.97',
    });
    expect(r.trace[1]?.citations).toHaveLength(2);
    expect(r.trace[1]?.value).toBe('0');
  });
});
