/**
 * Reforms (src/core/reform.ts), pinned for mutation testing (issue 15): what compareReform passes to the rule
 * for the plan and for the reform, which figures it lists as changed (money and decimals with their difference,
 * other leaves without), the paths it names, what it leaves out (the envelope, figures nested deeper than 8),
 * and its exact refusals. Each comparison is run inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import type { Evaluation, EvaluationOptions } from '../../src/core/evaluation.js';
import { Money } from '../../src/core/money.js';
import { compareReform } from '../../src/core/reform.js';
import { refusal } from '../support/errors.js';

/** A stand-in rule: the envelope, plus the figures `figures` computes from the options it is given. */
function rule(figures: (o: EvaluationOptions) => Record<string, unknown>) {
  return (o: EvaluationOptions): Evaluation =>
    ({
      ruleId: 'core.fake',
      date: null,
      regime: 'plan',
      citations: [],
      readings: o.readings ?? {},
      params: Object.keys(o.overrides ?? {}),
      trace: [JSON.stringify(o)],
      ...figures(o),
    }) as unknown as Evaluation;
}
/** The override `x` as a string, or '' for the plan. */
const x = (o: EvaluationOptions): string => String(o.overrides?.['core.x'] ?? '');
const reformX = { overrides: { 'core.x': '1' } };

describe('compareReform: the changed figures', () => {
  it('money 75.00 → 90.00 differs by 15, a rate 0.7 → 0.75 by 0.05; a count 3 → 4 and a decision have no difference; unchanged figures (null too) are left out', () => {
    const c = compareReform(
      rule((o) => ({
        total: Money.of(x(o) === '' ? '75' : '90'),
        rate: new Dec(x(o) === '' ? '0.7' : '0.75'),
        people: x(o) === '' ? 3 : 4,
        compliant: x(o) !== '',
        label: x(o) === '' ? 'a' : 'b',
        unchanged: Money.of('5'),
        same: 'same',
        nothing: null,
      })),
      reformX,
    );
    expect(c.changes).toEqual([
      { path: 'total', plan: '75.00', reform: '90.00', difference: '15' },
      { path: 'rate', plan: '0.7', reform: '0.75', difference: '0.05' },
      { path: 'people', plan: 3, reform: 4, difference: null },
      { path: 'compliant', plan: false, reform: true, difference: null },
      { path: 'label', plan: 'a', reform: 'b', difference: null },
    ]);
  });

  it('a figure only one side has: the other side is null, with no difference (null → 5.00, 5.00 → absent)', () => {
    const c = compareReform(
      rule((o) => (x(o) === '' ? { cap: null, old: Money.of('5') } : { cap: Money.of('5'), added: true })),
      reformX,
    );
    expect(c.changes).toEqual([
      { path: 'cap', plan: null, reform: '5.00', difference: null },
      { path: 'old', plan: '5.00', reform: null, difference: null },
      { path: 'added', plan: null, reform: true, difference: null },
    ]);
  });

  it('nested figures are named by dotted path and [index]: shares.basic, rows[1], rows[1].paid', () => {
    const c = compareReform(
      rule((o) => ({
        shares: { basic: Money.of(x(o) === '' ? '10' : '12.5'), other: Money.of('1') },
        rows: [{ paid: Money.of('1') }, { paid: Money.of(x(o) === '' ? '2' : '3') }],
        list: x(o) === '' ? ['a'] : ['a', 'b'],
      })),
      reformX,
    );
    expect(c.changes).toEqual([
      { path: 'shares.basic', plan: '10.00', reform: '12.50', difference: '2.5' },
      { path: 'rows[1].paid', plan: '2.00', reform: '3.00', difference: '1' },
      { path: 'list[1]', plan: null, reform: 'b', difference: null },
    ]);
  });

  it('an object on one side and a figure on the other is a change (object shown as null); a missing object is none', () => {
    const c = compareReform(
      rule((o) => (x(o) === '' ? { a: { b: 1 }, gone: { b: 1 } } : { a: 5 })),
      reformX,
    );
    expect(c.changes).toEqual([{ path: 'a', plan: null, reform: 5, difference: null }]);
  });

  it('the envelope (rule id, date, regime, citations, readings, params, trace) is left out at the top only', () => {
    const c = compareReform(
      rule((o) => ({
        date: x(o) === '' ? '2018-01-01' : '2019-01-01',
        regime: x(o) === '' ? 'plan' : 'baseline',
        ruleId: x(o),
        citations: [x(o)],
        inner: {
          date: x(o),
          trace: x(o),
          params: x(o),
          readings: x(o),
          ruleId: x(o),
          regime: x(o),
          citations: x(o),
        },
      })),
      { ...reformX, readings: { r: 'b' } },
    );
    expect(c.changes.map((ch) => ch.path)).toEqual([
      'inner.date',
      'inner.trace',
      'inner.params',
      'inner.readings',
      'inner.ruleId',
      'inner.regime',
      'inner.citations',
    ]);
  });

  it('a change 8 levels deep is listed; one 9 levels deep is not (depth bound)', () => {
    const nest = (depth: number, leaf: unknown): unknown =>
      depth === 0 ? leaf : { n: nest(depth - 1, leaf) };
    const c8 = compareReform(
      rule((o) => ({ d: nest(7, x(o)) })),
      reformX,
    );
    expect(c8.changes).toEqual([{ path: 'd.n.n.n.n.n.n.n', plan: '', reform: '1', difference: null }]);
    const c9 = compareReform(
      rule((o) => ({ d: nest(8, x(o)) })),
      reformX,
    );
    expect(c9.changes).toEqual([]);
  });
});

