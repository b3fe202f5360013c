import * as z from 'zod';
import { REGION_LEVELS, type RegionLevel } from './data.js';

/** A place as a user writes it: a non-empty string (trimmed). */
export const regionQuerySchema = z
  .string({ error: 'must be a place name, id or code (a string)' })
  .trim()
  .min(1, { error: 'must not be empty' });

/** One of the {@link RegionLevel}s. */
export const regionLevelSchema = z.custom<RegionLevel>(
  (value) => typeof value === 'string' && (REGION_LEVELS as readonly string[]).includes(value),
  { error: `must be one of ${REGION_LEVELS.join(', ')}` },
);
