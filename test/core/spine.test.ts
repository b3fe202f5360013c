import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  cite,
  formatCitation,
  formatLocationEn,
  formatLocationZh,
  isCitation,
  quoteOccursIn,
} from '../../src/core/citation.js';
import { formatPlainDate, parsePlainDate, toPlainDate } from '../../src/core/dates.js';
import { Dec, toDecimal } from '../../src/core/decimal.js';
import { parseInput, PolicyInputError, refuse } from '../../src/core/errors.js';
import { Money } from '../../src/core/money.js';
import { chapterLabel, PLAN_OUTLINE, sectionLabel } from '../../src/core/outline.js';
import { createRegistry, defineInterpretation, defineRule, readingIds } from '../../src/core/registry.js';
import {
  moneySchema,
  nonNegativeMoneySchema,
  plainDateSchema,
  positiveIntegerSchema,
  rateSchema,
  yearSchema,
} from '../../src/core/schemas.js';
import { editDistance, nearest } from '../../src/core/suggest.js';
import { getInterpretation, getRule, interpretations, registry, rules } from '../../src/rules.js';

describe('the plan outline (目录)', () => {
  it('has the preface and 12 chapters, with the table of contents pages', () => {
    expect(PLAN_OUTLINE.map((c) => c.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const ch8 = PLAN_OUTLINE[8];
    expect(ch8?.title).toBe('兜底保障');
    expect(ch8?.page).toBe(29);
    expect(ch8?.sections.map((s) => [s.number, s.page])).toEqual([
      [1, 29],
      [2, 31],
      [3, 32],
    ]);
  });

  it('labels chapters and sections as the plan does', () => {
    expect(chapterLabel(8)).toBe('第八章');
    expect(chapterLabel(12)).toBe('第十二章');
    expect(chapterLabel(0)).toBe('前言');
    expect(sectionLabel(3)).toBe('第三节');
  });
});

describe('Citation', () => {
  it('takes its page from the table of contents: 第八章第一节 starts on page 29', () => {
    const c = cite({ chapter: 8, section: 1, box: 6, quote: '分年度差异性提标时序表' });
    expect(c.page).toBe(29);
    expect(Object.isFrozen(c)).toBe(true);
    expect(isCitation(c)).toBe(true);
  });

  it('without a section, the chapter page: 第十一章 on page 47', () => {
    expect(cite({ chapter: 11, quote: '资金项目安排' }).page).toBe(47);
  });

  it('formats in English and Chinese', () => {
    const c = cite({ chapter: 11, section: 1, table: '2', quote: '(单位：亿元)' });
    expect(formatLocationEn(c)).toBe('Chapter 11, Section 1, Table 2, p. 48');
    expect(formatLocationZh(c)).toBe('第十一章第一节 表2（第48页）');
    expect(formatCitation(c)).toBe('Chapter 11, Section 1, Table 2, p. 48: “(单位：亿元)”');
    expect(formatCitation(c, 'zh')).toBe('第十一章第一节 表2（第48页）：“(单位：亿元)”');
    expect(formatLocationEn(cite({ chapter: 0, quote: 'x' }))).toBe('Preface, p. 1');
    expect(formatLocationEn(cite({ chapter: 8, section: 1, box: 6, quote: 'x' }))).toBe(
      'Chapter 8, Section 1, Box 6, p. 29',
    );
  });

  it('matches a quote across line breaks and spaces, but not a changed character', () => {
    const source = '确保 2018 年所有地区\n农村低保标准';
    expect(quoteOccursIn(cite({ chapter: 8, quote: '确保2018年所有地区农村低保标准' }), source)).toBe(true);
    expect(quoteOccursIn(cite({ chapter: 8, quote: '确保2019年所有地区' }), source)).toBe(false);
  });

  it('refuses a chapter or section that does not exist, an empty or an over-long quote (library bugs)', () => {
    expect(() => cite({ chapter: 13, quote: 'x' })).toThrow(/no chapter 13/u);
    expect(() => cite({ chapter: 8, section: 4, quote: 'x' })).toThrow(/no section 4/u);
    expect(() => cite({ chapter: 8, quote: '  ' })).toThrow(/empty/u);
    expect(() => cite({ chapter: 8, quote: '字'.repeat(161) })).toThrow(/longer/u);
    expect(isCitation(null)).toBe(false);
    expect(isCitation({ chapter: 1 })).toBe(false);
  });
});

describe('the rule registry', () => {
  const c = cite({ chapter: 8, quote: '兜底保障' });

  it('exports every rule and interpretation, frozen, with unique ids of the form area.camelCase', () => {
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(interpretations)).toBe(true);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z][A-Za-z0-9]*$/u);
      expect(r.id.startsWith(`${r.area}.`)).toBe(true);
      expect(Object.isFrozen(r)).toBe(true);
      expect(r.title.zh.length).toBeGreaterThan(0);
      expect(r.title.en.length).toBeGreaterThan(0);
      for (const ref of r.interpretations) expect(registry.interpretation(ref)?.id).toBe(ref);
    }
  });

  it('records the convention that 以上/以下/以内 include the number and 超过/低于/不满 exclude it', () => {
    const i = getInterpretation('core.boundaryInclusion');
    expect(i.chosen.description).toMatch(/以上, 以下, 以内 include/u);
    expect(i.chosen.description).toMatch(/不满, 超过, 以外 exclude/u);
    expect(i.authority).toMatch(/第一千二百五十九条/u);
  });

  it('finds a rule by id; an unknown id is a PolicyInputError suggesting the nearest ids', () => {
    expect(getRule('core.yiYuanUnit').kind).toBe('parameter');
    expect(() => getRule('core.yiYuan')).toThrow(PolicyInputError);
    try {
      getRule('core.yiYuan');
    } catch (e) {
      expect((e as PolicyInputError).suggestions).toContain('core.yiYuanUnit');
    }
    expect(() => getInterpretation('core.boundary')).toThrow(PolicyInputError);
    expect(registry.rulesOf('core').map((r) => r.id)).toContain('core.yiYuanUnit');
  });

  it('refuses malformed definitions: bad id, wrong area, no citation, duplicate ids, unknown interpretation', () => {
    const base = {
      area: 'core',
      kind: 'check',
      title: { zh: '甲', en: 'A' },
      summary: 's',
      citations: [c],
    } as const;
    expect(() => defineRule({ ...base, id: 'Core.x' })).toThrow(/area\.camelCase/u);
    expect(() => defineRule({ ...base, id: 'medical.x' })).toThrow(/does not start with its area/u);
    expect(() => defineRule({ ...base, id: 'core.x', citations: [] })).toThrow(/no citation/u);
    expect(() => defineRule({ ...base, id: 'core.x', title: { zh: '', en: 'A' } })).toThrow(/title/u);
    const rule = defineRule({ ...base, id: 'core.x', interpretations: ['core.missing'] });
    expect(() => createRegistry([rule], [])).toThrow(/unknown interpretation/u);
    const plain = defineRule({ ...base, id: 'core.y' });
    expect(() => createRegistry([plain, plain], [])).toThrow(/duplicate rule/u);
    const interp = defineInterpretation({
      id: 'core.q',
      area: 'core',
      question: 'q',
      chosen: { id: 'a', description: 'A' },
      alternatives: [{ id: 'b', description: 'B' }],
      rationale: 'r',
      citations: [c],
    });
    expect(readingIds(interp)).toEqual(['a', 'b']);
    expect(() => createRegistry([], [interp, interp])).toThrow(/duplicate interpretation/u);
    expect(() =>
      defineInterpretation({ ...interp, alternatives: [{ id: 'a', description: 'again' }] }),
    ).toThrow(/repeats/u);
    expect(() => defineInterpretation({ ...interp, citations: [] })).toThrow(/cites nothing/u);
  });
});

