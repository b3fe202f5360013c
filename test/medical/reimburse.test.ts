/**
 * Worked examples, each computed by hand from the ILLUSTRATIVE county profile (township 100 / 80%, county 300 /
 * 65%, municipal 600 / 55%, provincial 1,000 / 45%; major diseases 65%; outpatient chronic 50%, special 60%,
 * other 40%; critical illness bands 50% / 60% / 70% above the deductible at 50,000 and 100,000; assistance 30%
 * up to 10,000; county target 85%). Under the plan every raised rate is +5 pp.
 */
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { reimburse, type ClaimInput } from '../../src/medical/index.js';
import { accounted, copy, inpatient, outpatient, PROFILE, sharesOf } from './support.js';

const elsewhere = { level: 'provincial', inCounty: false, designated: true } as const;
const notDesignated = { level: 'county', inCounty: true, designated: false } as const;

function check(claim: ClaimInput, options?: Parameters<typeof reimburse>[2]) {
  const r = reimburse(claim, PROFILE, options);
  expect(accounted(r).eq(r.totalCost)).toBe(true);
  return r;
}

describe('五提高: each raised rate is the base rate + 5 pp', () => {
  it.each([
    {
      name: 'chronic-32 outpatient: 1000 × (50% + 5 pp) = 550; assistance 450 × 30% = 135; patient 315',
      claim: outpatient({ diseaseGroup: 'chronic32', totalCost: '1000', inCatalogueCost: '1000' }),
      shares: { basicInsurance: '550.00', medicalAssistance: '135.00' },
      oop: '315.00',
    },
    {
      name: 'special-42 outpatient: 2000 × 65% = 1300; 700 under the 6000 deductible; assistance 210; patient 490',
      claim: outpatient({ diseaseGroup: 'special42', totalCost: '2000', inCatalogueCost: '2000' }),
      shares: { basicInsurance: '1300.00', medicalAssistance: '210.00' },
      oop: '490.00',
    },
    {
      name: 'other outpatient care is not raised: 100 × 40% = 40; assistance 60 × 30% = 18; patient 42',
      claim: outpatient({ diseaseGroup: 'other', totalCost: '100', inCatalogueCost: '100' }),
      shares: { basicInsurance: '40.00', medicalAssistance: '18.00' },
      oop: '42.00',
    },
    {
      name:
        'major-42 inpatient, municipal, out of county: (20000 − 600) × 70% = 13580; CI (6420 − 6000) × 55% = 231; ' +
        '5% waiver 1000; assistance 5189 × 30% = 1556.70; patient 3632.30',
      claim: inpatient({
        diseaseGroup: 'major42',
        hospital: { level: 'municipal', inCounty: false, designated: true },
        totalCost: '20000',
        inCatalogueCost: '20000',
      }),
      shares: {
        waiver: '1000.00',
        basicInsurance: '13580.00',
        criticalIllnessInsurance: '231.00',
        medicalAssistance: '1556.70',
      },
      oop: '3632.30',
    },
  ])('$name', ({ claim, shares, oop }) => {
    const r = check(claim);
    expect(sharesOf(r)).toEqual(shares);
    expect(r.outOfPocket.toString()).toBe(oop);
  });

  it('inpatient rate 65% + 5 pp = 70%, and the trace shows the 485 it adds: 9700 × 5% = 485', () => {
    const r = check(inpatient());
    const uplift = r.trace.find((s) => s.ruleId === 'medical.fiveUplifts');
    expect(uplift?.inputs).toMatchObject({ baseRate: '0.65', raisedRate: '0.7' });
    expect(uplift?.amount?.toString()).toBe('485.00');
  });

  it('a 98% rate + 5 pp is capped at 100%: (10000 − 300) × 100% = 9700', () => {
    const profile = copy(PROFILE);
    profile.basicInsurance.inpatient.byLevel = { county: { rate: '0.98' } };
    const r = reimburse(inpatient({ totalCost: '10000' }), profile);
    expect(r.shares.basicInsurance.toString()).toBe('9700.00');
  });

  it('reading firstFour: the critical illness bands are not raised (19500 × 50% = 9750, not 10725)', () => {
    const claim = inpatient({ hospital: elsewhere, totalCost: '50000', inCatalogueCost: '50000' });
    expect(check(claim).shares.criticalIllnessInsurance.toString()).toBe('10725.00');
    expect(
      check(claim, {
        readings: { fiveUpliftsScope: 'firstFour' },
      }).shares.criticalIllnessInsurance.toString(),
    ).toBe('9750.00');
  });
});

