import type { Decimal } from 'decimal.js';
import { cite, type Citation } from '../core/citation.js';
import { frozenDecimal, type BudgetColumnName, type BudgetTableId } from './data.js';

/**
 * The figures chapter 11's prose states, kept exactly as written. Where the prose and a table disagree, the
 * library's data keeps the table's figure (see `budget.textVersusTable`); these are what the audit compares.
 */

/** One amount the text states, in 亿元. */
export interface TextAmount {
  /** Stable id, `text.xxx`. */
  readonly id: string;
  /** What the text calls it (its own words, which may differ from the table header). */
  readonly labelZh: string;
  /** The figure as written. */
  readonly yi: Decimal;
  /** The table cell it corresponds to (in the 合计 row), or undefined where no table has it. */
  readonly table?: BudgetTableId;
  readonly column?: BudgetColumnName;
  /** The 1-based line of the text edition. */
  readonly line: number;
  readonly citation: Citation;
}

/** One percentage the text states. */
export interface TextShare {
  readonly id: string;
  /** The percentage as written, in percent (`77.36`), and its number of decimals. */
  readonly percent: Decimal;
  readonly decimals: number;
  /** Numerator terms and the denominator, as table cells of the 合计 row. */
  readonly numerator: readonly { readonly table: BudgetTableId; readonly column: BudgetColumnName }[];
  readonly denominator: { readonly table: BudgetTableId; readonly column: BudgetColumnName };
  readonly line: number;
  readonly citation: Citation;
}

function amount(
  id: string,
  labelZh: string,
  figure: string,
  where: { table: BudgetTableId; column: BudgetColumnName } | undefined,
  line: number,
  section: number,
  quote: string,
): TextAmount {
  return Object.freeze({
    id,
    labelZh,
    yi: frozenDecimal(figure),
    ...(where === undefined ? {} : { table: where.table, column: where.column }),
    line,
    citation: cite({ chapter: 11, section, quote }),
  });
}

/** Every amount chapter 11's prose states, in the order it states them. */
export const TEXT_AMOUNTS: readonly TextAmount[] = /* @__PURE__ */ Object.freeze([
  amount(
    'text.totalNeedSection1',
    '总规划资金规模需求',
    '963.97',
    { table: '2', column: '总投资' },
    615,
    1,
    '全省脱贫攻坚建设项目总规划资金规模需求为 963.97 亿元',
  ),
  amount(
    'text.totalNeedSection2',
    '总规划资金需求',
    '963.97',
    { table: '2', column: '总投资' },
    640,
    2,
    '吉林省脱贫攻坚建设项目总规划资金需求为 963.97 亿元',
  ),
  amount(
    'text.targetedProjects',
    '精准扶贫项目',
    '578.38',
    { table: '3-1', column: '精准扶贫项目' },
    640,
    2,
    '围绕实施精准扶贫项目投资 578.38 亿元',
  ),
  amount(
    'text.industry',
    '产业脱贫',
    '408.85',
    { table: '3-1', column: '产业脱贫' },
    640,
    2,
    '含产业脱贫项目投资 408.85 亿元',
  ),
  amount(
    'text.employmentTransfer',
    '转移就业脱贫',
    '6.7',
    { table: '3-1', column: '转移就业脱贫' },
    642,
    2,
    '转移就业脱贫项目投资 6.7 亿元',
  ),
  amount(
    'text.relocation',
    '易地搬迁脱贫',
    '41.83',
    { table: '3-1', column: '易地搬迁脱贫' },
    642,
    2,
    '易地搬迁脱贫项目投资 41.83 亿元',
  ),
  amount(
    'text.ecologicalProtection',
    '生态保护脱贫',
    '26.28',
    { table: '3-1', column: '生态保护脱贫' },
    642,
    2,
    '生态保护脱贫项目投资 26.28 亿元',
  ),
  amount(
    'text.education',
    '教育脱贫',
    '19.9',
    { table: '3-1', column: '教育脱贫' },
    642,
    2,
    '教育脱贫项目投资 19.9 亿元',
  ),
  amount(
    'text.healthAssistance',
    '医疗健康脱贫',
    '38.59',
    { table: '3-1', column: '健康救助脱贫' },
    642,
    2,
    '医疗健康脱贫项目投资 38.59 亿元',
  ),
  amount(
    'text.safetyNet',
    '兜底保障',
    '35.23',
    { table: '3-1', column: '兜底保障' },
    642,
    2,
    '兜底保障项目投资 35.23 亿元',
  ),
  amount(
    'text.caseByCase',
    '一事一议帮扶项目',
    '4.84',
    undefined,
    642,
    2,
    '含一事一议帮扶项目投资 4.84 亿元',
  ),
  amount(
    'text.regionalDevelopment',
    '提升贫困地区区域发展能力项目',
    '385.59',
    { table: '3-2', column: '提升贫困地区区域发展能力项目' },
    642,
    2,
    '围绕提升贫困地区区域发展能力项目投资 385.59 亿元',
  ),
  amount(
    'text.infrastructure',
    '基础设施建设',
    '254.42',
    { table: '3-2', column: '基础设施建设' },
    642,
    2,
    '含基础设施建设项目投资 254.42 亿元',
  ),
  amount(
    'text.ruralLivingConditions',
    '农村生产生活改善',
    '115.68',
    { table: '3-2', column: '农村生产生活改善' },
    642,
    2,
    '农村生产生活改善项目投资 115.68 亿元',
  ),
  amount(
    'text.pillarIndustries',
    '培育区域支柱或优势产业',
    '15.39',
    { table: '3-2', column: '培育区域支柱或优势产业' },
    642,
    2,
    '培育区域支柱或优势产业项目投资 15.39 亿元',
  ),
]);

