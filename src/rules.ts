import { refuse } from './core/errors.js';
import { createRegistry, type Interpretation, type Rule } from './core/registry.js';
import { CORE_INTERPRETATIONS, CORE_RULES } from './core/rules.js';
import { nearest } from './core/suggest.js';
import { BUDGET_INTERPRETATIONS, BUDGET_RULES } from './budget/rules.js';
import { DIBAO_INTERPRETATIONS, DIBAO_RULES } from './dibao/rules.js';
import { HOUSING_INTERPRETATIONS, HOUSING_RULES } from './housing/rules.js';
import { MEDICAL_INTERPRETATIONS, MEDICAL_RULES } from './medical/rules.js';
import { REGIONS_INTERPRETATIONS, REGIONS_RULES } from './regions/rules.js';
import { TIMETABLE_INTERPRETATIONS, TIMETABLE_RULES } from './timetable/rules.js';

/** Every rule, parameter, table, timetable and procedure of the package, with every interpretation. */
export const registry = createRegistry(
  [
    ...CORE_RULES,
    ...REGIONS_RULES,
    ...TIMETABLE_RULES,
    ...MEDICAL_RULES,
    ...DIBAO_RULES,
    ...HOUSING_RULES,
    ...BUDGET_RULES,
  ],
  [
    ...CORE_INTERPRETATIONS,
    ...REGIONS_INTERPRETATIONS,
    ...TIMETABLE_INTERPRETATIONS,
    ...MEDICAL_INTERPRETATIONS,
    ...DIBAO_INTERPRETATIONS,
    ...HOUSING_INTERPRETATIONS,
    ...BUDGET_INTERPRETATIONS,
  ],
);

/** Every registered rule, frozen, in area order. */
export const rules: readonly Rule[] = registry.rules;

/** Every recorded interpretation, frozen. */
export const interpretations: readonly Interpretation[] = registry.interpretations;

/** The rule with this id; an unknown id is a {@link PolicyInputError} suggesting the nearest ids. */
export function getRule(id: string): Rule {
  if (typeof id !== 'string') return refuse('core.registry', 'id', id, 'must be a rule id string');
  return (
    registry.rule(id) ??
    refuse(
      'core.registry',
      'id',
      id,
      'is not a registered rule id',
      'unknown_rule',
      nearest(
        id,
        rules.map((r) => r.id),
      ),
    )
  );
}

/** The interpretation with this id; an unknown id is a {@link PolicyInputError} suggesting the nearest ids. */
export function getInterpretation(id: string): Interpretation {
  if (typeof id !== 'string') return refuse('core.registry', 'id', id, 'must be an interpretation id string');
  return (
    registry.interpretation(id) ??
    refuse(
      'core.registry',
      'id',
      id,
      'is not a recorded interpretation id',
      'unknown_interpretation',
      nearest(
        id,
        interpretations.map((i) => i.id),
      ),
    )
  );
}
