import { refuse } from './core/errors.js';
import type { Param } from './core/param.js';
import { createRegistry, type Interpretation, type Rule } from './core/registry.js';
import { CORE_INTERPRETATIONS, CORE_PARAMS, CORE_RULES } from './core/rules.js';
import { nearest } from './core/suggest.js';
import { BUDGET_INTERPRETATIONS, BUDGET_PARAMS, BUDGET_RULES } from './budget/rules.js';
import { DIBAO_INTERPRETATIONS, DIBAO_PARAMS, DIBAO_RULES } from './dibao/rules.js';
import { HOUSING_INTERPRETATIONS, HOUSING_PARAMS, HOUSING_RULES } from './housing/rules.js';
import { MEDICAL_INTERPRETATIONS, MEDICAL_PARAMS, MEDICAL_RULES } from './medical/rules.js';
import { REGIONS_INTERPRETATIONS, REGIONS_PARAMS, REGIONS_RULES } from './regions/rules.js';
import { FINANCE_INTERPRETATIONS, FINANCE_PARAMS, FINANCE_RULES } from './finance/rules.js';
import { TARGETS_INTERPRETATIONS, TARGETS_PARAMS, TARGETS_RULES } from './targets/rules.js';
import { TIMETABLE_INTERPRETATIONS, TIMETABLE_PARAMS, TIMETABLE_RULES } from './timetable/rules.js';

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
    ...TARGETS_RULES,
    ...FINANCE_RULES,
  ],
  [
    ...CORE_INTERPRETATIONS,
    ...REGIONS_INTERPRETATIONS,
    ...TIMETABLE_INTERPRETATIONS,
    ...MEDICAL_INTERPRETATIONS,
    ...DIBAO_INTERPRETATIONS,
    ...HOUSING_INTERPRETATIONS,
    ...BUDGET_INTERPRETATIONS,
    ...TARGETS_INTERPRETATIONS,
    ...FINANCE_INTERPRETATIONS,
  ],
  [
    ...CORE_PARAMS,
    ...REGIONS_PARAMS,
    ...TIMETABLE_PARAMS,
    ...MEDICAL_PARAMS,
    ...DIBAO_PARAMS,
    ...HOUSING_PARAMS,
    ...BUDGET_PARAMS,
    ...TARGETS_PARAMS,
    ...FINANCE_PARAMS,
  ],
);

/** Every registered rule, frozen, in area order. */
export const rules: readonly Rule[] = registry.rules;

/** Every recorded interpretation, frozen. */
export const interpretations: readonly Interpretation[] = registry.interpretations;

/** Every parameter (a figure the plan fixes), frozen, in area order. */
export const params: readonly Param[] = registry.params;

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

/** The parameter with this id; an unknown id is a {@link PolicyInputError} suggesting the nearest ids. */
export function getParam(id: string): Param {
  if (typeof id !== 'string') return refuse('core.registry', 'id', id, 'must be a parameter id string');
  return (
    registry.param(id) ??
    refuse(
      'core.registry',
      'id',
      id,
      'is not a registered parameter id',
      'unknown_param',
      nearest(
        id,
        params.map((p) => p.id),
      ),
    )
  );
}
