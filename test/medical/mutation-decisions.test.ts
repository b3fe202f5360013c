/**
 * Mutation-testing pins (issue 15): each decision of the cascade at both sides — who gets a layer and who does
 * not, the order the readings choose, the figures and ratios of the result — and what compareWithBaseline and
 * reimburseYear add. Figures are the ILLUSTRATIVE profile's; under the plan every raised rate is +5 pp. The
 * default claim: a registered poor inpatient, county hospital in county, designated, 12000 (10000 in-catalogue).
 */
import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  reimburse,
  reimburseYear,
  type ReimbursementResult,
} from '../../src/medical/index.js';
import { refusal } from '../support/errors.js';
import { copy, deepFreeze, inpatient, outpatient, PROFILE, sharesOf } from './support.js';

const ids = (r: ReimbursementResult): string[] =>
  r.trace.map((s) =>
    s.ruleId === 'medical.fiveUplifts' ? `fiveUplifts:${String(s.inputs.category)}` : s.ruleId.slice(8),
  );
type Ratio = ReimbursementResult['ratios']['overall'];
const shown = (v: Ratio): string | null => (v === null ? null : v.toDecimalPlaces(6).toString());
const ratios = (r: ReimbursementResult): Record<string, string | null> => ({
  overall: shown(r.ratios.overall),
  inCatalogue: shown(r.ratios.inCatalogue),
  inCounty: shown(r.ratios.inCounty),
});

