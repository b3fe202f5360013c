import type { Param } from '../core/param.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import {
  AREA_CAP_PARAM,
  CONCENTRATED_SHARE_PARAM,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
  PROGRAMME_PARAMS,
  RELOCATION_DEADLINE_PARAM,
} from './params.js';
import { PROGRAMME_VALUE_PARAMS } from './programmeValues.js';

/** Rule ids of the housing area. */
export const HOUSING_RULE_IDS = /* @__PURE__ */ Object.freeze({
  areaCap: 'housing.areaCap',
  noBorrowingToBuildLarger: 'housing.noBorrowingToBuildLarger',
  subsidyByRegisteredHeadcount: 'housing.subsidyByRegisteredHeadcount',
  concentratedShare: 'housing.concentratedShare',
  relocationCandidacy: 'housing.relocationCandidacy',
  programmeFigures: 'housing.programmeFigures',
  programmeAudit: 'housing.programmeAudit',
  relocationDeadline: 'housing.relocationDeadline',
  dangerousHouseDeadline: 'housing.dangerousHouseDeadline',
} as const);

/** The area's interpretations by short name (internal: the functions' specs name them). */
export const INTERPRETATION = /* @__PURE__ */ Object.freeze({
  areaCapBasis: defineInterpretation({
    id: 'housing.areaCapBasis',
    area: 'housing',
    question:
      '人均住房建设面积不超过25平方米: is the cap on the household’s total building area (25 m² times its ' +
      'people) or on each person’s space, and which members of the household count?',
    chosen: {
      id: 'registeredMembers',
      description:
        'A cap on the household’s total building area: 25 m² × the registered relocating members (建档立卡搬迁户 ' +
        'members). How the area is divided between members is not examined; members not registered add nothing.',
    },
    alternatives: [
      {
        id: 'allMembers',
        description:
          'A cap on the household’s total building area, 25 m² × every member who moves, registered or not.',
      },
    ],
    rationale:
      '人均 is a per-capita average, so the test is the total area divided by the people, i.e. total ≤ 25 m² × ' +
      'people; no clause allots space to each person. The standard is written for 建档立卡搬迁户, and the building ' +
      'subsidy next to it is counted on registered people with no widening or narrowing of who counts; counting ' +
      'others would widen the standard.',
    citations: [C.areaCap, C.subsidyByHeadcount, C.subsidyNoWideningOrNarrowing],
  }),
  borrowingScope: defineInterpretation({
    id: 'housing.borrowingScope',
    area: 'housing',
    question:
      '不得自行举债扩大安置住房建设面积: before stable exit, does the plan forbid only own borrowing that makes the ' +
      'house larger, or any own borrowing for the resettlement house?',
    chosen: {
      id: 'borrowingToEnlarge',
      description:
        'Before stable exit, a household may not take on debt on its own (自行举债) where the borrowed money goes to ' +
        'a larger resettlement house. Other borrowing is outside this clause. After stable exit the clause no ' +
        'longer applies (the 25 m² standard, a separate rule, is still checked by checkHousePlan).',
    },
    alternatives: [
      {
        id: 'anyOwnBorrowingForHouse',
        description:
          'Before stable exit, any debt the household takes on its own for the resettlement house is refused, ' +
          'whatever it pays for (the stricter "no debt from relocation" practice).',
      },
    ],
    rationale:
      'The clause names the purpose (扩大…面积), not borrowing as such; the stricter reading is offered for ' +
      'localities that apply the purpose test conservatively because borrowed money is fungible.',
    citations: [C.noBorrowing, C.areaCap],
  }),
  concentratedShareBase: defineInterpretation({
    id: 'housing.concentratedShareBase',
    area: 'housing',
    question: '集中安置人口超过70%: what is the 70% a share of?',
    chosen: {
      id: 'registeredPeople',
      description:
        'A share of people (not households or sites): the registered relocating people resettled in concentrated ' +
        'sites, over all registered relocating people resettled under the plan being checked.',
    },
    alternatives: [
      {
        id: 'allRelocatedPeople',
        description:
          'A share of everyone resettled, adding people who are not registered but move with them to both counts.',
      },
    ],
    rationale:
      'The clause counts 人口 (people); the chapter is about 建档立卡 relocation (表1 counts 12,233 registered ' +
      'people), and the subsidy rule counts registered people only, so the registered count is the consistent base.',
    citations: [C.concentratedOver70, C.concentratedMain, C.table1Relocation],
  }),
  candidacyConditions: defineInterpretation({
    id: 'housing.candidacyConditions',
    area: 'housing',
    question:
      'Who may be relocated: 主要包括居住在…等“一方水土养不起一方人”地方的建档立卡贫困人口. Is one listed condition ' +
      'enough, and is the list closed?',
    chosen: {
      id: 'anyListedCondition',
      description:
        'A registered poor person is a candidate if at least one of the four listed conditions holds where they ' +
        'live. People not registered are never candidates.',
    },
    alternatives: [
      {
        id: 'listedOrLocalFinding',
        description:
          'As chosen, but 等 leaves the list open: a local finding that the place cannot support its people ' +
          '(一方水土养不起一方人) on other grounds also counts.',
      },
    ],
    rationale:
      'The conditions are joined by commas as alternatives describing places that cannot support their people; ' +
      'requiring all would exclude, for example, a disaster-prone village near a town. Candidacy rests on the ' +
      'registration system (以建档立卡信息系统识别认定结果为依据). Relocation is still voluntary (农户自愿).',
    citations: [
      C.candidacyBasis,
      C.conditionPoorEnvironment,
      C.conditionRemote,
      C.conditionSmallPoorVillage,
      C.conditionDisasters,
      C.principles,
    ],
  }),
  relocationBy2018: defineInterpretation({
    id: 'housing.relocationBy2018',
    area: 'housing',
    question: '到 2018 年，完成全省易地搬迁脱贫工作: by the end of 2018, or by the time 2018 begins?',
    chosen: {
      id: 'endOf2018',
      description:
        'Relocation is to be finished by 2018-12-31 (that day included): the value of the parameter ' +
        '`housing.relocationDeadline`.',
    },
    alternatives: [
      {
        id: 'startOf2018',
        description:
          'Relocation is to be finished before 2018 begins, i.e. by 2017-12-31 (in general: the last day of ' +
          'the year before the year of the deadline parameter `housing.relocationDeadline`).',
      },
    ],
    rationale:
      '表1 puts 全部解决 in the 2018 column, and the plan’s year columns are year-end figures; the plan writes ' +
      '“年底前” where it means a year-end explicitly (the dangerous houses, 2017), so the year itself is the span.',
    citations: [C.relocationBy2018, C.table1Relocation, C.table1Columns],
  }),
  deadlineDay: defineInterpretation({
    id: 'housing.deadlineDay',
    area: 'housing',
    question: 'Is work finished on the deadline day itself on time, and from when is it due?',
    chosen: {
      id: 'lastDayIncluded',
      description:
        'The deadline is the last day included: a check reports the work as due from the deadline day, and as ' +
        'past the deadline (overdue if unfinished) from the next day. “2017 年底前” is read as by 2017-12-31.',
    },
    alternatives: [],
    rationale:
      'A year-end deadline in Chinese administrative usage includes 31 December; the plan gives no other day.',
    citations: [C.dangerousHousesBy2017, C.relocationBy2018],
  }),
  relocationHeadcount: defineInterpretation({
    id: 'housing.relocationHeadcount',
    area: 'housing',
    question:
      '表1 lists 12233 under “2015 年 (基数)” and 全部解决 under 2018: is 12,233 the number of registered people ' +
      'to relocate in the plan period, or only the count at the 2015 base?',
    chosen: {
      id: 'totalToRelocate',
      description:
        '12,233 registered poor people are the programme’s relocation target, all relocated by 2018.',
    },
    alternatives: [
      {
        id: 'baseYearCount',
        description:
          '12,233 is the count identified at the 2015 base; later identification may change the number relocated.',
      },
    ],
    rationale:
      'The row’s only other entry is 全部解决 (“all solved”) for 2018, which refers back to the base count; the ' +
      'plan gives no other headcount. The programme audit divides by 12,233 under either reading, and says so.',
    citations: [C.table1Relocation, C.table1Columns],
  }),
});

