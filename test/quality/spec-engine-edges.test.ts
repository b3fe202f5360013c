/**
 * The case engine's edges (src/spec): unknown calls and constants, paths that are not in a result, partial
 * matching, tolerances, refusal expectations, and case files that are not valid.
 */
import { describe, expect, it } from 'vitest';
import {
  callOf,
  compareResult,
  matches,
  resolveCall,
  resolveConstant,
  runCase,
  show,
  UnknownCallError,
  valueAt,
} from '../../src/spec/run.js';
import { CaseFileError, parseCaseFile } from '../../src/spec/load.js';
import type { SpecCase } from '../../src/spec/schema.js';

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
