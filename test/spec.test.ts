/**
 * Runs the policy team's spec cases in spec/<area>/*.yaml (see spec/README.md), each as its own named test:
 * the output reads as the plan's checklist.
 */
import { describe, expect, it } from 'vitest';
import { loadSpecCases } from '../scripts/spec-cases.js';
import { registry } from '../src/rules.js';
import { runCase } from '../src/spec/run.js';

const cases = loadSpecCases();
const areas = [...new Set(cases.map((c) => c.file.split('/')[0] ?? ''))];

describe('spec cases (spec/<area>/*.yaml)', () => {
  it('there are cases for every area, and each names a registered rule', () => {
    expect(areas.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) expect(registry.rule(c.spec.rule)?.id, `${c.file}: ${c.title}`).toBe(c.spec.rule);
  });

  describe.each(areas)('%s', (area) => {
    it.each(
      cases
        .filter((c) => c.file.startsWith(`${area}/`))
        .map((c) => [`${c.title} [${c.spec.rule}]`, c] as const),
    )('%s', (_name, c) => {
      const outcome = runCase(c.spec);
      expect(
        outcome.failures.map((f) => f.message),
        `${c.file} case ${c.index}`,
      ).toEqual([]);
    });
  });
});
