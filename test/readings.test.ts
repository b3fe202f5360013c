/**
 * One test for readings across every area (issue 9): for each evaluating function that a spec case calls and
 * whose result reports readings, every interpretation it applies is a registered one of its rule
 * (or of its area, or of core), the default is the registry's chosen reading, every recorded reading is accepted and reported back, and an
 * unrecorded one is a PolicyInputError at `options.readings.<key>`. Replaces the per-area copies of this check.
 */
import { describe, expect, it } from 'vitest';
import { loadSpecCases } from '../scripts/spec-cases.js';
import { readingKey } from '../src/core/readings.js';
import { readingIds, type Interpretation } from '../src/core/registry.js';
import { registry } from '../src/rules.js';
import { argumentsFor, callOf, resolveCall, resolveConstant } from '../src/spec/run.js';
import { refusal } from './support/errors.js';

interface Sample {
  readonly call: string;
  readonly run: (options: Record<string, unknown>) => {
    readonly readings: Record<string, string>;
    readonly ruleId: string;
  };
}

/** One valid case per call, taken from the spec cases (a case with an expectation and no options of its own). */
function samples(): Sample[] {
  const byCall = new Map<string, Sample>();
  for (const { spec } of loadSpecCases()) {
    if (spec.expect === undefined || spec.arguments !== undefined || spec.readings !== undefined) continue;
    if (spec.overrides !== undefined || spec.regime !== undefined || spec.date !== undefined) continue;
    const call = callOf(spec.rule, spec.call);
    if (byCall.has(call)) continue;
    const fn = resolveCall(call);
    const input = resolveConstant(spec.input, call);
    const local = resolveConstant(spec.local, call);
    const run = (options: Record<string, unknown>) =>
      fn(...argumentsFor(call, input, local, options, fn.length)) as ReturnType<Sample['run']>;
    const result = run({}) as unknown;
    if (result === null || typeof result !== 'object' || !('readings' in result) || !('ruleId' in result))
      continue;
    byCall.set(call, { call, run });
  }
  return [...byCall.values()];
}

function interpretationFor(ruleId: string, key: string): Interpretation | undefined {
  const rule = registry.rule(ruleId);
  const candidates = registry.interpretations.filter((i) => readingKey(i) === key);
  // The rule's own first; then its area's (a function such as reimburse applies the readings of the rules it nests);
  // then the core conventions (core.monthPeriod).
  return (
    candidates.find((i) => rule?.interpretations.includes(i.id)) ??
    candidates.find((i) => i.area === rule?.area) ??
    candidates.find((i) => i.area === 'core')
  );
}

const all = samples();

describe('readings come from the registry, in every area', () => {
  it('the spec cases give samples of evaluating functions across the areas', () => {
    const areas = new Set(all.map((s) => s.call.split('.')[0]));
    for (const area of ['medical', 'dibao', 'housing', 'timetable', 'budget', 'targets', 'finance']) {
      expect([...areas], area).toContain(area);
    }
  });

  it.each(all.map((s) => [s.call, s] as const))(
    '%s: defaults, every recorded reading, and refusals',
    (_call, s) => {
      const base = s.run({});
      for (const [key, applied] of Object.entries(base.readings)) {
        const interpretation = interpretationFor(base.ruleId, key);
        expect(
          interpretation,
          `${s.call}: readings.${key} is a registered interpretation of ${base.ruleId}`,
        ).toBeDefined();
        if (interpretation === undefined) continue;
        expect(applied, `${s.call}: the default of ${key}`).toBe(interpretation.chosen.id);
        for (const reading of readingIds(interpretation)) {
          let result: ReturnType<Sample['run']> | undefined;
          try {
            result = s.run({ readings: { [key]: reading } });
          } catch (e) {
            // A reading may make this particular case invalid (e.g. it needs further options): it must say so properly.
            expect(
              refusal(() => {
                throw e;
              }).ruleId,
            ).toBeTypeOf('string');
            continue;
          }
          expect(result.readings[key], `${s.call}: ${key} = ${reading}`).toBe(reading);
        }
        const e = refusal(() => s.run({ readings: { [key]: 'notARecordedReading' } }));
        expect(e.path).toBe(`options.readings.${key}`);
      }
      const unknown = refusal(() => s.run({ readings: { notAnInterpretation: 'x' } }));
      expect(unknown.path).toBe('options.readings.notAnInterpretation');
    },
  );
});