describe('一降低: the critical illness deductible falls from 10,000 to 6,000', () => {
  const claim = inpatient({ hospital: elsewhere, totalCost: '50000', inCatalogueCost: '50000' });

  it(
    'plan: basic (50000 − 1000) × 50% = 24500; CI (25500 − 6000) × 55% = 10725; waiver 2500; ' +
      'assistance 12275 × 30% = 3682.50; patient 8592.50',
    () => {
      const r = check(claim);
      expect(sharesOf(r)).toEqual({
        waiver: '2500.00',
        basicInsurance: '24500.00',
        criticalIllnessInsurance: '10725.00',
        medicalAssistance: '3682.50',
      });
      expect(r.outOfPocket.toString()).toBe('8592.50');
    },
  );

  it('baseline: basic 49000 × 45% = 22050; CI (27950 − 10000) × 50% = 8975; assistance 5692.50; patient 13282.50', () => {
    const r = check(claim, { regime: 'baseline' });
    expect(sharesOf(r)).toEqual({
      basicInsurance: '22050.00',
      criticalIllnessInsurance: '8975.00',
      medicalAssistance: '5692.50',
    });
    expect(r.outOfPocket.toString()).toBe('13282.50');
  });

  it('a patient who is not registered poor gets the baseline and no assistance: 50000 − 22050 − 8975 = 18975', () => {
    const r = check({ ...claim, patient: { registeredPoor: false } });
    expect(r.regime).toBe('baseline');
    expect(sharesOf(r)).toEqual({ basicInsurance: '22050.00', criticalIllnessInsurance: '8975.00' });
    expect(r.outOfPocket.toString()).toBe('18975.00');
  });

  it('exactly 6000 left after basic insurance: nothing above the deductible, CI pays 0', () => {
    // outpatient special-42 at 65%: 17142.86 × 35% leaves 6000.00, exactly the deductible: nothing lies above it
    const r = check(
      outpatient({ diseaseGroup: 'special42', totalCost: '17142.86', inCatalogueCost: '17142.86' }),
    );
    expect(r.shares.basicInsurance.toString()).toBe('11142.86'); // 17142.86 × 65% = 11142.859 → 11142.86
    expect(r.shares.criticalIllnessInsurance.toString()).toBe('0.00');
  });
});

describe('一纳入: the 23 rehabilitation items count as in-catalogue costs', () => {
  const claim = inpatient({
    hospital: notDesignated,
    totalCost: '10000',
    inCatalogueCost: '8000',
    rehabilitationItemsCost: '1000',
  });
  it('plan: in-catalogue 8000 + 1000 = 9000; basic 8700 × 70% = 6090; waiver 450; assistance 738; patient 1722 + 1000 = 2722', () => {
    const r = check(claim);
    expect(r.inCatalogueCost.toString()).toBe('9000.00');
    expect(sharesOf(r)).toEqual({ waiver: '450.00', basicInsurance: '6090.00', medicalAssistance: '738.00' });
    expect(r.outOfPocket.toString()).toBe('2722.00');
    expect(r.trace.some((s) => s.ruleId === 'medical.rehabilitationItems')).toBe(true);
  });
  it('baseline: basic 7700 × 65% = 5005; assistance 2995 × 30% = 898.50; patient 2096.50 + 2000 = 4096.50', () => {
    const r = check(claim, { regime: 'baseline' });
    expect(r.outOfPocket.toString()).toBe('4096.50');
  });
});

describe('三减免 (1): 28 surgical diseases, in-catalogue costs fully waived', () => {
  const claim = inpatient({
    diseaseGroup: 'surgical28',
    hospital: elsewhere,
    totalCost: '90000',
    inCatalogueCost: '80000',
  });

  it('basic 79000 × 50% = 39500; CI (40500 − 6000) = 34500: 34500 × 55% = 18975; waiver 21525; patient pays the 10000 out of catalogue', () => {
    const r = check(claim);
    expect(sharesOf(r)).toEqual({
      waiver: '21525.00',
      basicInsurance: '39500.00',
      criticalIllnessInsurance: '18975.00',
    });
    expect(r.outOfPocketInCatalogue.toString()).toBe('0.00');
    expect(r.outOfPocket.toString()).toBe('10000.00');
  });

  it('reading wholeBill: the 10000 out of catalogue is waived too (waiver 31525, patient 0)', () => {
    const r = check(claim, { readings: { fullWaiverScope: 'wholeBill' } });
    expect(r.shares.waiver.toString()).toBe('31525.00');
    expect(r.outOfPocket.toString()).toBe('0.00');
  });

  it('reading localList, patient not on it: no waiver; assistance 21525 × 30% = 6457.50; patient 15067.50 + 10000', () => {
    const r = check(claim, { readings: { specifiedEnrollee: 'localList' } });
    expect(r.shares.waiver.toString()).toBe('0.00');
    expect(r.shares.medicalAssistance.toString()).toBe('6457.50');
    expect(r.outOfPocket.toString()).toBe('25067.50');
  });

  it('reading localList, patient on it: waived as by default', () => {
    const r = check(
      { ...claim, patient: { registeredPoor: true, specifiedEnrollee: true } },
      {
        readings: { specifiedEnrollee: 'localList' },
      },
    );
    expect(r.shares.waiver.toString()).toBe('21525.00');
  });
});

