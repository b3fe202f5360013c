import type { Citation } from '../../../src/core/citation.js';
import { Dec, type DecimalValue } from '../../../src/core/decimal.js';
import { Money, yiToYuan } from '../../../src/core/money.js';
import { HOUSING_CITATIONS as C } from '../../../src/housing/citations.js';
const AREA_CAP_PER_PERSON = { value: '25' };
const CONCENTRATED_SHARE_FLOOR = { value: '0.7' };

/** One figure of the relocation programme as the plan states it. */
export interface ProgrammeFigure<T> {
  readonly value: T;
  readonly unit: string;
  /** The figure as the plan writes it (`1.28亿元`, `66万平方米`). */
  readonly stated: string;
  readonly en: string;
  readonly citation: Citation;
}

function figure<T>(
  value: T,
  unit: string,
  stated: string,
  en: string,
  citation: Citation,
): ProgrammeFigure<T> {
  return Object.freeze({ value, unit, stated, en, citation });
}

/** The places the plan names for the 252 sites; it adds 等地 (“and other places”), so the list is not complete. */
export interface NamedPlaces {
  readonly places: readonly string[];
  /** False: the plan writes 等地 after the five names. */
  readonly exhaustive: false;
}

/**
 * The relocation programme’s figures as the plan states them (frozen), each with its verbatim clause.
 * Amounts in 亿元 are converted exactly with `yiToYuan`; areas are exact decimals in m².
 */
export const RELOCATION_PROGRAMME = Object.freeze({
  /** 1.28亿元 for the housing of the 252 concentrated sites (chapter 4, section 2). */
  housingInvestment: figure(
    yiToYuan('1.28'),
    'yuan',
    '1.28亿元',
    'Planned for the housing of 252 concentrated sites (660,000 m²)',
    C.housingProgramme,
  ),
  /** 252 concentrated resettlement sites (集中安置区). */
  concentratedSites: figure(
    252,
    'sites',
    '252个集中安置区',
    'Concentrated resettlement sites',
    C.housingProgramme,
  ),
  /** 66万平方米 of housing: 660,000 m². */
  housingAreaM2: figure<DecimalValue>(
    Object.freeze(new Dec(660000)),
    'm²',
    '66万平方米',
    'Housing (房屋) to be built at the sites',
    C.housingProgramme,
  ),
  /** 通榆、和龙、临江、安图、抚松等地. */
  namedPlaces: figure<NamedPlaces>(
    Object.freeze({
      places: Object.freeze(['通榆', '和龙', '临江', '安图', '抚松']),
      exhaustive: false as const,
    }),
    'places',
    '通榆、和龙、临江、安图、抚松等地',
    'Tongyu, Helong, Linjiang, Antu, Fusong and other places',
    C.housingProgramme,
  ),
  /** 10.9亿元 for all sites’ infrastructure and public-service facilities. */
  siteInfrastructureInvestment: figure(
    yiToYuan('10.9'),
    'yuan',
    '10.9亿元',
    'Planned for the infrastructure and public services of all resettlement sites',
    C.siteInfrastructure,
  ),
  /** 表1: 12233 registered poor people to relocate (2015 base column), 全部解决 in 2018. */
  registeredPeopleToRelocate: figure(
    12233,
    'people',
    '12233',
    'Registered poor people to relocate (表1, binding indicator)',
    C.table1Relocation,
  ),
  /** 到 2018 年，完成全省易地搬迁脱贫工作. */
  relocationFinishedBy: figure(2018, 'year', '到 2018 年', 'Relocation finished by 2018', C.relocationBy2018),
  /** 确保 2017 年底前完成…存量危房改造任务; 表1: 100% in 2017. */
  dangerousHousesRenovatedBy: figure(
    2017,
    'year-end',
    '2017 年底前',
    'Existing dangerous houses of registered poor households renovated by the end of 2017 (表1: 100%)',
    C.dangerousHousesBy2017,
  ),
  /** Chapter 11: 易地搬迁脱贫项目投资 41.83 亿元, the relocation projects’ whole investment. */
  relocationProjectInvestment: figure(
    yiToYuan('41.83'),
    'yuan',
    '41.83 亿元',
    'Investment of the relocation projects (chapter 11, section 2)',
    C.relocationInvestment,
  ),
});