describe('PolicyInputError from zod issues', () => {
  const schema = z.object({
    members: positiveIntegerSchema,
    income: nonNegativeMoneySchema,
    rate: rateSchema,
  });

  it('names the rule, the field path and the bad value', () => {
    const input = { members: 0, income: '100', rate: '0.5' };
    let error: unknown;
    try {
      parseInput('dibao.gapSubsidy', schema, input, 'household');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyInputError);
    expect(error).toBeInstanceOf(Error);
    const pe = error as PolicyInputError;
    expect(pe.name).toBe('PolicyInputError');
    expect(pe.ruleId).toBe('dibao.gapSubsidy');
    expect(pe.path).toBe('household.members');
    expect(pe.value).toBe(0);
    expect(pe.message).toBe('[dibao.gapSubsidy] household.members = 0: must be at least 1');
  });

  it('lists every bad field, with values read from the input', () => {
    const input = { members: 1.5, income: '-1', rate: '2' };
    try {
      parseInput('x.y', schema, input);
      expect.unreachable();
    } catch (e) {
      const pe = e as PolicyInputError;
      expect(pe.issues.map((i) => [i.path, i.value])).toEqual([
        ['members', 1.5],
        ['income', '-1'],
        ['rate', '2'],
      ]);
      expect(JSON.parse(JSON.stringify(pe))).toMatchObject({ ruleId: 'x.y', name: 'PolicyInputError' });
    }
  });

  it('names a missing field, array positions and the input itself', () => {
    const list = z.object({ claims: z.array(z.object({ cost: moneySchema })) });
    try {
      parseInput('x.y', list, { claims: [{ cost: '1' }, { cost: 'abc' }] });
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('claims[1].cost');
      expect((e as PolicyInputError).value).toBe('abc');
    }
    try {
      parseInput('x.y', schema, { income: '1', rate: '0' });
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('members');
      expect((e as PolicyInputError).value).toBeUndefined();
    }
    try {
      parseInput('x.y', schema, null);
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('');
      expect((e as PolicyInputError).message).toMatch(/^\[x\.y\] input = null/u);
    }
  });

  it('names a misspelt field of a strict object by its own path', () => {
    const strict = z.strictObject({ household: z.strictObject({ members: positiveIntegerSchema }) });
    try {
      parseInput('x.y', strict, { household: { members: 2, memebrs: 3 } });
      expect.unreachable();
    } catch (e) {
      const pe = e as PolicyInputError;
      expect(pe.path).toBe('household.memebrs');
      expect(pe.value).toBe(3);
      expect(pe.issues[0]?.code).toBe('unrecognized_keys');
    }
  });

  it('does not mutate the input', () => {
    const input = Object.freeze({ members: 2, income: Object.freeze(['1']), rate: '0.5' });
    expect(() => parseInput('x.y', schema, input)).toThrow(PolicyInputError);
  });

  it('refuse() builds a single-issue error with suggestions', () => {
    try {
      refuse('regions.lookup', 'query', '长百县', 'is not a place the plan names', 'unknown_region', [
        '长白县',
      ]);
    } catch (e) {
      const pe = e as PolicyInputError;
      expect(pe.issues[0]?.code).toBe('unknown_region');
      expect(pe.suggestions).toEqual(['长白县']);
      expect(pe.message).toBe(
        '[regions.lookup] query = "长百县": is not a place the plan names (did you mean: 长白县?)',
      );
    }
  });

  it('describes awkward values readably', () => {
    const make = (value: unknown) =>
      new PolicyInputError({ ruleId: 'r.x', issues: [{ path: 'p', value, message: 'm', code: 'c' }] });
    expect(make(undefined).message).toContain('p = undefined');
    expect(make(10n).message).toContain('p = 10n');
    expect(make(new Date(Number.NaN)).message).toContain('Invalid Date');
    expect(make({ a: 'x'.repeat(100) }).message).toContain('...');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(make(cyclic).message).toContain('[object Object]');
    expect(new PolicyInputError({ ruleId: 'r.x', issues: [] }).path).toBe('');
  });
});

