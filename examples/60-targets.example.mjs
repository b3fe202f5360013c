// Targets and exit (chapter 1 section 3, 表1, chapters 2–10 and 12): a target assessed, what 表1 implies, a village
// and a county against the exit standard (2% 以下; 3% 以下 in 延边州), a household's exit procedure step by step.
import {
  advanceExitProcedure,
  assessTarget,
  assessTargets,
  auditTable1,
  checkCountyExit,
  checkHouseholdExit,
  checkPolicyRetention,
  checkVillageExit,
  startExitProcedure,
} from 'jilin-poverty-rules/targets';

export const title = 'Targets and exit: 表1, the text’s targets, exit standards and procedures';

export function run(out) {
  out.case('表1: 663 villages were to exit in 2017; a county reports 650');
  const villages = assessTarget('poorVillageExits', { value: 650, year: 2017 }, '2018-01-31');
  out.result('status', villages.assessment.status);
  out.line(villages.trace[0].text.en);
  out.cite(villages.assessment.clause);

  out.case('A provincial report on 2020-01-01');
  const report = assessTargets(
    [
      { target: 'poorCountyExits', value: 4, year: 2018 },
      { target: 'gridReliability', value: '0.994' },
      { target: 'broadbandLogisticsCoverage', value: '0.93' },
      { target: 'incomeGrowth', value: '0.095', reference: '0.089' },
      { target: 'supportTeachersPerYear', value: 31, year: 2019 },
    ],
    '2020-01-01',
  );
  out.result('counts', report.counts);
  for (const step of report.trace) out.line(step.text.en);

  out.case('What 表1 implies');
  for (const c of auditTable1().checks) out.line(`${c.status.padEnd(14)} ${c.description}`);

  out.case('A village of 汪清县 (延边州): 29 poor of 1,000 rural people, every condition answered yes');
  const yes = {
    infrastructureImproved: true,
    farmlandImproved: true,
    featureIndustry: true,
    collectiveEconomy: true,
    selfGovernance: true,
  };
  const village = checkVillageExit({
    place: '汪清县',
    registeredPoor: 29,
    ruralPopulation: 1000,
    date: '2018-10-01',
    conditions: yes,
  });
  out.result('qualifies', village.qualifies);
  out.line(village.trace[0].text.en);
  out.cite(village.citations[0]);

  out.case('The same numbers in 通榆县 (outside 延边州: 2%)');
  const county = checkCountyExit({
    county: '通榆县',
    registeredPoor: 29,
    ruralPopulation: 1000,
    date: '2018-10-01',
  });
  out.result('incidence met', county.incidenceMet);
  out.line(county.trace[0].text.en);

  out.case('A household at 3,000.00 yuan per person against a national line of 3,000 (the caller’s figure)');
  const household = checkHouseholdExit(
    { perCapitaIncome: '3000.00', date: '2018-12-01' },
    { nationalPovertyLine: '3000' },
  );
  out.result('income met (超过 is strict)', household.incomeMet);

  out.case('The household’s exit procedure, step by step (an objection would stop it)');
  let s = startExitProcedure({ procedure: 'household', subject: '户主张某' });
  const steps = [
    ['democraticAppraisal', '某村“两委”', 'passed'],
    ['verification', '驻村工作队', 'passed'],
    ['householdConsent', '张某', 'passed'],
    ['publicNotice', '某村“两委”', 'passed'],
    ['townshipApproval', '某乡人民政府', 'passed'],
    ['announcement', '某乡人民政府', undefined],
    ['deregistration', '某县扶贫办', undefined],
  ];
  steps.forEach(([step, by, outcome], n) => {
    s = advanceExitProcedure(s, {
      step,
      by,
      on: `2019-03-${String(10 + n)}`,
      ...(outcome ? { outcome } : {}),
    });
  });
  out.result('status', s.status);
  for (const h of s.history) out.line(`${h.on} ${h.step} by ${h.by} (${h.role.en})`);
  try {
    advanceExitProcedure(startExitProcedure({ procedure: 'village', subject: '某村' }), {
      step: 'countyApproval',
      by: '县扶贫开发领导小组',
      on: '2019-03-01',
      outcome: 'passed',
    });
  } catch (error) {
    out.result('a skipped step is refused', error.message);
  }

  out.case('摘帽不摘政策: policies kept 24 months (a local figure) after an exit on 2018-12-31');
  const kept = checkPolicyRetention(
    { unit: 'village', exitDate: '2018-12-31', date: '2020-06-30' },
    { retentionMonths: 24 },
  );
  out.result('retained until', kept.retainedUntil);
}
