/**
 * The case engine's edges (src/spec): unknown calls and constants, paths that are not in a result, partial
 * matching, tolerances, refusal expectations, and case files that are not valid.
 */
import { describe, expect, it } from 'vitest';
import {
  argumentsFor,
  callOf,
  compareResult,
  matches,
  optionsOf,
  resolveCall,
  resolveConstant,
  runCase,
  show,
  UnknownCallError,
  valueAt,
} from '../../src/spec/run.js';
import { dibao } from '../../src/index.js';
import { CaseFileError, parseCaseFile } from '../../src/spec/load.js';
import { caseFileJsonSchema, specCaseSchema, type SpecCase } from '../../src/spec/schema.js';

const spec = (over: Partial<SpecCase>): SpecCase => ({
  name: 'n',
  rule: 'core.yiYuanUnit',
  call: 'yiToYuan',
  input: '1',
  ...over,
});

describe('calls and constants', () => {
  it('callOf: a rule without a default function and no call is an UnknownCallError', () => {
    expect(() => callOf('nobody.rule')).toThrow(UnknownCallError);
    expect(() => callOf('nobody.rule')).toThrow('nobody.rule has no default function: name one with call');
    expect(callOf('nobody.rule', 'yiToYuan')).toBe('yiToYuan');
  });

  it('resolveCall: an unknown function, an unknown area, a constant that is not a function', () => {
    expect(() => resolveCall('housing.nothing')).toThrow('housing.nothing is not an exported function');
    expect(() => resolveCall('nowhere.fn')).toThrow('nowhere.fn is not an exported function');
    // an exported class is a function to typeof; calling it without `new` would be a TypeError
    expect(() => resolveCall('dibao.CompiledDibao')).toThrow(
      new UnknownCallError('dibao.CompiledDibao is a class, not an exported function'),
    );
    expect(() => resolveCall('medical.CompiledScheme')).toThrow(
      'medical.CompiledScheme is a class, not an exported function',
    );
    // a function whose name starts with "class" is no class
    expect(resolveCall('dibao.classifySafetyNet')).toBe(dibao.classifySafetyNet);
    expect(() => resolveCall('VERSION.x')).toThrow(UnknownCallError);
    expect(typeof resolveCall('yiToYuan')).toBe('function');
  });

  it('resolveConstant: a plain value passes; "$NAME" is looked up; an unknown one is refused', () => {
    expect(resolveConstant(5, 'yiToYuan')).toBe(5);
    expect(resolveConstant('abc', 'yiToYuan')).toBe('abc');
    expect(() => resolveConstant('$NOTHING_HERE', 'housing.checkHousePlan')).toThrow(
      '$NOTHING_HERE is not an exported constant',
    );
  });
});

