/**
 * One reform test across every area (issue 9: "a test changes each figure through a reform and checks that
 * results and trace texts follow it"). For every registered parameter, each spec case of a rule that lists it is
 * run again with the parameter overridden to another valid value. Wherever the evaluation read the parameter:
 * the result reports the override (`params[].source === 'override'` with the new value), and every trace step
 * that names the parameter says something different in both languages, so no sentence repeats the plan's figure
 * as a literal. Parameters no case reaches are listed (targets' per-year figures are reached through
 * `assessTarget`, whose cases pass positional arguments; their own tests override them).
 */
import { describe, expect, it } from 'vitest';
import { loadSpecCases } from '../scripts/spec-cases.js';
import { PARAM_UNITS, type Param } from '../src/core/param.js';
import { Dec } from '../src/core/decimal.js';
import { params, registry } from '../src/rules.js';
import { argumentsFor, callOf, optionsOf, resolveCall, resolveConstant } from '../src/spec/run.js';

interface Evaluated {
  readonly params: readonly { readonly id: string; readonly value: string; readonly source: string }[];
  readonly trace: readonly {
    readonly params: readonly string[];
    readonly text: { zh: string; en: string };
  }[];
}

/** Another valid value of the parameter's unit (a rate stays in [0, 1], a date moves a year, a count grows). */
export function anotherValue(p: Param, value: string): string {
  const kind = PARAM_UNITS[p.unit].kind;
  if (kind === 'date') return `${String(Number(value.slice(0, 4)) + 1)}${value.slice(4)}`;
  const d = new Dec(value);
  if (kind === 'rate') {
    // Widen a limit rather than cross it (a floor goes down, a ceiling up), so a local figure within the plan's
    // range stays valid under the reform.
    const floor = p.bound === '不低于' || p.bound === '以上' || p.bound === '超过' || p.bound === '不少于';
    const ceiling = p.bound === '不超过' || p.bound === '以下' || p.bound === '以内' || p.bound === '低于';
    if (floor && d.gte('0.05')) return d.minus('0.05').toString();
    if (ceiling && d.lte('0.95')) return d.plus('0.05').toString();
    return d.lt(0.5) ? d.plus('0.25').toString() : d.minus('0.25').toString();
  }
  if (kind === 'integer') return d.plus(1).toString();
  return d.times(2).plus(1).toString();
}

const CASES = loadSpecCases().filter(({ spec }) => spec.expect !== undefined && spec.arguments === undefined);

function run(spec: (typeof CASES)[number]['spec'], overrides: Record<string, string>): Evaluated | undefined {
  const call = callOf(spec.rule, spec.call);
  const fn = resolveCall(call);
  const options = { ...optionsOf(spec), overrides: { ...(spec.overrides ?? {}), ...overrides } };
  try {
    const result = fn(
      ...argumentsFor(
        call,
        resolveConstant(spec.input, call),
        resolveConstant(spec.local, call),
        options,
        fn.length,
      ),
    );
    return result !== null && typeof result === 'object' && 'params' in result && 'trace' in result
      ? (result as Evaluated)
      : undefined;
  } catch {
    // A reformed figure may make this particular case invalid (a range the profile no longer fits): not a stale text.
    return undefined;
  }
}

describe('every parameter can be reformed, and results and trace sentences follow', () => {
  const reached = new Set<string>();

  it.each(params.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const rules = registry.rules.filter((r) => r.params.includes(p.id)).map((r) => r.id);
    for (const { spec } of CASES.filter((c) => rules.includes(c.spec.rule))) {
      const plan = run(spec, {});
      const used = plan?.params.find((u) => u.id === p.id);
      if (plan === undefined || used === undefined) continue;
      const value = anotherValue(p, used.value);
      const reform = run(spec, { [p.id]: value });
      if (reform === undefined) continue;
      reached.add(p.id);
      expect(reform.params.find((u) => u.id === p.id)).toMatchObject({ value, source: 'override' });
      const before = plan.trace.filter((s) => s.params.includes(p.id));
      const after = reform.trace.filter((s) => s.params.includes(p.id));
      for (const [i, step] of before.entries()) {
        const changed = after[i];
        if (changed === undefined) continue;
        expect(changed.text.zh, `${p.id}: a zh sentence repeats the plan's ${used.value}`).not.toBe(
          step.text.zh,
        );
        expect(changed.text.en, `${p.id}: an en sentence repeats the plan's ${used.value}`).not.toBe(
          step.text.en,
        );
      }
    }
  });

  it('the spec cases reach the parameters of every area but targets’ per-year figures', () => {
    const unreached = params.filter((p) => !reached.has(p.id)).map((p) => p.id);
    console.info(
      `reforms: ${String(reached.size)} of ${String(params.length)} parameters reached by spec cases`,
    );
    expect(unreached.filter((id) => !id.startsWith('targets.'))).toEqual([]);
  });
});
