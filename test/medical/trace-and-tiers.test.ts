/**
 * Worked examples for the branches the first examples leave open: the 42 major diseases seen as outpatients,
 * the hospital-level tiers and what applies when a level has none, all three critical illness bands in one bill,
 * which outpatient costs count toward critical illness insurance, the third layer as commercial insurance, the
 * readings a caller leaves unset, and what each trace step records. Figures are the ILLUSTRATIVE profile's (see
 * reimburse.test.ts); under the plan every raised rate is +5 pp.
 */
import { describe, expect, it } from 'vitest';
import {
  MEDICAL_CITATIONS as C,
  MEDICAL_INTERPRETATIONS,
  reimburse,
  type ClaimInput,
  type MedicalSchemeProfileInput,
  type ReimbursementResult,
  type TraceStep,
} from '../../src/medical/index.js';
import { accounted, copy, deepFreeze, inpatient, outpatient, PROFILE, sharesOf } from './support.js';

const elsewhere = { level: 'provincial', inCounty: false, designated: true } as const;
const notDesignated = { level: 'county', inCounty: true, designated: false } as const;

function check(
  claim: ClaimInput,
  options?: Parameters<typeof reimburse>[2],
  profile: MedicalSchemeProfileInput = PROFILE,
): ReimbursementResult {
  const r = reimburse(claim, profile, options);
  expect(accounted(r).eq(r.totalCost)).toBe(true);
  return r;
}

/** The one step of a rule (the basic-insurance uplift, not the critical illness one, for fiveUplifts). */
function stepOf(r: ReimbursementResult, ruleId: string): TraceStep {
  const steps = r.trace.filter(
    (s) =>
      s.ruleId === ruleId && !(ruleId === 'medical.fiveUplifts' && s.inputs.category === 'criticalIllness'),
  );
  expect(steps, ruleId).toHaveLength(1);
  const [only] = steps;
  if (only === undefined) throw new Error(`no ${ruleId} step`);
  return only;
}

const ciUplift = (r: ReimbursementResult): TraceStep | undefined =>
  r.trace.find((s) => s.ruleId === 'medical.fiveUplifts' && s.inputs.category === 'criticalIllness');

/** The illustrative profile with the inpatient tiers replaced (undefined: no tiers at all), top level 500 / 60%. */
function tiered(
  byLevel: NonNullable<MedicalSchemeProfileInput['basicInsurance']['inpatient']['byLevel']> | undefined,
): MedicalSchemeProfileInput {
  const p = copy(PROFILE);
  p.basicInsurance.inpatient.deductible = '500';
  p.basicInsurance.inpatient.rate = '0.60';
  if (byLevel === undefined) delete p.basicInsurance.inpatient.byLevel;
  else p.basicInsurance.inpatient.byLevel = byLevel;
  return deepFreeze(p);
}

describe('提高 42 种重大疾病补偿比例 also for outpatient care of the 42 major diseases', () => {
  it('major-42 outpatient: 1000 × (65% + 5 pp) = 700, no deductible, no outpatient ceiling; assistance 300 × 30% = 90; patient 210', () => {
    const r = check(outpatient({ diseaseGroup: 'major42', totalCost: '1000', inCatalogueCost: '1000' }));
    expect(sharesOf(r)).toEqual({ basicInsurance: '700.00', medicalAssistance: '90.00' });
    expect(r.outOfPocket.toString()).toBe('210.00');
    expect(stepOf(r, 'medical.fiveUplifts').inputs).toEqual({
      category: 'major42',
      baseRate: '0.65',
      raisedRate: '0.7',
    });
    expect(stepOf(r, 'medical.fiveUplifts').citations[0]).toBe(C.major42);
    expect(stepOf(r, 'medical.fiveUplifts').amount?.toString()).toBe('50.00'); // 1000 × 5 pp
    expect(stepOf(r, 'medical.basicInsurance').inputs).toMatchObject({
      category: 'major42',
      deductible: '0.00',
    });
  });

  it('major-42 outpatient above the 200 ceiling of other outpatient care: 5000 × 70% = 3500, not capped', () => {
    const r = check(outpatient({ diseaseGroup: 'major42', totalCost: '5000', inCatalogueCost: '5000' }));
    expect(r.shares.basicInsurance.toString()).toBe('3500.00');
  });

  it('baseline: major-42 outpatient at the base 65%: 1000 × 65% = 650', () => {
    const r = check(outpatient({ diseaseGroup: 'major42', totalCost: '1000', inCatalogueCost: '1000' }), {
      regime: 'baseline',
    });
    expect(r.shares.basicInsurance.toString()).toBe('650.00');
  });
});

