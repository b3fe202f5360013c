/**
 * The rule registry (src/core/registry.ts), pinned for mutation testing (issue 15): the exact refusals of a
 * malformed rule, interpretation or registry, what a definition keeps (frozen), and the lookups. Every
 * definition is built inside its `it` so Stryker credits it.
 */
import { describe, expect, it } from 'vitest';
import { cite, type Citation } from '../../src/core/citation.js';
import { defineParam, type Param } from '../../src/core/param.js';
import {
  createRegistry,
  defineInterpretation,
  defineRule,
  readingIds,
  type Interpretation,
  type PolicyArea,
  type Rule,
} from '../../src/core/registry.js';

const citation = (): Citation => cite({ chapter: 8, quote: '兜底保障' });

function rule(id: string, extra: Partial<Rule> = {}): Rule {
  return defineRule({
    id,
    area: id.split('.')[0] as PolicyArea,
    kind: 'check',
    title: { zh: '甲', en: 'A' },
    summary: 's',
    citations: [citation()],
    ...extra,
  });
}

function interpretation(id: string, extra: Partial<Interpretation> = {}): Interpretation {
  return defineInterpretation({
    id,
    area: 'core',
    question: 'q',
    chosen: { id: 'a', description: 'A' },
    alternatives: [{ id: 'b', description: 'B' }],
    rationale: 'r',
    citations: [citation()],
    ...extra,
  });
}

function param(id: string): Param {
  return defineParam({
    id,
    area: 'core',
    title: { zh: '乙', en: 'B' },
    unit: 'count',
    citation: citation(),
    versions: [{ from: null, value: '1' }],
  });
}

describe('defineRule', () => {
  it.each<[string, () => Rule, string]>([
    [
      'an id not of the form area.camelCase',
      () => rule('Core.x'),
      'rule id "Core.x" is not of the form area.camelCase',
    ],
    [
      'an id outside its area',
      () => rule('medical.x', { area: 'core' }),
      'rule id medical.x does not start with its area core',
    ],
    ['no citation', () => rule('core.x', { citations: [] }), 'rule core.x has no citation'],
    [
      'a blank Chinese title',
      () => rule('core.x', { title: { zh: ' \n', en: 'A' } }),
      'rule core.x lacks a title',
    ],
    [
      'a blank English title',
      () => rule('core.x', { title: { zh: '甲', en: '  ' } }),
      'rule core.x lacks a title',
    ],
    [
      'an empty English title',
      () => rule('core.x', { title: { zh: '甲', en: '' } }),
      'rule core.x lacks a title',
    ],
  ])('refuses %s', (_name, make, message) => {
    expect(make).toThrow(new Error(message));
  });

  it('keeps title, citations, interpretations and params, frozen; none given → []', () => {
    const c = citation();
    const r = defineRule({
      id: 'core.x',
      area: 'core',
      kind: 'table',
      title: { zh: ' 甲 ', en: 'A' },
      summary: 's',
      citations: [c],
      interpretations: ['core.q'],
      params: ['core.p'],
    });
    expect(r).toEqual({
      id: 'core.x',
      area: 'core',
      kind: 'table',
      title: { zh: ' 甲 ', en: 'A' },
      summary: 's',
      citations: [c],
      interpretations: ['core.q'],
      params: ['core.p'],
    });
    expect([r, r.title, r.citations, r.interpretations, r.params].every((x) => Object.isFrozen(x))).toBe(
      true,
    );
    const bare = rule('core.y');
    expect([bare.interpretations, bare.params]).toEqual([[], []]);
  });
});

