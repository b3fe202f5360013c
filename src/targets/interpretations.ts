import { cite } from '../core/citation.js';
import { defineInterpretation } from '../core/registry.js';
import { EXIT_CITATIONS } from './citations.js';
import { TABLE_1_HEADER } from './table1.js';

/** 表1: which year a row's single target cell is for. */
export const TABLE1_COLUMNS = defineInterpretation({
  id: 'targets.table1Columns',
  area: 'targets',
  question:
    'Several rows of 表1 have one target cell only (82, 100, 全部解决, 99, 基本解决, ≥5, 年均增速高于全国平均水平), printed ' +
    'under one year’s column though the cell may span the years. Which year is each for?',
  chosen: {
    id: 'asPrinted',
    description:
      'The year of the column the cell is printed in: 82% and 100% in 2017, 全部解决 in 2018, 99%, 基本解决, ≥5 and the ' +
      'income-growth comparison in 2019.',
  },
  alternatives: [
    { id: 'planEnd', description: 'A row’s only target cell spans the period and is due at its end, 2020.' },
  ],
  rationale:
    'The text confirms the printed columns where it dates the same target: relocation “到 2018 年” (全部解决 in 2018), ' +
    'dilapidated houses “确保 2017 年底前” (100 in 2017), and the drive to finish “到 2019 年末” (the 2019 cells). ' +
    'The alternative is offered for a reader who takes a lone cell as a merged one.',
  citations: [
    TABLE_1_HEADER,
    cite({ chapter: 4, quote: '到 2018 年，完成全省易地搬迁脱贫工作' }),
    cite({ chapter: 10, section: 3, quote: '确保 2017 年底前完成全省建档立卡贫困户存量危房改造任务' }),
  ],
});

/** A bare number (no limit word): a floor, or exactly that number? */
export const BARE_FIGURE_DIRECTION = defineInterpretation({
  id: 'targets.bareFigureDirection',
  area: 'targets',
  question:
    '表1’s cells and some targets of the text (推进 359 个…, 1 所县级职教中心) give a number without a limit word. Is an ' +
    'observation above it met?',
  chosen: {
    id: 'atLeast',
    description:
      'A bare number is a floor, read as 以上 (inclusive): 663 villages exiting in 2017 is met by 663 or more.',
  },
  alternatives: [{ id: 'exact', description: 'A bare number is met only by exactly that number.' }],
  rationale:
    'Every bare target counts something to achieve (people and villages exiting, rates, sites, km); the plan asks for more ' +
    'of each, never less, and says “以上” where it writes a word (1000 个以上, 95% 以上).',
  citations: [TABLE_1_HEADER, cite({ chapter: 2, box: 1, quote: '推进 359 个国家乡村旅游扶贫重点村建设' })],
});

/** 左右: how close is close enough? */
export const APPROXIMATE_FIGURES = defineInterpretation({
  id: 'targets.approximateFigures',
  area: 'targets',
  question:
    'A figure with 左右 (“30 名左右”, “90% 左右”) gives no tolerance. Can an observation be assessed against it?',
  chosen: {
    id: 'notAssessable',
    description: 'No: the plan fixes no band around the number, so the assessment is “not assessable”.',
  },
  alternatives: [{ id: 'asFloor', description: 'Read the number as a floor (以上, inclusive).' }],
  rationale:
    'Any band would be a number the plan does not give; the floor is offered for a caller who wants a test.',
  citations: [
    cite({ chapter: 6, section: 1, quote: '每年选派 30 名左右的优秀教师到贫困地区中小学、幼儿园开展支教' }),
    cite({ chapter: 7, section: 1, quote: '到 2020 年，县域内就诊率提高到 90% 左右' }),
  ],
});

/** "到 2019 年": by which day? */
export const DEADLINE_DAY = defineInterpretation({
  id: 'targets.deadlineDay',
  area: 'targets',
  question: 'A target “到 2019 年” (or a column of 表1) names a year. On which day is it due?',
  chosen: { id: 'yearEnd', description: 'On 31 December of that year (“到 2017 年底” says so outright).' },
  alternatives: [],
  rationale: 'The plan writes “到 2017 年底”, “2019 年末” where it is explicit; a year is a whole year.',
  citations: [
    cite({ chapter: 1, section: 3, quote: '力争到 2019 年末基本完成全省脱贫攻坚任务' }),
    cite({ chapter: 10, section: 3, quote: '到 2017 年底，力争全部解决贫困人口安全饮水问题' }),
  ],
});

/** A target without a year. */
export const UNDATED_DEADLINE = defineInterpretation({
  id: 'targets.undatedDeadline',
  area: 'targets',
  question:
    'Some targets name no year (推进 359 个…, 集中安置人口超过70%, 规划期内…1.28亿元). When are they due?',
  chosen: { id: 'planEnd', description: 'At the end of the plan’s period, 31 December 2020 (规划期内).' },
  alternatives: [],
  rationale:
    'The plan is the 13th five-year plan; a target it states without a year is a target of the period.',
  citations: [
    cite({
      chapter: 4,
      section: 2,
      quote:
        '规划期内，计划安排1.28亿元完成通榆、和龙、临江、安图、抚松等地252个集中安置区、66万平方米房屋建设',
    }),
  ],
});

/** 摘帽不摘政策: for how long? */
export const POLICY_RETENTION_PERIOD = defineInterpretation({
  id: 'targets.policyRetentionPeriod',
  area: 'targets',
  question:
    '“摘帽不摘政策”: exited people, villages and counties keep their policies “在一定期限内”. The plan fixes no period. How long?',
  chosen: {
    id: 'localPeriod',
    description:
      'A period of months the caller supplies (a local figure), counted from the exit date per the Civil Code.',
  },
  alternatives: [
    { id: 'untilPlanEnd', description: 'Until the end of the plan’s period, 31 December 2020.' },
  ],
  rationale: 'The plan leaves the period open; inventing one would be a figure it does not give.',
  citations: [EXIT_CITATIONS.retention],
});

/** The denominator of poverty incidence. */
export const INCIDENCE_DENOMINATOR = defineInterpretation({
  id: 'targets.incidenceDenominator',
  area: 'targets',
  question: 'The plan does not define 贫困发生率. What is divided by what?',
  chosen: {
    id: 'registeredPoorOverRuralPopulation',
    description:
      'The registered poor people of the village or county divided by its rural population, both counts the caller supplies; ' +
      'compared with the threshold exactly (no rounding).',
  },
  alternatives: [],
  rationale:
    'The plan speaks of the registered poor throughout (建档立卡) and of the rural poor (农村贫困人口); incidence is the ' +
    'usual share of the rural population. Which population register counts is the caller’s, not the plan’s.',
  citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.county],
});

/** 稳定超过: how is "stably" shown? */
export const STABLE_INCOME = defineInterpretation({
  id: 'targets.stableIncome',
  area: 'targets',
  question: '“家庭年人均可支配收入稳定超过国家扶贫标准”: the plan does not say how stability is shown.',
  chosen: {
    id: 'callerAttests',
    description:
      'The income test compares the household’s per-capita income with the national line (超过: strictly above); that it ' +
      'is stable is a checklist item the caller answers.',
  },
  alternatives: [],
  rationale:
    'No figure or period of the plan measures stability; the appraisal (民主评议, 逐一核实) decides it.',
  citations: [EXIT_CITATIONS.householdIncome],
});
