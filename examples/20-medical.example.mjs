// Medical: who pays what of a registered poor patient's bill, to the fen, and why (chapter 7, section 2).
import { formatPercent, getRule } from 'jilin-poverty-rules';
import {
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE,
  PAYERS,
  compareWithBaseline,
  reimburse,
  reimburseYear,
} from 'jilin-poverty-rules/medical';

export const title = 'Medical: the four layers, 五提高, 一降低, 三减免 and the in-county ratio';

const profile = ILLUSTRATIVE_COUNTY_SCHEME_PROFILE;

function showShares(out, result) {
  for (const payer of PAYERS) {
    if (!result.shares[payer].isZero()) out.result(`  ${payer}`, result.shares[payer].format());
  }
  out.result('  patient pays', result.outOfPocket.format());
}

export function run(out) {
  out.line(`Profile: ${profile.name}`);

  // A registered poor farmer admitted to the county hospital for pneumonia: 12,000 yuan, 10,000 in the catalogue.
  const admission = {
    id: 'county-hospital-2018-0417',
    date: '2018-04-17',
    patient: { registeredPoor: true },
    careType: 'inpatient',
    diseaseGroup: 'other',
    hospital: { level: 'county', inCounty: true, designated: true },
    totalCost: '12000.00',
    inCatalogueCost: '10000.00',
  };
  out.case('County hospital admission, 12,000 yuan (10,000 in the catalogue), registered poor patient');
  const r = reimburse(admission, profile);
  for (const step of r.trace) {
    out.line(`${step.ruleId.padEnd(34)} ${(step.amount?.toString() ?? '').padStart(10)}  ${step.text.zh}`);
    out.line(`${''.padEnd(34)} ${''.padStart(10)}  ${step.text.en}`);
  }
  out.result('deposit required', r.depositRequired);
  out.result('in-county ratio (in-catalogue)', formatPercent(r.ratios.inCounty, 2));
  out.cite(getRule('medical.inCountyRatio').citations[0]);

  out.case(
    'The same admission before the plan (no uplifts, 10,000 deductible, no waivers, no county top-up)',
  );
  const c = compareWithBaseline(admission, profile);
  out.line('before the plan:');
  showShares(out, c.baseline);
  out.line('under the plan:');
  showShares(out, c.plan);
  out.result('the plan changed what the patient pays by', c.difference.outOfPocket.format());

  out.case(
    'Lung cancer surgery at the provincial hospital: 90,000 yuan, 80,000 in the catalogue (one of the 28)',
  );
  const surgery = {
    ...admission,
    id: 'provincial-2018-0902',
    date: '2018-09-02',
    diseaseGroup: 'surgical28',
    hospital: { level: 'provincial', inCounty: false, designated: true },
    totalCost: '90000.00',
    inCatalogueCost: '80000.00',
  };
  const s = compareWithBaseline(surgery, profile);
  showShares(out, s.plan);
  out.result('before the plan the patient would have paid', s.baseline.outOfPocket.format());
  out.cite(getRule('medical.surgical28Waiver').citations[0]);

  out.case('The year: the critical illness deductible is met once across both claims');
  const year = reimburseYear([admission, surgery], profile);
  out.result(
    'critical illness insurance over the year',
    year.totals.shares.criticalIllnessInsurance.format(),
  );
  out.result('patient pays over the year', year.totals.outOfPocket.format());
  out.result('of a year’s bills of', year.totals.totalCost.format());
}
