import type { Citation } from '../core/citation.js';
import { Dec, type DecimalValue } from '../core/decimal.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleContext,
  type RuleResult,
} from '../core/evaluation.js';
import type { Money } from '../core/money.js';
import { HOUSING_CITATIONS as C } from './citations.js';
import { planValue, PROGRAMME_PARAMS as PP } from './params.js';
import { programmeAudit, type AuditFinding } from './programmeAudit.js';
import {
  num,
  PROGRAMME_VALUE_PARAMS,
  programmeValues,
  round2,
  yuanMoney,
  type ProgrammeValues,
} from './programmeValues.js';
import { HOUSING_RULE_IDS, INTERPRETATION } from './rules.js';

export type { AuditFinding, AuditSeverity } from './programmeAudit.js';

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

const NAMED_PLACES: NamedPlaces = /* @__PURE__ */ Object.freeze({
  places: Object.freeze(['通榆', '和龙', '临江', '安图', '抚松']),
  exhaustive: false as const,
});

/** The programme's figures from its values (the `stated` texts are the plan's words, as quoted). */
function programmeFigures(v: ProgrammeValues) {
  return Object.freeze({
    /** 1.28亿元 for the housing of the 252 concentrated sites (chapter 4, section 2). */
    housingInvestment: figure<Money>(
      yuanMoney(v.housingYuan),
      'yuan',
      '1.28亿元',
      `Planned for the housing of ${num(v.sites)} concentrated sites (${num(v.area)} m²)`,
      C.housingProgramme,
    ),
    /** 252 concentrated resettlement sites (集中安置区). */
    concentratedSites: figure(
      v.sites.toNumber(),
      'sites',
      '252个集中安置区',
      'Concentrated resettlement sites',
      C.housingProgramme,
    ),
    /** 66万平方米 of housing: 660,000 m². */
    housingAreaM2: figure<DecimalValue>(
      Object.freeze(v.area),
      'm²',
      '66万平方米',
      'Housing (房屋) to be built at the sites',
      C.housingProgramme,
    ),
    /** 通榆、和龙、临江、安图、抚松等地. */
    namedPlaces: figure<NamedPlaces>(
      NAMED_PLACES,
      'places',
      '通榆、和龙、临江、安图、抚松等地',
      'Tongyu, Helong, Linjiang, Antu, Fusong and other places',
      C.housingProgramme,
    ),
    /** 10.9亿元 for all sites’ infrastructure and public-service facilities. */
    siteInfrastructureInvestment: figure<Money>(
      yuanMoney(v.infraYuan),
      'yuan',
      '10.9亿元',
      'Planned for the infrastructure and public services of all resettlement sites',
      C.siteInfrastructure,
    ),
    /** 表1: 12233 registered poor people to relocate (2015 base column), 全部解决 in 2018. */
    registeredPeopleToRelocate: figure(
      v.people.toNumber(),
      'people',
      '12233',
      'Registered poor people to relocate (表1, binding indicator)',
      C.table1Relocation,
    ),
    /** 到 2018 年，完成全省易地搬迁脱贫工作 (the year of `housing.relocationDeadline`). */
    relocationFinishedBy: figure(
      Number(v.relocationDeadline.slice(0, 4)),
      'year',
      '到 2018 年',
      `Relocation finished by ${v.relocationDeadline.slice(0, 4)}`,
      C.relocationBy2018,
    ),
    /** 确保 2017 年底前完成…存量危房改造任务; 表1: 100% (the year of `housing.dangerousHouseDeadline`). */
    dangerousHousesRenovatedBy: figure(
      Number(v.dangerousHouseDeadline.slice(0, 4)),
      'year-end',
      '2017 年底前',
      `Existing dangerous houses of registered poor households renovated by the end of ${v.dangerousHouseDeadline.slice(0, 4)} (表1: 100%)`,
      C.dangerousHousesBy2017,
    ),
    /** Chapter 11: 易地搬迁脱贫项目投资 41.83 亿元, the relocation projects’ whole investment. */
    relocationProjectInvestment: figure<Money>(
      yuanMoney(v.relocationYuan),
      'yuan',
      '41.83 亿元',
      'Investment of the relocation projects (chapter 11, section 2)',
      C.relocationInvestment,
    ),
  });
}

/** The shape of the programme's figures. */
export type RelocationProgramme = ReturnType<typeof programmeFigures>;

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

/** Whether numerator ÷ denominator is a terminating decimal. */
function terminatesExactly(numerator: DecimalValue, denominator: DecimalValue): boolean {
  // denominator ÷ gcd is the reduced fraction's denominator (the gcd of exact decimals needs no scaling to
  // integers; a zero numerator gives gcd = denominator, so 1).
  let d = denominator.dividedBy(gcd(numerator, denominator));
  for (const p of [2, 5]) while (d.mod(p).isZero()) d = d.dividedBy(p);
  return d.eq(1);
}

