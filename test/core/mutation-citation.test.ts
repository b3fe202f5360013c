import { describe, expect, it } from 'vitest';
import {
  cite,
  formatCitation,
  formatLocationEn,
  formatLocationZh,
  MAX_QUOTE_LENGTH,
  normalizeForQuoteMatch,
  quoteOccursIn,
  type Citation,
} from '../../src/core/citation.js';
import { refusal } from '../support/errors.js';

/** A citation of chapter 8 (p. 29) with the given parts. */
function at(parts: Partial<Citation>): Citation {
  return { chapter: 8, page: 29, quote: '扶贫', ...parts };
}

describe('cite: the quote length limit on both sides, and only the given parts', () => {
  it(`a quote of exactly MAX_QUOTE_LENGTH (${MAX_QUOTE_LENGTH}) characters is kept; one more is refused`, () => {
    const exact = '贫'.repeat(MAX_QUOTE_LENGTH);
    expect(cite({ chapter: 1, quote: exact }).quote).toBe(exact);
    expect(() => cite({ chapter: 1, quote: `${exact}贫` })).toThrow(
      new Error('cite: quote longer than 160 characters; quote a clause, not a passage'),
    );
    // Surrounding white space is trimmed before the length is measured.
    expect(cite({ chapter: 1, quote: ` ${exact}\n` }).quote).toBe(exact);
  });

  it('a citation of a chapter alone has no section, box or table keys (not even undefined ones)', () => {
    expect(cite({ chapter: 8, quote: '分年度差异性提标时序表' })).toStrictEqual({
      chapter: 8,
      page: 29,
      quote: '分年度差异性提标时序表',
    });
    expect(Object.keys(cite({ chapter: 11, section: 1, table: '2', quote: 'x' }))).toEqual([
      'chapter',
      'section',
      'table',
      'page',
      'quote',
    ]);
    expect(Object.keys(cite({ chapter: 8, section: 1, box: 6, quote: 'x' }))).toEqual([
      'chapter',
      'section',
      'box',
      'page',
      'quote',
    ]);
  });
});

describe('locations in Chinese and English, part by part', () => {
  it.each([
    ['chapter only', {}, '第八章（第29页）', 'Chapter 8, p. 29'],
    ['chapter and section', { section: 1 }, '第八章第一节（第29页）', 'Chapter 8, Section 1, p. 29'],
    ['chapter and box', { box: 6 }, '第八章 专栏6（第29页）', 'Chapter 8, Box 6, p. 29'],
    ['chapter and table', { table: '3-1' }, '第八章 表3-1（第29页）', 'Chapter 8, Table 3-1, p. 29'],
    [
      'every part',
      { section: 2, box: 7, table: '2' },
      '第八章第二节 专栏7 表2（第29页）',
      'Chapter 8, Section 2, Box 7, Table 2, p. 29',
    ],
    ['the preface', { chapter: 0, page: 1 }, '前言（第1页）', 'Preface, p. 1'],
  ])('%s: %s / %s', (_name, parts, zh, en) => {
    expect(formatLocationZh(at(parts))).toBe(zh);
    expect(formatLocationEn(at(parts))).toBe(en);
    expect(formatCitation(at(parts), 'zh')).toBe(`${zh}：“扶贫”`);
    expect(formatCitation(at(parts), 'en')).toBe(`${en}: “扶贫”`);
    expect(formatCitation(at(parts))).toBe(`${en}: “扶贫”`);
  });

  it('a bad table label or language is refused by core.citation with the exact reason', () => {
    const t = refusal(() => formatLocationEn(at({ table: 'three' })));
    expect([t.ruleId, t.path, t.value, t.issues[0]?.message]).toEqual([
      'core.citation',
      'citation.table',
      'three',
      "must be a table label such as '3-1'",
    ]);
    const l = refusal(() => formatCitation(at({}), 'fr' as 'en'));
    expect([l.ruleId, l.path, l.value, l.issues[0]?.message]).toEqual([
      'core.citation',
      'language',
      'fr',
      "must be 'en' or 'zh'",
    ]);
  });
});

describe('quoteOccursIn: white space ignored, source text must be a string', () => {
  it('a quote split by a line and a page break still occurs; another does not', () => {
    const c = at({ quote: '分年度差异性提标时序表' });
    expect(quoteOccursIn(c, '……分年度差异性\n\n 提标时序表……')).toBe(true);
    expect(quoteOccursIn(c, '分年度提标时序表')).toBe(false);
    expect(normalizeForQuoteMatch(' a \t b\u3000c\n')).toBe('abc');
  });

  it('a source text that is not a string is refused by core.citation at "sourceText"', () => {
    const e = refusal(() => quoteOccursIn(at({}), 42 as unknown as string));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
      'core.citation',
      'sourceText',
      42,
      'must be a string',
    ]);
  });
});