describe('which layers apply, at both sides of each condition', () => {
  it('the default claim runs every layer in the plan’s order; ratios 8500 ÷ 12000 ≈ 0.708333, 8500 ÷ 10000 = 0.85 twice', () => {
    const r = reimburse(inpatient({ id: 'c-1' }), PROFILE);
    expect(ids(r)).toEqual([
      'treatFirstPayLater',
      'fiveUplifts:inpatient',
      'basicInsurance',
      'criticalIllnessDeductible',
      'fiveUplifts:criticalIllness',
      'criticalIllnessInsurance',
      'inpatientWaiver5Percent',
      'medicalAssistance',
      'inCountyRatio',
      'fourLayers',
    ]);
    expect(r.claimId).toBe('c-1');
    expect(r.depositRequired).toBe(false);
    expect(r.reimbursed.toString()).toBe('8500.00');
    expect(r.outOfPocketInCatalogue.toString()).toBe('1500.00');
    expect(r.outOfPocketOutOfCatalogue.toString()).toBe('2000.00');
    expect(r.outOfCatalogueCost.toString()).toBe('2000.00');
    expect(ratios(r)).toEqual({ overall: '0.708333', inCatalogue: '0.85', inCounty: '0.85' });
  });

  it('no id: claimId null', () => {
    expect(reimburse(inpatient(), PROFILE).claimId).toBeNull();
  });

  it('not registered poor: the baseline, no plan step, no third layer; 9700 × 65% = 6305, patient 5695; deposit', () => {
    const r = reimburse(inpatient({ patient: { registeredPoor: false } }), PROFILE);
    expect(r.regime).toBe('baseline');
    expect(ids(r)).toEqual(['basicInsurance', 'criticalIllnessInsurance', 'fourLayers']);
    expect(sharesOf(r)).toEqual({ basicInsurance: '6305.00' });
    expect(r.outOfPocket.toString()).toBe('5695.00');
    expect(r.depositRequired).toBe(true);
    expect(ratios(r)).toEqual({
      overall: '0.525417',
      inCatalogue: '0.6305',
      inCounty: '0.6305',
    });
  });

  it('not registered poor: the caller’s readings and overrides still apply (only the regime changes)', () => {
    const poorNot = inpatient({ patient: { registeredPoor: false } });
    const r = reimburse(poorNot, PROFILE, { readings: { waiverPosition: 'beforeInsurance' } });
    expect(r.readings.waiverPosition).toBe('beforeInsurance');
    const e = refusal(() =>
      reimburse(poorNot, PROFILE, { overrides: { 'medical.inCountyRatioMin': '0.86' } }),
    );
    expect(e.issues[0]?.message).toBe('must lie in the in-county range 86%—90%');
  });

  it('registered poor, not designated: no treat-first, no county fund; deposit required', () => {
    const r = reimburse(
      inpatient({ hospital: { level: 'county', inCounty: true, designated: false } }),
      PROFILE,
    );
    expect(ids(r)).not.toContain('treatFirstPayLater');
    expect(ids(r)).not.toContain('inCountyRatio');
    expect(r.shares.countyFund.toString()).toBe('0.00');
    expect(r.depositRequired).toBe(true);
    expect(r.ratios.inCounty?.toString()).toBe('0.8103'); // (10000 − 1897) ÷ 10000
  });

  it('registered poor, designated but out of county: no treat-first, no county fund, no in-county ratio', () => {
    const r = reimburse(
      inpatient({ hospital: { level: 'county', inCounty: false, designated: true } }),
      PROFILE,
    );
    expect(ids(r)).not.toContain('treatFirstPayLater');
    expect(ids(r)).not.toContain('inCountyRatio');
    expect(r.depositRequired).toBe(true);
    expect(r.ratios.inCounty).toBeNull();
  });

  it('an outpatient bill: no deposit, no treat-first, no 5% waiver, no county fund', () => {
    const r = reimburse(outpatient({ totalCost: '1000', inCatalogueCost: '300' }), PROFILE);
    expect(ids(r)).toEqual(['basicInsurance', 'medicalAssistance', 'fourLayers']);
    expect(r.depositRequired).toBe(false);
  });

  it('an outpatient bill at a hospital neither designated nor in county: still no deposit', () => {
    const r = reimburse(
      outpatient({ hospital: { level: 'municipal', inCounty: false, designated: false } }),
      PROFILE,
    );
    expect(r.depositRequired).toBe(false);
  });

  it('nothing in the catalogue: no county fund step (nothing to measure); ratios on zero are null', () => {
    const r = reimburse(inpatient({ totalCost: '0', inCatalogueCost: '0' }), PROFILE);
    expect(ids(r)).not.toContain('inCountyRatio');
    expect(ids(r)).not.toContain('medicalAssistance');
    expect(ratios(r)).toEqual({ overall: null, inCatalogue: null, inCounty: null });
  });

  it('reading inCountyTopUp reportOnly: no county fund; the ratio reached is reported, 0.8103', () => {
    const r = reimburse(inpatient(), PROFILE, { readings: { inCountyTopUp: 'reportOnly' } });
    expect(ids(r)).not.toContain('inCountyRatio');
    expect(r.ratios.inCounty?.toString()).toBe('0.8103');
    expect(r.outOfPocket.toString()).toBe('3897.00'); // 1897 + 2000
  });

  it('the plan’s uplift reformed to 0: no five-raises step, 9700 × 65% = 6305', () => {
    const r = reimburse(inpatient(), PROFILE, { overrides: { 'medical.upliftPoints': '0' } });
    expect(ids(r).filter((id) => id.startsWith('fiveUplifts'))).toEqual([]);
    expect(r.shares.basicInsurance.toString()).toBe('6305.00');
  });

  it('the uplift reformed to 0.01 pp still raises: 9700 × 65.01% = 6305.97', () => {
    const r = reimburse(inpatient(), PROFILE, { overrides: { 'medical.upliftPoints': '0.01' } });
    expect(r.shares.basicInsurance.toString()).toBe('6305.97');
    expect(ids(r)).toContain('fiveUplifts:inpatient');
  });

  it('reading firstFour: the basic rate rises, the critical illness bands do not (no CI uplift step)', () => {
    // provincial 60000: basic (60000 − 1000) × 50% = 29500; 30500 left, 24500 above 6000 × 50% = 12250
    const r = reimburse(
      inpatient({
        hospital: { level: 'provincial', inCounty: false, designated: true },
        totalCost: '60000',
        inCatalogueCost: '60000',
      }),
      PROFILE,
      { readings: { fiveUpliftsScope: 'firstFour' } },
    );
    expect(ids(r)).toContain('fiveUplifts:inpatient');
    expect(ids(r)).not.toContain('fiveUplifts:criticalIllness');
    expect(r.shares.criticalIllnessInsurance.toString()).toBe('12250.00');
  });

  it('rehabilitation items under the baseline stay out of the catalogue; 0 of them under the plan: no step', () => {
    const before = reimburse(inpatient({ date: '2015-06-01', rehabilitationItemsCost: '1000' }), PROFILE);
    expect(before.inCatalogueCost.toString()).toBe('10000.00');
    expect(ids(before)).not.toContain('rehabilitationItems');
    const none = reimburse(inpatient({ rehabilitationItemsCost: '0' }), PROFILE);
    expect(ids(none)).not.toContain('rehabilitationItems');
    expect(none.inCatalogueCost.toString()).toBe('10000.00');
    const cent = reimburse(inpatient({ rehabilitationItemsCost: '0.01' }), PROFILE);
    expect(cent.inCatalogueCost.toString()).toBe('10000.01');
    expect(cent.outOfCatalogueCost.toString()).toBe('1999.99');
  });
});