type DerivedRow = readonly [
  id: string,
  en: string,
  unit: string,
  formula: string,
  numerator: DecimalValue,
  denominator: DecimalValue,
  isMoney?: boolean,
];

function derive([id, en, unit, formula, numerator, denominator, isMoney = false]: DerivedRow): DerivedFigure {
  // A zero denominator (a reform setting sites or people to 0) gives no quotient: report 0, not Infinity.
  const exact = denominator.isZero() ? new Dec(0) : numerator.dividedBy(denominator);
  return Object.freeze({
    id,
    en,
    unit,
    formula,
    numerator: Object.freeze(numerator),
    denominator: Object.freeze(denominator),
    exact: Object.freeze(exact),
    terminates: denominator.isZero() ? false : terminatesExactly(numerator, denominator),
    rounded: Object.freeze(round2(exact)),
    rounding: 'half up to 2 decimals' as const,
    ...(isMoney ? { money: yuanMoney(exact) } : {}),
  });
}

/** Words for the values in the rows (grouped in thousands). */
function labels(v: ProgrammeValues) {
  return {
    h: num(v.housingYuan),
    i: num(v.infraYuan),
    r: num(v.relocationYuan),
    s: num(v.sites),
    a: num(v.area),
    p: num(v.people),
  };
}

/** The rows of the derived amounts of money: what is divided by what, in words built from the values. */
function moneyRows(v: ProgrammeValues): DerivedRow[] {
  const { h, i, r, s, a, p } = labels(v);
  return [
    [
      'housingInvestmentPerSite',
      'Housing investment per concentrated site',
      'yuan per site',
      `${h} yuan ÷ ${s} sites`,
      v.housingYuan,
      v.sites,
      true,
    ],
    [
      'housingInvestmentPerM2',
      'Housing investment per m² of housing',
      'yuan per m²',
      `${h} yuan ÷ ${a} m²`,
      v.housingYuan,
      v.area,
      true,
    ],
    [
      'housingInvestmentPerRegisteredPerson',
      'Housing investment per registered person to relocate',
      'yuan per person',
      `${h} yuan ÷ ${p} people`,
      v.housingYuan,
      v.people,
      true,
    ],
    [
      'siteInfrastructurePerSite',
      'Infrastructure and public-service investment per concentrated site',
      'yuan per site',
      `${i} yuan ÷ ${s} sites`,
      v.infraYuan,
      v.sites,
      true,
    ],
    [
      'siteInfrastructurePerRegisteredPerson',
      'Infrastructure and public-service investment per registered person to relocate',
      'yuan per person',
      `${i} yuan ÷ ${p} people`,
      v.infraYuan,
      v.people,
      true,
    ],
    [
      'relocationInvestmentPerRegisteredPerson',
      'Whole relocation project investment (chapter 11) per registered person to relocate',
      'yuan per person',
      `${r} yuan ÷ ${p} people`,
      v.relocationYuan,
      v.people,
      true,
    ],
  ];
}

/** The rows of the derived areas and people counts. */
function otherRows(v: ProgrammeValues): DerivedRow[] {
  const one = new Dec(1);
  const { s, a, p } = labels(v);
  const floorPeople = v.people.times(v.share);
  return [
    [
      'housingAreaPerSite',
      'Housing area per concentrated site',
      'm² per site',
      `${a} m² ÷ ${s} sites`,
      v.area,
      v.sites,
    ],
    [
      'housingAreaPerRegisteredPerson',
      'Housing area per registered person to relocate',
      'm² per person',
      `${a} m² ÷ ${p} people`,
      v.area,
      v.people,
    ],
    [
      'registeredPeoplePerSite',
      'Registered people to relocate per concentrated site (if every one were in a site)',
      'people per site',
      `${p} people ÷ ${s} sites`,
      v.people,
      v.sites,
    ],
    [
      'maximumAreaUnderCap',
      `The most housing area the ${num(v.cap)} m² cap allows for the ${p} registered people`,
      'm²',
      `${p} people × ${num(v.cap)} m²`,
      v.people.times(v.cap),
      one,
    ],
    [
      'minimumConcentratedPeople',
      `The fewest registered people in concentrated sites that is ${v.shareLimitEn} of ${p}`,
      'people',
      `smallest whole number above ${num(v.share)} × ${p} = ${num(floorPeople)}`,
      floorPeople.floor().plus(1),
      one,
    ],
  ];
}

/** The derived figures, keyed by id, in the order of the rows. */
function derivedFigures(v: ProgrammeValues) {
  const d = Object.fromEntries([...moneyRows(v), ...otherRows(v)].map((row) => [row[0], derive(row)]));
  return Object.freeze(d as Record<DerivedId, DerivedFigure>);
}

