import type { Citation } from '../core/citation.js';
import { Dec, type DecimalValue } from '../core/decimal.js';
import type { Money } from '../core/money.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import type { ProgrammeDerivedFigures } from './programme.js';
import { num, num2, round2, timesWords, yi, yuanMoney, type ProgrammeValues } from './programmeValues.js';

/** How serious an audit finding is. */
export type AuditSeverity = 'irreconcilable' | 'implausible' | 'unexplained' | 'note';

/** One thing the programme’s figures cannot reconcile, or a fact a reader of them should know. */
export interface AuditFinding {
  readonly id: string;
  readonly severity: AuditSeverity;
  readonly title: string;
  /** The title in Chinese (the trace's zh text). */
  readonly zh: string;
  /** The numbers behind the finding (decimals serialize as strings). */
  readonly figures: Readonly<Record<string, DecimalValue | Money | number>>;
  /** What the text says and why it does not add up. */
  readonly finding: string;
  /** What a reader should conclude, and what not to do with the figures. */
  readonly conclusion: string;
  readonly citations: readonly Citation[];
}

function finding(f: AuditFinding): AuditFinding {
  // Freezing a number is a no-op: every figure can go through it.
  for (const v of Object.values(f.figures)) Object.freeze(v);
  return Object.freeze({
    ...f,
    figures: Object.freeze({ ...f.figures }),
    citations: Object.freeze([...f.citations]),
  });
}

type D = ProgrammeDerivedFigures;

/** Finding 1: the area per registered person against the cap. */
function areaPerPerson(v: ProgrammeValues, d: D): AuditFinding {
  const max = d.maximumAreaUnderCap.exact;
  const excess = v.area.minus(max);
  const times = max.isZero() ? max : round2(v.area.dividedBy(max));
  const perPerson = d.housingAreaPerRegisteredPerson.rounded;
  const [a, p, c] = [num(v.area), num(v.people), num(v.cap)];
  // The words compare the exact area with the exact maximum (area ÷ people ÷ cap = area ÷ maximum), as the
  // severity does: the per-person figure shown is rounded, and 305,826 m² is 25.00 m² rounded but over the cap.
  const words = timesWords(max.isZero() ? times : v.area.dividedBy(max));
  const over = excess.isPositive() && !excess.isZero();
  return finding({
    id: 'areaPerPersonFarAboveCap',
    severity: over ? 'irreconcilable' : 'note',
    title: `${a} m² for ${p} registered people is about ${num(perPerson)} m² per person, ${words.en} the ${c} m² cap`,
    zh: `${a} 平方米 ÷ ${p} 人 ≈ 人均 ${num(perPerson)} 平方米，${words.zh}人均 ${c} 平方米的上限`,
    figures: {
      housingAreaM2: v.area,
      registeredPeople: v.people.toNumber(),
      areaPerPersonM2: perPerson,
      capPerPersonM2: v.cap,
      maximumAreaUnderCapM2: max,
      excessOverMaximumM2: excess,
      timesTheMaximum: times,
    },
    finding:
      `The plan caps housing at ${c} m² per registered person, so ${p} registered people may have at most ` +
      `${p} × ${c} = ${num(max)} m². It plans ${a} m² of 房屋 at the sites: ${a} ÷ ${p} = ${num(perPerson)} m² per person ` +
      (over
        ? `(rounded half up), ${num(excess)} m² (about ${num(times)} times) more than the cap allows. Only part of the ${p} ` +
          `(${v.shareLimitEn}, at least ${num(d.minimumConcentratedPeople.exact)}) are to live in the concentrated sites, ` +
          'which makes the gap larger, not smaller.'
        : '(rounded half up), within what the cap allows.'),
    conclusion: over
      ? `The ${a} m² cannot all be housing for the ${p} registered people within the ${c} m² standard. The text ` +
        'does not say why; possible readings are that the figure includes buildings other than dwellings, or people ' +
        'who are not registered moving with them, or that the two figures come from different counts or stages of ' +
        'planning. Do not divide the programme totals to judge compliance or to set a per-person area: the cap is ' +
        `checked household by household (checkHousePlan), and the ${a} m² is neither evidence of compliance nor ` +
        'proof of a breach without the breakdown behind it.'
      : 'The programme totals are within the cap on average; the cap is still checked household by household ' +
        '(checkHousePlan), and an average is no evidence of any one household’s compliance.',
    citations: [C.housingProgramme, C.areaCap, C.table1Relocation],
  });
}

