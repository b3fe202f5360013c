/**
 * The CLI's commands in-process, for coverage of src/cli (the bin tests run the built bundle in a child
 * process, which coverage does not see): every rule explained in both languages and as JSON, the audit, eval
 * with each flag, and each usage error with its exit status 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { figuresOf } from '../../src/cli/evaluate.js';
import { PROCESS_IO, type CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { rules as RULES } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'jilin-cli-quality-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
// Test names never contain these temp paths (a table's rows are named by number): a mutation run selects a test
// by its name, and a name with a random folder in it is another name in the next run.
const plan = join(dir, 'plan.json');
writeFileSync(plan, '{"registeredPeople":3,"plannedAreaM2":"75"}');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errRaw: () => undefined,
    errIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('rules and explain', () => {
  it('rules: one line per rule, tab-separated; --area housing only housing; --json parses', async () => {
    const all = await run('rules');
    expect(all.code).toBe(0);
    expect(all.out.split('\n')).toHaveLength(RULES.length);
    const housing = await run('rules', '--area', 'housing');
    expect(housing.out.split('\n').every((l) => l.startsWith('housing.'))).toBe(true);
    const json = await run('rules', '--json', '--lang', 'en');
    expect((JSON.parse(json.out) as unknown[]).length).toBe(RULES.length);
    const zh = await run('rules', '--lang', 'zh', '--area', 'dibao');
    expect(zh.code).toBe(0);
  });

  it.each(RULES.map((r) => r.id))(
    '%s explains in zh, en and JSON',
    async (id) => {
      for (const lang of ['zh', 'en']) {
        const r = await run('explain', id, '--lang', lang);
        expect(r.code, lang).toBe(0);
        expect(r.out.startsWith(`${id} — `)).toBe(true);
      }
      const j = await run('explain', id, '--json');
      expect((JSON.parse(j.out) as { id: string }).id).toBe(id);
    },
    30_000,
  );

  it.each([
    [['rules', '--area', 'nowhere'], '--area nowhere: not an area'],
    [['explain', 'nothing.here'], 'unknown rule "nothing.here" (did you mean:'],
    [['explain'], 'explain: name a rule'],
    [['rules', '--bogus'], "rules: Unknown option '--bogus'"],
    [['frob'], 'unknown command "frob" (try --help)'],
  ])('%j is a usage error (exit 2): %s', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('no command prints the usage and exits 2; --help exits 0', async () => {
    expect((await run()).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out.startsWith('Usage: jilin-poverty-rules <command> [options]')).toBe(true);
  });
});

describe('audit', () => {
  it('text: the counts line "94 checks; 75 agree, 9 within rounding, 6 material, 4 notes"', async () => {
    const r = await run('audit');
    expect(r.code).toBe(0);
    expect(r.out).toContain('94 checks; 75 agree, 9 within rounding, 6 material, 4 notes');
  });

  it('--json: budget counts', async () => {
    const r = await run('audit', '--json');
    const data = JSON.parse(r.out) as { budget: { counts: Record<string, number> } };
    expect(data.budget.counts).toEqual({ agrees: 75, withinRounding: 9, material: 6, note: 4 });
  });
});

describe('eval', () => {
  it('3 people, 75 m²: cap 3 × 25 = 75, compliant (text and JSON)', async () => {
    const text = await run('eval', 'housing.areaCap', plan);
    expect(text.code).toBe(0);
    expect(text.out).toContain('capM2: 75');
    expect(text.out).toContain('compliant: true');
    const json = await run('eval', 'housing.areaCap', plan, '--json', '--lang', 'en');
    expect(JSON.parse(json.out)).toMatchObject({ capM2: '75', compliant: true });
  });

  it('--param housing.areaCapPerPerson=20: cap 3 × 20 = 60 < 75, not compliant', async () => {
    const r = await run('eval', 'housing.areaCap', plan, '--param', 'housing.areaCapPerPerson=20');
    expect(r.out).toContain('capM2: 60');
    expect(r.out).toContain('compliant: false');
  });

  it('--regime baseline, --date and --call are accepted', async () => {
    expect((await run('eval', 'housing.areaCap', plan, '--regime', 'baseline')).code).toBe(0);
    expect((await run('eval', 'housing.areaCap', plan, '--date', '2019-01-01')).code).toBe(0);
    expect((await run('eval', 'housing.areaCap', plan, '--call', 'housing.checkHousePlan')).code).toBe(0);
  });

  it.each([
    [['eval', 'housing.areaCap', plan, '--param', 'bad'], '--param bad: expected key=value'],
    [['eval', 'housing.areaCap', join(dir, 'missing.json')], 'cannot read (ENOENT)'],
    [['eval', 'housing.areaCap'], 'eval: name an input file (or - for stdin)'],
    [['eval'], 'name a rule'],
    [['eval', 'nothing.rule', plan], 'unknown rule "nothing.rule"'],
    [['eval', 'housing.areaCap', plan, '--lang', 'fr'], '--lang fr: expected zh or en'],
  ])('row %#: exit 2 and the message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('a refused input names the rule and the field', async () => {
    const r = await run('eval', 'housing.relocationCandidacy', plan);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('[housing.relocationCandidacy] registeredPoor = undefined');
  });
});

describe('eval flags and their refusals', () => {
  const badJson = join(dir, 'bad.json');
  writeFileSync(badJson, '{');
  const local = join(dir, 'local.json');

  it.each([
    [['eval', 'housing.areaCap', badJson], `${badJson}: invalid JSON (`],
    [['eval', 'housing.areaCap', plan, '--date', '2019/01/01'], '--date 2019/01/01: expected YYYY-MM-DD'],
    [['eval', 'housing.areaCap', plan, '--regime', 'future'], '--regime future: expected plan or baseline'],
    [
      ['eval', 'housing.areaCap', plan, '--call', 'housing.nothing'],
      'housing.nothing is not an exported function',
    ],
    [
      ['eval', 'dibao.gapSubsidy', plan, '--call', 'dibao.CompiledDibao'],
      'dibao.CompiledDibao is a class, not an exported function',
    ],
    [
      ['eval', 'medical.fourLayers', plan, '--local', '$NO_SUCH_PROFILE'],
      '--local $NO_SUCH_PROFILE: not an exported constant',
    ],
  ])('row %#: exit 2 and the message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('--local as a file and --reading: a Dibao gap with the local standard read from a file', async () => {
    writeFileSync(local, JSON.stringify({ ruralAnnual: '3500' }));
    const r = await run('eval', 'dibao.gapSubsidy', plan, '--local', local, '--reading', 'x=y');
    // whatever the function says of this input, the flags were read (no usage error about them)
    expect(r.err).not.toContain('--local');
    expect(r.err).not.toContain('--reading');
  });
});

describe('batch', () => {
  it('JSON lines to --out with --trace: one line per input, a refused line counted (exit 1)', async () => {
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(input, '{"registeredPeople":3,"plannedAreaM2":"75"}\n\n{"registeredPeople":"x"}\n{\n');
    const r = await run('batch', 'housing.areaCap', input, '--out', out, '--trace');
    expect(r.code).toBe(1);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error?: string; result?: { ruleId?: string } });
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(lines[0]?.result?.ruleId).toBe('housing.areaCap'); // --trace keeps the envelope
    expect(lines[1]?.error).toContain('[housing.areaCap]');
    expect(lines[2]?.error).toContain('invalid JSON (');
    expect(r.err).toContain(`${input}:3: [housing.areaCap]`);
  });

  it('CSV with a header; a row with too few fields and an unterminated quote are line errors', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'registeredPeople,plannedAreaM2\n3,75\n1\n"2,50\n');
    const r = await run('batch', 'housing.areaCap', input);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([2, 3, 4]);
    expect(r.err).toContain('1 fields, the header has 2');
    expect(r.err).toContain('unterminated quoted field');
  });

  it.each([
    [['batch', 'housing.areaCap'], 'batch: name an input file (.jsonl or .csv)'],
    [['batch', 'housing.areaCap', plan], 'expected a .jsonl or .csv file'],
    [['batch', 'housing.areaCap', join(dir, 'none.jsonl')], 'none.jsonl: cannot read'],
    [
      ['batch', 'housing.areaCap', join(dir, 'in.csv'), '--out', join(dir, 'no', 'such', 'o.jsonl')],
      'no such folder',
    ],
  ])('row %#: exit 2 and the message', async (argv, message) => {
    writeFileSync(join(dir, 'in.csv'), 'registeredPeople,plannedAreaM2\n3,75\n');
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('spec', () => {
  it('one file, --verbose: an "ok" line per case, then "N passed, 0 failed"', async () => {
    const r = await run('spec', 'spec/core/cases.yaml', '--verbose');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^ok {3}.*cases\.yaml case 1: .* \/ .* \[core\.yiYuanUnit\]$/u);
    expect(r.out).toMatch(/\n\d+ passed, 0 failed$/u);
  });

  it('a broken file is an ERROR line and counts as failed; a missing path is a usage error', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'a: 1');
    const r = await run('spec', broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ERROR ');
    expect(r.out.endsWith('0 passed, 1 failed')).toBe(true);
    expect((await run('spec', join(dir, 'nothing-here'))).code).toBe(2);
  });

  it('a case that throws something other than a refusal fails with the error named', async () => {
    const odd = join(dir, 'odd.yaml');
    writeFileSync(
      odd,
      '- { name: N, rule: core.yiYuanUnit, call: nowhere.fn, input: 1, expect: { $: 1 } }\n',
    );
    const r = await run('spec', odd);
    expect(r.code).toBe(1);
    expect(r.out).toContain('UnknownCallError: nowhere.fn is not an exported function');
  });
});

describe('eval output shapes', () => {
  it('a result that is not an object (yiToYuan "1" → "100000000.00") is printed as JSON', async () => {
    const one = join(dir, 'one.json');
    writeFileSync(one, '"1"');
    const r = await run('eval', 'core.yiYuanUnit', one, '--call', 'yiToYuan');
    expect(r.code).toBe(0);
    expect(r.out).toBe('"100000000.00"');
  });

  it('the trace is headed 计算过程: in Chinese and Trace: in English', async () => {
    expect((await run('eval', 'housing.areaCap', plan, '--lang', 'zh')).out).toContain('\n计算过程:\n  1. ');
    expect((await run('eval', 'housing.areaCap', plan, '--lang', 'en')).out).toContain('\nTrace:\n  1. ');
  });

  it('figuresOf: null for nothing, arrays and primitives as they are, the envelope left out', () => {
    expect(figuresOf(undefined)).toBeNull();
    expect(figuresOf([1, 2])).toEqual([1, 2]);
    expect(figuresOf(5)).toBe(5);
    expect(figuresOf({ a: 1, ruleId: 'r', trace: [], citations: [] })).toEqual({ a: 1 });
  });
});

describe('PROCESS_IO writes to the process streams', () => {
  it('out and err end with a newline; errRaw does not', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      PROCESS_IO.out('a');
      PROCESS_IO.err('b');
      PROCESS_IO.errRaw('c');
      expect(out.mock.calls).toEqual([['a\n']]);
      expect(err.mock.calls).toEqual([['b\n'], ['c']]);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