type DerivedId =
  | 'housingInvestmentPerSite'
  | 'housingInvestmentPerM2'
  | 'housingInvestmentPerRegisteredPerson'
  | 'siteInfrastructurePerSite'
  | 'siteInfrastructurePerRegisteredPerson'
  | 'relocationInvestmentPerRegisteredPerson'
  | 'housingAreaPerSite'
  | 'housingAreaPerRegisteredPerson'
  | 'registeredPeoplePerSite'
  | 'maximumAreaUnderCap'
  | 'minimumConcentratedPeople';

/** The derived figures, by id. */
export type ProgrammeDerivedFigures = Readonly<Record<DerivedId, DerivedFigure>>;

const PLAN_VALUES = programmeValues({ decimal: (p) => new Dec(planValue(p)), plainDate: planValue });

/**
 * The relocation programme’s figures as the plan states them (frozen), each with its verbatim clause, from the
 * plan's values of the parameters (`housing.housingInvestment`, …). Amounts in 亿元 are converted exactly to
 * yuan; areas are exact decimals in m².
 */
export const RELOCATION_PROGRAMME: RelocationProgramme = programmeFigures(PLAN_VALUES);

/**
 * Figures derived from the programme’s figures (the plan's values), each exact with its rounding (half up to 2
 * decimals) said. “Per registered person” divides by the 12,233 of 表1 (interpretation `housing.relocationHeadcount`).
 */
export const PROGRAMME_DERIVED_FIGURES: ProgrammeDerivedFigures = derivedFigures(PLAN_VALUES);

/**
 * What the programme’s figures (the plan's values) cannot reconcile, stated plainly, one finding each, with the
 * arithmetic. These are findings about the plan’s text, not errors of the caller’s input.
 */
export const RELOCATION_PROGRAMME_AUDIT: readonly AuditFinding[] = programmeAudit(
  PLAN_VALUES,
  PROGRAMME_DERIVED_FIGURES,
);

/** The figures of the programme report. */
export interface ProgrammeReportFigures {
  readonly figures: RelocationProgramme;
  readonly derived: ProgrammeDerivedFigures;
  readonly audit: readonly AuditFinding[];
}

/** The programme report with the evaluation envelope. */
export type ProgrammeReport = RuleResult<ProgrammeReportFigures>;

const SPEC = defineRuleSpec({
  ruleId: HOUSING_RULE_IDS.programmeFigures,
  citations: [C.housingProgramme, C.siteInfrastructure, C.table1Relocation, C.relocationInvestment],
  params: PROGRAMME_VALUE_PARAMS,
  interpretations: [INTERPRETATION.relocationHeadcount],
});

/** The report's trace: the figures read, each derived figure, each audit finding. */
function reportSteps(
  ctx: RuleContext,
  derived: ProgrammeDerivedFigures,
  audit: readonly AuditFinding[],
): void {
  const show = (lang: 'zh' | 'en') =>
    Object.values(PP)
      .map((p) => ctx.show(p, lang))
      .join(lang === 'zh' ? '；' : '; ');
  ctx.step({
    citations: SPEC.citations,
    params: Object.values(PP),
    zh: `规划数据：${show('zh')}。`,
    en: `The programme's figures: ${show('en')}.`,
  });
  for (const d of Object.values(derived)) {
    ctx.step({
      citations: [C.housingProgramme],
      value: d.rounded.toString(),
      zh: `派生数据（${d.id}）：${d.formula} = ${d.rounded.toString()}（四舍五入保留两位小数）`,
      en: `${d.en}: ${d.formula} = ${d.rounded.toString()} ${d.unit} (half up to 2 decimals)`,
    });
  }
  for (const f of audit) {
    ctx.step({
      ruleId: HOUSING_RULE_IDS.programmeAudit,
      citations: f.citations,
      value: f.severity,
      zh: f.zh,
      en: f.title,
    });
  }
}

/**
 * The programme figures, derived figures and audit in one frozen result (what `housing.programmeFigures` and
 * `housing.programmeAudit` cover), on the rule contract: the figures are parameters, so a reform
 * (`{ overrides: { 'housing.areaCapPerPerson': '30' } }`) recomputes the derived figures and the audit's texts.
 * Without options it gives the same figures as {@link RELOCATION_PROGRAMME}, {@link PROGRAMME_DERIVED_FIGURES} and
 * {@link RELOCATION_PROGRAMME_AUDIT}.
 *
 * @throws PolicyInputError for an unknown or invalid option.
 */
export function relocationProgrammeReport(options?: EvaluationOptions): ProgrammeReport {
  const ctx = openEvaluation(SPEC, options, null);
  const v = programmeValues({ decimal: (p) => ctx.decimal(p), plainDate: (p) => ctx.plainDate(p) });
  ctx.reading(INTERPRETATION.relocationHeadcount);
  const derived = derivedFigures(v);
  const audit = programmeAudit(v, derived);
  reportSteps(ctx, derived, audit);
  return ctx.finish({ figures: programmeFigures(v), derived, audit });
}