/** A figure derived from the programme’s figures, exact, with its rounding said. */
export interface DerivedFigure {
  readonly id: string;
  readonly en: string;
  readonly unit: string;
  /** The arithmetic in words and numbers. */
  readonly formula: string;
  readonly numerator: DecimalValue;
  readonly denominator: DecimalValue;
  /** numerator ÷ denominator to 50 significant digits: exact when `terminates`, otherwise cut off there. */
  readonly exact: DecimalValue;
  /** Whether the quotient is a terminating decimal (then `exact` is exact). */
  readonly terminates: boolean;
  /** `exact` rounded half up to 2 decimals (the fen for yuan, 0.01 m², 0.01 person). */
  readonly rounded: DecimalValue;
  readonly rounding: 'half up to 2 decimals';
  /** For amounts of yuan: `rounded` as Money. */
  readonly money?: Money;
}

function gcd(a: DecimalValue, b: DecimalValue): DecimalValue {
  let x = a.abs();
  let y = b.abs();
  while (!y.isZero()) [x, y] = [y, x.mod(y)];
  return x;
}

/** Whether integer numerator ÷ integer denominator is a terminating decimal. */
function terminatesExactly(numerator: DecimalValue, denominator: DecimalValue): boolean {
  let d = denominator.dividedBy(gcd(numerator, denominator));
  for (const p of [2, 5]) while (d.mod(p).isZero()) d = d.dividedBy(p);
  return d.eq(1);
}

function derive(
  id: string,
  en: string,
  unit: string,
  formula: string,
  numerator: DecimalValue,
  denominator: DecimalValue,
  isMoney = false,
): DerivedFigure {
  const exact = numerator.dividedBy(denominator);
  const rounded = exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return Object.freeze({
    id,
    en,
    unit,
    formula,
    numerator: Object.freeze(numerator),
    denominator: Object.freeze(denominator),
    exact: Object.freeze(exact),
    terminates: terminatesExactly(numerator, denominator),
    rounded: Object.freeze(rounded),
    rounding: 'half up to 2 decimals' as const,
    ...(isMoney ? { money: Money.round(exact) } : {}),
  });
}

const P = RELOCATION_PROGRAMME;
const housingYuan = P.housingInvestment.value.toDecimal();
const infraYuan = P.siteInfrastructureInvestment.value.toDecimal();
const relocationYuan = P.relocationProjectInvestment.value.toDecimal();
const sites = new Dec(P.concentratedSites.value);
const area = P.housingAreaM2.value;
const people = new Dec(P.registeredPeopleToRelocate.value);
const capPerPerson = new Dec(AREA_CAP_PER_PERSON.value);
const one = new Dec(1);

/**
 * Figures derived from the programme’s figures, each exact with its rounding (half up to 2 decimals) said.
 * “Per registered person” divides by the 12,233 of 表1 (interpretation `housing.relocationHeadcount`).
 */
