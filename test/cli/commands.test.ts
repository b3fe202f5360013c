/** The CLI's commands run in-process (fast checks beside the child-process tests of bin.test.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFields, csvRecord, LineError } from '../../src/cli/batch.js';
import { findCaseFiles, loadCaseFiles } from '../../src/cli/files.js';
import { traceLines } from '../../src/cli/evaluate.js';
import { languageOf, pairs, UsageError } from '../../src/cli/io.js';
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

// Hand-checked outputs: the format of each line (the data in it comes from the registry and spec/).
describe('rules and explain, line by line', () => {
  it('rules: id, kind, title and citations, tab-separated, in English or Chinese; --json the same fields', async () => {
    const en = io();
    expect(await main(['rules', '--area', 'core'], en)).toBe(0);
    expect(en.stdout).toEqual([
      'core.yiYuanUnit\tparameter\t100 million yuan (亿元)\tChapter 11, Section 1, Table 2, p. 48: “(单位：亿元)”',
    ]);
    const zh = io();
    await main(['rules', '--area', 'core', '--lang', 'zh'], zh);
    expect(zh.stdout).toEqual([
      'core.yiYuanUnit\tparameter\t亿元\t第十一章第一节 表2（第48页）：“(单位：亿元)”',
    ]);
    const json = io();
    await main(['rules', '--area', 'core', '--json'], json);
    expect(JSON.parse(json.stdout[0] ?? '')).toEqual([
      {
        id: 'core.yiYuanUnit',
        kind: 'parameter',
        title: { zh: '亿元', en: '100 million yuan (亿元)' },
        citations: [{ chapter: 11, section: 1, table: '2', page: 48, quote: '(单位：亿元)' }],
      },
    ]);
    const area = io();
    expect(await main(['rules', '--area', 'nowhere'], area)).toBe(2);
    expect(area.stderr).toEqual([
      'jilin-poverty-rules: --area nowhere: not an area (core, regions, timetable, medical, dibao, housing, budget, targets, finance)',
    ]);
  });

  const cases = [
    '  core/cases.yaml: 0.000000003 亿元 is exactly 0.30 yuan (conversion is exact, no binary floating point) / 0.000000003 亿元恰为 0.30 元（精确换算，不用二进制浮点）',
    '  core/cases.yaml: 963.97 亿元 is 96,397,000,000.00 yuan (× 100,000,000) / 963.97 亿元为 96,397,000,000.00 元（× 1 亿）',
  ];

  it('explain a rule without parameters or interpretations: title, kind, default function, clause, cases', async () => {
    const zh = io();
    expect(await main(['explain', 'core.yiYuanUnit', '--lang', 'zh'], zh)).toBe(0);
    expect(zh.stdout).toEqual([
      'core.yiYuanUnit — 亿元 / 100 million yuan (亿元)',
      'parameter; 默认函数: yiToYuan',
      'The budget tables state amounts in 亿元; 1 亿元 = 100,000,000 yuan, converted exactly.',
      '',
      '条文:',
      '  「(单位：亿元)」 — 第十一章第一节 表2（第48页）：“(单位：亿元)”',
      '',
      '用例 (2):',
      ...cases,
    ]);
    const en = io();
    await main(['explain', 'core.yiYuanUnit'], en);
    expect(en.stdout).toEqual([
      'core.yiYuanUnit — 亿元 / 100 million yuan (亿元)',
      'parameter; default function: yiToYuan',
      'The budget tables state amounts in 亿元; 1 亿元 = 100,000,000 yuan, converted exactly.',
      '',
      'Clause:',
      '  「(单位：亿元)」 — Chapter 11, Section 1, Table 2, p. 48: “(单位：亿元)”',
      '',
      'Cases (2):',
      ...cases,
    ]);
  });

  it('explain: a parameter with a baseline and the plan’s value (before → from), and the interpretations', async () => {
    const lines = async (lang: string) => {
      const x = io();
      await main(['explain', 'medical.criticalIllnessDeductible', '--lang', lang], x);
      return x.stdout;
    };
    const en = await lines('en');
    const param = en.indexOf('Parameters (with dates):');
    expect(en.slice(param - 1, param + 8)).toEqual([
      '',
      'Parameters (with dates):',
      '  medical.criticalIllnessDeductible [yuan] NCMS critical illness insurance deductible: 10000 (before; before the plan: 由 1 万元) → 6000 (from 2016-01-01)',
      '',
      'Interpretations:',
      '  medical.deductiblePeriod: Is the critical illness deductible (6,000 yuan under the plan) met once a year or on each admission?',
      '    chosen: perYear — Once a year: the costs each claim leaves after basic insurance accumulate, and the deductible is met once; `reimburseYear` carries the total from claim to claim.',
      '    alternative: perAdmission — On each claim: every claim is measured alone.',
      '',
    ]);
    expect(en[param + 8]).toMatch(/^Cases \(\d+\):$/u);
    const zh = await lines('zh');
    expect(zh).toContain('参数（及其生效日期）:');
    expect(zh).toContain('解释:');
    expect(zh).toContain(
      '  medical.criticalIllnessDeductible [yuan] 新农合大病保险报销起付线: 10000 (此前; before the plan: 由 1 万元) → 6000 (自 2016-01-01)',
    );
  });

  it('explain: a parameter with one undated value and a bound (不超过) applies at any date', async () => {
    const zh = io();
    await main(['explain', 'housing.areaCap', '--lang', 'zh'], zh);
    expect(zh.stdout).toContain(
      '  housing.areaCapPerPerson [m2PerPerson, 不超过] 人均住房建设面积: 25 (不限日期)',
    );
    const en = io();
    await main(['explain', 'housing.areaCap'], en);
    expect(en.stdout).toContain(
      '  housing.areaCapPerPerson [m2PerPerson, 不超过] Housing building area per registered person: 25 (any date)',
    );
    expect(en.stdout).toContain(
      '  housing/cases.yaml: 75.01 m² for 3 registered people breaks the cap by 0.01 m² / 3 人建 75.01 平方米，超出上限 0.01 平方米',
    );
  });

  it('explain --json: the rule, its default call, its parameters and interpretations in full', async () => {
    const x = io();
    await main(['explain', 'housing.areaCap', '--json'], x);
    const rule = JSON.parse(x.stdout[0] ?? '') as {
      id: string;
      kind: string;
      defaultCall: string;
      params: { id: string; unit: string }[];
      interpretations: { id: string; chosen: { id: string } }[];
    };
    expect(rule.kind).toBe('check');
    expect(rule.defaultCall).toBe('housing.checkHousePlan');
    expect(rule.params.map((p) => [p.id, p.unit])).toEqual([['housing.areaCapPerPerson', 'm2PerPerson']]);
    expect(rule.interpretations.map((i) => [i.id, i.chosen.id])).toEqual([
      ['housing.areaCapBasis', 'registeredMembers'],
      ['core.boundaryInclusion', 'civilCodeArt1259'],
    ]);
  });

  it('an unknown rule: the nearest ids; explain without a rule', async () => {
    const x = io();
    expect(await main(['explain', 'housing.nothing'], x)).toBe(2);
    expect(x.stderr).toEqual([
      'jilin-poverty-rules: unknown rule "housing.nothing" (did you mean: housing.areaCap, regions.pairings, budget.audit, finance.pairings, regions.lookup?)',
    ]);
    const y = io();
    expect(await main(['explain'], y)).toBe(2);
    expect(y.stderr).toEqual([
      'jilin-poverty-rules: explain: name a rule (jilin-poverty-rules rules lists them)',
    ]);
  });
});

describe('audit, line by line', () => {
  it('text: the counts, each finding with its difference and explanation, 表1, the allocations, the relocation programme', async () => {
    const x = io();
    expect(await main(['audit'], x)).toBe(0);
    const out = x.stdout;
    expect(out[0]).toBe(
      'Budget audit (chapter 11, reading perFigure): 94 checks; 75 agree, 9 within rounding, 6 material, 4 notes',
    );
    expect(out[2]).toBe(
      '  [withinRounding] crossTable/辽源市 (difference 0.01): Rounding: 9.83 + 8.41 = 18.24 vs 18.23 in 表2 (+0.01).',
    );
    expect(out).toContain(
      '  [note] note/blankCells/2: 表2 leaves one cell blank: 四平市 金融机构融资. Not a zero: the plan lists no figure. Sums pass over it (contributing nothing) and say so.',
    );
    const table1 = out.indexOf('表1 (chapter 1, section 3): 10 checks');
    expect(out[table1 - 1]).toBe('');
    expect(out[table1 + 1]).toBe(
      '  [agrees] sum/poorVillageExits: Registered poor villages exiting in the year: 663 + 511 + 315 = 1489 against the 2015 baseline 1489',
    );
    const allocations = out.indexOf('Programme allocations against the budget tables: 1 findings');
    expect(out.slice(allocations - 1, allocations + 4)).toEqual([
      '',
      'Programme allocations against the budget tables: 1 findings',
      '  [differs] finance.ruralLivingYi: 115.68 亿元 in the text, 115.78 亿元 in 表3-2 农村生产生活改善',
      '',
      'Relocation programme (chapter 4): 6 findings',
    ]);
    expect(out).toHaveLength(allocations + 4 + 6); // no "unexplained" line after the last finding
    expect(out.at(-1)).toMatch(
      /^ {2}\[note\] namedPlacesNotExhaustive: The five named places are followed by 等地.*\. Do not allocate /u,
    );
    expect(out[allocations + 4]).toMatch(
      /^ {2}\[irreconcilable\] areaPerPersonFarAboveCap: \S.*\. The 660,000 m²/u,
    );
  });

  it('--json: the budget, 表1, the allocations and the housing programme; exit 0', async () => {
    const x = io();
    expect(await main(['audit', '--json'], x)).toBe(0);
    const data = JSON.parse(x.stdout[0] ?? '') as {
      budget: { unexplained: unknown[] };
      table1: { counts: Record<string, number>; checks: unknown[] };
      allocations: { checks: unknown[]; findings: { id: string }[] };
      housingProgramme: unknown[];
    };
    expect(data.budget.unexplained).toEqual([]);
    expect(data.table1.checks).toHaveLength(10);
    expect(Object.values(data.table1.counts).reduce((a, b) => a + b, 0)).toBe(10);
    expect(data.allocations.findings.map((f) => f.id)).toEqual(['finance.ruralLivingYi']);
    expect(data.allocations.checks.length).toBeGreaterThan(0);
    expect(data.housingProgramme).toHaveLength(6);
  });
});

describe('the trace as lines', () => {
  const citation = { chapter: 4, section: 2, page: 18, quote: '严格控制' };
  it('a 0.2 step: its text in the language, the amount after →, the first citation in brackets', () => {
    const step = { text: { zh: '中文', en: 'English' }, amount: '12.50', citations: [citation, citation] };
    expect(traceLines({ trace: [step] }, 'en')).toEqual([
      '',
      'Trace:',
      '  1. English → 12.50 [Chapter 4, Section 2, p. 18: “严格控制”]',
    ]);
    expect(traceLines({ trace: [step, { ...step, amount: null, citations: [] }] }, 'zh')).toEqual([
      '',
      '计算过程:',
      '  1. 中文 → 12.50 [第四章第二节（第18页）：“严格控制”]',
      '  2. 中文',
    ]);
  });

  it('steps not on the 0.2 shape: a string text, an English-only text, an old (step, formula, result), anything else as JSON', () => {
    expect(
      traceLines(
        {
          trace: [
            { text: 'plain' },
            { text: { en: 'only English' } },
            { step: 'cap', formula: '3 × 25', result: 75 },
            { x: 1 },
            { text: {}, step: 5 },
          ],
        },
        'zh',
      ),
    ).toEqual([
      '',
      '计算过程:',
      '  1. plain',
      '  2. only English',
      '  3. cap: 3 × 25 = 75',
      '  4. {"x":1}',
      '  5. {"text":{},"step":5}',
    ]);
  });

  it('no trace (a plain value, null, a trace that is not a list): no lines', () => {
    expect(traceLines('1.00', 'en')).toEqual([]);
    expect(traceLines(null, 'en')).toEqual([]);
    expect(traceLines({ trace: 'x' }, 'en')).toEqual([]);
  });
});

describe('flags and their messages', () => {
  it('k=v pairs: the first = splits; a pair without a key or without = is a usage error', () => {
    expect(pairs('param', ['a=b=c', 'd='])).toEqual({ a: 'b=c', d: '' });
    expect(pairs('param', undefined)).toEqual({});
    expect(() => pairs('param', ['=1'])).toThrow('--param =1: expected key=value');
    expect(() => pairs('reading', ['x'])).toThrow(new UsageError('--reading x: expected key=value'));
    expect(new UsageError('m').name).toBe('UsageError');
    expect(new LineError('m').name).toBe('LineError');
  });

  it('--lang: en by default, zh or en, else a usage error', () => {
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('zh')).toBe('zh');
    expect(languageOf('en')).toBe('en');
    expect(() => languageOf('fr')).toThrow('--lang fr: expected zh or en');
  });

  it.each([
    [['rules', '--lang', 'fr'], '--lang fr: expected zh or en'],
    [['eval', 'housing.areaCap', 'x.json', '--date', '2018-6-1'], '--date 2018-6-1: expected YYYY-MM-DD'],
    [
      ['eval', 'housing.areaCap', 'x.json', '--date', 'x2018-06-01'],
      '--date x2018-06-01: expected YYYY-MM-DD',
    ],
    [
      ['eval', 'housing.areaCap', 'x.json', '--date', '2018-06-01x'],
      '--date 2018-06-01x: expected YYYY-MM-DD',
    ],
    [
      ['eval', 'housing.areaCap', 'x.json', '--regime', 'future'],
      '--regime future: expected plan or baseline',
    ],
    [['eval', 'housing.areaCap', 'x.json', '--reading', 'x'], '--reading x: expected key=value'],
    [['eval', 'housing.areaCap', 'x.json', '--param', 'x'], '--param x: expected key=value'],
    [
      ['eval', 'housing.areaCap', 'x.json', '--call', 'housing.nothing'],
      'housing.nothing is not an exported function',
    ],
    [
      ['eval', 'housing.areaCap', 'x.json', '--local', '$NOTHING'],
      '--local $NOTHING: not an exported constant',
    ],
    [['eval', 'housing.areaCap', 'no-such-file.json'], 'no-such-file.json: cannot read (ENOENT)'],
    [['eval', 'housing.areaCap'], 'eval: name an input file (or - for stdin)'],
    [['batch', 'housing.areaCap', 'x.jsonl.txt'], 'x.jsonl.txt: expected a .jsonl or .csv file'],
    [['batch', 'housing.areaCap', 'no-such-file.csv'], 'no-such-file.csv: cannot read'],
    [['spec', 'no-such-folder'], 'no-such-folder: no such file or folder'],
    [['frob'], 'unknown command "frob" (try --help)'],
  ])('%j is one line on stderr, exit 2: %s', async (argv, message) => {
    const x = io();
    expect(await main(argv, x)).toBe(2);
    expect(x.stderr).toEqual([`jilin-poverty-rules: ${message}`]);
    expect(x.stdout).toEqual([]);
  });

  it('help and -h print the usage and exit 0', async () => {
    for (const flag of ['help', '-h', '--help']) {
      const x = io();
      expect(await main([flag], x), flag).toBe(0);
      expect(x.stdout[0]?.split('\n')[0]).toBe('Usage: jilin-poverty-rules <command> [options]');
    }
  });

  it('an error that is not a usage error is an internal error, exit 2 (a call that is no function of the plan)', async () => {
    const one = join(dir, 'one.json');
    writeFileSync(one, '"1"');
    const x = io();
    expect(await main(['eval', 'core.yiYuanUnit', one, '--call', 'rules.map'], x)).toBe(2);
    expect(x.stderr).toEqual([
      'jilin-poverty-rules: internal error: TypeError: Array.prototype.map called on null or undefined',
    ]);
    const lines = join(dir, 'one.jsonl');
    writeFileSync(lines, '"1"\n');
    const y = io();
    expect(await main(['batch', 'core.yiYuanUnit', lines, '--call', 'rules.map'], y)).toBe(2);
    expect(y.stderr).toEqual([
      'jilin-poverty-rules: internal error: TypeError: Array.prototype.map called on null or undefined',
    ]);
  });

  it('a file that is not JSON names itself; a refused input is the refusal’s one line', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    const x = io();
    expect(await main(['eval', 'housing.areaCap', bad], x)).toBe(2);
    expect(x.stderr[0]).toMatch(/^jilin-poverty-rules: \S+bad\.json: invalid JSON \(Expected property name/u);
    const zero = join(dir, 'zero.json');
    writeFileSync(zero, '{"registeredPeople":0,"plannedAreaM2":"1"}');
    const y = io();
    expect(await main(['eval', 'housing.areaCap', zero], y)).toBe(2);
    expect(y.stderr[0]).toMatch(/^jilin-poverty-rules: \[housing\.areaCap\] registeredPeople = 0: /u);
  });
});

describe('eval: flags reach the function', () => {
  const plan = join(dir, 'plan.json');
  writeFileSync(plan, '{"registeredPeople":3,"plannedAreaM2":"75"}');
  const figures = async (...flags: string[]) => {
    const x = io();
    expect(await main(['eval', 'housing.areaCap', plan, '--json', ...flags], x)).toBe(0);
    return JSON.parse(x.stdout[0] ?? '') as {
      capM2: string;
      regime: string;
      readings: Record<string, string>;
    };
  };

  it('--regime baseline and --regime plan are kept in the result', async () => {
    expect((await figures('--regime', 'baseline')).regime).toBe('baseline');
    expect((await figures('--regime', 'plan')).regime).toBe('plan');
  });

  it('--param: 3 × 20 = 60; --reading: the other reading is recorded', async () => {
    expect((await figures('--param', 'housing.areaCapPerPerson=20')).capM2).toBe('60');
    expect((await figures('--reading', 'areaCapBasis=allMembers')).readings.areaCapBasis).toBe('allMembers');
  });

  it('text output: each figure as "name: value" (strings bare, others as JSON), then the trace', async () => {
    const x = io();
    await main(['eval', 'housing.areaCap', plan], x);
    expect(x.stdout.slice(0, 3)).toEqual(['capM2: 75', 'perPersonM2: 25', 'countedPeople: 3']);
    expect(x.stdout).toContain('compliant: true');
    expect(x.stdout).toContain('bound: 不超过');
  });
});

describe('batch, line by line', () => {
  const line = '{"registeredPeople":3,"plannedAreaM2":"75"}';

  it('the progress bar: drawn when the percentage changes, then once more at the end with a newline', async () => {
    // 44 bytes of 200 = 22 % (7 of 30 marks); a blank line brings 45 (still 22 %: not drawn); then 200 = 100 %.
    const file = join(dir, 'progress.jsonl');
    writeFileSync(file, `${line}\n\n${' '.repeat(154)}\n`);
    const x = io(true);
    expect(await main(['batch', 'housing.areaCap', file], x)).toBe(0);
    const full = `[${'#'.repeat(30)}] 100%`;
    expect(x.raw).toEqual([`\r[${'#'.repeat(7)}${'-'.repeat(23)}] 22%`, `\r${full}`, `\r${full}\n`]);
    expect(x.stdout).toHaveLength(1);
    // 1 byte of 100 = 1 %: the first line is drawn even at 1 %.
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, `\n${' '.repeat(98)}\n`);
    const y = io(true);
    await main(['batch', 'housing.areaCap', small], y);
    expect(y.raw).toEqual([`\r[${'-'.repeat(30)}] 1%`, `\r${full}`, `\r${full}\n`]);
    // An empty file is 100 % at once.
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const z = io(true);
    expect(await main(['batch', 'housing.areaCap', empty], z)).toBe(0);
    expect(z.raw).toEqual([`\r${full}\n`]);
  });

  it('without --trace a line’s result is its figures; a refusal and bad JSON are reported with their line', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, `${line}\n{"registeredPeople":0,"plannedAreaM2":"1"}\n{\n`);
    const x = io();
    expect(await main(['batch', 'housing.areaCap', file], x)).toBe(1);
    const out = x.stdout.map((l) => JSON.parse(l) as { line: number; result?: object; error?: string });
    expect(out[0]?.result).not.toHaveProperty('ruleId');
    expect(out[0]?.result).toHaveProperty('capM2', '75');
    expect(out[1]?.error).toMatch(/^\[housing\.areaCap\] registeredPeople = 0: /u);
    expect(out[2]?.error).toMatch(/^invalid JSON \(Expected property name/u);
    expect(x.stderr[0]).toBe(`${file}:2: ${out[1]?.error ?? ''}`);
  });

  it('--out: the lines go to the file, none to stdout', async () => {
    const file = join(dir, 'to-out.jsonl');
    writeFileSync(file, `${line}\n`);
    const target = join(dir, 'out.jsonl');
    const x = io();
    expect(await main(['batch', 'housing.areaCap', file, '--out', target], x)).toBe(0);
    expect(x.stdout).toEqual([]);
    expect(readFileSync(target, 'utf8')).toMatch(/^\{"line":1,"result":\{"capM2":"75",.*\}\}\n$/u);
  });

  it('CSV cells: true and false as booleans, up to 15 digits as a number, more as text', () => {
    expect(
      csvRecord(['a', 'b', 'c', 'd', 'e', 'f'], ['true', 'false', 'True', '12', '-7', '1234567890123456']),
    ).toEqual({
      a: true,
      b: false,
      c: 'True',
      d: 12,
      e: -7,
      f: '1234567890123456',
    });
  });
});

describe('spec, line by line', () => {
  it('without --verbose only failures and the count; a failure is FAIL with its title, then each message', async () => {
    const file = join(dir, 'mixed.yaml');
    writeFileSync(
      file,
      [
        "- { name: a, name_zh: 甲, rule: core.yiYuanUnit, input: '1', expect: { $: '100000000.00' } }",
        "- { name: { zh: 乙, en: b }, rule: core.yiYuanUnit, input: '1', expect: { $: '1.00' } }",
      ].join('\n'),
    );
    const x = io();
    expect(await main(['spec', file], x)).toBe(1);
    expect(x.stdout).toEqual([
      `FAIL ${file} case 2: b / 乙 [core.yiYuanUnit]`,
      '     $: expected "1.00", got "100000000.00"',
      '1 passed, 1 failed',
    ]);
  });

  it('no path: the package’s own spec/, every case passing', async () => {
    const x = io();
    expect(await main(['spec'], x)).toBe(0);
    expect(x.stdout.at(-1)).toMatch(/^[1-9]\d{2,} passed, 0 failed$/u);
  }, 60_000);
});

describe('finding case files', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  const names = [
    'm.yaml',
    'b.yml',
    'z.json',
    'a.yaml',
    'k.yaml',
    'c.json',
    'x.schema.json',
    'notes.txt',
    'q.yaml',
  ];
  for (const name of names) writeFileSync(join(tree, name), '[]');
  writeFileSync(
    join(tree, 'sub', 'd.yaml'),
    "- { name: d, rule: core.yiYuanUnit, input: '1', expect: { $: '100000000.00' } }",
  );

  it('every .yaml, .yml and .json file below a folder, sorted, sub-folders included; schema files skipped', () => {
    expect(findCaseFiles(tree).map((f) => f.slice(tree.length + 1))).toEqual([
      'a.yaml',
      'b.yml',
      'c.json',
      'k.yaml',
      'm.yaml',
      'q.yaml',
      join('sub', 'd.yaml'),
      'z.json',
    ]);
    expect(findCaseFiles(join(tree, 'notes.txt'))).toEqual([join(tree, 'notes.txt')]);
  });

  it('a case’s file is named relative to the base where it lies below it, else as given', () => {
    const d = join(tree, 'sub', 'd.yaml');
    expect(loadCaseFiles([d], tree).map((c) => c.file)).toEqual([join('sub', 'd.yaml')]);
    expect(loadCaseFiles([d], join(tree, 'other')).map((c) => c.file)).toEqual([d]);
    expect(loadCaseFiles([d], d).map((c) => c.file)).toEqual([d]);
  });
});

describe('eval with the locality’s figures, and odd results', () => {
  const claim = join(dir, 'claim.json');
  writeFileSync(
    claim,
    JSON.stringify({
      date: '2018-04-17',
      patient: { registeredPoor: true },
      careType: 'inpatient',
      diseaseGroup: 'other',
      hospital: { level: 'county', inCounty: true, designated: true },
      totalCost: '12000',
      inCatalogueCost: '10000',
    }),
  );

  it('a claim with the illustrative profile: figures as text, objects and null as JSON (12000 − 8500 = 3500 out of pocket)', async () => {
    const x = io();
    expect(
      await main(['eval', 'medical.fourLayers', claim, '--local', '$ILLUSTRATIVE_COUNTY_SCHEME_PROFILE'], x),
    ).toBe(0);
    expect(x.stdout).toContain('claimId: null');
    expect(x.stdout).toContain('reimbursed: 8500.00');
    expect(x.stdout).toContain('outOfPocket: 3500.00');
    expect(x.stdout.find((l) => l.startsWith('shares: '))).toMatch(
      /^shares: \{"waiver":"500\.00","basicInsurance":"6790\.00",/u,
    );
  });

  it('no profile: the function’s own refusal; a bad profile: refused as the flags before any input', async () => {
    const x = io();
    expect(await main(['eval', 'medical.fourLayers', claim], x)).toBe(2);
    expect(x.stderr).toEqual([
      'jilin-poverty-rules: [medical.fourLayers] profile = undefined: Invalid input: expected object, received undefined',
    ]);
    const y = io();
    expect(await main(['eval', 'medical.fourLayers', claim, '--local', claim], y)).toBe(2);
    expect(y.stderr[0]).toMatch(/^jilin-poverty-rules: --local or options: \[medical\./u);
  });

  it('a call that returns null prints null, with no trace', async () => {
    const one = join(dir, 'unknown-id.json');
    writeFileSync(one, '"nothing.here"');
    const x = io();
    expect(await main(['eval', 'core.yiYuanUnit', one, '--call', 'registry.rule'], x)).toBe(0);
    expect(x.stdout).toEqual(['null']);
  });
});
