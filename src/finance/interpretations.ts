import { defineInterpretation } from '../core/registry.js';
import { FINANCE_CITATIONS as C } from './citations.js';

/** 3年内: does a term of exactly three years (36 months) qualify? */
export const MICROCREDIT_TERM = defineInterpretation({
  id: 'finance.microcreditTerm',
  area: 'finance',
  question:
    '“5万元以下3年内免担保免抵押”: does a loan whose term is exactly 3 years (36 months) fall within 3年内?',
  chosen: {
    id: 'inclusive',
    description:
      'Yes: 3年内 includes 3 years; a term of 36 months or less qualifies, 37 months does not (内/以内 include the number).',
  },
  alternatives: [
    {
      id: 'exclusive',
      description: 'No: 3年内 means less than 3 years; only a term of 35 months or less qualifies.',
    },
  ],
  rationale:
    'By the convention the Civil Code states for legal texts, 以内 includes the number it names; 内 is its short form, ' +
    'and 以下 in the same clause includes 5万元. The national guideline on poverty-alleviation microcredit (2014) ' +
    'writes the same limit as 3年期以内 (terms of up to three years).',
  citations: [C.microcreditTerms],
  authority: '《中华人民共和国民法典》第一千二百五十九条',
});

/** 每年增加1亿元 … 5年共计15亿元: what each year's extra is. */
export const FUND_INCREASE = defineInterpretation({
  id: 'finance.fundIncrease',
  area: 'finance',
  question:
    '“从2016年起连续5年每年增加1亿元（5年共计15亿元）”: is each year’s fund 1 亿元 above the year before (the increases ' +
    'stack), or 1 亿元 above the 2015 level every year?',
  chosen: {
    id: 'stacking',
    description:
      'The increases stack: year n of the five has n 亿元 more than 2015 (1, 2, 3, 4, 5), and the extras add up to ' +
      '1 + 2 + 3 + 4 + 5 = 15 亿元, the total the plan states.',
  },
  alternatives: [
    {
      id: 'flat',
      description:
        'Every year has 1 亿元 more than 2015; the extras add up to 5 × 1 = 5 亿元, which contradicts the stated 15 亿元 ' +
        '(the schedule check then fails).',
    },
  ],
  rationale:
    'A 增长机制 (growth mechanism) raises the level each year, and only the stacking reading gives the stated total of ' +
    '15 亿元; under the flat reading the parenthesis would be wrong by 10 亿元.',
  citations: [C.fundGrowth, C.fundMechanism],
});

/** 所有安置区（点）: the sites over which 10.9 亿元 is spread. */
export const FACILITIES_SITES = defineInterpretation({
  id: 'finance.facilitiesSites',
  area: 'finance',
  question:
    '10.9 亿元 pays for the facilities of “所有安置区（点）” (all sites and points). Over how many sites may a per-site ' +
    'figure be taken?',
  chosen: {
    id: 'concentratedSites',
    description:
      'Over the 252 concentrated sites the plan counts: 10.9 亿元 / 252. The scattered points (点) are not counted, so ' +
      'the figure is an upper bound of the amount per site.',
  },
  alternatives: [
    { id: 'notDerived', description: 'No per-site figure: the plan does not count the points (点).' },
  ],
  rationale:
    'The plan counts only the 252 concentrated sites; most resettlement is concentrated (more than 70%), and the ' +
    'facilities of a concentrated site are what 配套建设 mostly means, so dividing by 252 gives a useful upper bound.',
  citations: [C.relocationFacilities, C.relocationHousing],
});

/** 其他在职省级领导分别包保 15 个贫困县: together or each? */
export const LEADER_COVERAGE = defineInterpretation({
  id: 'finance.leaderCoverage',
  area: 'finance',
  question:
    '“其他在职省级领导分别包保 15 个贫困县（市、区）”: do the other provincial leaders together cover the 15 poor ' +
    'counties (one county each, severally), or does each leader cover 15 counties?',
  chosen: {
    id: 'together',
    description:
      'Together: 分别 (severally) assigns each leader his own county among the 15, which are the 15 poor counties the plan ' +
      'covers; each leader then picks one village in it and contacts 5 households.',
  },
  alternatives: [{ id: 'each', description: 'Each of the other leaders covers all 15 counties.' }],
  rationale:
    '分别 distributes the 15 among the leaders; the next sentence gives each leader one village “在所包保…县” (in the ' +
    'county he covers), which fits one county a leader, and the plan counts 15 片区县 (poor counties) in all.',
  citations: [C.leaderCounties, C.leaderVillageAndHouseholds],
});

/** Every interpretation of the finance area. */
export const FINANCE_INTERPRETATION_LIST = /* @__PURE__ */ Object.freeze([
  MICROCREDIT_TERM,
  FUND_INCREASE,
  FACILITIES_SITES,
  LEADER_COVERAGE,
]);