describe('valueAt, matches, show', () => {
  it('valueAt: $ is the value; a missing key or a path through null is missing (a symbol, not undefined)', () => {
    const v = { a: { b: null, c: [10, 20] } };
    expect(valueAt(v, '$')).toBe(v);
    expect(valueAt(v, 'a.c.1')).toBe(20);
    expect(typeof valueAt(v, 'a.x')).toBe('symbol');
    expect(typeof valueAt(v, 'a.b.c')).toBe('symbol');
    expect(valueAt('abc', 'length')).toBe(3); // a primitive's own properties
  });

  it('matches: objects partially, arrays element by element and of equal length, NaN is NaN', () => {
    expect(matches({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(matches({ a: 1 }, { b: 2 })).toBe(false);
    expect(matches({ a: 1 }, null)).toBe(false);
    expect(matches({ a: 1 }, [1])).toBe(false);
    expect(matches({ 0: 1 }, 'x')).toBe(false);
    expect(matches([1, 2], [1, 2])).toBe(true);
    expect(matches([1, 2], [1, 2, 3])).toBe(false);
    expect(matches([1, 2], [1, 3])).toBe(false);
    expect(matches([1], { 0: 1, length: 1 })).toBe(false);
    expect(matches(Number.NaN, Number.NaN)).toBe(true);
    expect(matches(0, -0)).toBe(false);
  });

  it('show: nothing for undefined, JSON otherwise', () => {
    expect(show(undefined)).toBe('nothing');
    expect(show({ a: '1.00' })).toBe('{"a":"1.00"}');
  });
});

describe('compareResult', () => {
  it('a path not in the result: "no such path in the result"', () => {
    expect(compareResult(spec({ expect: { 'a.b': 1 } }), { a: {} })).toEqual([
      { path: 'a.b', expected: 1, actual: undefined, message: 'a.b: no such path in the result' },
    ]);
  });

  it('a mismatch: "expected …, got …"', () => {
    expect(compareResult(spec({ expect: { a: '1.00' } }), { a: '2.00' })[0]?.message).toBe(
      'a: expected "1.00", got "2.00"',
    );
  });

  it('a tolerance: |1.004 − 1.00| ≤ 0.005 passes, 1.01 fails, a non-number fails', () => {
    const c = spec({ expect: { a: '1.00' }, tolerance: { a: '0.005' } });
    expect(compareResult(c, { a: '1.004' })).toEqual([]);
    expect(compareResult(c, { a: '1.01' })).toHaveLength(1);
    expect(compareResult(c, { a: 'abc' })).toHaveLength(1);
  });

  it('no expectations: no failures', () => {
    expect(compareResult(spec({}), 1)).toEqual([]);
  });
});

describe('runCase: refusals', () => {
  it('a refusal where a result was expected is a failure "input refused: …"', () => {
    const out = runCase(spec({ input: 'abc', expect: { $: '1.00' } }));
    expect(out.failures[0]?.message.startsWith('input refused: [core.')).toBe(true);
    expect(out.failures[0]?.expected).toBe('a result');
  });

  it('an expected refusal with the wrong path, rule id and code: one failure per key that differs', () => {
    const out = runCase(
      spec({ input: 'abc', expect: undefined, throws: { path: 'zzz', code: 'nope', ruleId: 'x.y' } }),
    );
    expect(out.failures.map((f) => f.path)).toEqual(['throws.path', 'throws.ruleId', 'throws.code']);
    expect(out.failures[1]?.message.startsWith('throws.ruleId: expected "x.y", got "core.')).toBe(true);
  });
});

describe('parseCaseFile: files that are not case files', () => {
  const err = (file: string, text: string): string => {
    try {
      parseCaseFile(file, text);
    } catch (e) {
      expect(e).toBeInstanceOf(CaseFileError);
      expect((e as CaseFileError).file).toBe(file);
      return (e as Error).message;
    }
    throw new Error('parsed');
  };

  it('invalid JSON and invalid YAML name the format', () => {
    expect(err('a.json', '{').startsWith('a.json: not valid JSON: ')).toBe(true);
    expect(err('a.yaml', 'a: [').startsWith('a.yaml: not valid YAML: ')).toBe(true);
  });

  it('not a list: "must be a list of cases (or { cases: [...] })"', () => {
    expect(err('a.yaml', 'a: 1')).toBe('a.yaml: must be a list of cases (or { cases: [...] })');
    expect(err('a.yaml', 'null')).toBe('a.yaml: must be a list of cases (or { cases: [...] })');
  });

  it('the old format (case, args) names the case by its English name, its plain name, or its number', () => {
    const old = 'the old format (case, args); convert it with scripts/convert-spec-cases.ts';
    expect(err('a.yaml', '- { case: x.y, args: [], name: { en: Hi, zh: 你好 } }')).toBe(
      `a.yaml: case 1 ("Hi"): ${old}`,
    );
    expect(err('a.yaml', '- { case: x.y, args: [], name: Plain }')).toBe(`a.yaml: case 1 ("Plain"): ${old}`);
    expect(err('a.yaml', '- { case: x.y, args: [] }')).toBe(`a.yaml: case 1 ("x.y"): ${old}`);
    expect(err('a.yaml', '- { case: 5, args: [] }')).toBe(`a.yaml: case 1: ${old}`);
  });

  it('a bad case names its number and the field; a case that is not an object names no field', () => {
    expect(
      err('a.yaml', '- { name: N, rule: core.yiYuanUnit, input: 1, expect: { $: 1 }, extra: 1 }'),
    ).toMatch(/^a\.yaml: case 1 \("N"\): /u);
    expect(err('a.yaml', '- 5')).toMatch(/^a\.yaml: case 1: /u);
  });

  it('a valid file: each case with its file and number', () => {
    const cases = parseCaseFile(
      'a.json',
      JSON.stringify({
        cases: [
          { name: 'n', rule: 'core.yiYuanUnit', call: 'yiToYuan', input: '1', expect: { $: '100000000.00' } },
        ],
      }),
    );
    expect(cases.map((c) => [c.file, c.index])).toEqual([['a.json', 1]]);
    const first = cases[0];
    if (first === undefined) throw new Error('no case');
    expect(runCase(first.spec).failures).toEqual([]);
  });
});

describe('parseCaseFile: each message in full', () => {
  const err = (file: string, text: string): unknown => {
    try {
      parseCaseFile(file, text);
    } catch (e) {
      return e;
    }
    throw new Error('parsed');
  };
  const message = (file: string, text: string): string => (err(file, text) as Error).message;
  const good = '{ name: G, rule: core.yiYuanUnit, input: "1", expect: { $: "100000000.00" } }';

  it('the error is a CaseFileError by name too (what a CLI prints before the message)', () => {
    expect((err('a.yaml', 'a: 1') as Error).name).toBe('CaseFileError');
  });

  it('a .json file is read as JSON only: YAML in it is "not valid JSON", with the parser’s first line', () => {
    expect(message('a.json', '- name: a')).toMatch(
      /^a\.json: not valid JSON: No number after minus sign in JSON at position 1/u,
    );
    expect(message('a.yaml', 'a: [')).toBe(
      'a.yaml: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 5:',
    );
  });

  it('a case that is null (- ~) is named by its number, not a TypeError', () => {
    const e = err('a.yaml', '- ~');
    expect(e).toBeInstanceOf(CaseFileError);
    expect((e as Error).message).toMatch(/^a\.yaml: case 1: /u);
  });

  it.each([
    [
      'a field with a path: "rule: …"',
      '- { name: N, rule: Bad, input: 1, expect: { $: 1 } }',
      'a.yaml: case 1 ("N"): rule: Invalid string: must match pattern /^[a-z]+\\.[a-z][A-Za-z0-9]*$/u',
    ],
    [
      'an unknown key: no path, the message names the key',
      '- { name: N, rule: core.yiYuanUnit, input: 1, expect: { $: 1 }, extra: 1 }',
      'a.yaml: case 1 ("N"): Unrecognized key: "extra"',
    ],
    [
      'a valid case 1 and a bad case 2: case 2 is named, its first issue only',
      `- ${good}\n- { name: M, rule: core.yiYuanUnit, arguments: [1], input: 1, date: 2018-01-01 }`,
      'a.yaml: case 2 ("M"): expect: a case has either expect or throws',
    ],
    [
      'a tolerance for a path not expected',
      '- { name: N, rule: core.yiYuanUnit, input: 1, expect: { $: 1 }, tolerance: { x: 1 } }',
      'a.yaml: case 1 ("N"): tolerance.x: is not an expected path',
    ],
    [
      'every case valid, an unknown key beside cases: the file’s issue',
      `cases: [${good}]\nextra: 1`,
      'a.yaml: Unrecognized key: "extra"',
    ],
    ['every case valid, $schema not a string', `$schema: 5\ncases: [${good}]`, 'a.yaml: Invalid input'],
  ])('%s', (_what, text, expected) => {
    expect(message('a.yaml', text)).toBe(expected);
  });
});

describe('specCaseSchema: the checks beyond the fields', () => {
  const issues = (c: Record<string, unknown>) =>
    specCaseSchema
      .safeParse({ name: 'N', rule: 'core.yiYuanUnit', ...c })
      .error?.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));

  it('neither expect nor throws, or both: one custom issue at expect', () => {
    const issue = { code: 'custom', path: ['expect'], message: 'a case has either expect or throws' };
    expect(issues({ input: 1 })).toEqual([issue]);
    expect(issues({ input: 1, expect: { $: 1 }, throws: { path: '' } })).toEqual([issue]);
    expect(issues({ input: 1, throws: { path: '' } })).toBeUndefined();
  });

  it('positional arguments exclude each of input, local, date, readings, overrides and regime', () => {
    const all = { input: 1, local: 2, date: '2018-01-01', readings: {}, overrides: {}, regime: 'plan' };
    expect(issues({ arguments: [1], expect: { $: 1 }, ...all })).toEqual(
      Object.keys(all).map((key) => ({
        code: 'custom',
        path: [key],
        message: 'arguments excludes input and options',
      })),
    );
    expect(issues({ arguments: [1], expect: { $: 1 } })).toBeUndefined();
  });

  it('a tolerance names an expected path; a refusal case has none to name', () => {
    const issue = (key: string) => ({
      code: 'custom',
      path: ['tolerance', key],
      message: 'is not an expected path',
    });
    expect(issues({ input: 1, expect: { a: 1 }, tolerance: { a: 1, b: 1 } })).toEqual([issue('b')]);
    expect(issues({ input: 1, throws: { path: '' }, tolerance: { a: 1 } })).toEqual([issue('a')]);
  });
});

describe('caseFileJsonSchema', () => {
  const ruleFields = (node: unknown): unknown[] => {
    if (node === null || typeof node !== 'object') return [];
    const here = (node as { properties?: { rule?: unknown } }).properties?.rule;
    return [...(here === undefined ? [] : [here]), ...Object.values(node).flatMap(ruleFields)];
  };

  it('without rule ids, `rule` is a pattern with no list of choices; with them, exactly those', () => {
    const bare = ruleFields(caseFileJsonSchema());
    expect(bare.length).toBeGreaterThan(0);
    for (const rule of bare) expect(rule).not.toHaveProperty('enum');
    const listed = ruleFields(caseFileJsonSchema(['housing.areaCap', 'core.yiYuanUnit']));
    expect(listed.length).toBe(bare.length);
    for (const rule of listed) expect(rule).toHaveProperty('enum', ['housing.areaCap', 'core.yiYuanUnit']);
  });
});

describe('calls: the namespace, the function, the constant', () => {
  it('a.b names function b of namespace a only: not a property of a function, nor of a plain value', () => {
    expect(resolveCall('housing.checkHousePlan')).toBeTypeOf('function');
    expect(() => resolveCall('yiToYuan.call')).toThrow('yiToYuan.call is not an exported function');
    expect(() => resolveCall('rules.x')).toThrow('rules.x is not an exported function');
    expect(() => resolveCall('g.checkHousePlan')).toThrow(UnknownCallError);
    expect(() => resolveCall('yiToYua')).toThrow('yiToYua is not an exported function');
  });

  it('"$NAME" is the area’s constant, else the root’s (also when the call names no area the package has)', () => {
    expect(resolveConstant('$PLAN_START', 'housing.checkHousePlan')).toBe('2016-01-01');
    expect(resolveConstant('$PLAN_START', 'nowhere.fn')).toBe('2016-01-01');
    expect(() => resolveConstant('$length', 'PLAN_START.x')).toThrow('$length is not an exported constant');
  });

  it('optionsOf: only the keys the case sets', () => {
    expect(Object.keys(optionsOf({}))).toEqual([]);
    const all = { date: '2018-01-01', readings: { a: 'b' }, overrides: { p: '1' }, regime: 'plan' } as const;
    expect(optionsOf(all)).toStrictEqual(all);
    expect(Object.keys(optionsOf({ regime: 'baseline' }))).toEqual(['regime']);
  });

  it('a call that takes no input gets only its options (none: no argument); given an input, it gets it first', () => {
    expect(argumentsFor('budget.auditBudget', undefined, undefined, {})).toEqual([]);
    expect(argumentsFor('budget.auditBudget', undefined, undefined, { regime: 'plan' })).toEqual([
      { regime: 'plan' },
    ]);
    expect(argumentsFor('budget.auditBudget', 'i', undefined, {})).toEqual(['i']);
    expect(argumentsFor('housing.checkHousePlan', undefined, undefined, {})).toEqual([undefined]);
  });
});

describe('paths and values as a case sees them', () => {
  it('a path through null or undefined is missing, even an Object.prototype key (constructor)', () => {
    expect(typeof valueAt({ a: null }, 'a.constructor')).toBe('symbol');
    expect(typeof valueAt({ a: undefined }, 'a.constructor')).toBe('symbol');
    expect(valueAt({ a: undefined }, 'a')).toBeUndefined();
  });

  it('a value as it is: NaN stays NaN (YAML .nan), an undefined field is "nothing"', () => {
    expect(compareResult(spec({ expect: { a: Number.NaN } }), { a: Number.NaN })).toEqual([]);
    expect(compareResult(spec({ expect: { a: null } }), { a: undefined })).toEqual([
      { path: 'a', expected: null, actual: undefined, message: 'a: expected null, got nothing' },
    ]);
    expect(compareResult(spec({ expect: { a: { b: '1.00' } } }), { a: { b: '1.00', c: 2 } })).toEqual([]);
  });

  it('matches: every expected key must match; a string is not an object even where its keys exist', () => {
    expect(matches({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(matches({ a: 1, b: 2 }, { a: 0, b: 2 })).toBe(false);
    expect(matches({ 0: 'x' }, 'x')).toBe(false);
    expect(matches({ length: 1 }, 'x')).toBe(false);
  });

  it('a tolerance with a non-number anywhere (the expected value, the tolerance, the result) fails, never throws', () => {
    const c = (expected: unknown, tolerance: string) =>
      spec({ expect: { a: expected }, tolerance: { a: tolerance } });
    expect(compareResult(c('1.00', '0.01'), { a: '1.01' })).toEqual([]);
    expect(compareResult(c('x', '0.01'), { a: '1.00' })[0]?.message).toBe('a: expected "x", got "1.00"');
    expect(compareResult(c('1.00', 'x'), { a: '1.00' })).toHaveLength(1);
    expect(compareResult(c('1.00', '0.01'), { a: 'x' })).toHaveLength(1);
  });
});

describe('runCase: a result where a refusal was expected', () => {
  it('is one failure at "throws", with the refusal expected and "a result" got', () => {
    expect(runCase(spec({ throws: { path: 'x' } }))).toEqual({
      passed: false,
      failures: [
        {
          path: 'throws',
          expected: { path: 'x' },
          actual: 'a result',
          message: 'expected a refusal at "x", got a result',
        },
      ],
    });
  });
});
