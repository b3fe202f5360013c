/**
 * Mutation-testing pins (issue 15): each refusal of the medical functions, its rule id, field, value, code and
 * exact message, and each validation boundary on both sides (equal is accepted, a fen beyond is refused).
 */
import { describe, expect, it } from 'vitest';
import {
  reimburse,
  reimburseYear,
  type ClaimInput,
  type MedicalSchemeProfileInput,
} from '../../src/medical/index.js';
import { refusal } from '../support/errors.js';
import { copy, deepFreeze, inpatient, PROFILE } from './support.js';

const profileWith = (change: (p: MedicalSchemeProfileInput) => void): MedicalSchemeProfileInput => {
  const p = copy(PROFILE);
  change(p);
  return deepFreeze(p);
};

/** The only issue of a refusal, with its value as a string. */
function issueOf(fn: () => unknown): Record<string, unknown> {
  const e = refusal(fn);
  expect(e.ruleId).toBe('medical.fourLayers');
  expect(e.issues).toHaveLength(1);
  const [issue] = e.issues;
  return { path: issue?.path, value: String(issue?.value), message: issue?.message, code: issue?.code };
}

describe('claims: the costs must add up, surgical care is inpatient', () => {
  it.each<[string, Partial<ClaimInput>, Record<string, unknown>]>([
    [
      'in-catalogue 12000.01 > total 12000 (rehabilitation items then not checked)',
      { totalCost: '12000', inCatalogueCost: '12000.01', rehabilitationItemsCost: '5' },
      {
        path: 'claim.inCatalogueCost',
        value: '12000.01',
        message: 'must not exceed totalCost',
        code: 'custom',
      },
    ],
    [
      'in-catalogue 10000 + rehabilitation 2000.01 > total 12000',
      { rehabilitationItemsCost: '2000.01' },
      {
        path: 'claim.rehabilitationItemsCost',
        value: '2000.01',
        message: 'inCatalogueCost + rehabilitationItemsCost must not exceed totalCost',
        code: 'custom',
      },
    ],
    [
      'an outpatient surgical-28 bill',
      { careType: 'outpatient', diseaseGroup: 'surgical28' },
      {
        path: 'claim.careType',
        value: 'outpatient',
        message: "must be 'inpatient' for surgical28 (a surgical admission)",
        code: 'custom',
      },
    ],
    [
      'an outpatient cardiac intervention',
      { careType: 'outpatient', diseaseGroup: 'cardiacIntervention' },
      {
        path: 'claim.careType',
        value: 'outpatient',
        message: "must be 'inpatient' for cardiacIntervention (a surgical admission)",
        code: 'custom',
      },
    ],
  ])('%s is refused', (_name, over, expected) => {
    expect(issueOf(() => reimburse(inpatient(over), PROFILE))).toEqual(expected);
  });

  it.each<[string, Partial<ClaimInput>, string]>([
    ['in-catalogue = total = 12000', { inCatalogueCost: '12000' }, '12000.00'],
    [
      'in-catalogue 10000 + rehabilitation 2000 = total 12000',
      { rehabilitationItemsCost: '2000' },
      '12000.00',
    ],
  ])('%s is accepted (the limit itself is allowed)', (_name, over, inCatalogue) => {
    expect(reimburse(inpatient(over), PROFILE).inCatalogueCost.toString()).toBe(inCatalogue);
  });
});