/** The readings this area chose where the plan is ambiguous. */
export const HOUSING_INTERPRETATIONS: readonly Interpretation[] = Object.freeze(
  Object.values(INTERPRETATION),
);

/** The programme report reads its figures, the cap, the share and both deadlines (their years). */
const PROGRAMME_PARAM_IDS: readonly string[] = PROGRAMME_VALUE_PARAMS.map((p) => p.id);

// Each definition is built in a pure-annotated function: a bundle that never reads HOUSING_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the housing area, in the order its docs present them. */
export const HOUSING_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.areaCap,
      area: 'housing',
      kind: 'check',
      title: { zh: '人均住房建设面积不超过25平方米', en: 'Housing area cap: 25 m² per registered person' },
      summary:
        'The building area of a registered relocating household’s house may not exceed 25 m² per registered person ' +
        '(不超过 includes 25); checkHousePlan says whether a plan complies and by how many m².',
      citations: [C.areaCap, C.dangerousHousesStandard],
      interpretations: ['housing.areaCapBasis', 'core.boundaryInclusion'],
      params: [AREA_CAP_PARAM.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.noBorrowingToBuildLarger,
      area: 'housing',
      kind: 'check',
      title: {
        zh: '稳定脱贫前不得自行举债扩大住房面积',
        en: 'No own borrowing to build larger before stable exit',
      },
      summary:
        'Before a registered relocating household has stably exited poverty, it may not borrow on its own to enlarge ' +
        'its resettlement house.',
      citations: [C.noBorrowing],
      interpretations: ['housing.borrowingScope'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.subsidyByRegisteredHeadcount,
      area: 'housing',
      kind: 'calculation',
      title: {
        zh: '建房补助以建档立卡搬迁户人口数量为依据',
        en: 'Building subsidy by registered relocating headcount',
      },
      summary:
        'The building subsidy of a household or a site is a locally set rate per person times the registered ' +
        'relocating people; people not registered add nothing (不得变相扩大或缩小补助范围).',
      citations: [C.subsidyByHeadcount, C.subsidyNoWideningOrNarrowing, C.localSubsidyStandards],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.concentratedShare,
      area: 'housing',
      kind: 'check',
      title: { zh: '集中安置人口超过70%', en: 'Concentrated resettlement: more than 70% of people' },
      summary:
        'Concentrated resettlement is the main mode: more than 70% of the people resettled (超过 excludes 70% itself).',
      citations: [C.concentratedOver70, C.concentratedMain],
      interpretations: ['housing.concentratedShareBase', 'core.boundaryInclusion'],
      params: [CONCENTRATED_SHARE_PARAM.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.relocationCandidacy,
      area: 'housing',
      kind: 'check',
      title: { zh: '精准识别搬迁对象', en: 'Relocation candidacy' },
      summary:
        'Registered poor people living where the place cannot support its people (poor or fragile environment, ' +
        'remote, small high-incidence high-cost villages, frequent disasters) are candidates for relocation.',
      citations: [
        C.candidacyBasis,
        C.conditionPoorEnvironment,
        C.conditionRemote,
        C.conditionSmallPoorVillage,
        C.conditionDisasters,
      ],
      interpretations: ['housing.candidacyConditions'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.programmeFigures,
      area: 'housing',
      kind: 'table',
      title: { zh: '易地搬迁项目安排', en: 'Relocation programme figures' },
      summary:
        'The programme as the plan states it: 1.28 亿元 for 252 concentrated sites and 660,000 m² of housing, ' +
        '10.9 亿元 for the sites’ infrastructure and services, 12,233 registered people (表1), with derived figures.',
      citations: [C.housingProgramme, C.siteInfrastructure, C.table1Relocation, C.relocationInvestment],
      interpretations: ['housing.relocationHeadcount'],
      params: PROGRAMME_PARAM_IDS,
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.programmeAudit,
      area: 'housing',
      kind: 'check',
      title: { zh: '易地搬迁项目数据核对', en: 'Audit of the relocation programme figures' },
      summary:
        'States plainly what the programme figures cannot reconcile: 660,000 m² for 12,233 people is far above ' +
        '25 m² per person, and 1.28 亿元 for 660,000 m² is implausibly little for construction.',
      citations: [C.housingProgramme, C.areaCap, C.table1Relocation, C.relocationInvestment],
      interpretations: ['housing.relocationHeadcount'],
      params: PROGRAMME_PARAM_IDS,
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.relocationDeadline,
      area: 'housing',
      kind: 'timetable',
      title: { zh: '到2018年完成易地搬迁', en: 'Relocation finished by 2018' },
      summary:
        'Relocation of the province’s registered poor people is to be finished by 2018 (read: by 2018-12-31).',
      citations: [C.relocationBy2018, C.table1Relocation],
      interpretations: ['housing.relocationBy2018', 'housing.deadlineDay'],
      params: [RELOCATION_DEADLINE_PARAM.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: HOUSING_RULE_IDS.dangerousHouseDeadline,
      area: 'housing',
      kind: 'timetable',
      title: { zh: '2017年底前完成存量危房改造', en: 'Dangerous houses renovated by end-2017' },
      summary:
        'The existing dangerous houses of registered poor households are to be renovated by the end of 2017 ' +
        '(表1: 100% in 2017).',
      citations: [C.dangerousHousesBy2017, C.table1DangerousHouses],
      interpretations: ['housing.deadlineDay'],
      params: [DANGEROUS_HOUSE_DEADLINE_PARAM.id],
    }))(),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const HOUSING_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([
  AREA_CAP_PARAM,
  CONCENTRATED_SHARE_PARAM,
  RELOCATION_DEADLINE_PARAM,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
  ...Object.values(PROGRAMME_PARAMS),
]);
