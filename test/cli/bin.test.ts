/** The built bin (`jilin-poverty-rules`), run in a child process: each command, bad input and exit codes. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../../src/rules.js';
import { buildPackage, runBin, type BuiltPackage, type RunResult } from './build.js';

// Each test starts child processes; on a busy machine they take seconds.
vi.setConfig({ testTimeout: 60_000 });

let pkg: BuiltPackage;
let dir: string;
const run = (args: readonly string[], input?: string): Promise<RunResult> =>
  runBin(pkg.bin, args, input === undefined ? {} : { input });
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A usage error: exit status 2, one line on stderr, no stack trace. */
function expectUsageError(r: RunResult, mentions: string): void {
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(mentions);
  expect(r.stderr).not.toMatch(/\n\s+at /u);
}

beforeAll(async () => {
  pkg = await buildPackage();
  dir = join(pkg.root, 'work');
  mkdirSync(dir);
}, 120_000);
afterAll(() => {
  pkg.cleanup();
});

describe('jilin-poverty-rules rules', () => {
  it('lists every registered rule, one a line, with its title and citation', async () => {
    const r = await run(['rules']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(rules.length);
    expect(r.stdout).toContain('housing.areaCap\tcheck\tHousing area cap');
  });

  it('--area housing --json gives the housing rules as JSON', async () => {
    const r = await run(['rules', '--area', 'housing', '--json']);
    const listed = JSON.parse(r.stdout) as { id: string }[];
    expect(listed.map((x) => x.id)).toEqual(rules.filter((x) => x.area === 'housing').map((x) => x.id));
  });

  it('an unknown area is a usage error (exit 2)', async () => {
    expectUsageError(await run(['rules', '--area', 'nowhere']), '--area nowhere');
  });
});

describe('jilin-poverty-rules explain', () => {
  it('shows the clause quote, the default function and the cases of the rule', async () => {
    const r = await run(['explain', 'housing.areaCap']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准');
    expect(r.stdout).toContain('housing.checkHousePlan');
    expect(r.stdout).toMatch(/Cases \([1-9]\d*\):/u);
  });

  it('an unknown rule is a usage error suggesting the nearest ids', async () => {
    expectUsageError(await run(['explain', 'housing.areaCp']), 'did you mean: housing.areaCap');
  });
});

describe('jilin-poverty-rules eval', () => {
  const plan = JSON.stringify({ registeredPeople: 3, plannedAreaM2: '75' });

  it('evaluates a file: 3 × 25 m² = 75 m², exactly at the cap, complies', async () => {
    const r = await run(['eval', 'housing.areaCap', file('plan.json', plan)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('compliant: true');
    expect(r.stdout).toContain('capM2: 75');
  });

  it('reads stdin for "-" and prints JSON with --json', async () => {
    const r = await run(['eval', 'housing.areaCap', '-', '--json'], plan);
    expect((JSON.parse(r.stdout) as { compliant: boolean }).compliant).toBe(true);
  });

  it('a locality constant and a trace in Chinese: 9,700 × 70% = 6,790.00', async () => {
    const claim = {
      date: '2018-04-17',
      patient: { registeredPoor: true },
      careType: 'inpatient',
      diseaseGroup: 'other',
      hospital: { level: 'county', inCounty: true, designated: true },
      totalCost: '12000',
      inCatalogueCost: '10000',
    };
    const args = [
      'eval',
      'medical.fiveUplifts',
      '-',
      '--local',
      '$ILLUSTRATIVE_COUNTY_SCHEME_PROFILE',
      '--lang',
      'zh',
    ];
    const r = await run(args, JSON.stringify(claim));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('计算过程');
    expect(r.stdout).toContain('6790.00');
  });

  it('input the rule refuses is one line naming the field, exit 2', async () => {
    expectUsageError(
      await run(['eval', 'housing.areaCap', file('zero.json', '{"registeredPeople":0,"plannedAreaM2":"1"}')]),
      'registeredPeople',
    );
  });

  it('invalid JSON, a missing file, an unknown flag and an unknown command exit 2 with one line', async () => {
    expectUsageError(await run(['eval', 'housing.areaCap', file('bad.json', '{bad')]), 'invalid JSON');
    expectUsageError(await run(['eval', 'housing.areaCap', join(dir, 'none.json')]), 'cannot read');
    expectUsageError(
      await run(['eval', 'housing.areaCap', '-', '--bogus'], plan),
      "Unknown option '--bogus'",
    );
    expectUsageError(await run(['eval', 'housing.areaCap', '-', '--reading', 'nokey'], plan), 'key=value');
    expectUsageError(await run(['frobnicate']), 'unknown command');
  });
});

describe('jilin-poverty-rules batch', () => {
  it('one result line per input line; an invalid line is reported with its number (exit 1)', async () => {
    const lines = [
      '{"registeredPeople":3,"plannedAreaM2":"75"}',
      '{"registeredPeople":0,"plannedAreaM2":"75"}',
      '{not json',
      '{"registeredPeople":2,"plannedAreaM2":"50.01"}',
    ];
    const r = await run(['batch', 'housing.areaCap', file('plans.jsonl', lines.join('\n'))]);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; result?: { compliant: boolean }; error?: string });
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    expect(out[0]?.result?.compliant).toBe(true);
    expect(out[1]?.error).toContain('registeredPeople');
    expect(out[2]?.error).toContain('invalid JSON');
    expect(out[3]?.result?.compliant).toBe(false);
    expect(r.stderr).toContain('plans.jsonl:2:');
    expect(r.stderr).toContain('plans.jsonl:3:');
    expect(r.stderr).not.toContain('%'); // no progress bar when stderr is not a terminal
  });

  it('reads CSV with a header row into --out (exit 0)', async () => {
    const out = join(dir, 'out.jsonl');
    const csv = file('plans.csv', 'registeredPeople,plannedAreaM2\n3,75\n4,"100.5"\n');
    const r = await run(['batch', 'housing.areaCap', csv, '--out', out]);
    expect(r.status).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; result: { compliant: boolean } });
    expect(rows.map((x) => [x.line, x.result.compliant])).toEqual([
      [2, true],
      [3, false],
    ]);
  });
});

