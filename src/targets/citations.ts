import { cite, type Citation } from '../core/citation.js';

/** The clauses on exit (chapter 1 section 3; chapter 12 section 1) this area encodes, quoted verbatim. */
export const EXIT_CITATIONS = /* @__PURE__ */ Object.freeze({
  householdIncome: cite({
    chapter: 1,
    section: 3,
    quote: '家庭年人均可支配收入稳定超过国家扶贫标准，实现“两不愁、三保障”',
  }),
  householdChannels: cite({ chapter: 1, section: 3, quote: '贫困户有稳定增收渠道和收入来源' }),
  twoAssurances: cite({
    chapter: 1,
    section: 3,
    quote: '稳定实现现行标准下农村贫困人口不愁吃、不愁穿，义务教育、基本医疗和住房安全有保障',
  }),
  village: cite({ chapter: 1, section: 3, quote: '村贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
  villageConditions: cite({
    chapter: 1,
    section: 3,
    quote:
      '村内基础设施、基本公共服务设施和人居环境明显改善，基本农田和农田水利等设施水平明显提高，特色产业基本形成，集体经济有一定规模，自治管理能力不断增强',
  }),
  county: cite({ chapter: 1, section: 3, quote: '县贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
  countyConditions: cite({
    chapter: 1,
    section: 3,
    quote:
      '县域内基础设施明显改善，基本公共服务能力和水平进一步提升，全面解决出行难、就医难等问题，社会保障实现全覆盖，县域经济不断壮大，生态环境有效改善，可持续发展能力不断增强',
  }),
  standards: cite({ chapter: 12, section: 1, quote: '制定出台我省贫困对象退出标准和程序' }),
  countyProcedure: cite({
    chapter: 12,
    section: 1,
    quote:
      '贫困县退出，在自评的基础上提出申请，经市（州）脱贫攻坚领导小组初审后，报省扶贫开发领导小组审定，确定退出名单后向社会公示征求意见，公示无异议的，由省政府批准退出',
  }),
  keyCountyProcedure: cite({
    chapter: 12,
    section: 1,
    quote:
      '其中国家扶贫开发工作重点县退出，需经省扶贫开发领导小组审定公示，报国务院扶贫开发领导小组评估、检查合格后，由省政府批准退出',
  }),
  villageProcedure: cite({
    chapter: 12,
    section: 1,
    quote:
      '建档立卡贫困村退出，要在自查基础上提出申请，由乡镇政府初审，在所在乡镇公示，公示无异议后，报县（市）扶贫开发领导小组核准并公告退出，同时报市（州）扶贫开发领导小组备案',
  }),
  householdProcedure: cite({
    chapter: 12,
    section: 1,
    quote: '建档立卡贫困人口退出，严格按“拟选对象、民主评议、公示公告”程序办理',
  }),
  householdSteps: cite({
    chapter: 12,
    section: 1,
    quote:
      '由村“两委”组织民主评议后提出拟选对象，经逐一核实，拟退出对象认可，公示无异议后，报乡镇政府核准，公告退出，并在建档立卡贫困人口中销号',
  }),
  openProcess: cite({ chapter: 12, section: 1, quote: '整个退出过程要做到公开、有序，接受社会的监督' }),
  retention: cite({
    chapter: 12,
    section: 1,
    quote: '贫困人口、贫困村和贫困县退出后实行“摘帽不摘政策”，在一定期限内继续享受相关政策',
  }),
  planEnd: cite({
    chapter: 1,
    section: 3,
    quote: '到 2020 年，稳定实现现行标准下农村贫困人口不愁吃、不愁穿',
  }),
} satisfies Record<string, Citation>);
