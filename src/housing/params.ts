import type { BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { Money } from '../core/money.js';
import { defineParam, type Param } from '../core/param.js';
import { HOUSING_CITATIONS as C } from './citations.js';

/**
 * The plan's figures the housing area reads, as dated, cited parameters (`src/core/param.ts`). None of them
 * changes with the date inside or before the plan, so each has one version `from: null`. A reform passes other
 * values through `options.overrides` (`{ 'housing.areaCapPerPerson': '30' }`); results and trace texts follow.
 */

/** A parameter the plan states as a limit: its limit word is always there. */
export type LimitParam = Param & { readonly bound: BoundTerm };

/** {@link defineParam} for a limit: the definition keeps `bound` (defineParam copies it), so the type says so. */
/* @__NO_SIDE_EFFECTS__ */
function defineLimitParam(param: LimitParam): LimitParam {
  return defineParam(param) as LimitParam;
}

/** 人均住房建设面积不超过25平方米: at most 25 m² of building area per registered person (不超过 includes 25). */
export const AREA_CAP_PARAM: LimitParam = defineLimitParam({
  id: 'housing.areaCapPerPerson',
  area: 'housing',
  title: { zh: '人均住房建设面积', en: 'Housing building area per registered person' },
  unit: 'm2PerPerson',
  bound: '不超过',
  citation: C.areaCap,
  versions: [{ from: null, value: '25' }],
});

/** 集中安置人口超过70%: more than 70% of the people resettled (超过 excludes 70% itself). */
export const CONCENTRATED_SHARE_PARAM: LimitParam = defineLimitParam({
  id: 'housing.concentratedShareFloor',
  area: 'housing',
  title: { zh: '集中安置人口比例', en: 'Share of people resettled in concentrated sites' },
  unit: 'rate',
  bound: '超过',
  citation: C.concentratedOver70,
  versions: [{ from: null, value: '0.7' }],
});

/**
 * 到 2018 年，完成全省易地搬迁脱贫工作: the last day relocation is to be finished, under the chosen reading of
 * `housing.relocationBy2018` (`endOf2018`): 2018-12-31, included. The alternative `startOf2018` takes the last day
 * of the year before this date's year.
 */
export const RELOCATION_DEADLINE_PARAM: Param = defineParam({
  id: 'housing.relocationDeadline',
  area: 'housing',
  title: { zh: '完成易地搬迁脱贫工作的期限', en: 'Deadline for finishing relocation' },
  unit: 'date',
  citation: C.relocationBy2018,
  versions: [{ from: null, value: '2018-12-31', note: '到 2018 年, read as by the end of 2018' }],
});

/** 确保 2017 年底前完成…存量危房改造任务: the last day, 2017-12-31, included (`housing.deadlineDay`). */
export const DANGEROUS_HOUSE_DEADLINE_PARAM: Param = defineParam({
  id: 'housing.dangerousHouseDeadline',
  area: 'housing',
  title: { zh: '存量危房改造完成期限', en: 'Deadline for renovating existing dangerous houses' },
  unit: 'date',
  citation: C.dangerousHousesBy2017,
  versions: [{ from: null, value: '2017-12-31', note: '2017 年底前: by 31 December 2017' }],
});

/**
 * The relocation programme's figures (chapter 4 section 2, 表1, chapter 11), as parameters: the programme report
 * and its audit read them, so a reform of any of them (or of the cap or the share) changes the derived figures
 * and the audit's texts together.
 */
export const PROGRAMME_PARAMS = /* @__PURE__ */ Object.freeze({
  /** 1.28亿元 for the housing of the 252 concentrated sites. */
  housingInvestment: defineParam({
    id: 'housing.housingInvestment',
    area: 'housing',
    title: {
      zh: '集中安置区房屋建设安排资金',
      en: 'Planned money for the housing of the concentrated sites',
    },
    unit: 'yi',
    citation: C.housingProgramme,
    versions: [{ from: null, value: '1.28' }],
  }),
  /** 252个集中安置区. */
  concentratedSites: defineParam({
    id: 'housing.concentratedSites',
    area: 'housing',
    title: { zh: '集中安置区数量', en: 'Concentrated resettlement sites' },
    unit: 'count',
    counter: { zh: '个集中安置区', en: 'concentrated sites' },
    citation: C.housingProgramme,
    versions: [{ from: null, value: '252' }],
  }),
  /** 66万平方米房屋建设: 660,000 m². */
  housingAreaM2: defineParam({
    id: 'housing.housingAreaM2',
    area: 'housing',
    title: { zh: '集中安置区房屋建设面积', en: 'Housing to be built at the concentrated sites' },
    unit: 'm2',
    citation: C.housingProgramme,
    versions: [{ from: null, value: '660000', note: '66万平方米' }],
  }),
  /** 计划投资 10.9 亿元 for all sites' infrastructure and public services. */
  siteInfrastructureInvestment: defineParam({
    id: 'housing.siteInfrastructureInvestment',
    area: 'housing',
    title: {
      zh: '安置区配套基础设施和公共服务设施投资',
      en: 'Planned investment in the sites’ infrastructure and public services',
    },
    unit: 'yi',
    citation: C.siteInfrastructure,
    versions: [{ from: null, value: '10.9' }],
  }),
  /** 表1: 实施易地扶贫搬迁贫困人口 12233 (interpretation `housing.relocationHeadcount`). */
  registeredPeopleToRelocate: defineParam({
    id: 'housing.registeredPeopleToRelocate',
    area: 'housing',
    title: { zh: '实施易地扶贫搬迁贫困人口', en: 'Registered poor people to relocate (表1)' },
    unit: 'count',
    counter: { zh: '人', en: 'people' },
    citation: C.table1Relocation,
    versions: [{ from: null, value: '12233' }],
  }),
  /** Chapter 11: 易地搬迁脱贫项目投资 41.83 亿元. */
  relocationProjectInvestment: defineParam({
    id: 'housing.relocationProjectInvestment',
    area: 'housing',
    title: { zh: '易地搬迁脱贫项目投资', en: 'Investment of the relocation projects (chapter 11)' },
    unit: 'yi',
    citation: C.relocationInvestment,
    versions: [{ from: null, value: '41.83' }],
  }),
});

/** The value of a parameter's (only) plan version, for the frozen data built at load. */
export function planValue(param: Param): string {
  // Stryker disable next-line StringLiteral: defineParam refuses a parameter without a version, so the fallback '' is never reached
  return param.versions[param.versions.length - 1]?.value ?? '';
}

/**
 * A limit the plan states, with its limit word and where it says so: the shape of the deprecated
 * {@link AREA_CAP_PER_PERSON} and {@link CONCENTRATED_SHARE_FLOOR}. Use the parameters instead.
 */
export interface PlanLimit {
  /** The number, as an exact decimal string. */
  readonly value: string;
  /** The plan's limit word, applied through `meetsBound`. */
  readonly bound: BoundTerm;
  readonly unit: string;
  readonly citation: Citation;
}

function legacyLimit(param: LimitParam, unit: string): PlanLimit {
  return Object.freeze({
    value: planValue(param),
    bound: param.bound,
    unit,
    citation: param.citation,
  });
}

/** @deprecated use {@link AREA_CAP_PARAM} (`housing.areaCapPerPerson`). */
export const AREA_CAP_PER_PERSON: PlanLimit = legacyLimit(AREA_CAP_PARAM, 'm² per person');

/** @deprecated use {@link CONCENTRATED_SHARE_PARAM} (`housing.concentratedShareFloor`). */
export const CONCENTRATED_SHARE_FLOOR: PlanLimit = legacyLimit(
  CONCENTRATED_SHARE_PARAM,
  'share of people resettled',
);

/**
 * An ILLUSTRATIVE building subsidy per registered relocating person, for examples and demos only.
 *
 * It is NOT in the plan and NOT an official rate: the plan leaves the rate to local governments
 * (鼓励地方因地制宜采取差异化补助标准). Pass your own locality's rate to `buildingSubsidy` as its local figures:
 * `buildingSubsidy(household, { ratePerPerson })`.
 */
export const ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON: Money = Money.of('20000.00');
