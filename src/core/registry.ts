import type { Citation } from './citation.js';
import type { Param } from './param.js';

/** The policy areas of this package; each public area is one subpath export (`jilin-poverty-rules/medical`). */
export const POLICY_AREAS = /* @__PURE__ */ Object.freeze([
  'core',
  'regions',
  'timetable',
  'medical',
  'dibao',
  'housing',
  'budget',
  'targets',
  'finance',
] as const);
/** A policy area of the package. */
export type PolicyArea = (typeof POLICY_AREAS)[number];

/** What kind of thing a registered rule is. */
export const RULE_KINDS = /* @__PURE__ */ Object.freeze([
  'parameter',
  'calculation',
  'check',
  'table',
  'timetable',
  'procedure',
] as const);
/** What kind of thing a registered rule is. */
export type RuleKind = (typeof RULE_KINDS)[number];

/** A title in the plan's words and in English (see the glossary). */
export interface BilingualTitle {
  readonly zh: string;
  readonly en: string;
}

/** One possible reading of an ambiguous passage. */
export interface Reading {
  /** Stable id, unique within its interpretation (`perYear`, `perAdmission`). */
  readonly id: string;
  /** What the reading says, in English. */
  readonly description: string;
}

/**
 * A reading chosen where the plan's text is ambiguous: the question, the reading the library applies by
 * default, the alternatives, and where the text is. Functions whose result depends on the choice take the
 * reading's id as an option, so a caller can apply another.
 */
export interface Interpretation {
  /** Stable id, `area.camelCaseName`. */
  readonly id: string;
  readonly area: PolicyArea;
  /** The question the text leaves open. */
  readonly question: string;
  /** The reading applied by default. */
  readonly chosen: Reading;
  /** Other readings a caller may choose (may be empty where only one reading is workable). */
  readonly alternatives: readonly Reading[];
  /** Why the chosen reading. */
  readonly rationale: string;
  /** The passages in the plan the question is about. */
  readonly citations: readonly Citation[];
  /** An outside authority the reading rests on, e.g. the Civil Code article. */
  readonly authority?: string;
}

/** A rule, parameter, table, timetable or procedure of the plan, as registered in {@link Rule}. */
export interface Rule {
  /** Stable id, `area.camelCaseName` (`timetable.twoLinesMerge`, `housing.areaCap`). */
  readonly id: string;
  readonly area: PolicyArea;
  readonly kind: RuleKind;
  readonly title: BilingualTitle;
  /** One or two sentences in English on what the rule does. */
  readonly summary: string;
  /** Where the plan says it; at least one. */
  readonly citations: readonly Citation[];
  /** Ids of the interpretations the rule applies. */
  readonly interpretations: readonly string[];
  /** Ids of the parameters (the plan's figures) the rule reads; see `params` and `getParam`. */
  readonly params: readonly string[];
}

const ID_PATTERN = /^[a-z]+\.[a-z][A-Za-z0-9]*$/u;

function checkId(kind: string, id: string, area: PolicyArea): void {
  if (!ID_PATTERN.test(id))
    throw new Error(`${kind} id ${JSON.stringify(id)} is not of the form area.camelCase`);
  if (!id.startsWith(`${area}.`)) throw new Error(`${kind} id ${id} does not start with its area ${area}`);
}

