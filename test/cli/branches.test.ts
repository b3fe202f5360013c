/**
 * The CLI's less travelled paths, in-process (issue 15: src/cli at ≥ 90% branches): a trace step that pays an
 * amount or cites nothing, an unknown rule too long to suggest for, `spec` without --verbose and with a case
 * named only in English, a progress bar that redraws only when the percentage moves (and an empty file), and
 * a `--call` naming a class (a usage error), and the internal errors: a call that throws a TypeError, a dangling
 * symlink among the case files.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AuditCheck } from '../../src/budget/audit-checks.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'jilin-cli-branches-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface Run {
  readonly code: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
  /** What the progress bar wrote (stderr without a newline). */
  readonly raw: readonly string[];
}

async function run(argv: readonly string[], errIsTTY = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errRaw: (t) => raw.push(t),
    errIsTTY,
  });
  return { code, out, err, raw };
}

const GAP_CLAUSE = 'Chapter 8, Section 1, p. 29: “按照家庭人均收入低于当地低保标准的差额给予低保补助”';

describe('eval: how a trace step is printed', () => {
  it('a step that pays shows "→ amount": 3 members, income 7,800, standard 3,900 → 3,900 a year, 325.00 a month', async () => {
    const input = file('gap.json', '{"members":3,"householdIncome":"7800"}');
    const local = file('gap-local.json', '{"standard":"3900"}');
    const r = await run(['eval', 'dibao.gapSubsidy', input, '--local', local]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.slice(0, 3)).toEqual(['belowStandard: true', 'monthly: 325.00', 'annual: 3900.00']);
    // steps without an amount (the standard, the income) end at their citation; the paying steps add "→ amount"
    expect(r.out).toContain(
      `  1. local Dibao standard per person per year: 3900.00 = 3900.00 yuan [${GAP_CLAUSE}]`,
    );
    expect(r.out).toContain(
      '  5. annual subsidy = (standard − per-capita income) × members = standard × members − income, ≥ 0: ' +
        `max(0, 11700.00 − 7800.00) = 3900.00 yuan → 3900.00 [${GAP_CLAUSE}]`,
    );
    expect(r.out.at(-1)).toBe(
      `  6. monthly subsidy, rounded half up to the fen: 3900.00 ÷ 12 = 325.00 yuan → 325.00 [${GAP_CLAUSE}]`,
    );
  });

  it('a step that cites no clause has no [citation]: the safety-net class, in English and Chinese', async () => {
    const input = file(
      'safety-net.json',
      '{"noViableLivelihood":false,"unableToExitByOwnEffort":false,"notCoveredByMeasures":false,"suddenCause":false}',
    );
    const en = await run(['eval', 'dibao.safetyNetClass', input, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out.slice(0, 3)).toEqual([
      'class: developmentMeasures',
      'safetyNet: false',
      'caseByCase: false',
    ]);
    expect(en.out.at(-2)).toMatch(
      /^ {2}2\. no measure covers it .* → case by case: no \[Chapter 8, Section 3, p\. 32: /u,
    );
    expect(en.out.at(-1)).toBe('  3. class: the development measures (industry, jobs, …)');
    const zh = await run(['eval', 'dibao.safetyNetClass', input, '--lang', 'zh']);
    expect(zh.out.at(-1)).toMatch(/^ {2}3\. 归类：[^[\]]+$/u);
  });
});

describe('explain: an unknown rule', () => {
  it('an id longer than 100 characters gets no "did you mean" (no edit distance is computed for it)', async () => {
    const id = 'x'.repeat(101);
    const r = await run(['explain', id]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`jilin-poverty-rules: unknown rule "${id}"`]);
  });
});

describe('spec', () => {
  it("with no path runs the package's own spec/ folder: every case passes", async () => {
    const r = await run(['spec']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^[1-9]\d+ passed, 0 failed$/u);
  });

  it('without --verbose a passing file prints only the counts: "2 passed, 0 failed"', async () => {
    const r = await run(['spec', 'spec/core/cases.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['2 passed, 0 failed']);
  });

  it('a case named only in English: "ok   <file> case 1: Plain name [rule]", a wrong expectation FAIL with expected vs got', async () => {
    const cases = file(
      'plain.yaml',
      [
        '- { name: Plain name, rule: core.yiYuanUnit, call: yiToYuan, arguments: ["1"], expect: { $: "100000000.00" } }',
        '- { name: Wrong, rule: core.yiYuanUnit, call: yiToYuan, arguments: ["1"], expect: { $: "1.00" } }',
        '',
      ].join('\n'),
    );
    const r = await run(['spec', cases, '--verbose']);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `ok   ${cases} case 1: Plain name [core.yiYuanUnit]`,
      `FAIL ${cases} case 2: Wrong [core.yiYuanUnit]`,
      '     $: expected "1.00", got "100000000.00"',
      '1 passed, 1 failed',
    ]);
  });

  it('a dangling symlink among the case files is an internal error naming the file (exit 2), not a failed case', async () => {
    const folder = join(dir, 'cases');
    mkdirSync(folder);
    const gone = join(folder, 'gone.yaml');
    symlinkSync(join(dir, 'nowhere.yaml'), gone);
    const r = await run(['spec', folder]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      `jilin-poverty-rules: internal error: Error: ENOENT: no such file or directory, stat '${gone}'`,
    ]);
  });
});

