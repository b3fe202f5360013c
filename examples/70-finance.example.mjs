// Finance, land and partnerships (chapters 9, 10 and 12): a microcredit loan, the provincial fund, the land
// quota, the programme allocations against the budget tables, the pairings and fixed-point assistance.
import {
  assistancePairs,
  auditAllocations,
  checkMicrocreditLoan,
  fixedPointAssistance,
  helpersFor,
  landQuota,
  programmeAllocations,
  provincialFundSchedule,
  recipientsOf,
} from 'jilin-poverty-rules/finance';

export const title = 'Finance: microcredit, the provincial fund, the land quota, allocations, pairings';

export function run(out) {
  out.case('A registered poor household borrows 50,000 yuan for 36 months (5万元以下3年内)');
  const loan = checkMicrocreditLoan({ amount: '50000', term: { months: 36 }, registeredPoorHousehold: true });
  out.result('no guarantee, no collateral', loan.qualifies);
  for (const step of loan.trace) out.line(`${step.text.zh} / ${step.text.en}`);
  out.cite(loan.citations[0]);

  out.case('The same household asks for 60,000 yuan over 4 years');
  const big = checkMicrocreditLoan({ amount: '60000', term: { years: 4 }, registeredPoorHousehold: true });
  out.result('fails', big.failed.join(', '));
  out.case('…and under a reform with a 10万元 limit');
  const reform = checkMicrocreditLoan(
    { amount: '60000', term: { years: 3 }, registeredPoorHousehold: true },
    { overrides: { 'finance.microcreditLimit': '100000' } },
  );
  out.result('60,000 yuan for 3 years qualifies', reform.qualifies);

  out.case('The provincial special fund: +1 亿元 a year from 2016 for five years');
  const fund = provincialFundSchedule();
  out.result('extras by year (亿元)', fund.years.map((y) => `${y.year}: ${y.extraYi.toString()}`).join(', '));
  out.result('sum = stated 15 亿元', `${fund.totalExtraYi.toString()} → ${fund.sumsToStated}`);
  out.result('uses', fund.uses.map((u) => u.zh).join('、'));
  out.cite(fund.citations[0]);

  out.case('Land: 600 mu a year for each national key county');
  const land = landQuota({ place: '延边州', years: 5 });
  out.result(
    `延边州 over 5 years (${land.counties.map((c) => c.name).join('、')})`,
    `${land.totalMu.toString()} 亩`,
  );

  out.case('Programme allocations and what they cost per unit');
  for (const f of programmeAllocations().perUnit) {
    out.result(f.en, f.yuan === null ? (f.ratio?.toString() ?? '—') : `${f.yuan.toString()} 元`);
  }
  const audit = auditAllocations();
  for (const c of audit.checks) {
    out.line(
      `${c.status.padEnd(7)} ${c.id}: ${c.allocationYi.toString()} of 表${c.table} ${c.column} ${c.budgetYi.toString()} (${c.sharePercent.toString()}%)`,
    );
  }

  out.case('Pairings (专栏7–9), both ways');
  out.result(
    'helpers of 安图县',
    helpersFor('安图县')
      .map((h) => h.name)
      .join('、'),
  );
  out.result(
    'recipients of 长春市',
    recipientsOf('长春市')
      .map((r) => r.name)
      .join('、'),
  );
  out.result('pairs in all', assistancePairs().pairs.length);

  out.case('Fixed-point assistance');
  const fp = fixedPointAssistance();
  for (const step of fp.trace) out.line(step.text.zh);
}