/**
 * Defines a rule for the registry, frozen. Throws a plain `Error` on a malformed definition: that is a bug
 * in this library, caught by its tests, never a user's input error.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule(
  rule: Omit<Rule, 'interpretations' | 'params'> & {
    interpretations?: readonly string[];
    params?: readonly string[];
  },
): Rule {
  checkId('rule', rule.id, rule.area);
  if (rule.citations.length === 0) throw new Error(`rule ${rule.id} has no citation`);
  if (rule.title.zh.trim() === '' || rule.title.en.trim() === '')
    throw new Error(`rule ${rule.id} lacks a title`);
  return Object.freeze({
    ...rule,
    title: Object.freeze({ ...rule.title }),
    citations: Object.freeze([...rule.citations]),
    interpretations: Object.freeze([...(rule.interpretations ?? [])]),
    params: Object.freeze([...(rule.params ?? [])]),
  });
}

/** Defines an interpretation, frozen. Throws a plain `Error` on a malformed definition. */
/* @__NO_SIDE_EFFECTS__ */
export function defineInterpretation(interpretation: Interpretation): Interpretation {
  checkId('interpretation', interpretation.id, interpretation.area);
  const readingIds = [interpretation.chosen.id, ...interpretation.alternatives.map((a) => a.id)];
  if (new Set(readingIds).size !== readingIds.length) {
    throw new Error(`interpretation ${interpretation.id} repeats a reading id`);
  }
  if (interpretation.citations.length === 0 && interpretation.authority === undefined) {
    throw new Error(`interpretation ${interpretation.id} cites nothing`);
  }
  return Object.freeze({
    ...interpretation,
    chosen: Object.freeze({ ...interpretation.chosen }),
    alternatives: Object.freeze(interpretation.alternatives.map((a) => Object.freeze({ ...a }))),
    citations: Object.freeze([...interpretation.citations]),
  });
}

/** The ids of all readings of an interpretation, chosen first. */
export function readingIds(interpretation: Interpretation): readonly string[] {
  return [interpretation.chosen.id, ...interpretation.alternatives.map((a) => a.id)];
}

/** A frozen, indexed collection of rules and the interpretations they apply. */
export interface Registry {
  readonly rules: readonly Rule[];
  readonly interpretations: readonly Interpretation[];
  readonly params: readonly Param[];
  /** The rule with this id, or undefined. */
  rule(id: string): Rule | undefined;
  /** The interpretation with this id, or undefined. */
  interpretation(id: string): Interpretation | undefined;
  /** The parameter with this id, or undefined. */
  param(id: string): Param | undefined;
  /** The rules of one area, in registration order. */
  rulesOf(area: PolicyArea): readonly Rule[];
}

/**
 * Builds a registry, checking that ids are unique and that every interpretation a rule names exists.
 * Throws a plain `Error` otherwise (a bug in this library).
 */
export function createRegistry(
  rules: readonly Rule[],
  interpretations: readonly Interpretation[],
  params: readonly Param[] = [],
): Registry {
  const ruleMap = new Map<string, Rule>();
  for (const r of rules) {
    if (ruleMap.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ruleMap.set(r.id, r);
  }
  const interpretationMap = new Map<string, Interpretation>();
  for (const i of interpretations) {
    if (interpretationMap.has(i.id)) throw new Error(`duplicate interpretation id ${i.id}`);
    interpretationMap.set(i.id, i);
  }
  const paramMap = new Map<string, Param>();
  for (const p of params) {
    if (paramMap.has(p.id)) throw new Error(`duplicate param id ${p.id}`);
    paramMap.set(p.id, p);
  }
  for (const r of rules) {
    for (const ref of r.interpretations) {
      if (!interpretationMap.has(ref)) throw new Error(`rule ${r.id} names unknown interpretation ${ref}`);
    }
    for (const ref of r.params) {
      if (!paramMap.has(ref)) throw new Error(`rule ${r.id} names unknown param ${ref}`);
    }
  }
  const frozenRules = Object.freeze([...rules]);
  const frozenInterpretations = Object.freeze([...interpretations]);
  return Object.freeze({
    rules: frozenRules,
    interpretations: frozenInterpretations,
    params: Object.freeze([...params]),
    rule: (id: string) => ruleMap.get(id),
    interpretation: (id: string) => interpretationMap.get(id),
    param: (id: string) => paramMap.get(id),
    rulesOf: (area: PolicyArea) => frozenRules.filter((r) => r.area === area),
  });
}
