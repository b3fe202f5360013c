/**
 * The case-file engine (src/spec): the format, how results are compared, the JSON Schema shipped for editors,
 * the default calls, and the spec coverage report (every registered rule has a case).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSpecCoverage } from '../../scripts/spec-coverage.js';
import { loadSpecCases } from '../../scripts/spec-cases.js';
import { rules, registry } from '../../src/rules.js';
import { DEFAULT_CALLS, LOCAL_CALLS } from '../../src/spec/calls.js';
import { CaseFileError, parseCaseFile } from '../../src/spec/load.js';
import { argumentsFor, matches, resolveCall, runCase } from '../../src/spec/run.js';
import { caseFileJsonSchema, caseNames, specCaseSchema, type SpecCase } from '../../src/spec/schema.js';
import { REPO_ROOT } from '../support/source.js';

const plan = (expect: Record<string, unknown>, more: Partial<SpecCase> = {}): SpecCase =>
  specCaseSchema.parse({
    name: 'x',
    rule: 'housing.areaCap',
    input: { registeredPeople: 3, plannedAreaM2: '75' },
    expect,
    ...more,
  });

describe('comparing a result with what a case expects', () => {
  it('3 × 25 = 75 m²: the named paths match, amounts as exact strings', () => {
    expect(runCase(plan({ compliant: true, capM2: '75' })).passed).toBe(true);
  });

  it('a number where the result has a decimal string is a failure ("75" is not 75): decimals compare exactly', () => {
    const outcome = runCase(plan({ capM2: 75 }));
    expect(outcome.failures.map((f) => f.message)).toEqual(['capM2: expected 75, got "75"']);
  });

  it('a path the result does not have is a failure, never a silent pass', () => {
    expect(runCase(plan({ compliantt: true })).failures[0]?.message).toBe(
      'compliantt: no such path in the result',
    );
  });

  it('a tolerance applies only where the case states it: 75 ± 0.5 accepts 75.4', () => {
    expect(runCase(plan({ capM2: '75.4' })).passed).toBe(false);
    expect(runCase(plan({ capM2: '75.4' }, { tolerance: { capM2: '0.5' } })).passed).toBe(true);
    expect(runCase(plan({ capM2: '75.6' }, { tolerance: { capM2: '0.5' } })).passed).toBe(false);
  });

  it('objects match partially, arrays element by element and in full length', () => {
    expect(matches({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(matches([{ a: 1 }], [{ a: 1, b: 2 }])).toBe(true);
    expect(matches([1], [1, 2])).toBe(false);
    expect(matches({ a: { b: '1' } }, { a: { b: 1 } })).toBe(false);
  });

  it('a typo in an input field is the rule’s own refusal, naming the field', () => {
    const outcome = runCase(plan({ compliant: true }, { input: { registeredPeople: 3, plannedArea: '75' } }));
    expect(outcome.passed).toBe(false);
    expect(outcome.failures[0]?.message).toContain('plannedArea = "75"');
  });

  it('a refusal at another path than expected, or a result where a refusal was expected, fails', () => {
    const refusal = (path: string) =>
      runCase(
        specCaseSchema.parse({
          name: 'x',
          rule: 'housing.areaCap',
          call: 'housing.areaCapFor',
          input: { registeredPeople: 0 },
          throws: { path },
        }),
      );
    expect(refusal('registeredPeople').passed).toBe(true);
    expect(refusal('plannedAreaM2').failures[0]?.message).toContain(
      'throws.path: expected "plannedAreaM2", got "registeredPeople"',
    );
    const noRefusal = specCaseSchema.parse({
      name: 'x',
      rule: 'housing.areaCap',
      input: { registeredPeople: 3, plannedAreaM2: '1' },
      throws: { path: 'x' },
    });
    expect(runCase(noRefusal).failures[0]?.message).toBe('expected a refusal at "x", got a result');
  });

  it('options reach the function: a reform of 30 m² per person gives 3 × 30 = 90 m²', () => {
    const reform = { overrides: { 'housing.areaCapPerPerson': '30' } };
    const outcome = runCase(plan({ capM2: '90' }, reform));
    // Until housing is on the 0.2 contract its functions refuse overrides; either way the option arrives.
    expect(outcome.passed || outcome.failures[0]?.message.includes('options.overrides')).toBe(true);
  });

  it('a call with locality figures gets (input, local, options); others (input, options)', () => {
    expect(argumentsFor('medical.reimburse', 'i', 'l', { date: '2018-01-01' })).toEqual([
      'i',
      'l',
      { date: '2018-01-01' },
    ]);
    expect(argumentsFor('medical.reimburse', 'i', undefined, { regime: 'plan' })).toEqual([
      'i',
      undefined,
      { regime: 'plan' },
    ]);
    expect(argumentsFor('housing.checkHousePlan', 'i', undefined, {})).toEqual(['i']);
    // A listed call whose function takes no local figures (yet) gets its options second.
    expect(argumentsFor('dibao.dibaoGapSubsidy', 'i', undefined, { regime: 'plan' }, 2)).toEqual([
      'i',
      { regime: 'plan' },
    ]);
    expect(argumentsFor('housing.checkHousePlan', 'i', undefined, { regime: 'plan' })).toEqual([
      'i',
      { regime: 'plan' },
    ]);
  });
});

describe('reading case files', () => {
  it('a file that is not a case file is an error naming the file, the case and the field', () => {
    const text = '- name: a\n  rule: housing.areaCap\n  inptu: {}\n  expect: { a: 1 }\n';
    expect(() => parseCaseFile('team/x.yaml', text)).toThrow(CaseFileError);
    expect(() => parseCaseFile('team/x.yaml', text)).toThrow(/^team\/x\.yaml: case 1 \("a"\): .*inptu/u);
  });

  it('a case has either expect or throws, and positional arguments exclude input', () => {
    expect(() => parseCaseFile('x.yaml', '- { name: a, rule: housing.areaCap }')).toThrow(
      /either expect or throws/u,
    );
    expect(() =>
      parseCaseFile(
        'x.yaml',
        '- { name: a, rule: core.yiYuanUnit, arguments: [1], input: 1, expect: { $: 1 } }',
      ),
    ).toThrow(/arguments excludes input/u);
  });

  it('JSON case files and { cases: [...] } files are read too', () => {
    const json = JSON.stringify({
      $schema: '../case.schema.json',
      cases: [{ name: 'a', rule: 'core.yiYuanUnit', input: '1', expect: { $: '100000000.00' } }],
    });
    const [c] = parseCaseFile('x.json', json);
    expect(c && runCase(c.spec).passed).toBe(true);
  });

  it('invalid YAML is an error naming the file', () => {
    expect(() => parseCaseFile('x.yaml', '- name: [')).toThrow(/^x\.yaml: not valid YAML/u);
  });
});

describe('what ships with the package', () => {
  it('spec/case.schema.json is the JSON Schema generated from the zod schemas (run `npm run spec:schema`)', () => {
    const committed = JSON.parse(
      readFileSync(join(REPO_ROOT, 'spec', 'case.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(caseFileJsonSchema(rules.map((r) => r.id)));
  });

  it('the schema offers the registered rule ids for `rule`', () => {
    const text = JSON.stringify(caseFileJsonSchema(['housing.areaCap']));
    expect(text).toContain('"enum":["housing.areaCap"]');
  });

  it('every default call names a registered rule and an exported function; every local call is exported', () => {
    for (const [rule, call] of Object.entries(DEFAULT_CALLS)) {
      expect(registry.rule(rule)?.id, rule).toBe(rule);
      expect(typeof resolveCall(call), call).toBe('function');
    }
    for (const call of LOCAL_CALLS) expect(typeof resolveCall(call), call).toBe('function');
  });
});

describe('spec coverage', () => {
  it('every registered rule has at least one spec case', () => {
    const covered = new Set(loadSpecCases().map((c) => c.spec.rule));
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every case has a Chinese and an English name', () => {
    const unnamed = loadSpecCases()
      .filter((c) => {
        const { zh, en } = caseNames(c.spec);
        return zh === undefined || zh.trim() === '' || en.trim() === '';
      })
      .map((c) => `${c.file}: ${c.title}`);
    expect(unnamed).toEqual([]);
  });

  it('docs/spec-coverage.md is current (run `npm run spec:coverage`)', () => {
    expect(readFileSync(join(REPO_ROOT, 'docs', 'spec-coverage.md'), 'utf8')).toBe(renderSpecCoverage(rules));
  });
});