/** Finding 2: the housing money per m² is implausibly low. */
function costPerM2(v: ProgrammeValues, d: D): AuditFinding {
  const perM2 = d.housingInvestmentPerM2;
  const perPerson = d.housingInvestmentPerRegisteredPerson;
  const forCap = round2(perM2.exact.times(v.cap));
  const [h, a, c] = [num(v.housingYuan), num(v.area), num(v.cap)];
  return finding({
    id: 'housingCostPerM2ImplausiblyLow',
    severity: 'implausible',
    title: `${yi(v.housingYuan)} 亿元 for ${a} m² is about ${num2(perM2.rounded)} yuan per m², too little to build houses`,
    zh: `${yi(v.housingYuan)} 亿元 ÷ ${a} 平方米 ≈ 每平方米 ${num2(perM2.rounded)} 元，不足以建房`,
    figures: {
      housingInvestment: yuanMoney(v.housingYuan),
      housingAreaM2: v.area,
      yuanPerM2: perM2.rounded,
      yuanPerRegisteredPerson: perPerson.rounded,
      yuanFor25M2: forCap,
    },
    finding:
      `${h} yuan ÷ ${a} m² = ${num2(perM2.rounded)} yuan per m² (rounded half up), i.e. ${num2(forCap)} yuan for a ${c} m² share; ` +
      `per registered person ${h} ÷ ${num(v.people)} = ${num2(perPerson.rounded)} yuan. That is far below what building a house costs ` +
      '(general knowledge, not a figure of the plan: new rural housing costs on the order of a thousand yuan or more ' +
      'per m²), and the plan gives no other housing amount in chapter 4.',
    conclusion:
      `Read the ${yi(v.housingYuan)} 亿元 as one funding line or share of the housing (for example one level of government’s ` +
      `contribution), not as the cost of ${a} m². Do not use ${num2(perM2.rounded)} yuan per m² as a unit cost, nor ${num2(perPerson.rounded)} yuan ` +
      'as a per-person subsidy: the plan leaves the subsidy rate to local governments, and buildingSubsidy takes it ' +
      'as a parameter.',
    citations: [C.housingProgramme, C.localSubsidyStandards],
  });
}

/** Finding 3: chapter 4 itemises only part of chapter 11's relocation investment. */
function unitemised(v: ProgrammeValues): AuditFinding {
  const ch4 = v.housingYuan.plus(v.infraYuan);
  const rest = v.relocationYuan.minus(ch4);
  const share = v.relocationYuan.isZero()
    ? rest.times(0)
    : rest.dividedBy(v.relocationYuan).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
  const pct = `${share.times(100).toFixed()}%`;
  const [h, i, r, c4, u] = [yi(v.housingYuan), yi(v.infraYuan), yi(v.relocationYuan), yi(ch4), yi(rest)];
  return finding({
    id: 'chapterFourLeavesMostInvestmentUnitemised',
    severity: 'unexplained',
    title: `Chapter 4 itemises ${c4} 亿元 of the ${r} 亿元 relocation investment in chapter 11; ${u} 亿元 is not explained`,
    zh: `第四章列明 ${c4} 亿元，第十一章易地搬迁脱贫项目投资 ${r} 亿元，其余 ${u} 亿元未说明用途`,
    figures: {
      chapterFourItemised: yuanMoney(ch4),
      relocationProjectInvestment: yuanMoney(v.relocationYuan),
      unitemised: yuanMoney(rest),
      unitemisedShare: share,
    },
    finding:
      `Chapter 4 names ${h} 亿元 (housing) + ${i} 亿元 (site infrastructure and services) = ${c4} 亿元. Chapter 11 ` +
      `gives ${r} 亿元 for the relocation projects. ${r} − ${c4} = ${u} 亿元 (${pct} of it, rounded half up) is ` +
      'not itemised anywhere in chapter 4.',
    conclusion:
      'The chapter-4 amounts are parts, not the programme’s whole cost. The missing housing money of the previous ' +
      `finding may well sit in the unitemised ${u} 亿元, but the text does not say so; a reader needs the ` +
      'province’s relocation implementation plan for the breakdown.',
    citations: [C.housingProgramme, C.siteInfrastructure, C.relocationInvestment],
  });
}