describe('inpatient deductible and rate per hospital level, and the scheme-wide figures where a level has none', () => {
  it('no tiers at all: the scheme-wide 500 / 60% apply: (10000 − 500) × (60% + 5 pp) = 6175', () => {
    const r = check(inpatient({ hospital: notDesignated }), undefined, tiered(undefined));
    expect(r.shares.basicInsurance.toString()).toBe('6175.00');
    expect(stepOf(r, 'medical.basicInsurance').inputs).toMatchObject({ deductible: '500.00', rate: '0.65' });
  });

  it('tiers for township only, a municipal admission: scheme-wide 500 / 60%: (10000 − 500) × 65% = 6175', () => {
    const r = check(
      inpatient({ hospital: { level: 'municipal', inCounty: false, designated: true } }),
      undefined,
      tiered({ township: { deductible: '100', rate: '0.80' } }),
    );
    expect(r.shares.basicInsurance.toString()).toBe('6175.00');
  });

  it('tiers for township only, a township admission: its own 100 / 80%: (10000 − 100) × 85% = 8415', () => {
    const r = check(
      inpatient({ hospital: { level: 'township', inCounty: true, designated: false } }),
      undefined,
      tiered({ township: { deductible: '100', rate: '0.80' } }),
    );
    expect(r.shares.basicInsurance.toString()).toBe('8415.00');
  });

  it('a tier naming only a deductible keeps the scheme-wide rate: (10000 − 1000) × (60% + 5 pp) = 5850', () => {
    const r = check(
      inpatient({ hospital: notDesignated }),
      undefined,
      tiered({ county: { deductible: '1000' } }),
    );
    expect(r.shares.basicInsurance.toString()).toBe('5850.00');
  });

  it('a tier naming only a rate keeps the scheme-wide deductible: (10000 − 500) × (80% + 5 pp) = 8075', () => {
    const r = check(inpatient({ hospital: notDesignated }), undefined, tiered({ county: { rate: '0.80' } }));
    expect(r.shares.basicInsurance.toString()).toBe('8075.00');
  });

  it('major-42 inpatient, level without a tier: the scheme-wide 500 deductible, the 65% + 5 pp major rate: 9500 × 70% = 6650', () => {
    const r = check(
      inpatient({
        diseaseGroup: 'major42',
        hospital: { level: 'municipal', inCounty: false, designated: true },
      }),
      undefined,
      tiered({ township: { deductible: '100' } }),
    );
    expect(r.shares.basicInsurance.toString()).toBe('6650.00');
    expect(stepOf(r, 'medical.basicInsurance').inputs).toMatchObject({
      category: 'major42',
      deductible: '500.00',
    });
  });

  it('major-42 inpatient with no tiers at all: (10000 − 500) × 70% = 6650', () => {
    const r = check(
      inpatient({ diseaseGroup: 'major42', hospital: notDesignated }),
      undefined,
      tiered(undefined),
    );
    expect(r.shares.basicInsurance.toString()).toBe('6650.00');
  });
});

