/**
 * Limit words (src/core/bounds.ts), pinned for mutation testing (issue 15): the table of words, each word on
 * both sides of its limit and at it (以上/以下/以内/不超过/不低于/不少于 include the number; 超过/高于/以外/低于/不满
 * exclude it), and the exact refusals. Every call is made inside its `it` so Stryker credits it.
 */
import { describe, expect, it } from 'vitest';
import { BOUND_TERMS, meetsBound, type BoundTerm } from '../../src/core/bounds.js';
import { refusal } from '../support/errors.js';

describe('BOUND_TERMS: each word, its relation, whether it includes the number, and its English', () => {
  it('lists the eleven words of the plan exactly', () => {
    expect(BOUND_TERMS).toEqual({
      以上: { relation: '>=', inclusive: true, en: 'at least' },
      以下: { relation: '<=', inclusive: true, en: 'at most' },
      以内: { relation: '<=', inclusive: true, en: 'within' },
      不超过: { relation: '<=', inclusive: true, en: 'not more than' },
      不低于: { relation: '>=', inclusive: true, en: 'not less than' },
      不少于: { relation: '>=', inclusive: true, en: 'not fewer than' },
      超过: { relation: '>', inclusive: false, en: 'more than' },
      高于: { relation: '>', inclusive: false, en: 'higher than' },
      以外: { relation: '>', inclusive: false, en: 'beyond' },
      低于: { relation: '<', inclusive: false, en: 'lower than' },
      不满: { relation: '<', inclusive: false, en: 'less than' },
    });
  });
});

describe('meetsBound: every word below, at and above a limit of 10', () => {
  // [word, 9.99 meets it?, 10 meets it?, 10.01 meets it?]
  it.each<[BoundTerm, boolean, boolean, boolean]>([
    ['以上', false, true, true],
    ['不低于', false, true, true],
    ['不少于', false, true, true],
    ['以下', true, true, false],
    ['以内', true, true, false],
    ['不超过', true, true, false],
    ['超过', false, false, true],
    ['高于', false, false, true],
    ['以外', false, false, true],
    ['低于', true, false, false],
    ['不满', true, false, false],
  ])('%s 10: 9.99 → %s, 10 → %s, 10.01 → %s', (term, below, at, above) => {
    expect([
      meetsBound('9.99', term, 10),
      meetsBound(10, term, '10.00'),
      meetsBound('10.01', term, 10),
    ]).toEqual([below, at, above]);
  });
});

describe('meetsBound refuses, as core.boundaryInclusion, naming the field', () => {
  it('an unknown word 大约: term = "大约": is not a known limit word', () => {
    const e = refusal(() => meetsBound(1, '大约' as BoundTerm, 1));
    expect([e.ruleId, e.path, e.value, e.message]).toEqual([
      'core.boundaryInclusion',
      'term',
      '大约',
      '[core.boundaryInclusion] term = "大约": is not a known limit word',
    ]);
  });

  it('an inherited name (toString) and a non-string whose text is 以上 are not limit words', () => {
    expect(refusal(() => meetsBound(1, 'toString' as BoundTerm, 1)).path).toBe('term');
    const e = refusal(() => meetsBound(1, { toString: () => '以上' } as unknown as BoundTerm, 1));
    expect([e.path, e.issues[0]?.message]).toEqual(['term', 'is not a known limit word']);
  });

  it('a value or a limit that is not a decimal, at its own path with the reading’s reason', () => {
    const v = refusal(() => meetsBound('x', '以上', 1));
    expect([v.ruleId, v.path, v.value, v.issues[0]?.message]).toEqual([
      'core.boundaryInclusion',
      'value',
      'x',
      'must be a finite decimal such as "1234.5"',
    ]);
    const l = refusal(() => meetsBound(1, '以上', 'y'));
    expect([l.ruleId, l.path, l.value, l.issues[0]?.message]).toEqual([
      'core.boundaryInclusion',
      'limit',
      'y',
      'must be a finite decimal such as "1234.5"',
    ]);
  });
});
