import type { Param } from '../core/param.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import {
  MEDICAL_CITATIONS as C,
  MEDICAL_PARAM_LIST,
  CHRONIC_DISEASE_COUNT_PARAM as CHRONIC,
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM as DEDUCTIBLE,
  IN_COUNTY_RATIO_MAX_PARAM as RATIO_MAX,
  IN_COUNTY_RATIO_MIN_PARAM as RATIO_MIN,
  INPATIENT_WAIVER_RATE_PARAM as WAIVER_RATE,
  MAJOR_DISEASE_COUNT_PARAM as MAJOR,
  REHABILITATION_ITEMS_PARAM as REHAB,
  SPECIAL_DISEASE_COUNT_PARAM as SPECIAL,
  SURGICAL_DISEASE_COUNT_PARAM as SURGICAL,
  UPLIFT_POINTS_PARAM as UPLIFT,
} from './params.js';

/** The readings this area chose where the plan is ambiguous. Ids are `medical.<key>`; `options.readings.<key>`. */
export const MEDICAL_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'medical.fiveUpliftsScope',
    area: 'medical',
    question:
      'The text lists five rates to raise (五提高) but then says “以上四类报销比例均提高 5 个百分点” (the four ' +
      'kinds above). Which rates rise by 5 percentage points?',
    chosen: {
      id: 'allFive',
      description:
        'All five: the outpatient rates for the 32 chronic and the 42 special diseases, the inpatient rate, the ' +
        '42 major diseases’ compensation rate, and each band of the NCMS critical illness insurance.',
    },
    alternatives: [
      {
        id: 'firstFour',
        description:
          'Only the four basic insurance rates; the critical illness insurance bands keep their base rates.',
      },
    ],
    rationale:
      'The policy is named 五提高 (five raises) and lists five items; “四类” reads as a slip of the count. The ' +
      'alternative is offered so a scheme that applied only four can be reproduced.',
    citations: [C.subsidyPolicies, C.criticalIllnessRate, C.fivePoints],
  }),
  defineInterpretation({
    id: 'medical.waiverPosition',
    area: 'medical',
    question: 'Where in the order of payers does the 5% waiver of in-catalogue costs apply?',
    chosen: {
      id: 'afterInsurance',
      description:
        'After basic and critical illness insurance, before medical assistance: the hospital waives 5% of the ' +
        'in-catalogue costs out of what the patient still owes on them (never more than that).',
    },
    alternatives: [
      {
        id: 'beforeInsurance',
        description:
          'First: the in-catalogue bill is reduced by 5% and the insurers pay on the remaining 95%.',
      },
      {
        id: 'afterAssistance',
        description: 'After medical assistance (or commercial insurance), just before the county fund.',
      },
    ],
    rationale:
      'The text fixes the amount (5% of 目录内医药费用, the whole in-catalogue cost) but not its place. Taken ' +
      'after insurance, the patient gets the whole 5% and the insurers pay as their own rules say, as the ' +
      'cardiac clause has the NCMS “正常支付”.',
    citations: [C.waiver5Percent],
  }),
  defineInterpretation({
    id: 'medical.fullWaiverScope',
    area: 'medical',
    question:
      'Does “目录内医药费用全免” for the 28 surgical diseases leave out-of-catalogue costs to the patient?',
    chosen: {
      id: 'inCatalogueOnly',
      description:
        'Yes: what the insurers leave of the in-catalogue costs is waived; out-of-catalogue costs stay with the ' +
        'patient (the later layers may still pay on them by their own rules).',
    },
    alternatives: [
      {
        id: 'wholeBill',
        description: 'The whole remaining bill is waived, out-of-catalogue costs included.',
      },
    ],
    rationale: 'The clause names the in-catalogue costs and nothing else.',
    citations: [C.surgical28],
  }),
  defineInterpretation({
    id: 'medical.inCountyRatioBase',
    area: 'medical',
    question:
      'What is the 85%–90% in-county reimbursement ratio measured on: in-catalogue costs or the whole bill?',
    chosen: {
      id: 'inCatalogue',
      description:
        'In-catalogue (policy-scope) costs: (in-catalogue costs − what the patient pays of them) ÷ in-catalogue costs.',
    },
    alternatives: [
      {
        id: 'totalCost',
        description: 'The whole bill: (bill − what the patient pays) ÷ bill.',
      },
    ],
    rationale:
      'Reimbursement ratios of the insurers are stated on in-catalogue (合规) costs, and the province reported ' +
      'progress on this target as the in-policy ratio of poor inpatients at county designated hospitals.',
    citations: [C.inCountyRatio],
  }),
  defineInterpretation({
    id: 'medical.inCountyTopUp',
    area: 'medical',
    question: 'Who pays to bring an in-county admission up to the target ratio, if anyone?',
    chosen: {
      id: 'countyFund',
      description:
        'The county medical fund (the fourth layer) pays the gap between what the other payers paid and the ' +
        'profile’s target ratio (in [85%, 90%]), last in the order.',
    },
    alternatives: [
      {
        id: 'reportOnly',
        description: 'Nobody tops up: the ratio is a goal; the library only reports the ratio reached.',
      },
    ],
    rationale:
      'The county fund is the last of the four layers the same paragraph builds; a ratio the plan says shall ' +
      'be reached (实现…提高到) needs a payer of last resort.',
    citations: [C.fourLayers, C.inCountyRatio],
  }),
  defineInterpretation({
    id: 'medical.deductiblePeriod',
    area: 'medical',
    question:
      'Is the critical illness deductible (6,000 yuan under the plan) met once a year or on each admission?',
    chosen: {
      id: 'perYear',
      description:
        'Once a year: the costs each claim leaves after basic insurance accumulate, and the deductible is met ' +
        'once; `reimburseYear` carries the total from claim to claim.',
    },
    alternatives: [{ id: 'perAdmission', description: 'On each claim: every claim is measured alone.' }],
    rationale:
      'Critical illness insurance protects against a year’s high costs; the plan lowers one 起付线 without ' +
      'mentioning admissions. Annual ceilings accumulate in either reading.',
    citations: [C.deductible],
  }),
  defineInterpretation({
    id: 'medical.specifiedEnrollee',
    area: 'medical',
    question: 'Who is a “特定贫困参合患者” (specified poor enrollee) for the full waiver of the 28 diseases?',
    chosen: {
      id: 'allRegisteredPoor',
      description:
        'Every registered poor patient enrolled in the NCMS (every claim here is an NCMS claim) who has one of ' +
        'the 28 diseases and is treated surgically.',
    },
    alternatives: [
      {
        id: 'localList',
        description:
          'Only patients the local scheme has specified (claim.patient.specifiedEnrollee = true); others get ' +
          'no waiver for these diseases (the 5% waiver is for diseases outside the 28).',
      },
    ],
    rationale:
      '“特定” reads as the conditions the sentence itself states (poor, enrolled, one of the 28 diseases, ' +
      'needing surgery); a scheme keeping its own list can choose the alternative.',
    citations: [C.surgical28, C.waiver5Percent],
  }),
  defineInterpretation({
    id: 'medical.cardiacNcmsPayment',
    area: 'medical',
    question:
      'For free cardiac surgery, does the NCMS’s “正常支付” include its critical illness insurance, or only ' +
      'basic insurance?',
    chosen: {
      id: 'basicAndCriticalIllness',
      description:
        'Both: basic insurance and NCMS critical illness insurance pay as usual; the foundation pays the rest.',
    },
    alternatives: [
      { id: 'basicOnly', description: 'Basic insurance only; the foundation pays everything else.' },
    ],
    rationale:
      'The plan calls the critical illness insurance “新农合大病保险”: it is part of what the NCMS normally pays.',
    citations: [C.cardiacFoundation, C.criticalIllnessRate],
  }),
]);

