import type { Param } from './param.js';
import { cite } from './citation.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from './registry.js';

/** Conventions every area applies. */
export const CORE_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'core.boundaryInclusion',
    area: 'core',
    question: 'Does a limit written 以上, 以下, 以内, 超过, 低于 or 不满 include the number it names?',
    chosen: {
      id: 'civilCodeArt1259',
      description:
        '以上, 以下, 以内 include the number; 不满, 超过, 以外 exclude it. 低于 and 高于 are strict too; 不超过, ' +
        '不低于 and 不少于, as negations of strict words, include it. So "不超过25平方米" allows 25 m², ' +
        '"降至2%以下" is met at 2%, "低于…200%" is not met at 200%.',
    },
    alternatives: [],
    rationale:
      'Article 1259 of the Civil Code fixes this meaning for legal texts; the plan gives no other. ' +
      'Every comparison in the package goes through meetsBound with the plan’s own word.',
    authority: '《中华人民共和国民法典》第一千二百五十九条',
    citations: [
      cite({ chapter: 4, section: 2, quote: '人均住房建设面积不超过25平方米' }),
      cite({ chapter: 1, section: 3, quote: '县贫困发生率降至 2% 以下' }),
      cite({ chapter: 8, section: 1, quote: '家庭人均可支配收入低于当地低保标准 200%' }),
    ],
  }),
  defineInterpretation({
    id: 'core.moneyRounding',
    area: 'core',
    question: 'The plan states amounts but no rounding: how are computed amounts of yuan rounded?',
    chosen: {
      id: 'halfUpToFen',
      description:
        'Every computed amount is rounded once, half up (四舍五入), to the fen, at the step that pays it; ' +
        'sums are of rounded parts, and a split of a whole uses the largest-remainder method so parts add up exactly.',
    },
    alternatives: [
      { id: 'halfEvenToFen', description: 'Round half to even (banker’s rounding) to the fen.' },
      { id: 'downToFen', description: 'Truncate to the fen (never pay a fraction of a fen more).' },
    ],
    rationale:
      'Half up to the fen is the common convention of Chinese finance and social-assistance payments; ' +
      'rounding once per step keeps each step auditable.',
    authority: 'Library convention (the plan is silent); 四舍五入 to the fen as in Chinese payment practice.',
    citations: [cite({ chapter: 11, section: 1, table: '2', quote: '(单位：亿元)' })],
  }),
  defineInterpretation({
    id: 'core.planEffectiveDate',
    area: 'core',
    question:
      'From which day do the plan’s figures apply, and what applies before it? The plan covers “十三五” (2016–2020) ' +
      'but gives no day on which each measure takes effect.',
    chosen: {
      id: 'periodStart',
      description:
        'The plan’s figures apply from 2016-01-01, the first day of its period; before that day a parameter takes ' +
        'the baseline value the plan states (the 1 万元 critical-illness deductible, no uplift, no waiver). After ' +
        '2020 the plan’s figures stay in force: the plan names nothing that replaces them.',
    },
    alternatives: [
      {
        id: 'callerChoosesRegime',
        description:
          'Ignore the date and apply the regime a caller names (options.regime: "plan" or "baseline"), e.g. to ' +
          'compare the two for the same case.',
      },
    ],
    rationale:
      'The plan is the province’s plan for the 13th Five-Year period; its measures are written for that period. ' +
      'A caller who knows a county’s own start date can choose the regime explicitly.',
    citations: [cite({ chapter: 0, quote: '“十三五”时期是打赢脱贫攻坚战的决胜期' })],
  }),
  defineInterpretation({
    id: 'core.monthPeriod',
    area: 'core',
    question:
      'How is a period of months counted from a day bounded (“继续享受 18 个月”): is the start day counted, and ' +
      'where does the period end when the last month has no corresponding day?',
    chosen: {
      id: 'civilCode',
      description:
        'The start day is not counted; the period ends on the corresponding day of the last month, or on that ' +
        'month’s last day where it has none: from 2019-03-31, 18 months end on 2020-09-30.',
    },
    alternatives: [
      {
        id: 'startDayCounted',
        description:
          'The start day is the first day; the period ends the day before the corresponding day: from 2019-03-31, ' +
          '18 months end on 2020-09-29 (the library’s convention before 0.2).',
      },
    ],
    rationale:
      'Articles 201–203 of the Civil Code fix how periods of months are counted; the plan gives no other rule.',
    authority: '《中华人民共和国民法典》第二百零一条至第二百零三条',
    citations: [
      cite({
        chapter: 8,
        section: 1,
        quote: '给予农村低保家庭继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇（补助金逐季递减）',
      }),
    ],
  }),
]);

// Each definition is built in a pure-annotated function: a bundle that never reads CORE_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** Rules of the core: units the plan writes amounts in. */
export const CORE_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'core.yiYuanUnit',
      area: 'core',
      kind: 'parameter',
      title: { zh: '亿元', en: '100 million yuan (亿元)' },
      summary: 'The budget tables state amounts in 亿元; 1 亿元 = 100,000,000 yuan, converted exactly.',
      citations: [cite({ chapter: 11, section: 1, table: '2', quote: '(单位：亿元)' })],
    }))(),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const CORE_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([]);
