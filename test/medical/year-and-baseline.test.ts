import { describe, expect, it } from 'vitest';
import { compareWithBaseline, reimburseYear, type ClaimInput } from '../../src/medical/index.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { copy, deepFreeze, inpatient, outpatient, PROFILE, sharesOf } from './support.js';

const elsewhere = { level: 'provincial', inCounty: false, designated: true } as const;

describe('reimburseYear: the deductible is met once, ceilings and caps accumulate', () => {
  // Township, designated = false (no county top-up): (26100 − 100) × 85% = 22100 basic, 4000 left each time.
  const township = (date: string): ClaimInput =>
    inpatient({
      date,
      hospital: { level: 'township', inCounty: true, designated: false },
      totalCost: '26100',
      inCatalogueCost: '26100',
    });
  const claims = deepFreeze([township('2018-01-10'), township('2018-06-20')]);

  it('claim 1: 4000 is under the 6000 deductible, CI 0; waiver 1305; assistance 2695 × 30% = 808.50; patient 1886.50', () => {
    const year = reimburseYear(claims, PROFILE);
    const first = year.claims[0];
    expect(first && sharesOf(first)).toEqual({
      waiver: '1305.00',
      basicInsurance: '22100.00',
      medicalAssistance: '808.50',
    });
    expect(first?.outOfPocket.toString()).toBe('1886.50');
  });

  it('claim 2: the year reaches 8000, so CI pays (8000 − 6000) × 55% = 1100; waiver 1305; assistance 478.50; patient 1116.50', () => {
    const year = reimburseYear(claims, PROFILE);
    const second = year.claims[1];
    expect(second?.shares.criticalIllnessInsurance.toString()).toBe('1100.00');
    expect(second?.shares.medicalAssistance.toString()).toBe('478.50');
    expect(second?.outOfPocket.toString()).toBe('1116.50');
    expect(year.totals.outOfPocket.toString()).toBe('3003.00'); // 1886.50 + 1116.50
    expect(year.totals.totalCost.toString()).toBe('52200.00');
    expect(year.yearToDate.criticalIllnessBase.toString()).toBe('8000.00');
  });

  it('reading perAdmission: each claim is measured alone, 4000 < 6000 both times, CI pays nothing', () => {
    const year = reimburseYear(claims, PROFILE, { readings: { deductiblePeriod: 'perAdmission' } });
    expect(year.totals.shares.criticalIllnessInsurance.toString()).toBe('0.00');
    expect(year.claims[1]?.outOfPocket.toString()).toBe('1886.50');
  });

  const big = (date: string) =>
    inpatient({ date, hospital: elsewhere, totalCost: '50000', inCatalogueCost: '50000' });

  it('the assistance cap accumulates: cap 5000; claim 1 takes 3682.50, claim 2 only 5000 − 3682.50 = 1317.50', () => {
    const profile = copy(PROFILE);
    profile.thirdLayer.annualCap = '5000';
    // claim 2: CI on the year's 25500 → 51000: (45000 − 19500) × 55% = 14025; owed 11475 − waiver 2500 = 8975
    const year = reimburseYear([big('2018-02-01'), big('2018-03-01')], profile);
    expect(year.claims[1]?.shares.criticalIllnessInsurance.toString()).toBe('14025.00');
    expect(year.claims[1]?.shares.medicalAssistance.toString()).toBe('1317.50');
    expect(year.claims[1]?.outOfPocket.toString()).toBe('7657.50');
    expect(year.totals.shares.medicalAssistance.toString()).toBe('5000.00');
  });

  it('the basic annual ceiling accumulates: ceiling 30000; claim 1 pays 24500, claim 2 only 5500', () => {
    const profile = copy(PROFILE);
    profile.basicInsurance.annualCeiling = '30000';
    const year = reimburseYear([big('2018-02-01'), big('2018-03-01')], profile);
    expect(year.claims.map((c) => c.shares.basicInsurance.toString())).toEqual(['24500.00', '5500.00']);
  });

  it('the critical illness ceiling caps a claim: ceiling 10000 < the 10725 owed', () => {
    const profile = copy(PROFILE);
    profile.criticalIllness.annualCeiling = '10000';
    const year = reimburseYear([big('2018-02-01'), big('2018-03-01')], profile);
    expect(year.claims.map((c) => c.shares.criticalIllnessInsurance.toString())).toEqual([
      '10000.00',
      '0.00',
    ]);
  });

  it('an outpatient category ceiling accumulates: chronic 3000 a year; 3000 × 55% = 1650, then 1350', () => {
    const chronic = (date: string) =>
      outpatient({ date, diseaseGroup: 'chronic32', totalCost: '3000', inCatalogueCost: '3000' });
    const year = reimburseYear([chronic('2018-01-05'), chronic('2018-02-05')], PROFILE);
    expect(year.claims.map((c) => c.shares.basicInsurance.toString())).toEqual(['1650.00', '1350.00']);
  });

  it('no claims: an empty year', () => {
    expect(reimburseYear([], PROFILE).totals.reimbursed.isZero()).toBe(true);
  });

  it.each([
    ['out of order', ['2018-06-01', '2018-01-01'], 'out_of_order'],
    ['across two years', ['2018-06-01', '2019-01-01'], 'different_year'],
  ])('claims %s are refused, naming claims[1].date', (_name, dates, code) => {
    const claims = dates.map((date) => inpatient({ date }));
    try {
      reimburseYear(claims, PROFILE);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).path).toBe('claims[1].date');
      expect((e as PolicyInputError).issues[0]?.code).toBe(code);
    }
  });

  it('a bad claim in the year is named by its index', () => {
    expect(() => reimburseYear([inpatient(), inpatient({ totalCost: '-5' })], PROFILE)).toThrow(
      expect.objectContaining({ path: 'claims[1].totalCost' }),
    );
  });
});