describe('basic insurance ceilings', () => {
  it('an outpatient category without a ceiling: chronic 8000 × 55% = 4400, limited only by the 200000 a year', () => {
    const p = copy(PROFILE);
    delete p.basicInsurance.outpatient.chronic32.annualCeiling;
    const r = reimburse(
      outpatient({ diseaseGroup: 'chronic32', totalCost: '8000', inCatalogueCost: '8000' }),
      deepFreeze(p),
    );
    expect(r.shares.basicInsurance.toString()).toBe('4400.00');
    expect(r.trace.find((s) => s.ruleId === 'medical.basicInsurance')?.inputs.ceilingRemaining).toBe(
      '200000.00',
    );
  });

  it('the annual ceiling caps an inpatient claim: ceiling 5000 < 9700 × 70% = 6790; the uplift adds 5000 − 5000 = 0', () => {
    const p = copy(PROFILE);
    p.basicInsurance.annualCeiling = '5000';
    const r = reimburse(inpatient(), deepFreeze(p));
    expect(r.shares.basicInsurance.toString()).toBe('5000.00');
    const basic = r.trace.find((s) => s.ruleId === 'medical.basicInsurance');
    expect(basic?.text.zh).toBe(
      '基本医疗保险（新农合）：(10000.00 − 起付线 300.00) × 70% = 6790.00 元，受年度封顶线限为 5000.00 元',
    );
    expect(r.trace.find((s) => s.ruleId === 'medical.fiveUplifts')?.amount?.toString()).toBe('0.00');
  });
});

describe('the full waivers: who gets them', () => {
  const surgical = { diseaseGroup: 'surgical28' } as const;

  it('reading localList: a patient not on the list gets no 28-disease waiver and no 5% waiver either', () => {
    const r = reimburse(inpatient(surgical), PROFILE, { readings: { specifiedEnrollee: 'localList' } });
    expect(ids(r)).not.toContain('surgical28Waiver');
    expect(ids(r)).not.toContain('inpatientWaiver5Percent');
    expect(r.shares.waiver.toString()).toBe('0.00');
  });

  it('reading localList: a patient on the list gets the waiver of 3210 in-catalogue costs left', () => {
    const r = reimburse(
      inpatient({ ...surgical, patient: { registeredPoor: true, specifiedEnrollee: true } }),
      PROFILE,
      {
        readings: { specifiedEnrollee: 'localList' },
      },
    );
    expect(r.shares.waiver.toString()).toBe('3210.00');
  });

  it('reading localList, specifiedEnrollee false: no waiver', () => {
    const r = reimburse(
      inpatient({ ...surgical, patient: { registeredPoor: true, specifiedEnrollee: false } }),
      PROFILE,
      { readings: { specifiedEnrollee: 'localList' } },
    );
    expect(r.shares.waiver.toString()).toBe('0.00');
  });

  it('inCatalogueOnly (the default): 3210 waived, the 2000 out of the catalogue stays with the patient', () => {
    const r = reimburse(inpatient(surgical), PROFILE);
    expect(r.shares.waiver.toString()).toBe('3210.00');
    expect(r.outOfPocket.toString()).toBe('2000.00');
  });

  it('before the plan: no 28-disease waiver, no free cardiac surgery', () => {
    const s = reimburse(inpatient({ ...surgical, date: '2015-06-01' }), PROFILE);
    expect(ids(s)).not.toContain('surgical28Waiver');
    const c = reimburse(inpatient({ diseaseGroup: 'cardiacIntervention', date: '2015-06-01' }), PROFILE);
    expect(ids(c)).not.toContain('cardiacFree');
    expect(c.shares.foundation.toString()).toBe('0.00');
    expect(ids(c)).toContain('medicalAssistance');
  });

  it('cardiac, default reading: basic 6790 and critical illness insurance pay as usual, the foundation 5210, no assistance', () => {
    const r = reimburse(inpatient({ diseaseGroup: 'cardiacIntervention' }), PROFILE);
    expect(ids(r)).toContain('criticalIllnessInsurance');
    expect(ids(r)).not.toContain('medicalAssistance');
    expect(ids(r)).not.toContain('inpatientWaiver5Percent');
    expect(sharesOf(r)).toEqual({ basicInsurance: '6790.00', foundation: '5210.00' });
    expect(r.trace.find((s) => s.ruleId === 'medical.cardiacFree')?.inputs).toEqual({
      ncmsPaid: '6790.00',
      ncmsPayment: 'basicAndCriticalIllness',
    });
  });

  it('cardiac with a critical illness payment: ncmsPaid = basic + CI = 27475 + 16755.75', () => {
    // 60000 all in-catalogue at county: basic 59700 × 70% = 41790; 18210 left; (18210 − 6000) × 55% = 6715.50
    const r = reimburse(
      inpatient({ diseaseGroup: 'cardiacIntervention', totalCost: '60000', inCatalogueCost: '60000' }),
      PROFILE,
    );
    expect(r.shares.criticalIllnessInsurance.toString()).toBe('6715.50');
    expect(r.trace.find((s) => s.ruleId === 'medical.cardiacFree')?.inputs.ncmsPaid).toBe('48505.50');
    expect(r.shares.foundation.toString()).toBe('11494.50'); // 60000 − 41790 − 6715.50
  });
});