describe('defineInterpretation', () => {
  it.each<[string, () => Interpretation, string]>([
    [
      'an id not of the form area.camelCase',
      () => interpretation('core.Q'),
      'interpretation id "core.Q" is not of the form area.camelCase',
    ],
    [
      'an id outside its area',
      () => interpretation('dibao.q'),
      'interpretation id dibao.q does not start with its area core',
    ],
    [
      'an alternative repeating the chosen reading',
      () => interpretation('core.q', { alternatives: [{ id: 'a', description: 'again' }] }),
      'interpretation core.q repeats a reading id',
    ],
    [
      'two alternatives with one id',
      () =>
        interpretation('core.q', {
          alternatives: [
            { id: 'b', description: 'B' },
            { id: 'b', description: 'B again' },
          ],
        }),
      'interpretation core.q repeats a reading id',
    ],
    [
      'neither a citation nor an authority',
      () => interpretation('core.q', { citations: [] }),
      'interpretation core.q cites nothing',
    ],
  ])('refuses %s', (_name, make, message) => {
    expect(make).toThrow(new Error(message));
  });

  it('an authority alone is enough (no citation); a citation alone too; kept and frozen', () => {
    const byAuthority = interpretation('core.q', { citations: [], authority: '民法典第一千二百五十九条' });
    expect(byAuthority.authority).toBe('民法典第一千二百五十九条');
    expect(byAuthority.citations).toEqual([]);
    const c = citation();
    const cited = interpretation('core.r', { citations: [c] });
    expect(cited).toEqual({
      id: 'core.r',
      area: 'core',
      question: 'q',
      chosen: { id: 'a', description: 'A' },
      alternatives: [{ id: 'b', description: 'B' }],
      rationale: 'r',
      citations: [c],
    });
    expect(
      [cited, cited.chosen, cited.alternatives, cited.alternatives[0], cited.citations].every((x) =>
        Object.isFrozen(x),
      ),
    ).toBe(true);
    expect(readingIds(cited)).toEqual(['a', 'b']);
  });
});

describe('createRegistry', () => {
  it.each<[string, () => unknown, string]>([
    [
      'a duplicate rule id',
      () => createRegistry([rule('core.x'), rule('core.x')], []),
      'duplicate rule id core.x',
    ],
    [
      'a duplicate interpretation id',
      () => createRegistry([], [interpretation('core.q'), interpretation('core.q')]),
      'duplicate interpretation id core.q',
    ],
    [
      'a duplicate param id',
      () => createRegistry([], [], [param('core.p'), param('core.p')]),
      'duplicate param id core.p',
    ],
    [
      'a rule naming an unknown interpretation',
      () =>
        createRegistry([rule('core.x', { interpretations: ['core.missing'] })], [interpretation('core.q')]),
      'rule core.x names unknown interpretation core.missing',
    ],
    [
      'a rule naming an unknown param',
      () => createRegistry([rule('core.x', { params: ['core.missing'] })], [], [param('core.p')]),
      'rule core.x names unknown param core.missing',
    ],
  ])('refuses %s', (_name, make, message) => {
    expect(make).toThrow(new Error(message));
  });

  it('indexes rules, interpretations and params by id; rulesOf keeps one area in registration order', () => {
    const q = interpretation('core.q');
    const p = param('core.p');
    const a = rule('core.a', { interpretations: ['core.q'], params: ['core.p'] });
    const m = rule('medical.m');
    const b = rule('core.b');
    const reg = createRegistry([a, m, b], [q], [p]);
    expect(reg.rule('core.b')).toBe(b);
    expect(reg.rule('core.c')).toBeUndefined();
    expect(reg.interpretation('core.q')).toBe(q);
    expect(reg.interpretation('core.a')).toBeUndefined();
    expect(reg.param('core.p')).toBe(p);
    expect(reg.param('core.q')).toBeUndefined();
    expect(reg.rulesOf('core')).toEqual([a, b]);
    expect(reg.rulesOf('medical')).toEqual([m]);
    expect(reg.rulesOf('dibao')).toEqual([]);
    expect([reg.rules, reg.interpretations, reg.params]).toEqual([[a, m, b], [q], [p]]);
    expect([reg, reg.rules, reg.interpretations, reg.params].every((x) => Object.isFrozen(x))).toBe(true);
  });

  it('without params: an empty list, and a rule naming none is accepted', () => {
    const reg = createRegistry([rule('core.a')], []);
    expect(reg.params).toEqual([]);
    expect(reg.param('core.a')).toBeUndefined();
  });
});
