// Chapter 11: the budget tables as exact data, and what an audit of the plan's own arithmetic finds.
import {
  auditBudget,
  budgetCell,
  categoryShare,
  regionBudget,
  regionShare,
  sharesOfRow,
  TABLE_2,
} from 'jilin-poverty-rules/budget';

export const title = 'Budget (chapter 11): 表2, 表3-1, 表3-2 and an audit of the plan’s arithmetic';

const yi = (d) => (d === null ? '—' : `${d.toFixed(2)} 亿元`);

export function run(out) {
  out.case('A cell, found through the region registry (code 222400 = 延边州), in 亿元 and in yuan');
  const cell = budgetCell({ table: '3-1', region: '222400', column: '易地搬迁脱贫' });
  out.result(`表3-1 ${cell.region} ${cell.column.zh}`, `${yi(cell.yi)} = ${cell.yuan.format()}`);
  out.cite(cell.citation);

  out.case('A blank cell is not a zero: 表2 四平市 金融机构融资');
  const blank = budgetCell({ table: '2', region: '四平', column: 'financialInstitutions' });
  out.result('cell', blank.cell);
  out.result(
    '四平市’s sources',
    sharesOfRow({ table: '2', region: '四平市' })
      .shares.map((s) => `${s.column} ${s.percentText}`)
      .join(', '),
  );

  out.case('Shares, exact, shown rounded half up to 2 decimals');
  out.result(
    '白城市 in the province (表2 总投资)',
    regionShare({ table: '2', region: '白城市' }).percentText,
  );
  out.result(
    '基础设施建设 in 表3-2 (text says 65.99%)',
    categoryShare({ table: '3-2', column: '基础设施建设' }).percentText,
  );

  out.case('A region’s whole budget: 四平市 alone, and with 公主岭市 (reading withPilotCities)');
  const own = regionBudget('四平市');
  const withPilot = regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } });
  out.result('四平市 (own row; default)', yi(own.totalInvestment));
  out.result(`${withPilot.rows.join(' + ')}`, yi(withPilot.totalInvestment));
  out.line('How (the trace every check returns, in Chinese and English):');
  for (const step of withPilot.trace) out.line(`  ${step.text.zh} / ${step.text.en}`);
  out.cite(TABLE_2.citation);

  const audit = auditBudget();
  out.case(
    `Audit: ${audit.checks.length} checks — ${audit.counts.agrees} agree, ${audit.counts.withinRounding} within rounding, ` +
      `${audit.counts.material} beyond rounding, ${audit.counts.note} notes`,
  );
  out.line('Every row and column of the three tables adds up exactly. What does not:');
  for (const f of audit.findings.filter((x) => x.status === 'material')) {
    const unit = f.unit === '%' ? '%' : ' 亿元';
    const stated = f.unit === '%' ? f.stated.toString() : f.stated.toFixed(2);
    const computed = f.unit === '%' ? f.computed.toDecimalPlaces(4).toString() : f.computed.toFixed(2);
    const sign = f.difference.isNegative() ? '' : '+';
    const diff =
      f.unit === '%' ? `${sign}${f.difference.toString()} pp` : `${sign}${f.difference.toFixed(2)} 亿元`;
    out.line();
    out.line(
      `✗ ${f.id}: ${f.kind === 'textVersusTable' ? 'text says' : 'stated'} ${stated}${unit}, ${f.kind === 'textVersusTable' ? 'table says' : 'computed'} ${computed}${unit}, difference ${diff}`,
    );
    out.line(`  ${f.explanation}`);
    out.cite(f.citations[0]);
  }
  out.line();
  out.line('Within rounding (±0.015 亿元 for two terms and a total, each rounded to 0.01):');
  out.line(
    audit.findings
      .filter((x) => x.status === 'withinRounding')
      .map((f) => `${f.id.replace('crossTable/', '')} ${f.difference.toFixed(2)}`)
      .join('; '),
  );
  out.line();
  out.line('Notes:');
  for (const f of audit.findings.filter((x) => x.status === 'note')) out.line(`• ${f.explanation}`);
  out.result('unexplained findings', audit.unexplained.length);
}