describe('jilin-poverty-rules spec', () => {
  it('runs the package’s case folders: the last line is "N passed, 0 failed"', async () => {
    const r = await run(['spec', join(pkg.root, 'spec', 'housing'), join(pkg.root, 'spec', 'budget')]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^[1-9]\d* passed, 0 failed$/u);
  });

  it('on a folder with a failing case: expected vs actual, "1 passed, 2 failed", exit 1', async () => {
    const team = join(dir, 'team');
    mkdirSync(team);
    writeFileSync(
      join(team, 'area.yaml'),
      [
        '- name: { zh: 三人75平方米合规, en: 3 people may build 75 m² }',
        '  rule: housing.areaCap',
        '  input: { registeredPeople: 3, plannedAreaM2: "75" }',
        '  expect: { compliant: true, capM2: "75" }',
        '- name: 3 people may build 80 m² (wrong on purpose)',
        '  rule: housing.areaCap',
        '  input: { registeredPeople: 3, plannedAreaM2: "80" }',
        '  expect: { compliant: true }',
        '- name: a typo in a field',
        '  rule: housing.areaCap',
        '  input: { registeredPeople: 3, plannedArea: "75" }',
        '  expect: { compliant: true }',
      ].join('\n'),
    );
    const r = await run(['spec', team]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL \S*area\.yaml case 2: 3 people may build 80 m²/u);
    expect(r.stdout).toContain('compliant: expected true, got false');
    expect(r.stdout).toMatch(/area\.yaml case 3: a typo in a field[^\n]*\n[^\n]*plannedArea = "75"/u);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 passed, 2 failed');
  });

  it('a case file in the old format is an error naming the file and the case', async () => {
    const old = file(
      'old.yaml',
      '- case: x\n  rule: housing.areaCap\n  call: housing.checkHousePlan\n  args: [{}]\n  expect: { a: 1 }\n',
    );
    const r = await run(['spec', old]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('old.yaml: case 1 ("x"): the old format');
  });

  it('a folder that does not exist is a usage error', async () => {
    expectUsageError(await run(['spec', join(dir, 'nowhere')]), 'no such file or folder');
  });
});

describe('jilin-poverty-rules audit', () => {
  it('prints the budget audit and the relocation programme findings', async () => {
    const r = await run(['audit']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('crossTable/延边州');
    expect(r.stdout).toContain('Relocation programme');
    const json = JSON.parse((await run(['audit', '--json'])).stdout) as { budget: { findings: unknown[] } };
    expect(json.budget.findings.length).toBeGreaterThan(0);
  });
});
