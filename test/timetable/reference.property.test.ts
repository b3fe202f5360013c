/**
 * Old == new: the timetable's convenience functions, now on the rule contract, give exactly the answers of 0.1
 * (test/timetable/reference/) for every place of the registry, date and reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/regions/index.js';
import { hasMergedBy, mergeDateOf, twoLinesMergeYear } from '../../src/timetable/index.js';
import * as old from './reference/timetable.js';

/** The outcome of a call: its value, or the refusal's code and path. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (error) {
    const e = error as { issues?: { code: string; path: string }[]; ruleId?: string };
    return { refused: [e.ruleId, e.issues?.[0]?.path, e.issues?.[0]?.code] };
  }
}

const readingsArb = fc.record(
  {
    mergeDate: fc.constantFrom('endOfYear', 'startOfYear', 'midYear' as const),
    cityDistricts: fc.constantFrom('otherDistricts', 'listedOnly' as const),
  },
  { requiredKeys: [] },
);

describe('old == new', () => {
  it('twoLinesMergeYear, mergeDateOf and hasMergedBy agree for every place, date and reading (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS.map((r) => r.id)),
        fc.date({ min: new Date('2015-06-01'), max: new Date('2019-06-30'), noInvalidDate: true }),
        readingsArb,
        (place, d, readings) => {
          const date = d.toISOString().slice(0, 10);
          const options = { readings };
          expect(outcome(() => twoLinesMergeYear(place, options))).toEqual(
            outcome(() => old.twoLinesMergeYear(place, options)),
          );
          expect(outcome(() => mergeDateOf(place, options))).toEqual(
            outcome(() => old.mergeDateOf(place, options)),
          );
          expect(outcome(() => hasMergedBy(place, date, options))).toEqual(
            outcome(() => old.hasMergedBy(place, date, options)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
