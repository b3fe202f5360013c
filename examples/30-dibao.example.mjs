// Dibao (chapter 8, 兜底保障): one household through the gap subsidy, the exemption of guaranteed project
// returns, the 200% gradual exit with its quarter-by-quarter schedule, and the safety-net procedures.
// Standards and the national poverty line below are ILLUSTRATIVE parameters, not official figures.
import { getInterpretation, getRule, PolicyInputError } from 'jilin-poverty-rules';
import {
  ILLUSTRATIVE_DIBAO_STANDARDS,
  advanceCaseByCase,
  checkGradualExit,
  checkTwoLinesMerge,
  classifySafetyNet,
  countableIncome,
  dibaoGapSubsidy,
  gradualExitSchedule,
  openCaseByCase,
} from 'jilin-poverty-rules/dibao';

export const title = 'Dibao: gap subsidy, income exemption, gradual exit, safety net (chapter 8)';

export function run(out) {
  const standard = ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2019);
  out.case(
    `A 3-member household in 延吉市, 2019; ILLUSTRATIVE standard ${standard.amount} yuan per person per year`,
  );
  const income = countableIncome({
    assessmentDate: '2019-06-30',
    items: [
      { kind: 'other', label: 'farming and seasonal work', amount: '7800' },
      {
        kind: 'guaranteedProjectReturns',
        label: 'photovoltaic project 保底收益 of a member unable to work',
        amount: '1200',
        recipientUnableToWork: true,
      },
    ],
  });
  out.result('counted income / exempt income', `${income.counted} / ${income.exempt}`);
  out.cite(getRule('dibao.incomeExemption').citations[1]);
  out.line(`campaign period read as ${income.campaignPeriod.start} – ${income.campaignPeriod.end}`);

  // The local standard is the second argument: a table entry is one ({ standard, standardPeriod, … }).
  const subsidy = dibaoGapSubsidy(
    { members: 3, householdIncome: income.total, exemptIncome: income.exempt },
    standard,
  );
  out.line('trace (zh / en):');
  for (const step of subsidy.trace) {
    out.line(`  ${step.text.zh}`);
    out.line(`  ${step.text.en}`);
  }
  out.result('annual subsidy (3900 × 3 − 7800)', subsidy.annual.toString());
  out.result('monthly subsidy (3900 ÷ 12)', subsidy.monthly.toString());
  out.cite(getRule('dibao.gapSubsidy').citations[0]);

  out.case('A year later it has temporarily exited: counted income 22000 < 2 × 3900 × 3 = 23400 (低于 200%)');
  const check = checkGradualExit(
    {
      householdType: 'ruralDibao',
      temporarilyExited: true,
      members: 3,
      householdIncome: '23200',
      exemptIncome: '1200',
    },
    standard,
  );
  out.result('eligible / months / quarters', `${check.eligible} / ${check.months} / ${check.quarters}`);
  const exactly = checkGradualExit(
    { householdType: 'ruralDibao', temporarilyExited: true, members: 3, householdIncome: '23400' },
    standard,
  );
  out.result('at exactly 200% (23400)', `eligible ${exactly.eligible}: 低于 excludes the number`);
  const reform = checkGradualExit(
    {
      householdType: 'ruralDibao',
      temporarilyExited: true,
      members: 3,
      householdIncome: '23200',
      exemptIncome: '1200',
    },
    standard,
    { overrides: { 'dibao.gradualExitIncomeLimit': 150 } },
  );
  out.result('a reform to 150% (22000 ≥ 17550)', `eligible ${reform.eligible}`);
  out.line(reform.trace[2].text.en);
  out.cite(getRule('dibao.gradualExit').citations[1]);

  out.case(
    'Its schedule counted from 2020-01-31 (a month end; Civil Code: the start day is not counted), base 325.00 a month, linear step-down 6/6 … 1/6',
  );
  const schedule = gradualExitSchedule({
    householdType: check.householdType,
    startDate: '2020-01-31',
    baseMonthlySubsidy: subsidy.monthly,
  });
  for (const q of schedule.quarters) {
    out.line(`Q${q.quarter} ${q.start} – ${q.end}  ${q.amount.toString().padStart(8)}`);
  }
  out.result(
    'first day / end date / total',
    `${schedule.firstDay} / ${schedule.endDate} / ${schedule.total}`,
  );
  const decrease = getInterpretation('dibao.gradualExitDecrease');
  out.line(
    `reading ${decrease.chosen.id}; alternatives: ${decrease.alternatives.map((a) => a.id).join(', ')}`,
  );
  out.cite(getRule('dibao.gradualExit').citations[2]);

  out.case(
    'A disabled Dibao household instead: 24 months, 8 quarters (halving each quarter, for comparison)',
  );
  const disabled = gradualExitSchedule(
    { householdType: 'disabledDibao', startDate: '2020-02-29', baseMonthlySubsidy: subsidy.monthly },
    { readings: { gradualExitDecrease: 'halvingEachQuarter' } },
  );
  out.result('quarters', disabled.quarters.map((q) => q.amount.toString()).join(', '));
  out.result('end date / total', `${disabled.endDate} / ${disabled.total}`);

  out.case('Does 榆树市’s standard reach the national line? (ILLUSTRATIVE line 3000 yuan a year)');
  for (const year of [2016, 2017]) {
    const r = checkTwoLinesMerge({ region: '榆树市', year, standard: '2900', nationalPovertyLine: '3000' });
    out.result(
      `${year}`,
      `merge year ${r.mergeYear}, required ${r.mustReachLine}, compliant ${r.compliant}, shortfall ${r.shortfall}`,
    );
  }
  out.cite(getRule('dibao.twoLinesMerge').citations[1]);

  out.case('Safety net and 一事一议: a case is reported, recognised, approved — never out of order');
  out.result(
    '无业可扶、无力脱贫',
    classifySafetyNet({ noViableLivelihood: true, unableToExitByOwnEffort: true }).class,
  );
  out.result(
    'sudden cause (因突发因素致贫)',
    classifySafetyNet({ noViableLivelihood: false, unableToExitByOwnEffort: false, suddenCause: true }).class,
  );
  let c = openCaseByCase({ caseId: 'HH-042', place: '汪清县' });
  c = advanceCaseByCase(c, { action: 'report', actor: 'villageCommittee', date: '2019-03-01' });
  try {
    advanceCaseByCase(c, { action: 'approve', actor: 'countyGovernment', date: '2019-03-05' });
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    out.result('county approves before the township recognises', `${error.issues[0].code}: ${error.path}`);
  }
  c = advanceCaseByCase(c, { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-10' });
  c = advanceCaseByCase(c, { action: 'approve', actor: 'countyGovernment', date: '2019-03-20' });
  out.result('status', c.status);
  out.cite(getRule('dibao.caseByCaseProcedure').citations[0]);
}