describe('三减免 (2): other poor inpatients have 5% of in-catalogue costs waived', () => {
  const claim = inpatient({ hospital: notDesignated });
  it.each([
    [
      'afterInsurance',
      'basic 9700 × 70% = 6790; waiver 500; assistance 2710 × 30% = 813; patient 1897 + 2000',
      '500.00',
      '813.00',
      '3897.00',
    ],
    [
      'beforeInsurance',
      'waiver 500; basic 9200 × 70% = 6440; assistance 3060 × 30% = 918; patient 2142 + 2000',
      '500.00',
      '918.00',
      '4142.00',
    ],
    [
      'afterAssistance',
      'basic 6790; assistance 3210 × 30% = 963; waiver 500; patient 1747 + 2000',
      '500.00',
      '963.00',
      '3747.00',
    ],
  ] as const)('reading %s: %s', (waiverPosition, _arithmetic, waiver, assistance, oop) => {
    const r = check(claim, { readings: { waiverPosition } });
    expect(r.shares.waiver.toString()).toBe(waiver);
    expect(r.shares.medicalAssistance.toString()).toBe(assistance);
    expect(r.outOfPocket.toString()).toBe(oop);
  });

  it('the waiver never exceeds what is still owed: 5% of 20000 = 1000, but 300 is owed → 300', () => {
    const profile = copy(PROFILE);
    profile.basicInsurance.inpatient.byLevel = { county: { deductible: '300', rate: '0.95' } };
    // (20000 − 300) × 100% = 19700; 300 left; waiver min(1000, 300) = 300
    const r = reimburse(
      inpatient({ hospital: notDesignated, totalCost: '20000', inCatalogueCost: '20000' }),
      profile,
    );
    expect(r.shares.waiver.toString()).toBe('300.00');
    expect(r.outOfPocket.toString()).toBe('0.00');
  });

  it('outpatients and patients who are not registered poor get no waiver', () => {
    expect(check(outpatient({ diseaseGroup: 'chronic32' })).shares.waiver.isZero()).toBe(true);
    expect(check(inpatient({ patient: { registeredPoor: false } })).shares.waiver.isZero()).toBe(true);
  });
});

describe('三减免 (3): cardiac stent and bypass surgery is free', () => {
  const claim = inpatient({
    diseaseGroup: 'cardiacIntervention',
    hospital: elsewhere,
    totalCost: '60000',
    inCatalogueCost: '50000',
  });

  it('NCMS pays as usual (basic 24500, CI 10725); the foundation pays the rest 14775 + 10000 = 24775; patient 0', () => {
    const r = check(claim);
    expect(sharesOf(r)).toEqual({
      basicInsurance: '24500.00',
      criticalIllnessInsurance: '10725.00',
      foundation: '24775.00',
    });
    expect(r.outOfPocket.toString()).toBe('0.00');
  });

  it('reading basicOnly: the foundation pays 25500 + 10000 = 35500', () => {
    const r = check(claim, { readings: { cardiacNcmsPayment: 'basicOnly' } });
    expect(sharesOf(r)).toEqual({ basicInsurance: '24500.00', foundation: '35500.00' });
  });

  it('not registered poor: no foundation; patient 18975 + 10000 = 28975', () => {
    const r = check({ ...claim, patient: { registeredPoor: false } });
    expect(r.shares.foundation.isZero()).toBe(true);
    expect(r.outOfPocket.toString()).toBe('28975.00');
  });
});