describe('compareReform: what each run is given, and the result', () => {
  it('the plan runs with the options; the reform with them plus its own overrides and readings (the reform’s win)', () => {
    const seen: EvaluationOptions[] = [];
    const c = compareReform(
      (o) => {
        seen.push(o);
        return rule(() => ({}))(o);
      },
      { name: 'uplift', overrides: { 'core.b': '2', 'core.c': '9' }, readings: { q: 'alt' } },
      { overrides: { 'core.a': '1', 'core.c': '3' }, readings: { p: 'x', q: 'chosen' }, regime: 'baseline' },
    );
    expect(seen).toEqual([
      { overrides: { 'core.a': '1', 'core.c': '3' }, readings: { p: 'x', q: 'chosen' }, regime: 'baseline' },
      {
        overrides: { 'core.a': '1', 'core.c': '9', 'core.b': '2' },
        readings: { p: 'x', q: 'alt' },
        regime: 'baseline',
      },
    ]);
    expect(c.name).toBe('uplift');
    expect(c.plan.params).toEqual(['core.a', 'core.c']);
    expect(c.reform.params).toEqual(['core.a', 'core.c', 'core.b']);
  });

  it('without options or a name: the plan gets {}, the reform empty overrides and readings, name null', () => {
    const seen: EvaluationOptions[] = [];
    const c = compareReform((o) => {
      seen.push(o);
      return rule(() => ({}))(o);
    }, {});
    expect(seen).toEqual([{}, { overrides: {}, readings: {} }]);
    expect(c).toEqual({ name: null, plan: c.plan, reform: c.reform, changes: [] });
    expect(Object.isFrozen(c) && Object.isFrozen(c.changes) && Object.isFrozen(c.plan)).toBe(true);
  });
});

describe('compareReform refuses, as core.reform', () => {
  const ok = rule(() => ({}));
  it.each<[string, () => unknown, string, string]>([
    ['run not a function', () => compareReform(5 as never, {}), 'run', 'must be a function of the options'],
    [
      'a null reform',
      () => compareReform(ok, null as never),
      'reform',
      'must be a reform object ({ overrides, readings, name })',
    ],
    [
      'a reform that is a string',
      () => compareReform(ok, 'x' as never),
      'reform',
      'must be a reform object ({ overrides, readings, name })',
    ],
    [
      'a name that is a number',
      () => compareReform(ok, { name: 5 as never }),
      'reform.name',
      'must be a string',
    ],
    ['null options', () => compareReform(ok, {}, null as never), 'options', 'must be an options object'],
    [
      'options as a string',
      () => compareReform(ok, {}, 'x' as never),
      'options',
      'must be an options object',
    ],
  ])('%s', (_name, call, path, message) => {
    const e = refusal(call);
    expect([e.ruleId, e.path, e.issues[0]?.message]).toEqual(['core.reform', path, message]);
  });

  it('the refused value is named: reform.name = 5', () => {
    expect(
      refusal(() =>
        compareReform(
          rule(() => ({})),
          { name: 5 as never },
        ),
      ).value,
    ).toBe(5);
  });
});
