import type { Param } from '../core/param.js';
import { cite } from '../core/citation.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { TABLE_2, TABLE_2_FOOTNOTE, TABLE_3_1, TABLE_3_2 } from './data.js';
import { TEXT_AMOUNTS, TEXT_SHARES } from './text.js';

const row = (table: '2' | '3-1' | '3-2', section: number, quote: string) =>
  cite({ chapter: 11, section, table, quote });

/** The readings this area chose where the plan is ambiguous. */
export const BUDGET_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'budget.blankCells',
    area: 'budget',
    question:
      'Some cells of 表2, 表3-1 and 表3-2 are blank (e.g. 四平市 has no 金融机构融资; 长春市 no 易地搬迁脱贫). Is a blank cell a zero?',
    chosen: {
      id: 'notListed',
      description:
        'A blank cell is "not listed", kept distinct from 0 ({ kind: "notListed" }). Sums treat it as contributing ' +
        'nothing and report which blank cells they passed over; a share of a blank cell is null, not 0%.',
    },
    alternatives: [
      {
        id: 'zero',
        description: 'Read a blank cell as 0 亿元 (same sums, but asserts a figure the plan does not print).',
      },
      { id: 'unknown', description: 'Read a blank cell as unknown, so no sum involving it can be computed.' },
    ],
    rationale:
      'Every row and column adds up exactly when blanks contribute nothing, so for arithmetic "not listed" and 0 ' +
      'agree; but the plan does not say nothing is planned (its figures come from each region’s own plan, and a region ' +
      'may simply not have reported a category). Keeping the blank visible lets a reader see it; reading it as unknown ' +
      'would discard totals the plan states.',
    citations: [row('2', 1, '四平市 84.7 83.85 0.68 0.17'), TABLE_2_FOOTNOTE],
  }),
  defineInterpretation({
    id: 'budget.textVersusTable',
    area: 'budget',
    question:
      'Where the text of chapter 11 and its tables state the same amount differently (兜底保障 35.23 vs 表3-1 36.23; ' +
      '农村生产生活改善 115.68 vs 表3-2 115.78; 65.99% vs 254.42/385.59 = 65.98%), which does the library use?',
    chosen: {
      id: 'tables',
      description:
        'The tables’ figures. The data keep the tables as printed; the audit reports the text’s figures beside them; ' +
        'the text’s figures are available as TEXT_AMOUNTS and TEXT_SHARES.',
    },
    alternatives: [
      {
        id: 'text',
        description:
          'The text’s figures (35.23, 115.68). Not applied by any function: the text gives no regional breakdown, and its ' +
          'own categories then fail to add up to its own totals (577.38 vs 578.38; 385.49 vs 385.59).',
      },
    ],
    rationale:
      'Each table is internally consistent in every row and column, and the text’s categories add up to the text’s own ' +
      'totals only with the tables’ figures (408.85 + … + 36.23 = 578.38; 254.42 + 115.78 + 15.39 = 385.59). The text’s ' +
      '35.23 and 115.68 therefore look like slips; the tables are also the only source of regional figures.',
    citations: [
      cite({ chapter: 11, section: 2, quote: '兜底保障项目投资 35.23 亿元' }),
      cite({ chapter: 11, section: 2, quote: '农村生产生活改善项目投资 115.68 亿元' }),
      cite({ chapter: 11, section: 2, quote: '占全部提升贫困地区区域发展能力投资的 65.99%' }),
      row('3-1', 2, '合 计 578.38 408.85 6.7 41.83 26.28 19.9 38.59 36.23'),
      row('3-2', 2, '合 计 385.59 254.42 115.78 15.39'),
    ],
  }),
  defineInterpretation({
    id: 'budget.separatelyListedCities',
    area: 'budget',
    question:
      '公主岭市 and 梅河口市 (扩权强县试点市, pilot cities with expanded county powers) have rows of their own. Do the ' +
      '四平市 and 通化市 rows (the prefectures that administered them in 2016) include them?',
    chosen: {
      id: 'ownRow',
      description:
        'No: each row stands alone, and a region’s budget is its own row. 四平市 excludes 公主岭市; 通化市 excludes 梅河口市.',
    },
    alternatives: [
      {
        id: 'withPilotCities',
        description:
          'For a prefecture’s whole budget, add the rows of the pilot city it administered in 2016 ' +
          '(四平市 + 公主岭市 = 84.7 + 30.86 = 115.56 in 表2; 通化市 + 梅河口市 = 43.73 + 13.09 = 56.82).',
      },
    ],
    rationale:
      'The 12 rows add up exactly to the 合计 in every column of all three tables (e.g. 表2 总投资: 963.97). Were ' +
      '公主岭市 inside 四平市’s 84.7, the column would count its 30.86 twice and exceed the total; the footnote also ' +
      'names the pilot cities’ plans as sources of their own, beside the prefectures’. The alternative is offered for a ' +
      'prefecture-wide view; the administrative parent is an outside fact (2016), not a figure of the plan.',
    citations: [TABLE_2_FOOTNOTE, row('2', 1, '合 计 963.97 592.03 151.43 195.79 24.72')],
  }),
  defineInterpretation({
    id: 'budget.roundingTolerance',
    area: 'budget',
    question:
      'The tables print figures to 0.01 亿元 (trailing zeros dropped: 30.2 is 30.20). When a sum differs from the ' +
      'stated total, how large a difference can rounding explain?',
    chosen: {
      id: 'perFigure',
      description:
        'Every figure in the relation, the n summed terms and the stated total, may be off by half a unit (0.005): ' +
        'a difference is within rounding if |difference| ≤ 0.005 × (n + 1).',
    },
    alternatives: [
      { id: 'perTerm', description: 'Only the summed terms are rounded: |difference| ≤ 0.005 × n.' },
      { id: 'exact', description: 'No tolerance: every non-zero difference is material.' },
    ],
    rationale:
      'If each printed figure is its true value rounded to 0.01, a sum of n of them can be off from the true total by ' +
      '0.005 × n, and the printed total from the true total by 0.005 more. The readings differ on no finding of the ' +
      'printed plan except under `exact` (every cross-table difference is then material).',
    citations: [
      cite({ chapter: 11, section: 1, table: '2', quote: '(单位：亿元)' }),
      row('2', 1, '吉林市 60.04 30.2 6.8 20.46 2.58'),
    ],
  }),
  defineInterpretation({
    id: 'budget.healthCategoryName',
    area: 'budget',
    question:
      'The text speaks of 医疗健康脱贫项目 (38.59 亿元); 表3-1 has a column 健康救助脱贫 (合计 38.59). Are they the same category?',
    chosen: {
      id: 'sameCategory',
      description:
        'Yes: the sixth of the seven categories of 精准扶贫项目 under two names; the library uses the table’s 健康救助脱贫.',
    },
    alternatives: [],
    rationale:
      'Both are the sixth of the seven categories, in the same order, with the same amount (38.59), and the text’s 77.36% ' +
      'adds 38.59 to 产业脱贫’s 408.85. No other reading is workable.',
    citations: [
      cite({ chapter: 11, section: 2, quote: '医疗健康脱贫项目投资 38.59 亿元' }),
      row('3-1', 2, '合 计 578.38 408.85 6.7 41.83 26.28 19.9 38.59 36.23'),
    ],
  }),
]);

