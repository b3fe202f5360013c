import * as z from 'zod/mini';
import { parseInput } from '../core/errors.js';
import type { Region } from './data.js';
import { REGIONS_RULE_IDS } from './ids.js';
import { resolveRegion as resolveIn } from './lookup.js';

const ruleIdSchema = /* @__PURE__ */ z
  .string({ error: 'must be a rule id (area.camelCase)' })
  .check(z.regex(/^[a-z]+\.[A-Za-z0-9]+$/u, { error: 'must be a rule id (area.camelCase)' }));
const pathSchema = /* @__PURE__ */ z.string({ error: 'must be a field path (a string)' });

/**
 * Finds a place for another rule: like `findRegion`, but an unknown or ambiguous place is refused as bad input
 * of rule `ruleId` at `path` (codes `unknown_region`, `ambiguous_region`), with the nearest names suggested.
 * The areas that take a place (timetable, Dibao, budget) resolve it through this.
 *
 * @example
 * ```ts
 * resolveRegion('长白县', 'timetable.twoLinesMerge', 'place').id //=> 'changbai'
 * resolveRegion('长百县', 'timetable.twoLinesMerge', 'place')     // throws PolicyInputError at path 'place'
 * ```
 */
export function resolveRegion(query: unknown, ruleId: string, path: string): Region {
  const id = parseInput(REGIONS_RULE_IDS.lookup, ruleIdSchema, ruleId, 'ruleId');
  const at = parseInput(REGIONS_RULE_IDS.lookup, pathSchema, path, 'path');
  return resolveIn(query, id, at);
}