// Each definition is built in a pure-annotated function: a bundle that never reads MEDICAL_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the medical area, in the order its docs present them. */
export const MEDICAL_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.fourLayers',
      area: 'medical',
      kind: 'procedure',
      title: { zh: '四道医疗保障网', en: 'Four layers of medical protection' },
      summary:
        'A bill is paid in order by basic medical insurance (the NCMS), critical illness insurance, commercial ' +
        'insurance or medical assistance, and the county medical fund; what is left is the patient’s.',
      citations: [C.poorPeopleScheme, C.fourLayers],
      interpretations: ['medical.waiverPosition', 'medical.inCountyTopUp'],
      params: [UPLIFT.id, DEDUCTIBLE.id, WAIVER_RATE.id, RATIO_MIN.id, RATIO_MAX.id, REHAB.id, SURGICAL.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.basicInsurance',
      area: 'medical',
      kind: 'calculation',
      title: { zh: '城乡居民医疗保障（新农合）', en: 'Basic medical insurance (NCMS)' },
      summary:
        'The first layer pays the scheme’s rate for the care type (and hospital level) on in-catalogue costs ' +
        'above its deductible, within its annual ceiling.',
      citations: [C.fourLayers],
      interpretations: ['medical.fiveUpliftsScope'],
      params: [UPLIFT.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.fiveUplifts',
      area: 'medical',
      kind: 'parameter',
      title: { zh: '五提高', en: 'Five rates raised by 5 percentage points' },
      summary:
        'For registered poor patients the outpatient rates for the 32 chronic and 42 special diseases, the ' +
        'inpatient rate, the 42 major diseases’ rate and the critical illness insurance rate each rise by 5 pp ' +
        '(capped at 100%).',
      citations: [
        C.subsidyPolicies,
        C.chronic32,
        C.special42,
        C.inpatient,
        C.major42,
        C.criticalIllnessRate,
        C.fivePoints,
      ],
      interpretations: ['medical.fiveUpliftsScope'],
      params: [UPLIFT.id, CHRONIC.id, SPECIAL.id, MAJOR.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.criticalIllnessDeductible',
      area: 'medical',
      kind: 'parameter',
      title: { zh: '一降低：新农合大病保险起付线', en: 'Critical illness insurance deductible lowered' },
      summary:
        'The NCMS critical illness insurance deductible falls from 10,000 to 6,000 yuan for the registered poor.',
      citations: [C.deductible],
      interpretations: ['medical.deductiblePeriod'],
      params: [DEDUCTIBLE.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.criticalIllnessInsurance',
      area: 'medical',
      kind: 'calculation',
      title: { zh: '大病保险', en: 'Critical illness insurance' },
      summary:
        'The second layer pays, band by band, on the in-catalogue costs basic insurance leaves, above the ' +
        'deductible, within its annual ceiling.',
      citations: [C.fourLayers, C.criticalIllnessRate, C.deductible],
      interpretations: ['medical.deductiblePeriod', 'medical.fiveUpliftsScope'],
      params: [DEDUCTIBLE.id, UPLIFT.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.rehabilitationItems',
      area: 'medical',
      kind: 'calculation',
      title: {
        zh: '一纳入：23 项残疾人康复项目',
        en: '23 disability rehabilitation items brought into the NCMS',
      },
      summary:
        'For registered poor patients, costs of the 23 rehabilitation items count as in-catalogue costs ' +
        '(before the plan they were the patient’s).',
      citations: [C.rehabilitation],
      params: [REHAB.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.surgical28Waiver',
      area: 'medical',
      kind: 'calculation',
      title: { zh: '28 种重大疾病目录内医药费用全免', en: 'Full waiver for the 28 surgical major diseases' },
      summary:
        'For a specified poor enrollee treated surgically for one of the 28 diseases, the in-catalogue costs ' +
        'the insurers leave are waived in full.',
      citations: [C.surgical28],
      interpretations: ['medical.fullWaiverScope', 'medical.specifiedEnrollee'],
      params: [SURGICAL.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.inpatientWaiver5Percent',
      area: 'medical',
      kind: 'calculation',
      title: {
        zh: '目录内医药费用 5% 减免',
        en: '5% waiver of in-catalogue costs for other poor inpatients',
      },
      summary:
        'A registered poor inpatient with a disease outside the 28 has 5% of the in-catalogue costs waived ' +
        '(never more than they still owe on them).',
      citations: [C.waiver5Percent],
      interpretations: ['medical.waiverPosition'],
      params: [WAIVER_RATE.id, SURGICAL.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.cardiacFree',
      area: 'medical',
      kind: 'calculation',
      title: { zh: '心脏支架、搭桥等手术免费', en: 'Free cardiac stent and bypass surgery' },
      summary:
        'The NCMS pays as usual and the provincial youth development foundation pays the rest: the patient pays nothing.',
      citations: [C.cardiacFree, C.cardiacFoundation],
      interpretations: ['medical.cardiacNcmsPayment'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.medicalAssistance',
      area: 'medical',
      kind: 'calculation',
      title: { zh: '商业保险或医疗救助', en: 'Commercial insurance or medical assistance' },
      summary:
        'The third layer pays the profile’s rate on the in-catalogue costs still owed, within its annual cap, ' +
        'for registered poor patients.',
      citations: [C.fourLayers, C.assistanceBox],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.inCountyRatio',
      area: 'medical',
      kind: 'check',
      title: { zh: '县域内报销比例 85%—90%', en: 'In-county reimbursement ratio of 85%–90%' },
      summary:
        'A registered poor inpatient of a designated in-county hospital is reimbursed at least the profile’s ' +
        'target ratio (in [85%, 90%]); the county medical fund pays the gap.',
      citations: [C.inCountyRatio, C.fourLayers],
      interpretations: ['medical.inCountyRatioBase', 'medical.inCountyTopUp'],
      params: [RATIO_MIN.id, RATIO_MAX.id],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'medical.treatFirstPayLater',
      area: 'medical',
      kind: 'procedure',
      title: { zh: '先诊疗后付费', en: 'Treatment first, payment later' },
      summary:
        'A registered poor patient admitted to a designated in-county hospital pays no deposit; the bill is ' +
        'settled after treatment.',
      citations: [C.treatFirstPayLater],
    }))(),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const MEDICAL_PARAMS: readonly Param[] = MEDICAL_PARAM_LIST;