// Each definition is built in a pure-annotated function: a bundle that never reads BUDGET_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the budget area, in the order its docs present them. */
export const BUDGET_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.table2',
      area: 'budget',
      kind: 'table',
      title: { zh: TABLE_2.titleZh, en: TABLE_2.titleEn },
      summary:
        '表2: each of the 12 budget regions’ planned investment (总投资, 963.97 亿元 in all) and its four sources: ' +
        '政府投入, 金融机构融资, 业主投入, 农户自筹. Exact decimals in 亿元; one blank cell (四平市 金融机构融资).',
      citations: [
        TABLE_2.citation,
        TABLE_2_FOOTNOTE,
        cite({ chapter: 11, section: 1, quote: '资金来源为政府投入、金融机构融资、业主投入和农户自筹等' }),
      ],
      interpretations: ['budget.blankCells', 'budget.separatelyListedCities'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.table31',
      area: 'budget',
      kind: 'table',
      title: { zh: TABLE_3_1.titleZh, en: TABLE_3_1.titleEn },
      summary:
        '表3-1: each region’s targeted poverty projects (精准扶贫项目, 578.38 亿元 in all) in seven categories, from ' +
        '产业脱贫 to 兜底保障. 17 blank cells.',
      citations: [TABLE_3_1.citation],
      interpretations: ['budget.blankCells', 'budget.separatelyListedCities', 'budget.healthCategoryName'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.table32',
      area: 'budget',
      kind: 'table',
      title: { zh: TABLE_3_2.titleZh, en: TABLE_3_2.titleEn },
      summary:
        '表3-2: each region’s regional development projects (提升贫困地区区域发展能力项目, 385.59 亿元 in all) in three ' +
        'categories: 基础设施建设, 农村生产生活改善, 培育区域支柱或优势产业. 11 blank cells.',
      citations: [TABLE_3_2.citation],
      interpretations: ['budget.blankCells', 'budget.separatelyListedCities'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.textFigures',
      area: 'budget',
      kind: 'table',
      title: {
        zh: '投资规模需求与项目安排',
        en: 'Investment need and project arrangement: the figures the text states',
      },
      summary:
        'The amounts and percentages chapter 11’s text states (963.97; 578.38 = 60%, with seven categories and 4.84 for ' +
        '一事一议; 385.59 = 40%, with three categories; 77.36%; 65.99%), exactly as written.',
      citations: [...TEXT_AMOUNTS.map((a) => a.citation), ...TEXT_SHARES.map((s) => s.citation)],
      interpretations: ['budget.textVersusTable', 'budget.healthCategoryName'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.regionBudget',
      area: 'budget',
      kind: 'calculation',
      title: { zh: '地区资金需求', en: 'A region’s whole budget across the three tables' },
      summary:
        'A region’s rows of 表2, 表3-1 and 表3-2, with its 表2 total against its 表3-1 + 表3-2 totals; optionally with ' +
        'the pilot city it administered (reading withPilotCities).',
      citations: [TABLE_2.citation, TABLE_3_1.citation, TABLE_3_2.citation, TABLE_2_FOOTNOTE],
      interpretations: ['budget.separatelyListedCities', 'budget.blankCells'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.shares',
      area: 'budget',
      kind: 'calculation',
      title: {
        zh: '占总投资的比重',
        en: 'Shares: of a region in the province, of a category in its table, of a source in a region',
      },
      summary:
        'Shares over the stated totals, as exact ratios (50 significant digits) and percentages rounded half up to 2 ' +
        'decimals by default; a blank cell has no share.',
      citations: [
        cite({ chapter: 11, section: 2, quote: '占总投资的 60%' }),
        cite({ chapter: 11, section: 2, quote: '占全部精准扶贫项目投资的 77.36%' }),
      ],
      interpretations: ['budget.blankCells', 'budget.textVersusTable'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.chartRows',
      area: 'budget',
      kind: 'table',
      title: { zh: '资金的区域分布', en: 'The tables as chart-ready rows (table, region, category, amount)' },
      summary:
        'The three tables in long format for charts and CSV: parts only by default, blank cells left out.',
      citations: [TABLE_3_1.citation, TABLE_3_2.citation],
      interpretations: ['budget.blankCells'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'budget.audit',
      area: 'budget',
      kind: 'check',
      title: {
        zh: '资金项目安排的核算',
        en: 'Audit of chapter 11’s arithmetic: rows, columns, tables against each other, text against tables',
      },
      summary:
        'Checks every relation the plan implies and returns the findings as data: 10 regions’ 表3-1 + 表3-2 differ from ' +
        'their 表2 total (延边州 by 0.03), the text’s 35.23 and 115.68 differ from the tables’ 36.23 and 115.78, and ' +
        '65.99% is 65.98% by the tables.',
      citations: [
        TABLE_2.citation,
        TABLE_3_1.citation,
        TABLE_3_2.citation,
        cite({ chapter: 11, section: 2, quote: '兜底保障项目投资 35.23 亿元' }),
      ],
      interpretations: ['budget.roundingTolerance', 'budget.textVersusTable', 'budget.blankCells'],
    }))(),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const BUDGET_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([]);
