/**
 * Suggestions of names (src/core/suggest.ts), pinned for mutation testing (issue 15): the edit distance by
 * code point, and `nearest`'s order (containing or contained first, then by edit distance, then by code point,
 * the same in every locale), its limit, and what it leaves out. Computed inside each `it`.
 */
import { describe, expect, it } from 'vitest';
import { compareCodePoints, editDistance, nearest } from '../../src/core/suggest.js';

describe('editDistance, by code point', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['长白县', '长百县', 1],
    ['吉林', '吉林省', 1],
    // One astral character is one edit (two UTF-16 code units).
    ['😀a', 'a', 1],
    ['ab', 'ba', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect([editDistance(a, b), editDistance(b, a)]).toEqual([d, d]);
  });
});

describe('compareCodePoints: the sign orders strings by code point, not by UTF-16 unit or locale', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['a', 'a', 0],
    ['', '', 0],
    ['B', 'a', -1],
    ['a', 'b', -1],
    ['a', 'ab', -1],
    ['ab', 'a', 1],
    ['吉林', '吉林省', -1],
    // U+FF5A is below U+1F600 by code point, though its UTF-16 unit is above the surrogate 0xD83D.
    ['ｚ', '😀', -1],
    ['😀', 'ｚ', 1],
  ])('%s vs %s: %i', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});

describe('nearest: the candidates nearest a query, best first', () => {
  it('containing the query comes first though farther: ab → xabx (4 − 2 = distance 2) before ay (1)', () => {
    expect(nearest('ab', ['ay', 'xabx'])).toEqual(['xabx', 'ay']);
  });

  it('contained in the query comes first: abcdef → cd (distance 4) before abcdeg (1)', () => {
    expect(nearest('abcdef', ['abcdeg', 'cd'])).toEqual(['cd', 'abcdeg']);
  });

  it('then by edit distance: 长百县 → 长白县 (1), then 通榆县 and 长春市 (2 each; 通 U+901A before 长 U+957F)', () => {
    expect(nearest('长百县', ['通榆县', '长春市', '长白县'])).toEqual(['长白县', '通榆县', '长春市']);
  });

  it('ties by code point, in every locale: B before a before b before 吉; ｚ before 😀; a before ab', () => {
    expect(nearest('zzzz', ['吉', 'b', 'a', 'B'])).toEqual(['B', 'a', 'b', '吉']);
    expect(nearest('', ['😀', 'ｚ'])).toEqual(['ｚ', '😀']);
    expect(nearest('zzz', ['ab', 'a'])).toEqual(['a', 'ab']);
  });

  it('case and surrounding spaces of the query do not count: "  ABC " finds abc first', () => {
    expect(nearest('  ABC ', ['abd', 'abc', 'xyz'])).toEqual(['abc', 'abd', 'xyz']);
    expect(nearest('abc', ['ABD', 'ABC'])).toEqual(['ABC', 'ABD']);
    // " ab" trimmed is contained in xaby; untrimmed, ac (distance 2) would tie xaby and come first.
    expect(nearest(' ab', ['ac', 'xaby'])).toEqual(['xaby', 'ac']);
  });

  it('an empty query: the shortest first (by edit distance), then by code point', () => {
    expect(nearest('', ['bb', 'c', 'a'])).toEqual(['a', 'c', 'bb']);
  });

  it('five by default, or the limit given; each name once', () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a1'];
    expect(nearest('a', names)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(nearest('a', names, 2)).toEqual(['a1', 'a2']);
    expect(nearest('a', names, 10)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
  });

  it('a query of 100 characters gets suggestions; of 101, or not a string, none', () => {
    expect(nearest('x'.repeat(100), ['x'])).toEqual(['x']);
    expect(nearest('x'.repeat(101), ['x'])).toEqual([]);
    expect(nearest(5 as never, ['5'])).toEqual([]);
  });

  it('a candidate of 100 characters is offered; one of 101, or not a string, is not', () => {
    const long = 'y'.repeat(100);
    expect(nearest('y', [long, 'y'.repeat(101), 7 as never, 'z'])).toEqual([long, 'z']);
    // An array has a length but is no name.
    expect(nearest('a', [['a'] as never, 'b'])).toEqual(['b']);
  });
});