describe('shared schemas', () => {
  it('money: exact to the fen from strings, numbers or Money; more decimals refused', () => {
    expect(moneySchema.parse('12.5').toString()).toBe('12.50');
    expect(moneySchema.parse(0.1).toString()).toBe('0.10');
    expect(moneySchema.parse(Money.of(3)).toString()).toBe('3.00');
    expect(moneySchema.safeParse('12.345').success).toBe(false);
    expect(moneySchema.safeParse('abc').success).toBe(false);
    expect(moneySchema.safeParse(null).success).toBe(false);
    expect(nonNegativeMoneySchema.safeParse('-0.01').success).toBe(false);
  });

  it('rate: within [0, 1]', () => {
    expect(rateSchema.parse('0.85').toString()).toBe('0.85');
    expect(rateSchema.parse(new Dec('1')).toString()).toBe('1');
    expect(rateSchema.safeParse('1.0001').success).toBe(false);
    expect(rateSchema.safeParse(-0.01).success).toBe(false);
    expect(rateSchema.safeParse('NaN').success).toBe(false);
  });

  it('dates: YYYY-MM-DD or a Date, real calendar dates only', () => {
    expect(plainDateSchema.parse('2020-02-29')).toBe('2020-02-29');
    expect(plainDateSchema.parse(new Date(2018, 11, 31))).toBe('2018-12-31');
    expect(plainDateSchema.safeParse('2019-02-29').success).toBe(false);
    expect(plainDateSchema.safeParse('2019-2-1').success).toBe(false);
    expect(plainDateSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(toPlainDate(20190101)).toBeUndefined();
    expect(formatPlainDate(parsePlainDate('2016-01-01') ?? new Date(Number.NaN))).toBe('2016-01-01');
  });

  it('counts and years', () => {
    expect(positiveIntegerSchema.safeParse(0).success).toBe(false);
    expect(positiveIntegerSchema.safeParse(1.5).success).toBe(false);
    expect(positiveIntegerSchema.safeParse(3).success).toBe(true);
    expect(yearSchema.safeParse(2018).success).toBe(true);
    expect(yearSchema.safeParse(1999).success).toBe(false);
  });

  it('decimals: numbers via their shortest string, so 0.1 is exactly 0.1', () => {
    expect(toDecimal(0.1)?.toString()).toBe('0.1');
    expect(toDecimal('1e3')?.toString()).toBe('1000');
    expect(toDecimal(' 2.50 ')?.toString()).toBe('2.5');
    expect(toDecimal('1,000')).toBeUndefined();
    expect(toDecimal(Number.NaN)).toBeUndefined();
    expect(toDecimal(new Dec(Number.POSITIVE_INFINITY))).toBeUndefined();
    expect(toDecimal({})).toBeUndefined();
  });
});

describe('suggestions for unknown names', () => {
  it('edit distance counts Chinese characters one each', () => {
    expect(editDistance('长白县', '长百县')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('puts containing names first, then the closest', () => {
    expect(nearest('长白', ['长春市', '长白县', '白山市', '长白山保护开发区'], 2)).toEqual([
      '长白县',
      '长白山保护开发区',
    ]);
    expect(nearest('长百县', ['长春市', '长白县', '通榆县'], 1)).toEqual(['长白县']);
  });
});