describe('the 5% waiver’s place (medical.waiverPosition)', () => {
  it('beforeInsurance: 500 first, then basic (9500 − 300) × 70% = 6440', () => {
    const r = reimburse(inpatient(), PROFILE, { readings: { waiverPosition: 'beforeInsurance' } });
    expect(ids(r).slice(0, 3)).toEqual([
      'treatFirstPayLater',
      'inpatientWaiver5Percent',
      'fiveUplifts:inpatient',
    ]);
    expect(r.shares.basicInsurance.toString()).toBe('6440.00');
    expect(r.trace.find((s) => s.ruleId === 'medical.inpatientWaiver5Percent')?.inputs.owedBefore).toBe(
      '10000.00',
    );
  });

  it('afterAssistance: assistance 3210 × 30% = 963, then the waiver 500, then the county fund 8500 − 8253 = 247', () => {
    const r = reimburse(inpatient(), PROFILE, { readings: { waiverPosition: 'afterAssistance' } });
    expect(ids(r).slice(-4)).toEqual([
      'medicalAssistance',
      'inpatientWaiver5Percent',
      'inCountyRatio',
      'fourLayers',
    ]);
    expect(sharesOf(r)).toEqual({
      waiver: '500.00',
      basicInsurance: '6790.00',
      medicalAssistance: '963.00',
      countyFund: '247.00',
    });
  });
});

describe('critical illness insurance at the deductible and the band edges (baseline, basic rate 0)', () => {
  // Not registered poor: the 10000 deductible, the base bands 50% / 60% / 70%, no third layer.
  const zeroBasic = (): ReturnType<typeof copy<typeof PROFILE>> => {
    const p = copy(PROFILE);
    p.basicInsurance.inpatient = { deductible: '0', rate: '0' };
    return deepFreeze(p);
  };
  it.each([
    ['10000 = the deductible: 0', '10000', '0.00'],
    ['10100: 100 × 50% = 50', '10100', '50.00'],
    ['60000: 50000 × 50% = 25000', '60000', '25000.00'],
    ['60100: 25000 + 100 × 60% = 25060', '60100', '25060.00'],
    ['110000: 25000 + 50000 × 60% = 55000', '110000', '55000.00'],
    ['110100: 55000 + 100 × 70% = 55070', '110100', '55070.00'],
  ])('%s', (_name, cost, ci) => {
    const r = reimburse(
      inpatient({ patient: { registeredPoor: false }, totalCost: cost, inCatalogueCost: cost }),
      zeroBasic(),
    );
    expect(r.shares.criticalIllnessInsurance.toString()).toBe(ci);
  });

  it('half a fen rounds up: 10000.01 → 0.01 × 50% = 0.005 → 0.01', () => {
    const r = reimburse(
      inpatient({ patient: { registeredPoor: false }, totalCost: '10000.01', inCatalogueCost: '10000.01' }),
      zeroBasic(),
    );
    expect(r.shares.criticalIllnessInsurance.toString()).toBe('0.01');
  });
});

