import { cite } from './citation.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from './registry.js';

/** Conventions every area applies. */
export const CORE_INTERPRETATIONS: readonly Interpretation[] = Object.freeze([
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
]);

/** Rules of the core: units the plan writes amounts in. */
export const CORE_RULES: readonly Rule[] = Object.freeze([
  defineRule({
    id: 'core.yiYuanUnit',
    area: 'core',
    kind: 'parameter',
    title: { zh: '亿元', en: '100 million yuan (亿元)' },
    summary: 'The budget tables state amounts in 亿元; 1 亿元 = 100,000,000 yuan, converted exactly.',
    citations: [cite({ chapter: 11, section: 1, table: '2', quote: '(单位：亿元)' })],
  }),
]);
