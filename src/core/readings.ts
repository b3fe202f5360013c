import * as z from 'zod/mini';
import { refuse } from './errors.js';
import { readingIds, type Interpretation } from './registry.js';
import { nearest } from './suggest.js';

/**
 * The key a caller uses for an interpretation in `options.readings`: its id without the area
 * (`medical.fiveUpliftsScope` → `fiveUpliftsScope`).
 */
export function readingKey(interpretation: Interpretation): string {
  return interpretation.id.slice(interpretation.id.indexOf('.') + 1);
}

/**
 * The zod schema of `options.readings` for a rule that applies `interpretations`: a strict object whose
 * keys are the interpretations' {@link readingKey}s and whose values are their reading ids, every key optional.
 * Built from the registry's own records, so the accepted values are exactly the recorded readings.
 */
export function readingsSchemaFor(interpretations: readonly Interpretation[]) {
  const shape: Record<string, z.ZodMiniOptional<z.ZodMiniEnum<Record<string, string>>>> = {};
  for (const i of interpretations) {
    shape[readingKey(i)] = z.optional(z.enum([i.chosen.id, ...i.alternatives.map((a) => a.id)]));
  }
  return z.strictObject(shape);
}

/** The readings a rule applies, keyed by {@link readingKey}; every interpretation resolved. */
export type ResolvedReadings = Readonly<Record<string, string>>;

/**
 * Resolves a caller's readings against the registry: each interpretation takes the caller's reading where one
 * is given, else the registry's chosen one. This is the one place a default reading is applied; no area writes
 * a default by hand. A key that is not one of the rule's interpretations, or a reading that is not recorded,
 * is a `PolicyInputError` for `ruleId` naming `options.readings.<key>`, with the valid choices suggested.
 *
 * @example
 * ```ts
 * readingsFor('housing.areaCap', [AREA_CAP_BASIS], { areaCapBasis: 'allMembers' }) //=> { areaCapBasis: 'allMembers' }
 * readingsFor('housing.areaCap', [AREA_CAP_BASIS], undefined) //=> { areaCapBasis: 'registeredMembers' }
 * ```
 */
export function readingsFor(
  ruleId: string,
  interpretations: readonly Interpretation[],
  given: unknown,
  path = 'options.readings',
): ResolvedReadings {
  const byKey = new Map(interpretations.map((i) => [readingKey(i), i]));
  const out: Record<string, string> = {};
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      return refuse(ruleId, path, given, 'must be an object of interpretation readings');
    }
    for (const key of Object.keys(given)) {
      const interpretation = byKey.get(key);
      if (interpretation === undefined) {
        refuse(
          ruleId,
          `${path}.${key}`,
          (given as Record<string, unknown>)[key],
          'is not an interpretation this rule applies',
          'unrecognized_keys',
          nearest(key, [...byKey.keys()]),
        );
      }
      const value = (given as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const ids = readingIds(interpretation);
      const reading = ids.find((id) => id === value);
      if (reading === undefined) {
        refuse(
          ruleId,
          `${path}.${key}`,
          value,
          `must be one of the readings of ${interpretation.id}: ${ids.join(', ')}`,
          'invalid_value',
          typeof value === 'string' ? nearest(value, ids) : ids,
        );
      }
      out[key] = reading;
    }
  }
  for (const [key, interpretation] of byKey) if (!(key in out)) out[key] = interpretation.chosen.id;
  return Object.freeze(out);
}
