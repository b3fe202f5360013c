/**
 * Mutation-testing pins (issue 15) of the root registry's look-ups (src/rules.ts) and of readingsFor
 * (src/core/readings.ts): what each finds, and each refusal's rule id, path, value, code, message and suggestions.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import type { PolicyInputError } from '../../src/core/errors.js';
import { readingsFor } from '../../src/core/readings.js';
import { defineInterpretation } from '../../src/core/registry.js';
import { getInterpretation, getParam, getRule } from '../../src/rules.js';
import { refusal } from '../support/errors.js';

/** A refusal's rule id, its one issue and its first suggestion (the nearest id), for one toEqual. */
function refusalOf(fn: () => unknown) {
  const e: PolicyInputError = refusal(fn);
  return { ruleId: e.ruleId, issues: e.issues, nearest: e.suggestions[0] };
}

describe('getRule, getInterpretation, getParam: the root registry by id', () => {
  it('each finds its record by id', () => {
    expect(getRule('core.yiYuanUnit').id).toBe('core.yiYuanUnit');
    expect(getInterpretation('core.boundaryInclusion').id).toBe('core.boundaryInclusion');
    expect(getParam('medical.upliftPoints').versions.map((v) => v.value)).toEqual(['0', '5']);
  });

  it.each<[string, (id: string) => unknown, string, string, string, string]>([
    ['rule', getRule, 'core.yiYuan', 'is not a registered rule id', 'unknown_rule', 'core.yiYuanUnit'],
    [
      'interpretation',
      getInterpretation,
      'core.boundary',
      'is not a recorded interpretation id',
      'unknown_interpretation',
      'core.boundaryInclusion',
    ],
    [
      'parameter',
      getParam,
      'medical.upliftPoint',
      'is not a registered parameter id',
      'unknown_param',
      'medical.upliftPoints',
    ],
  ])(
    'an unknown %s id (%s) is refused and the nearest id suggested',
    (_, lookUp, id, message, code, nearest) => {
      expect(refusalOf(() => lookUp(id))).toEqual({
        ruleId: 'core.registry',
        issues: [{ path: 'id', value: id, message, code }],
        nearest,
      });
    },
  );

  it.each<[string, () => unknown, string]>([
    ['rule', () => getRule(5 as never), 'must be a rule id string'],
    ['interpretation', () => getInterpretation(5 as never), 'must be an interpretation id string'],
    ['parameter', () => getParam(5 as never), 'must be a parameter id string'],
  ])('a %s id that is no string (5) is refused as such, with no suggestion', (_, lookUp, message) => {
    expect(refusalOf(lookUp)).toEqual({
      ruleId: 'core.registry',
      issues: [{ path: 'id', value: 5, message, code: 'custom' }],
      nearest: undefined,
    });
  });
});

const basis = defineInterpretation({
  id: 'core.testBasis',
  area: 'core',
  question: 'Which people count?',
  chosen: { id: 'registeredMembers', description: 'registered only' },
  alternatives: [{ id: 'allMembers', description: 'everyone' }],
  rationale: 'test',
  citations: [cite({ chapter: 7, section: 2, quote: '降低新农合大病保险报销起付线，由 1 万元降至 6000 元' })],
});

/** readingsFor for the test rule over the one interpretation `basis`. */
const readingsOf = (given: unknown, path?: string) => readingsFor('core.testRule', [basis], given, path);

describe('readingsFor: the readings a rule applies, or a refusal at its path', () => {
  it('a key given as undefined takes the chosen reading, as an absent one does', () => {
    expect(readingsOf({ testBasis: undefined })).toEqual({ testBasis: 'registeredMembers' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'allMembers'],
    ['an array', []],
    ['an array of a reading', ['allMembers']],
  ])('readings that are %s (no object) are refused whole', (_, given) => {
    const e = refusal(() => readingsOf(given));
    expect([e.ruleId, e.issues]).toEqual([
      'core.testRule',
      [
        {
          path: 'options.readings',
          value: given,
          message: 'must be an object of interpretation readings',
          code: 'custom',
        },
      ],
    ]);
    expect(refusal(() => readingsOf(given, 'local.readings')).path).toBe('local.readings');
  });

  it('a key the rule does not apply is refused at options.readings.<key>, the nearest key suggested', () => {
    expect(refusalOf(() => readingsOf({ testBasys: 'allMembers' }))).toEqual({
      ruleId: 'core.testRule',
      issues: [
        {
          path: 'options.readings.testBasys',
          value: 'allMembers',
          message: 'is not an interpretation this rule applies',
          code: 'unrecognized_keys',
        },
      ],
      nearest: 'testBasis',
    });
  });

  it.each<[string, unknown, readonly string[]]>([
    [
      'an unrecorded reading (allMember): the nearest first',
      'allMember',
      ['allMembers', 'registeredMembers'],
    ],
    ['a number (5): every reading, in record order', 5, ['registeredMembers', 'allMembers']],
  ])('%s is refused, naming the recorded readings', (_, value, suggestions) => {
    const e = refusal(() => readingsOf({ testBasis: value }));
    expect([e.ruleId, e.issues, e.suggestions]).toEqual([
      'core.testRule',
      [
        {
          path: 'options.readings.testBasis',
          value,
          message: 'must be one of the readings of core.testBasis: registeredMembers, allMembers',
          code: 'invalid_value',
        },
      ],
      suggestions,
    ]);
  });
});