describe('critical illness insurance band by band, and which outpatient costs count toward it', () => {
  // Provincial, out of county: basic (300000 − 1000) × (45% + 5 pp) = 149500; 150500 left, 144500 above 6000.
  const claim = inpatient({ hospital: elsewhere, totalCost: '300000', inCatalogueCost: '300000' });

  it(
    'all three bands: 50000 × 55% + 50000 × 65% + 44500 × 75% = 27500 + 32500 + 33375 = 93375; waiver 15000; ' +
      'assistance 42125 × 30% = 12637.50 capped at 10000; patient 32125',
    () => {
      const r = check(claim);
      expect(sharesOf(r)).toEqual({
        waiver: '15000.00',
        basicInsurance: '149500.00',
        criticalIllnessInsurance: '93375.00',
        medicalAssistance: '10000.00',
      });
      expect(r.outOfPocket.toString()).toBe('32125.00');
      const ci = stepOf(r, 'medical.criticalIllnessInsurance');
      expect(ci.inputs).toEqual({
        owedAfterBasic: '150500.00',
        yearToDateBefore: '0.00',
        deductible: '6000.00',
        rates: '50000.00:0.55 100000.00:0.65 ∞:0.75',
        ceilingRemaining: '300000.00',
      });
      const assistance = stepOf(r, 'medical.medicalAssistance');
      expect(assistance.inputs).toEqual({
        inCatalogueOwed: '42125.00',
        rate: '0.3',
        capRemaining: '10000.00',
      });
      expect(assistance.text.en).toContain('12637.50, capped by the annual limit at 10000.00');
    },
  );

  it('the +5 pp on the bands adds 93375 − (25000 + 30000 + 31150 = 86150) = 7225, and the trace shows both sets of rates', () => {
    const r = check(claim);
    const uplift = ciUplift(r);
    expect(uplift?.inputs).toEqual({
      category: 'criticalIllness',
      baseRates: '0.5/0.6/0.7',
      raisedRates: '0.55/0.65/0.75',
    });
    expect(uplift?.amount?.toString()).toBe('7225.00');
    expect(uplift?.citations[0]).toBe(C.criticalIllnessRate);
  });

  it('reading firstFour: the bands stay at 50/60/70%: 25000 + 30000 + 31150 = 86150, and no uplift step for them', () => {
    const r = check(claim, { readings: { fiveUpliftsScope: 'firstFour' } });
    expect(r.shares.criticalIllnessInsurance.toString()).toBe('86150.00');
    expect(ciUplift(r)).toBeUndefined();
    expect(stepOf(r, 'medical.criticalIllnessInsurance').inputs.rates).toBe(
      '50000.00:0.5 100000.00:0.6 ∞:0.7',
    );
  });

  it(
    'chronic-32 outpatient costs do not count toward critical illness insurance: 20000 × 55% = 11000 capped at the ' +
      '3000 chronic ceiling; 17000 left, CI 0 (not (17000 − 6000) × 55%); assistance 5100; patient 11900',
    () => {
      const r = check(
        outpatient({ diseaseGroup: 'chronic32', totalCost: '20000', inCatalogueCost: '20000' }),
      );
      expect(sharesOf(r)).toEqual({ basicInsurance: '3000.00', medicalAssistance: '5100.00' });
      expect(r.outOfPocket.toString()).toBe('11900.00');
      expect(r.trace.some((s) => s.ruleId.startsWith('medical.criticalIllness'))).toBe(false);
      const basic = stepOf(r, 'medical.basicInsurance');
      expect(basic.inputs).toEqual({
        category: 'chronic32',
        inCatalogueOwed: '20000.00',
        deductible: '0.00',
        rate: '0.55',
        ceilingRemaining: '3000.00',
      });
      expect(basic.text.en).toContain('capped by the annual ceiling at 3000.00');
    },
  );

  it('other outpatient care: 1000 × 40% = 400 capped at the 200 ceiling; no +5 pp and no uplift step', () => {
    const r = check(outpatient({ diseaseGroup: 'other', totalCost: '1000', inCatalogueCost: '1000' }));
    expect(r.shares.basicInsurance.toString()).toBe('200.00');
    expect(r.trace.map((s) => s.ruleId)).toEqual([
      'medical.basicInsurance',
      'medical.medicalAssistance',
      'medical.fourLayers',
    ]);
  });
});

