import { cite, type Citation } from '../core/citation.js';

/**
 * The clauses of chapters 4, 9, 10 and 12 this area encodes, each quoted verbatim and short (≤160 characters;
 * white space may differ from the source).
 */
export const FINANCE_CITATIONS = /* @__PURE__ */ Object.freeze({
  /** 第十二章第二节 二、金融政策: poverty-alleviation microcredit. */
  microcredit: cite({
    chapter: 12,
    section: 2,
    quote: '开展扶贫特惠金融，针对贫困户实施小额信贷扶贫，5万元以下3年内免担保免抵押',
  }),
  /** The limit clause alone. */
  microcreditTerms: cite({ chapter: 12, section: 2, quote: '5万元以下3年内免担保免抵押' }),
  /** Who may borrow: poor households (贫困户). */
  microcreditBorrower: cite({ chapter: 12, section: 2, quote: '针对贫困户实施小额信贷扶贫' }),
  /** 第十二章第二节 一、财政政策: the provincial special fund's growth mechanism. */
  fundGrowth: cite({
    chapter: 12,
    section: 2,
    quote: '省级财政专项扶贫资金从2016年起连续5年每年增加1亿元（5年共计15亿元）',
  }),
  fundTotal: cite({ chapter: 12, section: 2, quote: '5年共计15亿元' }),
  fundUses: cite({
    chapter: 12,
    section: 2,
    quote: '主要用于贫困户危房改造、易地扶贫搬迁、包保重点示范村、边境县市和革命老区脱贫攻坚',
  }),
  fundMechanism: cite({ chapter: 12, section: 2, quote: '建立省财政专项扶贫资金投入增长机制' }),
  /** The waiver of county matching funds. */
  matchingWaiver: cite({
    chapter: 12,
    section: 2,
    quote: '落实贫困地区公益性建设项目取消县配套资金政策',
  }),
  /** 第十二章第二节 三、土地政策. */
  landQuota: cite({
    chapter: 12,
    section: 2,
    quote: '对国家扶贫开发工作重点县，每年每县专项安排600亩新增建设用地指标',
  }),
  landPriority: cite({ chapter: 12, section: 2, quote: '新增建设用地计划指标优先保障扶贫开发用地需要' }),
  landTransfer: cite({
    chapter: 12,
    section: 2,
    quote: '允许国家扶贫开发工作重点县将增减挂钩结余指标在省域范围内进行有偿流转',
  }),
  /** 第四章第二节: the relocation programme's amounts. */
  relocationHousing: cite({
    chapter: 4,
    section: 2,
    quote: '计划安排1.28亿元完成通榆、和龙、临江、安图、抚松等地252个集中安置区、66万平方米房屋建设',
  }),
  relocationFacilities: cite({
    chapter: 4,
    section: 2,
    quote: '计划投资 10.9 亿元，完成所有安置区（点）配套基础设施和公共服务设施建设',
  }),
  /** 第十章第三节 三、提升饮水安全水平. */
  water: cite({
    chapter: 10,
    section: 3,
    quote: '计划投资 3.99 亿元，重点推进 13 个县（市）的 346 个建档立卡贫困村自来水工程建设',
  }),
  /** 第十一章第二节: the category figures the issue names. */
  industry: cite({ chapter: 11, section: 2, quote: '含产业脱贫项目投资 408.85 亿元' }),
  relocationCategory: cite({ chapter: 11, section: 2, quote: '易地搬迁脱贫项目投资 41.83 亿元' }),
  health: cite({ chapter: 11, section: 2, quote: '医疗健康脱贫项目投资 38.59 亿元' }),
  infrastructure: cite({ chapter: 11, section: 2, quote: '含基础设施建设项目投资 254.42 亿元' }),
  ruralLiving: cite({ chapter: 11, section: 2, quote: '农村生产生活改善项目投资 115.68 亿元' }),
  oneMatterOneDiscussion: cite({ chapter: 11, section: 2, quote: '含一事一议帮扶项目投资 4.84 亿元' }),
  /** 第九章第一节: the pairings. */
  eastWestCounts: cite({ chapter: 9, section: 1, quote: '推动宁波市5县（市、区）与延边州4县（市）精准对接' }),
  intraProvincial: cite({
    chapter: 9,
    section: 1,
    quote: '由长春市帮扶白城市、吉林市帮扶白山市，帮扶重点是国家扶贫开发工作重点县',
  }),
  box7: cite({ chapter: 9, section: 1, box: 7, quote: '东西部扶贫协作“携手奔小康”行动结对名单' }),
  box8: cite({ chapter: 9, section: 1, box: 8, quote: '长春市与白城市扶贫协作结对名单' }),
  box9: cite({ chapter: 9, section: 1, box: 9, quote: '吉林市与白山市扶贫协作对接名单' }),
  /** 第九章第二节: fixed-point assistance. */
  leaderCounties: cite({
    chapter: 9,
    section: 2,
    quote: '其他在职省级领导分别包保 15 个贫困县（市、区）',
  }),
  leaderVillageAndHouseholds: cite({
    chapter: 9,
    section: 2,
    quote: '确定一个村作为脱贫包保村，并直接联系 5 个贫困户',
  }),
  standingCommittee: cite({
    chapter: 9,
    section: 2,
    quote: '省委常委和省人大常委会、省政协党组书记负责包保各市（州）、长白山保护开发区和梅河口市、公主岭市',
  }),
  departmentVillages: cite({
    chapter: 9,
    section: 2,
    quote:
      '每个部门（单位）包保 1—2 个建档立卡贫困村，承担脱贫攻坚任务最重的县（市、区）的 194 个建档立卡贫困村',
  }),
  fixedTerm: cite({ chapter: 9, section: 2, quote: '定点帮扶时限保持5年不变' }),
  pairingUntil2020: cite({
    chapter: 9,
    section: 2,
    quote: '对提前完成脱贫攻坚任务的扶贫点，要继续帮扶，结对关系保持到2020年',
  }),
  everyVillage: cite({
    chapter: 9,
    section: 2,
    quote: '保证每个建档立卡贫困村都有一个党政机关或企事业单位定点帮扶',
  }),
} satisfies Record<string, Citation>);