describe('先诊疗后付费 and the 85%—90% in-county ratio', () => {
  it('poor inpatient at a designated in-county hospital: no deposit; the county fund pays 8500 − 8103 = 397 (ratio 85%)', () => {
    const r = check(inpatient());
    expect(r.depositRequired).toBe(false);
    expect(sharesOf(r)).toEqual({
      waiver: '500.00',
      basicInsurance: '6790.00',
      medicalAssistance: '813.00',
      countyFund: '397.00',
    });
    expect(r.ratios.inCounty?.toString()).toBe('0.85');
    expect(r.outOfPocket.toString()).toBe('3500.00');
  });

  it.each([
    ['not registered poor', inpatient({ patient: { registeredPoor: false } }), true],
    ['out of county', inpatient({ hospital: elsewhere }), true],
    ['not designated', inpatient({ hospital: notDesignated }), true],
    ['an outpatient bill (no admission)', outpatient(), false],
  ])('%s: deposit required = %s, no county top-up', (_name, claim, deposit) => {
    const r = check(claim);
    expect(r.depositRequired).toBe(deposit);
    expect(r.shares.countyFund.isZero()).toBe(true);
  });

  it('reading totalCost: 12000 × 85% = 10200; 8103 paid; county fund 2097 (1897 in, 200 out of catalogue); patient 1800', () => {
    const r = check(inpatient(), { readings: { inCountyRatioBase: 'totalCost' } });
    expect(r.shares.countyFund.toString()).toBe('2097.00');
    expect(r.outOfPocket.toString()).toBe('1800.00');
    expect(r.ratios.inCounty?.toString()).toBe('0.85');
  });

  it('reading reportOnly: nobody tops up; the ratio reached is 8103 / 10000 = 0.8103', () => {
    const r = check(inpatient(), { readings: { inCountyTopUp: 'reportOnly' } });
    expect(r.shares.countyFund.isZero()).toBe(true);
    expect(r.ratios.inCounty?.toString()).toBe('0.8103');
  });

  it('the top-up rounds up to the fen: 10000.01 × 85% = 8500.0085 → 8500.01 reimbursed in all', () => {
    const r = check(inpatient({ totalCost: '10000.01', inCatalogueCost: '10000.01' }));
    expect(r.reimbursed.toString()).toBe('8500.01');
  });

  it('a profile target of 90% is reached exactly: 10000 × 90% = 9000', () => {
    const profile = copy(PROFILE);
    profile.countyFund.targetInCountyRatio = '0.9';
    const r = reimburse(inpatient(), profile);
    expect(r.ratios.inCounty?.toString()).toBe('0.9');
    expect(r.shares.countyFund.toString()).toBe('897.00');
  });
});

describe('the result', () => {
  it('serializes to JSON without loss: amounts and ratios as strings', () => {
    const json = JSON.parse(JSON.stringify(check(inpatient()))) as Record<string, unknown>;
    expect(json.outOfPocket).toBe('3500.00');
    expect((json.ratios as Record<string, unknown>).inCounty).toBe('0.85');
    expect((json.shares as Record<string, unknown>).countyFund).toBe('397.00');
  });

  it('is frozen, and the inputs (deep-frozen) are untouched', () => {
    const claim = inpatient();
    const before = JSON.stringify(claim);
    const r = reimburse(claim, PROFILE);
    expect(Object.isFrozen(r) && Object.isFrozen(r.shares) && Object.isFrozen(r.trace)).toBe(true);
    expect(JSON.stringify(claim)).toBe(before);
  });

  it('every trace step names a registered rule, cites it, and the paying steps sum to each share', async () => {
    const { rules } = await import('../../src/rules.js');
    const ids = new Set(rules.map((x) => x.id));
    const r = check(inpatient({ rehabilitationItemsCost: '500' }));
    for (const s of r.trace) {
      expect(ids.has(s.ruleId), s.ruleId).toBe(true);
      expect(s.citations[0]?.quote.length).toBeGreaterThan(0);
      expect(s.text.zh.length * s.text.en.length).toBeGreaterThan(0);
    }
    const paid = (payer: string) =>
      Money.sum(r.trace.filter((s) => s.payer === payer).map((s) => s.amount ?? Money.ZERO));
    expect(paid('basicInsurance').eq(r.shares.basicInsurance)).toBe(true);
    expect(paid('countyFund').eq(r.shares.countyFund)).toBe(true);
    expect(paid('patient').eq(r.outOfPocket)).toBe(true);
  });

  it('a zero bill: everything zero, ratios null', () => {
    const r = check(inpatient({ totalCost: 0, inCatalogueCost: 0 }));
    expect(r.outOfPocket.isZero()).toBe(true);
    expect(r.ratios).toEqual({ overall: null, inCatalogue: null, inCounty: null });
  });
});