export const PROGRAMME_DERIVED_FIGURES = Object.freeze({
  housingInvestmentPerSite: derive(
    'housingInvestmentPerSite',
    'Housing investment per concentrated site',
    'yuan per site',
    '128,000,000 yuan ÷ 252 sites',
    housingYuan,
    sites,
    true,
  ),
  housingInvestmentPerM2: derive(
    'housingInvestmentPerM2',
    'Housing investment per m² of housing',
    'yuan per m²',
    '128,000,000 yuan ÷ 660,000 m²',
    housingYuan,
    area,
    true,
  ),
  housingInvestmentPerRegisteredPerson: derive(
    'housingInvestmentPerRegisteredPerson',
    'Housing investment per registered person to relocate',
    'yuan per person',
    '128,000,000 yuan ÷ 12,233 people',
    housingYuan,
    people,
    true,
  ),
  siteInfrastructurePerSite: derive(
    'siteInfrastructurePerSite',
    'Infrastructure and public-service investment per concentrated site',
    'yuan per site',
    '1,090,000,000 yuan ÷ 252 sites',
    infraYuan,
    sites,
    true,
  ),
  siteInfrastructurePerRegisteredPerson: derive(
    'siteInfrastructurePerRegisteredPerson',
    'Infrastructure and public-service investment per registered person to relocate',
    'yuan per person',
    '1,090,000,000 yuan ÷ 12,233 people',
    infraYuan,
    people,
    true,
  ),
  relocationInvestmentPerRegisteredPerson: derive(
    'relocationInvestmentPerRegisteredPerson',
    'Whole relocation project investment (chapter 11) per registered person to relocate',
    'yuan per person',
    '4,183,000,000 yuan ÷ 12,233 people',
    relocationYuan,
    people,
    true,
  ),
  housingAreaPerSite: derive(
    'housingAreaPerSite',
    'Housing area per concentrated site',
    'm² per site',
    '660,000 m² ÷ 252 sites',
    area,
    sites,
  ),
  housingAreaPerRegisteredPerson: derive(
    'housingAreaPerRegisteredPerson',
    'Housing area per registered person to relocate',
    'm² per person',
    '660,000 m² ÷ 12,233 people',
    area,
    people,
  ),
  registeredPeoplePerSite: derive(
    'registeredPeoplePerSite',
    'Registered people to relocate per concentrated site (if every one were in a site)',
    'people per site',
    '12,233 people ÷ 252 sites',
    people,
    sites,
  ),
  maximumAreaUnderCap: derive(
    'maximumAreaUnderCap',
    'The most housing area the 25 m² cap allows for the 12,233 registered people',
    'm²',
    '12,233 people × 25 m²',
    people.times(capPerPerson),
    one,
  ),
  minimumConcentratedPeople: derive(
    'minimumConcentratedPeople',
    'The fewest registered people in concentrated sites that is more than 70% of 12,233',
    'people',
    'smallest whole number above 0.7 × 12,233 = 8,563.1',
    people.times(CONCENTRATED_SHARE_FLOOR.value).floor().plus(1),
    one,
  ),
});

/** How serious an audit finding is. */
export type AuditSeverity = 'irreconcilable' | 'implausible' | 'unexplained' | 'note';

/** One thing the programme’s figures cannot reconcile, or a fact a reader of them should know. */
export interface AuditFinding {
  readonly id: string;
  readonly severity: AuditSeverity;
  readonly title: string;
  /** The numbers behind the finding (decimals serialize as strings). */
  readonly figures: Readonly<Record<string, DecimalValue | Money | number>>;
  /** What the text says and why it does not add up. */
  readonly finding: string;
  /** What a reader should conclude, and what not to do with the figures. */
  readonly conclusion: string;
  readonly citations: readonly Citation[];
}

const D = PROGRAMME_DERIVED_FIGURES;
const ch4Yuan = housingYuan.plus(infraYuan);
const unitemised = relocationYuan.minus(ch4Yuan);
const excessArea = area.minus(D.maximumAreaUnderCap.exact);
const minConcentrated = D.minimumConcentratedPeople.exact;

function frozenFigures(
  figures: Record<string, DecimalValue | Money | number>,
): Readonly<Record<string, DecimalValue | Money | number>> {
  for (const v of Object.values(figures)) if (typeof v === 'object') Object.freeze(v);
  return Object.freeze(figures);
}

function finding(f: AuditFinding): AuditFinding {
  return Object.freeze({ ...f, citations: Object.freeze([...f.citations]) });
}

/**
 * What the programme’s figures cannot reconcile, stated plainly, one finding each, with the arithmetic.
 * These are findings about the plan’s text, not errors of the caller’s input.
 */