describe('profiles: bands ascend and end open, ceilings not below deductibles', () => {
  it.each<[string, (p: MedicalSchemeProfileInput) => void, Record<string, unknown>]>([
    [
      'a last band with an end',
      (p) => void (p.criticalIllness.bands[2] = { upTo: '900000', rate: '0.7' }),
      {
        path: 'profile.criticalIllness.bands[2].upTo',
        value: '900000',
        message: 'must be null: the last band has no end',
        code: 'custom',
      },
    ],
    [
      'an open first band',
      (p) => void (p.criticalIllness.bands[0] = { upTo: null, rate: '0.5' }),
      {
        path: 'profile.criticalIllness.bands[0].upTo',
        value: 'null',
        message: 'must be an amount: only the last band is open',
        code: 'custom',
      },
    ],
    [
      'a first band ending at 0',
      (p) => void (p.criticalIllness.bands[0] = { upTo: '0', rate: '0.5' }),
      {
        path: 'profile.criticalIllness.bands[0].upTo',
        value: '0',
        message: 'must be above the previous band’s end (bands ascend)',
        code: 'custom',
      },
    ],
    [
      'a second band ending where the first does (50000 = 50000)',
      (p) => void (p.criticalIllness.bands[1] = { upTo: '50000', rate: '0.6' }),
      {
        path: 'profile.criticalIllness.bands[1].upTo',
        value: '50000',
        message: 'must be above the previous band’s end (bands ascend)',
        code: 'custom',
      },
    ],
    [
      'a basic ceiling 999.99 below the provincial deductible 1000',
      (p) => void (p.basicInsurance.annualCeiling = '999.99'),
      {
        path: 'profile.basicInsurance.annualCeiling',
        value: '999.99',
        message: 'must not be below an inpatient deductible',
        code: 'custom',
      },
    ],
    [
      'a basic ceiling 299.99 below the scheme-wide deductible 300 (no tiers)',
      (p) => {
        p.basicInsurance.annualCeiling = '299.99';
        delete p.basicInsurance.inpatient.byLevel;
      },
      {
        path: 'profile.basicInsurance.annualCeiling',
        value: '299.99',
        message: 'must not be below an inpatient deductible',
        code: 'custom',
      },
    ],
    [
      'a critical illness ceiling 9999.99 below the pre-plan deductible 10000',
      (p) => void (p.criticalIllness.annualCeiling = '9999.99'),
      {
        path: 'profile.criticalIllness.annualCeiling',
        value: '9999.99',
        message: 'must not be below the critical illness deductible (10000.00 before the plan)',
        code: 'custom',
      },
    ],
    [
      'a county target of 84%',
      (p) => void (p.countyFund.targetInCountyRatio = '0.84'),
      {
        path: 'profile.countyFund.targetInCountyRatio',
        value: '0.84',
        message: 'must lie in [0.85, 0.90] (the plan’s 85%—90%)',
        code: 'custom',
      },
    ],
  ])('%s is refused', (_name, change, expected) => {
    expect(issueOf(() => reimburse(inpatient(), profileWith(change)))).toEqual(expected);
  });

  it.each<[string, (p: MedicalSchemeProfileInput) => void]>([
    [
      'a basic ceiling equal to the highest deductible (1000)',
      (p) => void (p.basicInsurance.annualCeiling = '1000'),
    ],
    [
      'a tier naming only a rate (no deductible to compare), ceiling 300 = the scheme-wide deductible',
      (p) => {
        p.basicInsurance.annualCeiling = '300';
        p.basicInsurance.inpatient.byLevel = { county: { rate: '0.7' } };
      },
    ],
    [
      'a critical illness ceiling equal to the pre-plan deductible (10000)',
      (p) => void (p.criticalIllness.annualCeiling = '10000'),
    ],
    ['a single open band', (p) => void (p.criticalIllness.bands = [{ upTo: null, rate: '0.5' }])],
  ])('%s is accepted', (_name, change) => {
    expect(reimburse(inpatient(), profileWith(change)).totalCost.toString()).toBe('12000.00');
  });

  it('a band problem and a ceiling problem are both reported, in that order', () => {
    const e = refusal(() =>
      reimburse(
        inpatient(),
        profileWith((p) => {
          p.criticalIllness.bands[1] = { upTo: '40000', rate: '0.6' };
          p.criticalIllness.annualCeiling = '100';
        }),
      ),
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      'profile.criticalIllness.bands[1].upTo',
      'profile.criticalIllness.annualCeiling',
    ]);
  });
});

describe('the county target against the in-county range in force (a reform may narrow it)', () => {
  it('low end raised to 86%: the 85% target is refused, naming the range 86%—90%', () => {
    const e = issueOf(() =>
      reimburse(inpatient(), PROFILE, { overrides: { 'medical.inCountyRatioMin': '0.86' } }),
    );
    expect(e).toEqual({
      path: 'profile.countyFund.targetInCountyRatio',
      value: '0.85',
      message: 'must lie in the in-county range 86%—90%',
      code: 'custom',
    });
  });

  it('high end lowered to 88%: the 90% target is refused, naming the range 85%—88%', () => {
    const profile = profileWith((p) => void (p.countyFund.targetInCountyRatio = '0.9'));
    const e = issueOf(() =>
      reimburse(inpatient(), profile, { overrides: { 'medical.inCountyRatioMax': '0.88' } }),
    );
    expect(e).toEqual({
      path: 'profile.countyFund.targetInCountyRatio',
      value: '0.9',
      message: 'must lie in the in-county range 85%—88%',
      code: 'custom',
    });
  });

  it('the ends themselves are allowed (不低于 / 不超过 include): 88% target with the range 88%—88%', () => {
    const profile = profileWith((p) => void (p.countyFund.targetInCountyRatio = '0.88'));
    const r = reimburse(inpatient(), profile, {
      overrides: { 'medical.inCountyRatioMin': '0.88', 'medical.inCountyRatioMax': '0.88' },
    });
    // 10000 × 88% = 8800 must be reached; 8103 reached; the county fund pays 697
    expect(r.shares.countyFund.toString()).toBe('697.00');
  });
});

describe('reimburseYear: claims in date order, in one year', () => {
  it.each<[string, string[], Record<string, unknown>]>([
    [
      '2018-06-01 then 2018-05-31',
      ['2018-06-01', '2018-05-31'],
      {
        path: 'claims[1].date',
        value: '2018-05-31',
        message: 'must not be before the previous claim (2018-06-01)',
        code: 'out_of_order',
      },
    ],
    [
      '2018-06-01 then 2019-01-01',
      ['2018-06-01', '2019-01-01'],
      {
        path: 'claims[1].date',
        value: '2019-01-01',
        message: 'must be in the same year as the first claim (2018)',
        code: 'different_year',
      },
    ],
    [
      '2018-01-01, 2018-12-31, then 2018-12-30: the third is out of order',
      ['2018-01-01', '2018-12-31', '2018-12-30'],
      {
        path: 'claims[2].date',
        value: '2018-12-30',
        message: 'must not be before the previous claim (2018-12-31)',
        code: 'out_of_order',
      },
    ],
  ])('%s is refused', (_name, dates, expected) => {
    expect(
      issueOf(() =>
        reimburseYear(
          dates.map((date) => inpatient({ date })),
          PROFILE,
        ),
      ),
    ).toEqual(expected);
  });

  it('equal dates keep their order, and 2018-01-01 … 2018-12-31 is one year', () => {
    const year = reimburseYear(
      ['2018-01-01', '2018-01-01', '2018-12-31'].map((date) => inpatient({ date })),
      PROFILE,
    );
    expect(year.claims.map((c) => c.date)).toEqual(['2018-01-01', '2018-01-01', '2018-12-31']);
  });
});
