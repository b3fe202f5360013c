// Test-only reference: the medical cascade before issue 9 (see README.md).
import { cite, type Citation } from '../../../src/core/citation.js';
import { Dec } from '../../../src/core/decimal.js';
import { Money } from '../../../src/core/money.js';
import { percentagePoints, type Rate } from '../../../src/core/rate.js';

/**
 * The plan's own figures and clauses for chapter 7, section 2 (提高医疗保障水平). Everything local (base rates,
 * bands, ceilings, the assistance rate) is a validated {@link MedicalSchemeProfile}, never a constant here.
 */

/** The clauses of chapter 7 section 2 this area encodes, each quoted verbatim and short. */
export const MEDICAL_CITATIONS = Object.freeze({
  poorPeopleScheme: cite({ chapter: 7, section: 2, quote: '建立完善农村贫困人口的医疗保障制度' }),
  fourLayers: cite({
    chapter: 7,
    section: 2,
    quote: '城乡居民医疗保障、大病保险、商业保险或医疗救助、县级医疗基金四道医疗保障网',
  }),
  subsidyPolicies: cite({ chapter: 7, section: 2, quote: '落实“五提高、一降低、一纳入、三减免”等补助政策' }),
  chronic32: cite({ chapter: 7, section: 2, quote: '提高 32 种常见慢性病门诊报销比例' }),
  special42: cite({ chapter: 7, section: 2, quote: '提高 42 种特殊疾病门诊报销比例' }),
  inpatient: cite({ chapter: 7, section: 2, quote: '提高住院患者报销比例' }),
  major42: cite({ chapter: 7, section: 2, quote: '提高 42 种重大疾病补偿比例' }),
  criticalIllnessRate: cite({ chapter: 7, section: 2, quote: '提高新农合大病保险报销比例' }),
  fivePoints: cite({ chapter: 7, section: 2, quote: '以上四类报销比例均提高 5 个百分点' }),
  deductible: cite({
    chapter: 7,
    section: 2,
    quote: '降低新农合大病保险报销起付线，由 1 万元降至 6000 元',
  }),
  rehabilitation: cite({ chapter: 7, section: 2, quote: '将 23 项残疾人康复项目纳入新农合报销范围' }),
  surgical28: cite({
    chapter: 7,
    section: 2,
    quote: '针对患有肺癌、食道癌等 28 种重大疾病且需手术治疗的特定贫困参合患者实现目录内医药费用全免',
  }),
  waiver5Percent: cite({
    chapter: 7,
    section: 2,
    quote: '针对 28 种重大疾病外的贫困住院患者，给予目录内医药费用 5% 的减免',
  }),
  cardiacFree: cite({ chapter: 7, section: 2, quote: '免费为适应病患者开展心脏支架、搭桥等手术' }),
  cardiacFoundation: cite({
    chapter: 7,
    section: 2,
    quote: '所需费用除新农合正常支付外，其余部分由省青少年发展基金会承担',
  }),
  treatFirstPayLater: cite({
    chapter: 7,
    section: 2,
    quote: '贫困患者在县域内定点医疗机构住院的，实行先诊疗后付费的结算机制',
  }),
  inCountyRatio: cite({ chapter: 7, section: 2, quote: '实现县域内报销比例提高到 85%—90%' }),
  assistanceBox: cite({ chapter: 7, box: 5, quote: '开展重特大疾病医疗救助行动' }),
} satisfies Record<string, Citation>);

/** 五提高: each listed rate rises by 5 percentage points (“均提高 5 个百分点”). */
export const UPLIFT_POINTS = 5;

/** The uplift as a fraction: 5 pp = 0.05. */
export const UPLIFT: Rate = Object.freeze(percentagePoints(UPLIFT_POINTS));

/** 一降低: the NCMS critical illness insurance deductible before the plan, 1 万元 (“由 1 万元”). */
export const BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE: Money = Money.of(10_000);

/** 一降低: the deductible under the plan, 6000 元 (“降至 6000 元”). */
export const PLAN_CRITICAL_ILLNESS_DEDUCTIBLE: Money = Money.of(6_000);

/** 三减免 (2): 5% of in-catalogue costs waived for poor inpatients outside the 28 diseases. */
export const INPATIENT_WAIVER_RATE: Rate = Object.freeze(new Dec('0.05'));

/** The in-county reimbursement ratio range, 85%—90% (both ends included: a range written with a dash). */
export const IN_COUNTY_RATIO_RANGE: readonly [Rate, Rate] = Object.freeze([
  Object.freeze(new Dec('0.85')),
  Object.freeze(new Dec('0.9')),
]);

/** How many disability rehabilitation items 一纳入 brings into NCMS reimbursement (“23 项”). */
export const REHABILITATION_ITEM_COUNT = 23;

/**
 * The disease groups a claim names. The plan counts the lists (32, 42, 42, 28) but does not print them: a local
 * scheme keeps the lists, and the claim says which group its disease belongs to.
 * - `chronic32`: one of the 32 common chronic diseases (常见慢性病), outpatient.
 * - `special42`: one of the 42 special diseases (特殊疾病), outpatient.
 * - `major42`: one of the 42 major diseases (重大疾病), compensated at the major-disease rate.
 * - `surgical28`: one of the 28 major diseases needing surgery (lung cancer, oesophageal cancer, ...), treated
 *   surgically in hospital.
 * - `cardiacIntervention`: a heart stent, bypass or similar operation (心脏支架、搭桥等手术), in hospital.
 * - `other`: anything else.
 */
export const DISEASE_GROUPS = Object.freeze([
  'chronic32',
  'special42',
  'major42',
  'surgical28',
  'cardiacIntervention',
  'other',
] as const);
/** A disease group of a claim; see {@link DISEASE_GROUPS}. */
export type DiseaseGroup = (typeof DISEASE_GROUPS)[number];

/** Hospital levels a scheme may tier its inpatient deductible and rate by (乡镇, 县, 市, 省). */
export const HOSPITAL_LEVELS = Object.freeze(['township', 'county', 'municipal', 'provincial'] as const);
/** A hospital level; see {@link HOSPITAL_LEVELS}. */
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/** Care types: a hospital admission or an outpatient bill. */
export const CARE_TYPES = Object.freeze(['inpatient', 'outpatient'] as const);
/** A care type; see {@link CARE_TYPES}. */
export type CareType = (typeof CARE_TYPES)[number];

/** The payers of a bill, in the default order they pay (see docs/medical.md). */
export const PAYERS = Object.freeze([
  'waiver',
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'countyFund',
  'foundation',
] as const);
/** One payer of a bill other than the patient. */
export type Payer = (typeof PAYERS)[number];
