import * as z from 'zod/mini';
import { REGION_LEVELS, type RegionLevel } from './data.js';

/** A place as a user writes it: a non-empty string (trimmed). */
export const regionQuerySchema = /* @__PURE__ */ z
  .string({ error: 'must be a place name, id or code (a string)' })
  .check(z.trim(), z.minLength(1, { error: 'must not be empty' }));

/** One of the {@link RegionLevel}s. */
export const regionLevelSchema = /* @__PURE__ */ z.custom<RegionLevel>(
  (value) => (REGION_LEVELS as readonly unknown[]).includes(value),
  { error: `must be one of ${REGION_LEVELS.join(', ')}` },
);
