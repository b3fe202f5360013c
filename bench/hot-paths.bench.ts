/**
 * Throughput of the calls an app makes most: a reimbursement, a year of claims, a Dibao subsidy, a gradual-exit
 * schedule, a region lookup, a house-plan check and the whole budget audit. `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { auditBudget, budgetCell } from '../src/budget/index.js';
import { dibaoGapSubsidy, gradualExitSchedule } from '../src/dibao/index.js';
import { checkHousePlan } from '../src/housing/index.js';
import {
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE as profile,
  reimburse,
  reimburseYear,
} from '../src/medical/index.js';
import { findRegion } from '../src/regions/index.js';
import { hasMergedBy } from '../src/timetable/index.js';

const claim = {
  date: '2018-04-17',
  patient: { registeredPoor: true },
  careType: 'inpatient',
  diseaseGroup: 'other',
  hospital: { level: 'county', inCounty: true, designated: true },
  totalCost: '12000',
  inCatalogueCost: '10000',
} as const;
const yearOfClaims = Array.from({ length: 12 }, (_, month) => ({
  ...claim,
  date: `2018-${String(month + 1).padStart(2, '0')}-15`,
}));

describe('hot paths', () => {
  bench('medical.reimburse (one inpatient claim, with trace)', () => {
    reimburse(claim, profile);
  });
  bench('medical.reimburseYear (12 claims)', () => {
    reimburseYear(yearOfClaims, profile);
  });
  bench('dibao.dibaoGapSubsidy', () => {
    dibaoGapSubsidy({ members: 3, householdIncome: '7800' }, { standard: '3900' });
  });
  bench('dibao.gradualExitSchedule (24 months)', () => {
    gradualExitSchedule({
      householdType: 'disabledDibao',
      startDate: '2020-02-29',
      baseMonthlySubsidy: '325.00',
    });
  });
  bench('regions.findRegion (official name)', () => {
    findRegion('前郭尔罗斯蒙古族自治县');
  });
  bench('timetable.hasMergedBy', () => {
    hasMergedBy('朝阳区', '2016-12-31');
  });
  bench('housing.checkHousePlan', () => {
    checkHousePlan({ registeredPeople: 3, plannedAreaM2: '75.01' });
  });
  bench('budget.budgetCell', () => {
    budgetCell({ table: '3-1', region: '延边州', column: '易地搬迁脱贫' });
  });
  bench('budget.auditBudget (94 checks)', () => {
    auditBudget();
  });
});
