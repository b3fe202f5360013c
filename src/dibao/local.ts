import { parseInput, refuse } from '../core/errors.js';
import { dibaoLocalStandardSchema, type DibaoLocalStandard } from './schema.js';

/** The arguments of a rule called `(household, local, options?)`, with the local standard validated. */
export interface LocalArguments {
  readonly household: unknown;
  readonly local: DibaoLocalStandard;
  readonly options: unknown;
}

function hasStandard(
  value: unknown,
): value is { readonly standard: unknown; readonly standardPeriod?: unknown } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'standard');
}

/**
 * Splits the arguments of a rule that takes the local Dibao standard as its second argument, and validates the
 * standard (path `local.standard`). Also accepts the deprecated one-object form of 0.1,
 * `(householdWithStandard, options?)`, where `standard` and `standardPeriod` sit in the household (paths
 * `standard`, `standardPeriod`); a standard given in both places is refused (`conflicting_standard`).
 */
export function localArguments(
  ruleId: string,
  household: unknown,
  local: unknown,
  options: unknown,
): LocalArguments {
  if (!hasStandard(household)) {
    return { household, local: parseInput(ruleId, dibaoLocalStandardSchema, local, 'local'), options };
  }
  if (hasStandard(local)) {
    return refuse(
      ruleId,
      'standard',
      household.standard,
      'give the local standard once, in the second argument (local), not also in the household',
      'conflicting_standard',
    );
  }
  if (options !== undefined) {
    return refuse(
      ruleId,
      'local',
      local,
      'must be the local standard { standard, standardPeriod } (the household has a standard: the deprecated ' +
        'one-object form takes the options second)',
      'conflicting_standard',
    );
  }
  const legacy = { standard: household.standard, standardPeriod: household.standardPeriod };
  return { household, local: parseInput(ruleId, dibaoLocalStandardSchema, legacy), options: local };
}