function share(
  id: string,
  percent: string,
  numerator: TextShare['numerator'],
  denominator: TextShare['denominator'],
  line: number,
  quote: string,
): TextShare {
  // Stryker disable next-line StringLiteral: split('.')[1] is defined whenever the percent includes '.', so the ?? '' fallback is never taken
  const decimals = percent.includes('.') ? (percent.split('.')[1] ?? '').length : 0;
  return Object.freeze({
    id,
    percent: frozenDecimal(percent),
    decimals,
    numerator: Object.freeze(numerator.map((n) => Object.freeze({ ...n }))),
    denominator: Object.freeze({ ...denominator }),
    line,
    citation: cite({ chapter: 11, section: 2, quote }),
  });
}

/** Every percentage chapter 11's prose states. */
export const TEXT_SHARES: readonly TextShare[] = /* @__PURE__ */ Object.freeze([
  share(
    'text.targetedShare',
    '60',
    [{ table: '3-1', column: '精准扶贫项目' }],
    { table: '2', column: '总投资' },
    640,
    '578.38 亿元，占总投资的 60%',
  ),
  share(
    'text.regionalShare',
    '40',
    [{ table: '3-2', column: '提升贫困地区区域发展能力项目' }],
    { table: '2', column: '总投资' },
    642,
    '385.59 亿元，占总投资的 40%',
  ),
  share(
    'text.industryAndHealthShare',
    '77.36',
    [
      { table: '3-1', column: '产业脱贫' },
      { table: '3-1', column: '健康救助脱贫' },
    ],
    { table: '3-1', column: '精准扶贫项目' },
    644,
    '占全部精准扶贫项目投资的 77.36%',
  ),
  share(
    'text.infrastructureShare',
    '65.99',
    [{ table: '3-2', column: '基础设施建设' }],
    { table: '3-2', column: '提升贫困地区区域发展能力项目' },
    644,
    '占全部提升贫困地区区域发展能力投资的 65.99%',
  ),
]);

/** The text's figure by id. Throws a plain Error for an unknown id (a bug in this library). */
export function textAmount(id: string): TextAmount {
  const found = TEXT_AMOUNTS.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no text amount ${id}`);
  return found;
}