/** Finding 4: site infrastructure against housing money. */
function infrastructureRatio(v: ProgrammeValues, d: D): AuditFinding {
  const ratio = v.housingYuan.isZero() ? v.housingYuan : v.infraYuan.dividedBy(v.housingYuan);
  const [i, h] = [yi(v.infraYuan), yi(v.housingYuan)];
  return finding({
    id: 'infrastructureEightTimesHousing',
    severity: 'note',
    title: `Site infrastructure (${i} 亿元) is ${num(round2(ratio))} times the housing money (${h} 亿元)`,
    zh: `安置区配套设施投资（${i} 亿元）是房屋建设资金（${h} 亿元）的 ${num(round2(ratio))} 倍`,
    figures: {
      ratio,
      infrastructurePerRegisteredPerson: d.siteInfrastructurePerRegisteredPerson.rounded,
      housingPerRegisteredPerson: d.housingInvestmentPerRegisteredPerson.rounded,
      infrastructurePerSite: d.siteInfrastructurePerSite.rounded,
    },
    finding:
      `${i} ÷ ${h} = ${num(ratio)} (${num(round2(ratio))} rounded half up): ${num2(d.siteInfrastructurePerRegisteredPerson.rounded)} yuan of site infrastructure and services per ` +
      `registered person (${num(v.infraYuan)} ÷ ${num(v.people)}) against ${num2(d.housingInvestmentPerRegisteredPerson.rounded)} yuan of housing; ` +
      `${num2(d.siteInfrastructurePerSite.rounded)} yuan per site.`,
    conclusion:
      'Not an error in itself (water, power, roads, sewage and services are costly), but it supports the previous ' +
      'findings: the housing money in chapter 4 is understated relative to the housing it names.',
    citations: [C.housingProgramme, C.siteInfrastructure],
  });
}

/** Finding 5: people per site against the area per site. */
function sitesSmall(v: ProgrammeValues, d: D): AuditFinding {
  const minPeople = d.minimumConcentratedPeople.exact;
  const minPerSite = v.sites.isZero() ? v.sites : round2(minPeople.dividedBy(v.sites));
  const maxPerSite = d.registeredPeoplePerSite.rounded;
  const areaPerSite = d.housingAreaPerSite.rounded;
  const atCap =
    v.sites.isZero() || v.cap.isZero() ? v.cap.times(0) : round2(v.area.dividedBy(v.sites).dividedBy(v.cap));
  const [s, p, c] = [num(v.sites), num(v.people), num(v.cap)];
  const words = timesWords(maxPerSite.isZero() ? atCap : atCap.dividedBy(maxPerSite));
  return finding({
    id: 'sitesAreSmallButAreaPerSiteLarge',
    severity: 'note',
    title: `At most ${num2(maxPerSite)} registered people per site on average, but ${num2(areaPerSite)} m² per site would house ${num2(atCap)} at ${c} m²`,
    zh: `每个安置区平均至多 ${num2(maxPerSite)} 名建档立卡人口，但平均 ${num2(areaPerSite)} 平方米按人均 ${c} 平方米可住 ${num2(atCap)} 人`,
    figures: {
      maximumPeoplePerSite: maxPerSite,
      minimumConcentratedPeople: minPeople,
      minimumPeoplePerSite: minPerSite,
      areaPerSiteM2: areaPerSite,
      peopleAtCapPerSite: atCap,
    },
    finding:
      `${v.shareLimitEn.charAt(0).toUpperCase()}${v.shareLimitEn.slice(1)} of ${p} means at least ${num(minPeople)} people in the ${s} concentrated sites: between ${num(minPeople)} ÷ ${s} = ${num2(minPerSite)} ` +
      `and ${p} ÷ ${s} = ${num2(maxPerSite)} registered people per site on average. Each site averages ${num(v.area)} ÷ ${s} = ${num2(areaPerSite)} m², ` +
      `room for ${num2(areaPerSite)} ÷ ${c} = ${num2(atCap)} people at the cap.`,
    conclusion:
      `The sites are small (a few dozen registered people each on average), and their planned area is ${words.en} ` +
      'what their registered people may have: the same discrepancy as the first finding, seen per site.',
    citations: [C.housingProgramme, C.concentratedOver70, C.table1Relocation],
  });
}

/** Finding 6: the named places are not a complete list. */
function namedPlaces(v: ProgrammeValues, places: number): AuditFinding {
  const [s, a] = [num(v.sites), num(v.area)];
  return finding({
    id: 'namedPlacesNotExhaustive',
    severity: 'note',
    title: `The five named places are followed by 等地: the plan does not split the ${s} sites or ${a} m² by place`,
    zh: `所列五地之后有“等地”：规划未按地点分列 ${s} 个安置区或 ${a} 平方米`,
    figures: { namedPlaces: places, sites: v.sites.toNumber() },
    finding:
      'The plan names 通榆, 和龙, 临江, 安图 and 抚松 “等地” (and other places) and gives no per-place sites, areas ' +
      'or amounts.',
    conclusion:
      `Do not allocate the ${s} sites, ${a} m² or ${yi(v.housingYuan)} 亿元 to the five places, and do not treat a place not named ` +
      'as outside the programme.',
    citations: [C.housingProgramme],
  });
}

/** The audit of the programme's figures: one finding each, from the values and the derived figures. */
export function programmeAudit(v: ProgrammeValues, d: D): readonly AuditFinding[] {
  return Object.freeze([
    areaPerPerson(v, d),
    costPerM2(v, d),
    unitemised(v),
    infrastructureRatio(v, d),
    sitesSmall(v, d),
    namedPlaces(v, 5),
  ]);
}
