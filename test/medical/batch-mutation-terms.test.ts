import { describe, expect, it } from 'vitest';
import {
  compileScheme,
  type ClaimInput,
  type MedicalSchemeProfileInput,
  type ReimburseOptions,
} from '../../src/medical/index.js';
import { expectSameAsReimburse, schemaCalls } from './batch-mutation-support.js';
import { copy, inpatient, outpatient, PROFILE } from './support.js';

/**
 * The terms a scheme compiles (src/medical/batch/terms.ts): which profile figures the fast path holds (none
 * validated again: no schema run) and which send every claim to the exact path (one schema run per claim), with
 * the same figures as `reimburse` either way.
 */

type Edit = (p: MedicalSchemeProfileInput) => MedicalSchemeProfileInput;

/** 2^40 yuan = 1,099,511,627,776: the largest profile amount the fast path holds. */
const LIMIT = '1099511627776';
const ABOVE = '1099511627776.01';

const amountAt = (amount: string): [string, Edit][] => [
  [
    'the basic annual ceiling',
    (p) => ({ ...p, basicInsurance: { ...p.basicInsurance, annualCeiling: amount } }),
  ],
  [
    'the inpatient deductible (and the ceiling, never below it)',
    (p) => ({
      ...p,
      basicInsurance: {
        ...p.basicInsurance,
        annualCeiling: amount,
        inpatient: { ...p.basicInsurance.inpatient, byLevel: undefined, deductible: amount },
      },
    }),
  ],
  [
    'the county-level deductible (and the ceiling)',
    (p) => {
      const i = p.basicInsurance.inpatient;
      return {
        ...p,
        basicInsurance: {
          ...p.basicInsurance,
          annualCeiling: amount,
          inpatient: { ...i, byLevel: { ...i.byLevel, county: { rate: '0.65', deductible: amount } } },
        },
      };
    },
  ],
  [
    'the chronic32 outpatient ceiling',
    (p) => {
      const o = p.basicInsurance.outpatient;
      return {
        ...p,
        basicInsurance: {
          ...p.basicInsurance,
          outpatient: { ...o, chronic32: { rate: '0.50', annualCeiling: amount } },
        },
      };
    },
  ],
  [
    'the critical illness ceiling',
    (p) => ({ ...p, criticalIllness: { ...p.criticalIllness, annualCeiling: amount } }),
  ],
  [
    'the second band’s end',
    (p) => ({
      ...p,
      criticalIllness: {
        ...p.criticalIllness,
        bands: p.criticalIllness.bands.map((b, i) => (i === 1 ? { ...b, upTo: amount } : b)),
      },
    }),
  ],
  ['the third layer’s cap', (p) => ({ ...p, thirdLayer: { ...p.thirdLayer, annualCap: amount } })],
];

const claims: ClaimInput[] = [
  inpatient(),
  inpatient({ totalCost: '400000', inCatalogueCost: '380000' }),
  outpatient({ diseaseGroup: 'chronic32', totalCost: '5000', inCatalogueCost: '5000' }),
  outpatient({ diseaseGroup: 'special42', totalCost: '30000', inCatalogueCost: '30000' }),
  inpatient({ diseaseGroup: 'major42', hospital: { level: 'township', inCounty: true, designated: true } }),
];

function expectPath(
  profile: MedicalSchemeProfileInput,
  options: ReimburseOptions | undefined,
  fast: boolean,
  list = claims,
) {
  const scheme = compileScheme(profile, options);
  expect(schemaCalls(() => scheme.reimburseMany(list))).toBe(fast ? 0 : list.length);
  expectSameAsReimburse(list, profile, options);
}

describe('profile amounts: up to 2^40 yuan on the fast path, above it on the exact path', () => {
  it.each(amountAt(LIMIT))(`%s at ${LIMIT}: fast, = reimburse`, (_, edit) => {
    expectPath(edit(copy(PROFILE)), undefined, true);
  });
  it.each(amountAt(ABOVE))(`%s at ${ABOVE}: exact, = reimburse`, (_, edit) => {
    expectPath(edit(copy(PROFILE)), undefined, false);
  });
  it(`a critical illness deductible of ${ABOVE} (a reform): exact, = reimburse`, () => {
    expectPath(PROFILE, { overrides: { 'medical.criticalIllnessDeductible': ABOVE } }, false);
  });
});

/** 12 decimals: the finest rate the fast path holds; 13: exact. */
const rateAt = (rate: string): [string, Edit][] => [
  ['the major42 rate', (p) => ({ ...p, basicInsurance: { ...p.basicInsurance, major42Rate: rate } })],
  [
    'the inpatient rate',
    (p) => ({
      ...p,
      basicInsurance: {
        ...p.basicInsurance,
        inpatient: { ...p.basicInsurance.inpatient, byLevel: undefined, rate },
      },
    }),
  ],
  [
    'the general outpatient rate',
    (p) => {
      const o = p.basicInsurance.outpatient;
      return {
        ...p,
        basicInsurance: {
          ...p.basicInsurance,
          outpatient: { ...o, general: { rate, annualCeiling: '200' } },
        },
      };
    },
  ],
  [
    'the second band’s rate',
    (p) => ({
      ...p,
      criticalIllness: {
        ...p.criticalIllness,
        bands: p.criticalIllness.bands.map((b, i) => (i === 1 ? { ...b, rate } : b)),
      },
    }),
  ],
  ['the third layer’s rate', (p) => ({ ...p, thirdLayer: { ...p.thirdLayer, rate } })],
];

/** Small bills (50 yuan) and no critical illness deductible, so that a 12-decimal numerator × the bill stays below 2^53. */
const small: ClaimInput[] = [
  inpatient({ totalCost: '50', inCatalogueCost: '40' }),
  inpatient({ diseaseGroup: 'major42', totalCost: '50', inCatalogueCost: '45' }),
  outpatient({ diseaseGroup: 'other', totalCost: '30', inCatalogueCost: '30' }),
];
const noDeductible: ReimburseOptions = { overrides: { 'medical.criticalIllnessDeductible': '0' } };

describe('rates: 12 decimals on the fast path, 13 on the exact path', () => {
  it.each(rateAt('0.600000000001'))('%s at 0.600000000001: fast, = reimburse', (_, edit) => {
    expectPath(edit(copy(PROFILE)), noDeductible, true, small);
  });
  it.each(rateAt('0.6000000000001'))('%s at 0.6000000000001: exact, = reimburse', (_, edit) => {
    expectPath(edit(copy(PROFILE)), noDeductible, false, small);
  });
  it('the target ratio at 0.850000000001: fast; the waiver rate at 12 decimals: fast', () => {
    expectPath(
      { ...copy(PROFILE), countyFund: { targetInCountyRatio: '0.850000000001' } },
      noDeductible,
      true,
      small,
    );
    expectPath(
      PROFILE,
      { overrides: { ...noDeductible.overrides, 'medical.inpatientWaiverRate': '0.050000000001' } },
      true,
      small,
    );
  });
});
