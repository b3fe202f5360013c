import { deepFreeze } from '../core/freeze.js';
import type { MedicalSchemeProfileInput } from './schema.js';

/**
 * An ILLUSTRATIVE local scheme profile: made-up but plausible figures for a county NCMS scheme, to show how the
 * rules work. These are NOT official figures of any Jilin county: the plan gives none of them. Pass your own
 * scheme's figures in the same shape (validated by `schemeProfileSchema`).
 *
 * - Basic insurance, inpatient: deductible and rate per hospital level (township 100 / 80%, county 300 / 65%,
 *   municipal 600 / 55%, provincial 1,000 / 45%); the 42 major diseases 65%; outpatient chronic 50% (3,000 a
 *   year), special 60% (20,000 a year), other 40% (200 a year); 200,000 a year in all.
 * - Critical illness insurance: 50% of the first 50,000 above the deductible, 60% up to 100,000, 70% beyond;
 *   300,000 a year.
 * - Medical assistance: 30% of in-catalogue costs still owed, up to 10,000 a year.
 * - County fund: in-county ratio 85%.
 */
export const ILLUSTRATIVE_COUNTY_SCHEME_PROFILE: MedicalSchemeProfileInput = deepFreeze({
  name: 'ILLUSTRATIVE county NCMS scheme (made-up figures, not official)',
  basicInsurance: {
    inpatient: {
      deductible: '300',
      rate: '0.65',
      byLevel: {
        township: { deductible: '100', rate: '0.80' },
        county: { deductible: '300', rate: '0.65' },
        municipal: { deductible: '600', rate: '0.55' },
        provincial: { deductible: '1000', rate: '0.45' },
      },
    },
    major42Rate: '0.65',
    outpatient: {
      chronic32: { rate: '0.50', annualCeiling: '3000' },
      special42: { rate: '0.60', annualCeiling: '20000' },
      general: { rate: '0.40', annualCeiling: '200' },
    },
    annualCeiling: '200000',
  },
  criticalIllness: {
    bands: [
      { upTo: '50000', rate: '0.50' },
      { upTo: '100000', rate: '0.60' },
      { upTo: null, rate: '0.70' },
    ],
    annualCeiling: '300000',
    outpatientGroups: ['special42', 'major42'],
  },
  thirdLayer: { kind: 'medicalAssistance', rate: '0.30', annualCap: '10000' },
  countyFund: { targetInCountyRatio: '0.85' },
});