describe('compareWithBaseline: what the plan changed for this patient', () => {
  it(
    'county admission: baseline basic 9700 × 65% = 6305, assistance 3695 × 30% = 1108.50, patient 4586.50; ' +
      'plan patient 3500; difference −1086.50 (basic +485, waiver +500, assistance −295.50, county fund +397)',
    () => {
      const c = compareWithBaseline(inpatient(), PROFILE);
      expect(c.baseline.regime).toBe('baseline');
      expect(c.baseline.depositRequired).toBe(true);
      expect(c.plan.depositRequired).toBe(false);
      expect(c.baseline.outOfPocket.toString()).toBe('4586.50');
      expect(c.plan.outOfPocket.toString()).toBe('3500.00');
      expect(
        Object.fromEntries(Object.entries(c.difference.shares).map(([k, v]) => [k, v.toString()])),
      ).toEqual({
        waiver: '500.00',
        basicInsurance: '485.00',
        criticalIllnessInsurance: '0.00',
        medicalAssistance: '-295.50',
        commercialInsurance: '0.00',
        countyFund: '397.00',
        foundation: '0.00',
      });
      expect(c.difference.outOfPocket.toString()).toBe('-1086.50');
      expect(c.difference.reimbursed.toString()).toBe('1086.50');
    },
  );

  it(
    'surgical-28: baseline basic 79000 × 45% = 35550, CI (44450 − 10000) × 50% = 17225, assistance 8167.50, ' +
      'patient 19057.50 + 10000 = 29057.50; plan 10000; difference −19057.50',
    () => {
      const c = compareWithBaseline(
        inpatient({
          diseaseGroup: 'surgical28',
          hospital: elsewhere,
          totalCost: '90000',
          inCatalogueCost: '80000',
        }),
        PROFILE,
      );
      expect(c.baseline.outOfPocket.toString()).toBe('29057.50');
      expect(c.difference.outOfPocket.toString()).toBe('-19057.50');
    },
  );

  it('a patient who is not registered poor: the plan changes nothing', () => {
    const c = compareWithBaseline(inpatient({ patient: { registeredPoor: false } }), PROFILE);
    expect(c.plan.regime).toBe('baseline');
    expect(c.difference.outOfPocket.isZero()).toBe(true);
    expect(Object.values(c.difference.shares).every((m) => m.isZero())).toBe(true);
  });
});
