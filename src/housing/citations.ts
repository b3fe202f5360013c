import { cite } from '../core/citation.js';

/**
 * The passages of the plan the housing area rests on, each a short verbatim quote (white space aside).
 * Shared by the rule registry, the interpretations, the programme data and the results the functions return.
 */
export const HOUSING_CITATIONS = /* @__PURE__ */ Object.freeze({
  /** 第四章 (intro): the principles, relocation is voluntary. */
  principles: cite({ chapter: 4, quote: '政府主导、农户自愿' }),
  /** 第四章 (intro): relocation finished by 2018. */
  relocationBy2018: cite({ chapter: 4, quote: '到 2018 年，完成全省易地搬迁脱贫工作' }),

  /** 第四章第一节: candidates are identified from the registration system. */
  candidacyBasis: cite({
    chapter: 4,
    section: 1,
    quote: '以建档立卡信息系统识别认定结果为依据，合理确定搬迁对象',
  }),
  /** 第四章第一节: condition 1, poor living or fragile ecological conditions. */
  conditionPoorEnvironment: cite({
    chapter: 4,
    section: 1,
    quote: '居住在生存环境差、生态环境脆弱、不具备基本生产生活条件',
  }),
  /** 第四章第一节: condition 2, far from towns and trunk roads. */
  conditionRemote: cite({
    chapter: 4,
    section: 1,
    quote: '距城镇和交通干道较远、基础设施和公共服务设施难以延伸',
  }),
  /** 第四章第一节: condition 3, small villages with high poverty incidence and high cost. */
  conditionSmallPoorVillage: cite({
    chapter: 4,
    section: 1,
    quote: '村屯人口规模较小、贫困发生率较高、扶贫成本大',
  }),
  /** 第四章第一节: condition 4, frequent natural disasters; and who: registered poor people. */
  conditionDisasters: cite({
    chapter: 4,
    section: 1,
    quote: '自然灾害多发等“一方水土养不起一方人”地方的建档立卡贫困人口',
  }),

  /** 第四章第二节: concentrated resettlement is the main mode. */
  concentratedMain: cite({ chapter: 4, section: 2, quote: '以集中安置为主' }),
  /** 第四章第二节: more than 70% of people in concentrated resettlement. */
  concentratedOver70: cite({ chapter: 4, section: 2, quote: '集中安置人口超过70%' }),
  /** 第四章第二节: the 25 m² per person cap. */
  areaCap: cite({
    chapter: 4,
    section: 2,
    quote: '严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准',
  }),
  /** 第四章第二节: no borrowing on their own to build larger before stable exit. */
  noBorrowing: cite({
    chapter: 4,
    section: 2,
    quote: '在稳定脱贫前，建档立卡搬迁户不得自行举债扩大安置住房建设面积',
  }),
  /** 第四章第二节: subsidy standards are set locally and may differ. */
  localSubsidyStandards: cite({ chapter: 4, section: 2, quote: '鼓励地方因地制宜采取差异化补助标准' }),
  /** 第四章第二节: subsidies are counted on registered relocating people. */
  subsidyByHeadcount: cite({
    chapter: 4,
    section: 2,
    quote: '以建档立卡搬迁户人口数量为依据进行核算和补助',
  }),
  /** 第四章第二节: no widening or narrowing of who counts. */
  subsidyNoWideningOrNarrowing: cite({ chapter: 4, section: 2, quote: '不得变相扩大或缩小补助范围' }),
  /** 第四章第二节: 1.28 亿元, 252 concentrated sites, 660,000 m². */
  housingProgramme: cite({
    chapter: 4,
    section: 2,
    quote: '计划安排1.28亿元完成通榆、和龙、临江、安图、抚松等地252个集中安置区、66万平方米房屋建设',
  }),
  /** 第四章第二节: 10.9 亿元 for the sites' infrastructure and public services. */
  siteInfrastructure: cite({
    chapter: 4,
    section: 2,
    quote: '计划投资 10.9 亿元，完成所有安置区（点）配套基础设施和公共服务设施建设',
  }),

  /** 第一章第三节 表1: 12,233 registered poor people to relocate, all by 2018. */
  table1Relocation: cite({
    chapter: 1,
    section: 3,
    table: '1',
    quote: '实施易地扶贫搬迁贫困人口 (人) 12233 全部解决',
  }),
  /** 第一章第三节 表1: the columns of the table (2015 base year first). */
  table1Columns: cite({
    chapter: 1,
    section: 3,
    table: '1',
    quote: '指 标 2015 年 (基数) 2017 年 2018 年 2019 年 2020 年',
  }),
  /** 第一章第三节 表1: 100% of registered households' dangerous houses renovated in 2017. */
  table1DangerousHouses: cite({
    chapter: 1,
    section: 3,
    table: '1',
    quote: '建档立卡贫困户存量危房改造率(%) — 100',
  }),
  /** 第十章第三节 (四、继续实施危房改造): existing dangerous houses renovated by end-2017. */
  dangerousHousesBy2017: cite({
    chapter: 10,
    section: 3,
    quote: '确保 2017 年底前完成全省建档立卡贫困户存量危房改造任务',
  }),
  /** 第十章第三节: the housing standard of poor households is strictly controlled. */
  dangerousHousesStandard: cite({ chapter: 10, section: 3, quote: '严格控制贫困户建房标准' }),

  /** 第十一章第二节: the relocation projects' total investment. */
  relocationInvestment: cite({ chapter: 11, section: 2, quote: '易地搬迁脱贫项目投资 41.83 亿元' }),
});