describe('the trace: one step per rule, in the payer order, each recording what went in', () => {
  // County admission, designated, in county: basic (10000 − 300) × 70% = 6790; 3210 left (under 6000, CI 0);
  // waiver 500; assistance 2710 × 30% = 813; county fund 8500 − 8103 = 397; patient 1500 + 2000 = 3500.
  // Computed inside each test (not when the suite is collected), so a mutation tester sees which test ran it.
  const traced = (): ReimbursementResult => check(inpatient());

  it('steps: 先诊疗后付费, +5 pp, basic, deductible lowered, +5 pp on the bands, CI, 5% waiver, assistance, county fund, patient', () => {
    expect(traced().trace.map((s) => s.ruleId)).toEqual([
      'medical.treatFirstPayLater',
      'medical.fiveUplifts',
      'medical.basicInsurance',
      'medical.criticalIllnessDeductible',
      'medical.fiveUplifts',
      'medical.criticalIllnessInsurance',
      'medical.inpatientWaiver5Percent',
      'medical.medicalAssistance',
      'medical.inCountyRatio',
      'medical.fourLayers',
    ]);
  });

  it('先诊疗后付费: in county and designated, no deposit, nothing paid', () => {
    const s = stepOf(traced(), 'medical.treatFirstPayLater');
    expect(s.inputs).toEqual({ inCounty: true, designated: true });
    expect(s.payer).toBeNull();
    expect(s.amount).toBeNull(); // no money: the step's value is the deposit required
    expect(s.value).toBe(false);
    expect(s.citations[0]).toBe(C.treatFirstPayLater);
  });

  it('basic insurance: 10000 owed, deductible 300, rate 0.7, 200000 of the annual ceiling left', () => {
    const s = stepOf(traced(), 'medical.basicInsurance');
    expect(s.inputs).toEqual({
      category: 'inpatient',
      inCatalogueOwed: '10000.00',
      deductible: '300.00',
      rate: '0.7',
      ceilingRemaining: '200000.00',
    });
    expect(s.amount?.toString()).toBe('6790.00');
    expect(stepOf(traced(), 'medical.fiveUplifts').citations[0]).toBe(C.inpatient);
  });

  it('一降低: deductible 6000 instead of 10000, met once a year (按年度累计)', () => {
    const s = stepOf(traced(), 'medical.criticalIllnessDeductible');
    expect(s.inputs).toEqual({ deductible: '6000.00', before: '10000.00', period: 'perYear' });
    expect(s.amount?.toString()).toBe('6000.00');
    expect(s.citations[0]).toBe(C.deductible);
    expect(s.text.zh).toContain('按年度累计');
    expect(s.text.en).toContain('once a year');
  });

  it('reading perAdmission: the deductible step says per claim (按次)', () => {
    const s = stepOf(
      check(inpatient(), { readings: { deductiblePeriod: 'perAdmission' } }),
      'medical.criticalIllnessDeductible',
    );
    expect(s.inputs.period).toBe('perAdmission');
    expect(s.text.zh).toContain('按次');
    expect(s.text.zh).not.toContain('按年度累计');
    expect(s.text.en).toContain('per claim');
    expect(s.text.en).not.toContain('once a year');
  });

  it('5% waiver: 10000 × 5% = 500 of the 3210 owed after insurance', () => {
    const s = stepOf(traced(), 'medical.inpatientWaiver5Percent');
    expect(s.inputs).toEqual({
      inCatalogueCost: '10000.00',
      rate: '0.05',
      position: 'afterInsurance',
      owedBefore: '3210.00',
    });
    expect(s.amount?.toString()).toBe('500.00');
  });

  it('medical assistance: 2710 × 30% = 813, cited to 专栏5', () => {
    const s = stepOf(traced(), 'medical.medicalAssistance');
    expect(s.inputs).toEqual({ inCatalogueOwed: '2710.00', rate: '0.3', capRemaining: '10000.00' });
    expect(s.payer).toBe('medicalAssistance');
    expect(s.citations[0]).toBe(C.assistanceBox);
    expect(s.text.zh).toMatch(/^医疗救助：/);
    expect(s.text.en).toMatch(/^Medical assistance: /);
  });

  it('county fund: 10000 × 85% = 8500 to reach, 8103 reimbursed before, pays 397', () => {
    const s = stepOf(traced(), 'medical.inCountyRatio');
    expect(s.inputs).toEqual({
      base: 'inCatalogue',
      baseAmount: '10000.00',
      target: '0.85',
      reimbursedBefore: '8103.00',
    });
    expect(s.amount?.toString()).toBe('397.00');
  });

  it('the patient: 12000 − 8500 reimbursed = 3500', () => {
    const s = stepOf(traced(), 'medical.fourLayers');
    expect(s.inputs).toEqual({ totalCost: '12000.00', reimbursed: '8500.00' });
    expect(s.payer).toBe('patient');
    expect(s.amount?.toString()).toBe('3500.00');
  });

  it('baseline: no plan steps (no 先诊疗后付费, no +5 pp, no lowered deductible, no waiver, no county fund)', () => {
    const b = check(inpatient({ rehabilitationItemsCost: '1000' }), { regime: 'baseline' });
    expect(b.trace.map((s) => s.ruleId)).toEqual([
      'medical.basicInsurance',
      'medical.criticalIllnessInsurance',
      'medical.medicalAssistance',
      'medical.fourLayers',
    ]);
    expect(stepOf(b, 'medical.criticalIllnessInsurance').inputs).toMatchObject({
      deductible: '10000.00',
      rates: '50000.00:0.5 100000.00:0.6 ∞:0.7',
    });
  });

  it('一纳入: in-catalogue 8000 + rehabilitation items 1000 = 9000, recorded with both amounts', () => {
    const claim = inpatient({
      hospital: notDesignated,
      totalCost: '10000',
      inCatalogueCost: '8000',
      rehabilitationItemsCost: '1000',
    });
    const s = stepOf(check(claim), 'medical.rehabilitationItems');
    expect(s.inputs).toEqual({ rehabilitationItemsCost: '1000.00', inCatalogueCost: '8000.00' });
    expect(s.amount?.toString()).toBe('1000.00');
    expect(s.citations[0]).toBe(C.rehabilitation);
  });

  it('28 surgical diseases: 21525 in-catalogue waived, 0 out of catalogue; wholeBill: 21525 + 10000 = 31525', () => {
    const claim = inpatient({
      diseaseGroup: 'surgical28',
      hospital: elsewhere,
      totalCost: '90000',
      inCatalogueCost: '80000',
    });
    const s = stepOf(check(claim), 'medical.surgical28Waiver');
    expect(s.inputs).toEqual({
      inCatalogueOwed: '21525.00',
      outOfCatalogueWaived: '0.00',
      scope: 'inCatalogueOnly',
    });
    expect(s.text.zh).toContain('减免 21525.00 元');
    expect(s.text.en).toContain('(21525.00)');
    const w = stepOf(
      check(claim, { readings: { fullWaiverScope: 'wholeBill' } }),
      'medical.surgical28Waiver',
    );
    expect(w.inputs).toEqual({
      inCatalogueOwed: '21525.00',
      outOfCatalogueWaived: '10000.00',
      scope: 'wholeBill',
    });
    expect(w.amount?.toString()).toBe('31525.00');
    expect(w.text.en).toContain('(31525.00)');
  });

  it('cardiac surgery: the NCMS paid 24500 + 10725 = 35225; the foundation pays the other 24775', () => {
    const claim = inpatient({
      diseaseGroup: 'cardiacIntervention',
      hospital: elsewhere,
      totalCost: '60000',
      inCatalogueCost: '50000',
    });
    const s = stepOf(check(claim), 'medical.cardiacFree');
    expect(s.inputs).toEqual({ ncmsPaid: '35225.00', ncmsPayment: 'basicAndCriticalIllness' });
    expect(s.amount?.toString()).toBe('24775.00');
    expect(s.text.zh).toContain('其余 24775.00 元');
    expect(s.text.en).toContain('(24775.00)');
    const basicOnly = stepOf(
      check(claim, { readings: { cardiacNcmsPayment: 'basicOnly' } }),
      'medical.cardiacFree',
    );
    expect(basicOnly.inputs).toEqual({ ncmsPaid: '24500.00', ncmsPayment: 'basicOnly' });
  });
});