describe('batch: the progress bar on a terminal', () => {
  const plan = '{"registeredPeople":3,"plannedAreaM2":"75"}\n'; // 44 bytes

  it('150 lines of 44 bytes: the bar is drawn once per percent (0% … 100%: 101 draws) and once more at the end', async () => {
    const input = file('many.jsonl', plan.repeat(150));
    const r = await run(['batch', 'housing.areaCap', input], true);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(150);
    // after line k: floor(k × 44 / 6600 × 100) = floor(2k / 3) %, so lines 3 and 4 are both at 2%
    expect(r.raw).toHaveLength(102);
    expect(r.raw.slice(0, 4)).toEqual([
      `\r[${'-'.repeat(30)}] 0%`,
      `\r[${'-'.repeat(30)}] 1%`,
      `\r[#${'-'.repeat(29)}] 2%`,
      `\r[#${'-'.repeat(29)}] 3%`,
    ]);
    expect(r.raw.slice(-2)).toEqual([`\r[${'#'.repeat(30)}] 100%`, `\r[${'#'.repeat(30)}] 100%\n`]);
  });

  it('an empty file: no result lines, the bar full at once (0 of 0 bytes counts as done)', async () => {
    const input = file('empty.jsonl', '');
    const r = await run(['batch', 'housing.areaCap', input], true);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.raw).toEqual([`\r[${'#'.repeat(30)}] 100%\n`]);
  });
});

describe('a --call naming a class is a usage error (exit 2), not an internal error', () => {
  it('eval --call dibao.CompiledDibao: "is a class, not an exported function"', async () => {
    const input = file('class.json', '{"members":3,"householdIncome":"7800"}');
    const r = await run(['eval', 'dibao.gapSubsidy', input, '--call', 'dibao.CompiledDibao']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['jilin-poverty-rules: dibao.CompiledDibao is a class, not an exported function']);
  });
});