describe('compareWithBaseline: readings on both sides, a reform on the plan side only', () => {
  it('reading reportOnly applies to both; a 10 pp reform only to the plan: 9700 × 75% = 7275 vs 6305', () => {
    const c = compareWithBaseline(inpatient(), PROFILE, {
      readings: { inCountyTopUp: 'reportOnly' },
      overrides: { 'medical.upliftPoints': '10' },
    });
    expect(c.plan.readings.inCountyTopUp).toBe('reportOnly');
    expect(c.baseline.readings.inCountyTopUp).toBe('reportOnly');
    expect(c.plan.shares.basicInsurance.toString()).toBe('7275.00');
    expect(c.baseline.shares.basicInsurance.toString()).toBe('6305.00');
    expect(c.difference.shares.basicInsurance.toString()).toBe('970.00');
    expect(c.plan.shares.countyFund.toString()).toBe('0.00');
  });

  it('the regime is forced whatever the date: a 2015 claim is compared under the plan too', () => {
    const c = compareWithBaseline(inpatient({ date: '2015-06-01' }), PROFILE);
    expect(c.plan.regime).toBe('plan');
    expect(c.baseline.regime).toBe('baseline');
    expect(c.difference.outOfPocket.toString()).toBe('-1086.50');
  });

  it('bad options are refused before anything runs, naming options.regime', () => {
    const e = refusal(() => compareWithBaseline(inpatient(), PROFILE, { regime: 'future' } as never));
    expect(e.path).toBe('options.regime');
  });

  it('the comparison is frozen', () => {
    const c = compareWithBaseline(inpatient(), PROFILE);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.difference)).toBe(true);
    expect(Object.isFrozen(c.difference.shares)).toBe(true);
  });
});

describe('reimburseYear: totals and options', () => {
  it('two default claims: totals 24000, reimbursed 8500 × 2 = 17000, patient 7000; every payer summed', () => {
    const year = reimburseYear(
      [inpatient({ date: '2018-01-02' }), inpatient({ date: '2018-03-04' })],
      PROFILE,
    );
    // claim 2: the year's CI base 6420 exceeds 6000: (6420 − 6000) × 55% = 231; assistance (2479 × 30%) = 743.70
    expect(Object.fromEntries(Object.entries(year.totals.shares).map(([k, v]) => [k, v.toString()]))).toEqual(
      {
        waiver: '1000.00',
        basicInsurance: '13580.00',
        criticalIllnessInsurance: '231.00',
        medicalAssistance: '1556.70',
        commercialInsurance: '0.00',
        countyFund: '632.30',
        foundation: '0.00',
      },
    );
    expect(year.totals.totalCost.toString()).toBe('24000.00');
    expect(year.totals.reimbursed.toString()).toBe('17000.00');
    expect(year.totals.outOfPocket.toString()).toBe('7000.00');
    expect(year.yearToDate.basicInsurancePaid.toString()).toBe('13580.00');
    expect(year.yearToDate.thirdLayerPaid.toString()).toBe('1556.70');
    expect(year.yearToDate.criticalIllnessPaid.toString()).toBe('231.00');
    expect(Object.isFrozen(year)).toBe(true);
    expect(Object.isFrozen(year.claims)).toBe(true);
    expect(Object.isFrozen(year.totals)).toBe(true);
    expect(Object.isFrozen(year.totals.shares)).toBe(true);
  });

  it('bad options are refused even for an empty year, naming options.regime', () => {
    const e = refusal(() => reimburseYear([], PROFILE, { regime: 'future' } as never));
    expect(e.path).toBe('options.regime');
  });

  it('the year to date carries the outpatient category spent: chronic 1650 then 1350 (of 3000)', () => {
    const chronic = (date: string) =>
      outpatient({ date, diseaseGroup: 'chronic32', totalCost: '3000', inCatalogueCost: '3000' });
    const year = reimburseYear([chronic('2018-01-05'), chronic('2018-02-05')], PROFILE);
    expect(year.yearToDate.outpatientPaid.chronic32.toString()).toBe('3000.00');
    expect(year.yearToDate.outpatientPaid.general.toString()).toBe('0.00');
    const step = year.claims[1]?.trace.find((s) => s.ruleId === 'medical.basicInsurance');
    expect(step?.inputs.ceilingRemaining).toBe('1350.00');
    expect(step?.text.en).toBe(
      'Basic insurance (NCMS): (3000.00 − deductible 0.00) × 55% = 1650.00, capped by the annual ceiling at 1350.00',
    );
  });
});