describe('商业保险或医疗救助: the third layer as commercial insurance', () => {
  it('commercial insurance pays what assistance would: 2710 × 30% = 813, named and cited as the fourth layer list', () => {
    const p = copy(PROFILE);
    p.thirdLayer.kind = 'commercialInsurance';
    const r = check(inpatient(), undefined, deepFreeze(p));
    expect(sharesOf(r)).toEqual({
      waiver: '500.00',
      basicInsurance: '6790.00',
      commercialInsurance: '813.00',
      countyFund: '397.00',
    });
    const s = stepOf(r, 'medical.medicalAssistance');
    expect(s.payer).toBe('commercialInsurance');
    expect(s.citations[0]).toBe(C.fourLayers);
    expect(s.text.zh).toMatch(/^商业保险：/);
    expect(s.text.en).toMatch(/^Commercial insurance: /);
  });
});

/** The registry's chosen reading of each medical interpretation (the defaults applied). */
const chosenReadings = () =>
  Object.fromEntries(MEDICAL_INTERPRETATIONS.map((i) => [i.id.replace('medical.', ''), i.chosen.id]));

describe('the claim id and the readings applied', () => {
  it('the claim id is returned as given, and null when the claim has none', () => {
    expect(check(inpatient({ id: 'ZY-2018-0417' })).claimId).toBe('ZY-2018-0417');
    expect(check(inpatient()).claimId).toBeNull();
  });

  it('the result lists every reading applied: the defaults, with a caller’s choice in place of its default', () => {
    expect(check(inpatient()).readings).toEqual(chosenReadings());
    expect(check(inpatient(), { readings: { waiverPosition: 'beforeInsurance' } }).readings).toEqual({
      ...chosenReadings(),
      waiverPosition: 'beforeInsurance',
    });
  });

  it('a reading passed as undefined keeps its default: the 5% waiver still paid after insurance (500)', () => {
    const r = check(inpatient({ hospital: notDesignated }), {
      readings: { waiverPosition: undefined, deductiblePeriod: undefined },
    });
    expect(r.readings).toEqual(chosenReadings());
    expect(r.shares.waiver.toString()).toBe('500.00');
    expect(r.outOfPocket.toString()).toBe('3897.00'); // as by default: 10000 − 6790 − 500 − 813 + 2000
  });
});
