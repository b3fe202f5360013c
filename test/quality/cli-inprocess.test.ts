/**
 * The CLI's commands in-process, for coverage of src/cli (the bin tests run the built bundle in a child
 * process, which coverage does not see): every rule explained in both languages and as JSON, the audit, eval
 * with each flag, and each usage error with its exit status 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { rules as RULES } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'jilin-cli-quality-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
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
  ])('%j: exit 2, %s', async (argv, message) => {
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