describe('a --call that throws something other than a refusal is an internal error (exit 2)', () => {
  /**
   * No exported function throws anything but a PolicyInputError (the contract test says so), so the call is
   * replaced by one that throws a TypeError, as a bug in a rule would.
   */
  async function runWithBrokenCall(argv: readonly string[]): Promise<Run> {
    vi.resetModules();
    vi.doMock('../../src/spec/run.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/spec/run.js')>();
      const broken = (): never => {
        throw new TypeError('a bug in a rule');
      };
      return { ...real, resolveCall: () => broken };
    });
    try {
      const { main: mocked } = await import('../../src/cli/main.js');
      const out: string[] = [];
      const err: string[] = [];
      const code = await mocked(argv, {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        errRaw: () => undefined,
        errIsTTY: false,
      });
      return { code, out, err, raw: [] };
    } finally {
      vi.doUnmock('../../src/spec/run.js');
      vi.resetModules();
    }
  }
  const message = 'jilin-poverty-rules: internal error: TypeError: a bug in a rule';

  it('eval: exit 2, nothing on stdout, "internal error: TypeError: …"', async () => {
    const input = file('broken.json', '{"members":3,"householdIncome":"7800"}');
    const r = await runWithBrokenCall(['eval', 'dibao.gapSubsidy', input]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([message]);
  }, 30_000);

  it('batch stops at the first line instead of reporting it as a refused line', async () => {
    const input = file('broken.jsonl', '{"members":3,"householdIncome":"7800"}\n{"members":1}\n');
    const r = await runWithBrokenCall(['batch', 'dibao.gapSubsidy', input]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([message]);
  }, 30_000);
});

describe('audit when the data changes under it (simulated: one check that agrees today turns material)', () => {
  /**
   * `audit` is the gate against a change of the plan's data: a finding the library has no account of
   * (not in EXPLAINED_FINDINGS) makes it exit 1. No input reaches that today (the data is fixed), so the
   * budget audit is replaced by the real one plus such a finding.
   */
  async function auditWithNewFinding(
    argv: readonly string[],
    changes = 1,
  ): Promise<Run & { finding: AuditCheck }> {
    let finding: AuditCheck | undefined;
    vi.resetModules();
    vi.doMock('../../src/budget/audit.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/budget/audit.js')>();
      const auditBudget: typeof real.auditBudget = (options) => {
        const audit = real.auditBudget(options);
        const found = audit.checks
          .filter((c) => c.status === 'agrees')
          .flatMap((c) =>
            c.difference === null
              ? []
              : [{ ...c, status: 'material' as const, difference: c.difference.plus(1) }],
          )
          .slice(0, changes);
        if (found.length < changes)
          throw new Error(`fewer than ${String(changes)} checks agree with a difference`);
        finding = found[0];
        const counts = {
          ...audit.counts,
          agrees: audit.counts.agrees - changes,
          material: audit.counts.material + changes,
        };
        return { ...audit, findings: [...audit.findings, ...found], unexplained: found, counts };
      };
      return { ...real, auditBudget };
    });
    try {
      const { main: mocked } = await import('../../src/cli/main.js');
      const out: string[] = [];
      const err: string[] = [];
      const code = await mocked(argv, {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        errRaw: () => undefined,
        errIsTTY: false,
      });
      if (finding === undefined) throw new Error('the audit was not run');
      return { code, out, err, raw: [], finding };
    } finally {
      vi.doUnmock('../../src/budget/audit.js');
      vi.resetModules();
    }
  }

  it('text: two unexplained findings end on "2 unexplained budget findings" (plural)', async () => {
    const r = await auditWithNewFinding(['audit'], 2);
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe('2 unexplained budget findings');
  }, 30_000);

  it('text: exit 1, the finding with its description, then "1 unexplained budget finding" last (singular)', async () => {
    const r = await auditWithNewFinding(['audit']);
    expect(r.code).toBe(1);
    expect(r.out[0]).toContain('94 checks; 74 agree, 9 within rounding, 7 material, 4 notes');
    expect(r.out).toContain(`  [material] ${r.finding.id} (difference 1): ${r.finding.description}`);
    expect(r.out.at(-1)).toBe('1 unexplained budget finding');
  }, 30_000);

  it('--json: exit 1, the finding listed under budget.unexplained', async () => {
    const r = await auditWithNewFinding(['audit', '--json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out.join('\n')) as {
      budget: { unexplained: { id: string; status: string }[] };
    };
    expect(data.budget.unexplained).toEqual([
      expect.objectContaining({ id: r.finding.id, status: 'material' }),
    ]);
  }, 30_000);
});
