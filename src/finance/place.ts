import { PolicyInputError, refuse } from '../core/errors.js';
import { findRegion, type Region } from '../regions/index.js';

/**
 * A place of the region registry, refused as bad input of `ruleId` at `path` (with the registry's message,
 * code and suggestions) where the registry does not find exactly one. Internal to the finance area.
 */
export function placeFor(ruleId: string, path: string, query: unknown): Region {
  if (typeof query !== 'string') return refuse(ruleId, path, query, 'must be a place name, id or code');
  try {
    return findRegion(query);
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    const issue = error.issues[0];
    return refuse(
      ruleId,
      path,
      query,
      issue?.message ?? 'is not a place in the registry',
      issue?.code,
      error.suggestions,
    );
  }
}
