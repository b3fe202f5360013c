/** The CLI's commands run in-process (fast checks beside the child-process tests of bin.test.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFields, csvRecord } from '../../src/cli/batch.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'jilin-cli-commands-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function io(tty = false): CliIo & { stdout: string[]; stderr: string[]; raw: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const raw: string[] = [];
  return {
    stdout,
    stderr,
    raw,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    errRaw: (t) => raw.push(t),
    errIsTTY: tty,
  };
}

describe('batch', () => {
  it('draws a progress bar on stderr only when stderr is a terminal, ending at 100%', async () => {
    const file = join(dir, 'plans.jsonl');
    writeFileSync(
      file,
      '{"registeredPeople":3,"plannedAreaM2":"75"}\n{"registeredPeople":1,"plannedAreaM2":"26"}\n',
    );
    const tty = io(true);
    expect(await main(['batch', 'housing.areaCap', file], tty)).toBe(0);
    expect(tty.stdout).toHaveLength(2);
    expect(tty.raw.at(-1)).toMatch(/\[#{30}\] 100%\n$/u);
    const pipe = io(false);
    await main(['batch', 'housing.areaCap', file], pipe);
    expect(pipe.raw).toEqual([]);
  });

  it('medical claims go through the compiled scheme: the same figures as reimburse, a bad line reported, a bad profile refused before any line', async () => {
    const claim = {
      date: '2018-04-17',
      patient: { registeredPoor: true },
      careType: 'inpatient',
      diseaseGroup: 'other',
      hospital: { level: 'county', inCounty: true, designated: true },
      totalCost: '12000',
      inCatalogueCost: '10000',
    };
    const file = join(dir, 'claims.jsonl');
    writeFileSync(file, `${JSON.stringify(claim)}\n{"careType":"x"}\n`);
    const ok = io();
    const local = ['--local', '$ILLUSTRATIVE_COUNTY_SCHEME_PROFILE'];
    expect(await main(['batch', 'medical.fourLayers', file, ...local], ok)).toBe(1);
    const first = JSON.parse(ok.stdout[0] ?? '{}') as { result: { outOfPocket: string } };
    expect(first.result.outOfPocket).toBe('3500.00'); // 12000 − 8500 paid by the four layers, as in reimburse
    expect(ok.stderr[0]).toMatch(/:2: \[medical.fourLayers\] claim/u);
    const badProfile = join(dir, 'profile.json');
    writeFileSync(badProfile, '{"name":""}');
    const bad = io();
    expect(await main(['batch', 'medical.fourLayers', file, '--local', badProfile], bad)).toBe(2);
    expect(bad.stderr[0]).toContain('profile.name');
    expect(bad.stdout).toEqual([]);
  });

  it('--out into a folder that does not exist is a usage error', async () => {
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, '{"registeredPeople":3,"plannedAreaM2":"75"}\n');
    const x = io();
    expect(await main(['batch', 'housing.areaCap', file, '--out', join(dir, 'no', 'out.jsonl')], x)).toBe(2);
    expect(x.stderr[0]).toContain('no such folder');
  });

  it('CSV: quoted fields, nested headers, whole numbers as numbers, amounts and empty cells', () => {
    expect(csvFields('a,"b, c","d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
    expect(
      csvRecord(
        ['hospital.level', 'members', 'amount', 'note', 'poor'],
        ['county', '3', '12.50', '', 'true'],
      ),
    ).toEqual({
      hospital: { level: 'county' },
      members: 3,
      amount: '12.50',
      poor: true,
    });
    expect(() => csvRecord(['a', 'b'], ['1'])).toThrow('1 fields, the header has 2');
  });
});

describe('spec', () => {
  it('a case naming a function the package does not export fails with that message; the run goes on', async () => {
    const file = join(dir, 'calls.yaml');
    writeFileSync(
      file,
      [
        '- { name: a, rule: housing.areaCap, call: housing.noSuchFunction, input: {}, expect: { x: 1 } }',
        "- { name: b, rule: core.yiYuanUnit, input: '1', expect: { $: '100000000.00' } }",
      ].join('\n'),
    );
    const x = io();
    expect(await main(['spec', file, '--verbose'], x)).toBe(1);
    expect(x.stdout.join('\n')).toContain(
      'UnknownCallError: housing.noSuchFunction is not an exported function',
    );
    expect(x.stdout).toContain(`ok   ${file} case 2: b [core.yiYuanUnit]`);
    expect(x.stdout.at(-1)).toBe('1 passed, 1 failed');
  });
});

describe('usage', () => {
  it('no command prints the usage and exits 2; --help exits 0', async () => {
    const x = io();
    expect(await main([], x)).toBe(2);
    expect(x.stdout[0]).toMatch(/^Usage: jilin-poverty-rules/u);
    expect(await main(['--help'], io())).toBe(0);
  });

  it('a bad --lang, --date or --regime is one line and exit 2', async () => {
    for (const args of [
      ['rules', '--lang', 'fr'],
      ['eval', 'housing.areaCap', '-', '--date', '2018-6-1'],
      ['eval', 'housing.areaCap', '-', '--regime', 'future'],
    ]) {
      const x = io();
      expect(await main(args, x), args.join(' ')).toBe(2);
      expect(x.stderr).toHaveLength(1);
    }
  });

  it('explain --json gives the rule with its parameters and interpretations', async () => {
    const x = io();
    expect(await main(['explain', 'medical.criticalIllnessDeductible', '--json'], x)).toBe(0);
    const rule = JSON.parse(x.stdout[0] ?? '') as {
      id: string;
      defaultCall: string;
      interpretations: { id: string }[];
    };
    expect(rule.id).toBe('medical.criticalIllnessDeductible');
    expect(rule.defaultCall).toBe('medical.reimburse');
    expect(rule.interpretations.map((i) => i.id)).toContain('medical.deductiblePeriod');
  });
});
