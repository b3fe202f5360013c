/**
 * `audit`: the budget audit (chapter 11's arithmetic), 表1's sums (chapter 1), the programme allocations against the
 * budget tables (chapters 4, 10, 11) and the relocation programme's source-consistency findings.
 */
import * as lib from '../index.js';
import type { CliIo } from './io.js';

/**
 * The exit status: 1 when the budget audit has an unexplained finding. The audit reads the plan's own figures
 * (it takes no options), and every finding of those is explained.
 */
function exitStatus(budget: lib.budget.BudgetAudit): number {
  return Math.min(1, budget.unexplained.length);
}

/** `audit [--json]`: 0 when every finding is explained, 1 when the budget audit has an unexplained one. */
export function auditCommand(io: CliIo, json: boolean): number {
  const budget = lib.budget.auditBudget();
  const programme = lib.housing.relocationProgrammeReport().audit;
  const table1 = lib.targets.auditTable1();
  const allocations = lib.finance.auditAllocations();
  if (json) {
    io.out(
      JSON.stringify({
        budget: { counts: budget.counts, findings: budget.findings, unexplained: budget.unexplained },
        table1: { counts: table1.counts, checks: table1.checks },
        allocations: { checks: allocations.checks, findings: allocations.findings },
        housingProgramme: programme,
      }),
    );
    return exitStatus(budget);
  }
  const counts = budget.counts;
  io.out(
    `Budget audit (chapter 11, reading ${String(budget.readings.roundingTolerance)}): ${budget.checks.length} checks; ${counts.agrees} agree, ` +
      `${counts.withinRounding} within rounding, ${counts.material} material, ${counts.note} notes`,
  );
  for (const f of budget.findings) {
    const diff = f.difference === null ? '' : ` (difference ${f.difference.toString()})`;
    io.out(`  [${f.status}] ${f.id}${diff}: ${lib.budget.EXPLAINED_FINDINGS[f.id] ?? f.description}`);
  }
  io.out('');
  io.out(`表1 (chapter 1, section 3): ${table1.checks.length} checks`);
  for (const c of table1.checks) io.out(`  [${c.status}] ${c.id}: ${c.description}`);
  io.out('');
  io.out(`Programme allocations against the budget tables: ${allocations.findings.length} findings`);
  for (const f of allocations.findings) {
    io.out(
      `  [${f.status}] ${f.id}: ${f.allocationYi.toString()} 亿元 in the text, ${String(f.budgetYi)} 亿元 in 表${f.table} ${f.column}`,
    );
  }
  io.out('');
  io.out(`Relocation programme (chapter 4): ${programme.length} findings`);
  for (const f of programme) io.out(`  [${f.severity}] ${f.id}: ${f.title}. ${f.conclusion}`);
  const unexplained = budget.unexplained.length;
  if (unexplained > 0) io.out(`${unexplained} unexplained budget finding${unexplained === 1 ? '' : 's'}`);
  return exitStatus(budget);
}
