import { cite, type Citation } from '../core/citation.js';

/**
 * The passages of the plan the Dibao area rests on, each a short verbatim quote. Shared by the rule
 * registry, the interpretations and the traces the functions return.
 */
export const DIBAO_CITATIONS = /* @__PURE__ */ Object.freeze({
  /** 第八章 (intro): who the safety net is for. */
  safetyNet: cite({ chapter: 8, quote: '对“无业可扶、无力脱贫”的贫困人口最终要靠政策兜底保障' }),
  /** 第八章 (intro): the two lines merge. */
  twoLinesMergeGoal: cite({ chapter: 8, quote: '实现农村低保标准与扶贫标准“两线合一”' }),
  /** 第八章第一节: eligible poor households are brought into Dibao. */
  coverage: cite({ chapter: 8, section: 1, quote: '将符合条件的贫困家庭全面纳入低保范围' }),
  /** 第八章第一节: the gap subsidy. */
  gapSubsidy: cite({ chapter: 8, section: 1, quote: '按照家庭人均收入低于当地低保标准的差额给予低保补助' }),
  /** 第八章第一节: local standards are adjusted over time. */
  dynamicStandard: cite({ chapter: 8, section: 1, quote: '动态调整农村低保标准' }),
  /** 第八章第一节: by 2018 every standard reaches the national poverty line. */
  mergeBy2018: cite({
    chapter: 8,
    section: 1,
    quote: '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准',
  }),
  /** 第八章第一节 专栏6: the year-by-year timetable. */
  box6: cite({ chapter: 8, section: 1, box: 6, quote: '分年度差异性提标时序表' }),
  /** 第八章第一节: whose income is exempt. */
  exemptionWho: cite({ chapter: 8, section: 1, quote: '对丧失劳动能力低保对象获得的扶贫项目保底收益' }),
  /** 第八章第一节: during the campaign period, not counted. */
  exemptionWhen: cite({ chapter: 8, section: 1, quote: '在脱贫攻坚期内，暂不计入家庭收入核算范围' }),
  /** 第八章第一节: who may exit gradually. */
  gradualExitWho: cite({ chapter: 8, section: 1, quote: '对享受扶贫政策后暂时脱贫且享受豁免政策后' }),
  /** 第八章第一节: the 200% income test. */
  gradualExitIncome: cite({
    chapter: 8,
    section: 1,
    quote: '家庭人均可支配收入低于当地低保标准 200% 的家庭',
  }),
  /** 第八章第一节: 18 or 24 months, decreasing each quarter. */
  gradualExitMonths: cite({
    chapter: 8,
    section: 1,
    quote: '给予农村低保家庭继续享受 18 个月、残疾人低保家庭继续享受 24 个月低保的待遇（补助金逐季递减）',
  }),
  /** 第八章第一节: the subsidy decreases quarter by quarter. */
  quarterlyDecrease: cite({ chapter: 8, section: 1, quote: '补助金逐季递减' }),
  /** 前言: the 13th Five-Year period is the campaign's decisive period (where the campaign period starts). */
  campaignPeriodStart: cite({ chapter: 0, quote: '“十三五”时期是打赢脱贫攻坚战的决胜期' }),
  /** 第八章第三节: the special cases. */
  caseByCaseWho: cite({
    chapter: 8,
    section: 3,
    quote: '对上述措施无法覆盖或因突发因素致贫的特殊个案所产生的贫困人口',
  }),
  /** 第八章第三节: the procedure. */
  caseByCaseSteps: cite({
    chapter: 8,
    section: 3,
    quote: '由村委会上报乡镇政府认定，经县级政府核准后，采取一事一议的办法帮助脱贫',
  }),
  /** 前言: the 2020 goal. */
  goal2020Preface: cite({ chapter: 0, quote: '确保到2020年现行标准下农村贫困人口实现脱贫' }),
  /** 第一章第三节: the 2020 targets. */
  goal2020Targets: cite({
    chapter: 1,
    section: 3,
    quote: '到 2020 年，稳定实现现行标准下农村贫困人口不愁吃、不愁穿',
  }),
  /** 第一章第三节: the task basically done by end-2019. */
  goal2019: cite({ chapter: 1, section: 3, quote: '力争到 2019 年末基本完成全省脱贫攻坚任务' }),
  /** 第二章第四节: asset-income for those unable to work (where guaranteed returns come from). */
  assetIncome: cite({
    chapter: 2,
    section: 4,
    quote: '让因病致贫返贫、因残致贫、低保对象等无劳动能力的贫困人口更多享受产业发展的成果',
  }),
} satisfies Record<string, Citation>);