export const RELOCATION_PROGRAMME_AUDIT: readonly AuditFinding[] = Object.freeze([
  finding({
    id: 'areaPerPersonFarAboveCap',
    severity: 'irreconcilable',
    title:
      '660,000 m² for 12,233 registered people is about 53.95 m² per person, more than twice the 25 m² cap',
    figures: frozenFigures({
      housingAreaM2: area,
      registeredPeople: P.registeredPeopleToRelocate.value,
      areaPerPersonM2: D.housingAreaPerRegisteredPerson.rounded,
      capPerPersonM2: capPerPerson,
      maximumAreaUnderCapM2: D.maximumAreaUnderCap.exact,
      excessOverMaximumM2: excessArea,
      timesTheMaximum: area.dividedBy(D.maximumAreaUnderCap.exact).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    }),
    finding:
      'The plan caps housing at 25 m² per registered person, so 12,233 registered people may have at most ' +
      '12,233 × 25 = 305,825 m². It plans 660,000 m² of 房屋 at the sites: 660,000 ÷ 12,233 = 53.95 m² per person ' +
      '(rounded half up), 354,175 m² (about 2.16 times) more than the cap allows. Only part of the 12,233 (more than ' +
      '70%, at least 8,564) are to live in the concentrated sites, which makes the gap larger, not smaller.',
    conclusion:
      'The 660,000 m² cannot all be housing for the 12,233 registered people within the 25 m² standard. The text ' +
      'does not say why; possible readings are that the figure includes buildings other than dwellings, or people ' +
      'who are not registered moving with them, or that the two figures come from different counts or stages of ' +
      'planning. Do not divide the programme totals to judge compliance or to set a per-person area: the cap is ' +
      'checked household by household (checkHousePlan), and the 660,000 m² is neither evidence of compliance nor ' +
      'proof of a breach without the breakdown behind it.',
    citations: [C.housingProgramme, C.areaCap, C.table1Relocation],
  }),
  finding({
    id: 'housingCostPerM2ImplausiblyLow',
    severity: 'implausible',
    title: '1.28 亿元 for 660,000 m² is about 193.94 yuan per m², too little to build houses',
    figures: frozenFigures({
      housingInvestment: P.housingInvestment.value,
      housingAreaM2: area,
      yuanPerM2: D.housingInvestmentPerM2.rounded,
      yuanPerRegisteredPerson: D.housingInvestmentPerRegisteredPerson.rounded,
      yuanFor25M2: D.housingInvestmentPerM2.exact.times(capPerPerson).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    }),
    finding:
      '128,000,000 yuan ÷ 660,000 m² = 193.94 yuan per m² (rounded half up), i.e. 4,848.48 yuan for a 25 m² share; ' +
      'per registered person 128,000,000 ÷ 12,233 = 10,463.50 yuan. That is far below what building a house costs ' +
      '(general knowledge, not a figure of the plan: new rural housing costs on the order of a thousand yuan or more ' +
      'per m²), and the plan gives no other housing amount in chapter 4.',
    conclusion:
      'Read the 1.28 亿元 as one funding line or share of the housing (for example one level of government’s ' +
      'contribution), not as the cost of 660,000 m². Do not use 193.94 yuan per m² as a unit cost, nor 10,463.50 yuan ' +
      'as a per-person subsidy: the plan leaves the subsidy rate to local governments, and buildingSubsidy takes it ' +
      'as a parameter.',
    citations: [C.housingProgramme, C.localSubsidyStandards],
  }),
  finding({
    id: 'chapterFourLeavesMostInvestmentUnitemised',
    severity: 'unexplained',
    title:
      'Chapter 4 itemises 12.18 亿元 of the 41.83 亿元 relocation investment in chapter 11; 29.65 亿元 is not explained',
    figures: frozenFigures({
      chapterFourItemised: Money.of(ch4Yuan),
      relocationProjectInvestment: P.relocationProjectInvestment.value,
      unitemised: Money.of(unitemised),
      unitemisedShare: unitemised.dividedBy(relocationYuan).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
    }),
    finding:
      'Chapter 4 names 1.28 亿元 (housing) + 10.9 亿元 (site infrastructure and services) = 12.18 亿元. Chapter 11 ' +
      'gives 41.83 亿元 for the relocation projects. 41.83 − 12.18 = 29.65 亿元 (70.88% of it, rounded half up) is ' +
      'not itemised anywhere in chapter 4.',
    conclusion:
      'The chapter-4 amounts are parts, not the programme’s whole cost. The missing housing money of the previous ' +
      'finding may well sit in the unitemised 29.65 亿元, but the text does not say so; a reader needs the ' +
      'province’s relocation implementation plan for the breakdown.',
    citations: [C.housingProgramme, C.siteInfrastructure, C.relocationInvestment],
  }),
  finding({
    id: 'infrastructureEightTimesHousing',
    severity: 'note',
    title: 'Site infrastructure (10.9 亿元) is 8.52 times the housing money (1.28 亿元)',
    figures: frozenFigures({
      ratio: infraYuan.dividedBy(housingYuan),
      infrastructurePerRegisteredPerson: D.siteInfrastructurePerRegisteredPerson.rounded,
      housingPerRegisteredPerson: D.housingInvestmentPerRegisteredPerson.rounded,
      infrastructurePerSite: D.siteInfrastructurePerSite.rounded,
    }),
    finding:
      '10.9 ÷ 1.28 = 8.515625 (8.52 rounded half up): 89,103.25 yuan of site infrastructure and services per ' +
      'registered person (1,090,000,000 ÷ 12,233) against 10,463.50 yuan of housing; 4,325,396.83 yuan per site.',
    conclusion:
      'Not an error in itself (water, power, roads, sewage and services are costly), but it supports the previous ' +
      'findings: the housing money in chapter 4 is understated relative to the housing it names.',
    citations: [C.housingProgramme, C.siteInfrastructure],
  }),
  finding({
    id: 'sitesAreSmallButAreaPerSiteLarge',
    severity: 'note',
    title:
      'At most 48.54 registered people per site on average, but 2,619.05 m² per site would house 104.76 at 25 m²',
    figures: frozenFigures({
      maximumPeoplePerSite: D.registeredPeoplePerSite.rounded,
      minimumConcentratedPeople: minConcentrated,
      minimumPeoplePerSite: minConcentrated.dividedBy(sites).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
      areaPerSiteM2: D.housingAreaPerSite.rounded,
      peopleAtCapPerSite: area.dividedBy(sites).dividedBy(capPerPerson).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    }),
    finding:
      'More than 70% of 12,233 means at least 8,564 people in the 252 concentrated sites: between 8,564 ÷ 252 = 33.98 ' +
      'and 12,233 ÷ 252 = 48.54 registered people per site on average. Each site averages 660,000 ÷ 252 = 2,619.05 m², ' +
      'room for 2,619.05 ÷ 25 = 104.76 people at the cap.',
    conclusion:
      'The sites are small (a few dozen registered people each on average), and their planned area is more than ' +
      'twice what their registered people may have: the same discrepancy as the first finding, seen per site.',
    citations: [C.housingProgramme, C.concentratedOver70, C.table1Relocation],
  }),
  finding({
    id: 'namedPlacesNotExhaustive',
    severity: 'note',
    title:
      'The five named places are followed by 等地: the plan does not split the 252 sites or 660,000 m² by place',
    figures: frozenFigures({
      namedPlaces: P.namedPlaces.value.places.length,
      sites: P.concentratedSites.value,
    }),
    finding:
      'The plan names 通榆, 和龙, 临江, 安图 and 抚松 “等地” (and other places) and gives no per-place sites, areas ' +
      'or amounts.',
    conclusion:
      'Do not allocate the 252 sites, 660,000 m² or 1.28 亿元 to the five places, and do not treat a place not named ' +
      'as outside the programme.',
    citations: [C.housingProgramme],
  }),
]);

/** The programme figures, derived figures and audit in one frozen object (what `housing.programmeFigures` covers). */
export function relocationProgrammeReport(): {
  readonly figures: typeof RELOCATION_PROGRAMME;
  readonly derived: typeof PROGRAMME_DERIVED_FIGURES;
  readonly audit: readonly AuditFinding[];
} {
  return Object.freeze({
    figures: RELOCATION_PROGRAMME,
    derived: PROGRAMME_DERIVED_FIGURES,
    audit: RELOCATION_PROGRAMME_AUDIT,
  });
}
