/**
 * findRegion edges (issue 15: regions/lookup had surviving mutants): normalization character by character,
 * prefixes that must nest, the length limit at its boundary, and the refusal messages to the character.
 */
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { findRegion, pairingsOf, REGIONS, regionById, tryFindRegion } from '../../src/regions/index.js';
import { isWithin, normalizeRegionQuery } from '../../src/regions/lookup.js';

function refusal(query: string): PolicyInputError {
  try {
    findRegion(query);
  } catch (e) {
    if (e instanceof PolicyInputError) return e;
    throw e;
  }
  throw new Error(`${query} was found`);
}

describe('normalizeRegionQuery: NFKC, lower case, without spaces, brackets, hyphens, apostrophes, dots, underscores', () => {
  it.each([
    [' A\tB\nC ', 'abc'],
    ['（长春）', '长春'],
    ['(a)[b]{c}', 'abc'],
    ["a'b’c‘d`e", 'abcde'],
    ['a-b_c.d·e', 'abcde'],
    ['Lüyuan', 'lvyuan'],
    ['ＡＢＣ', 'abc'],
  ])('%j → %j', (query, key) => {
    expect(normalizeRegionQuery(query)).toBe(key);
  });
});

describe('findRegion: spellings of one place', () => {
  it.each([
    ['Qian Gorlos', 'qianguo'],
    ['qian-gorlos', 'qianguo'],
    ['长春市 市辖区', 'changchun-districts'],
    ['长春市(市辖区)', 'changchun-districts'],
    ['220623', 'changbai'],
    ['CHANGBAI', 'changbai'],
    ['延边汪清', 'wangqing'],
    ['吉林省延边州汪清县', 'wangqing'],
    ['通化市通化县', 'tonghua-county'],
    ['通化市通化', 'tonghua-county'], // 通化 is ambiguous alone; within 通化市 only the county is
    ['jilinjilin', 'jilin-city'],
    ['吉林省吉林', 'jilin-city'], // 吉林 within 吉林省: only 吉林市 is inside it
  ])('%s → %s', (query, id) => {
    expect(findRegion(query).id).toBe(id);
  });
});

describe('findRegion: prefixes must name a unit strictly inside the one before', () => {
  it.each(['吉林省吉林省长白县', '白山市白山市', '吉林市吉林', '汪清县延边州', '吉林省x', '吉林省通化'])(
    '%s names nothing (unknown_region)',
    (query) => {
      expect(refusal(query).issues[0]?.code).toBe('unknown_region');
    },
  );
});

describe('findRegion refusals, to the character', () => {
  it('ambiguous 通化: names both and suggests both', () => {
    const e = refusal('通化');
    expect(e.message).toBe(
      '[regions.lookup] query = "通化": names more than one place (通化市, 通化县); say which (did you mean: 通化市, 通化县?)',
    );
    expect(e.suggestions).toEqual(['通化市', '通化县']);
    expect(e.issues[0]?.code).toBe('ambiguous_region');
  });

  it('unknown: "is not a place in the registry (…)" with code unknown_region at path query', () => {
    const e = refusal('吉林省x');
    expect(
      e.message.startsWith(
        '[regions.lookup] query = "吉林省x": is not a place in the registry (a name, official name, alias, id or GB/T 2260 code) (did you mean: 吉林省',
      ),
    ).toBe(true);
    expect([e.ruleId, e.path, e.issues[0]?.code]).toEqual(['regions.lookup', 'query', 'unknown_region']);
  });

  it('100 characters is looked up (unknown); 101 is too_big, "longer than MAX_NAME_LENGTH (100 characters)"', () => {
    expect(refusal('长'.repeat(100)).issues[0]?.code).toBe('unknown_region');
    const e = refusal('长'.repeat(101));
    expect(e.issues[0]).toMatchObject({
      code: 'too_big',
      path: 'query',
      message: 'is longer than MAX_NAME_LENGTH (100 characters)',
    });
    expect(e.suggestions).toEqual([]);
  });

  it('a place written with 100 characters of white space around it is still found', () => {
    const padded = `${' '.repeat(47)}长白县${' '.repeat(50)}`;
    expect(padded).toHaveLength(100);
    expect(findRegion(padded).id).toBe('changbai');
    expect(() => findRegion(` ${padded}`)).toThrow(/MAX_NAME_LENGTH/u);
  });
});

describe('tryFindRegion: undefined instead of a refusal', () => {
  it.each<[unknown, string | undefined]>([
    ['长白县', 'changbai'],
    ['吉林省白山市长白县', 'changbai'],
    ['通化', undefined],
    ['长百县', undefined],
    ['', undefined],
    ['长'.repeat(101), undefined],
    [5, undefined],
    [null, undefined],
  ])('%j → %j', (query, id) => {
    expect(tryFindRegion(query)?.id).toBe(id);
  });
});

describe('isWithin: parent, grandparent, not itself, not a sibling', () => {
  it('长白县 is within 白山市 and 吉林省, not within itself or 延边州', () => {
    const changbai = findRegion('长白县');
    expect(isWithin(changbai, 'baishan')).toBe(true);
    expect(isWithin(changbai, 'jilin-province')).toBe(true);
    expect(isWithin(changbai, 'changbai')).toBe(false);
    expect(isWithin(changbai, 'yanbian')).toBe(false);
    expect(isWithin(findRegion('吉林省'), 'baishan')).toBe(false);
  });
});

describe('regionById: exact ids only', () => {
  const refusedId = (id: unknown): PolicyInputError => {
    try {
      regionById(id as string);
    } catch (e) {
      if (e instanceof PolicyInputError) return e;
      throw e;
    }
    throw new Error('found');
  };

  it('changbai → 长白县', () => {
    expect(regionById('changbai').name).toBe('长白县');
  });

  it('an unknown id: "is not a region id" at path id, suggesting the nearest ids (changbai for changbei)', () => {
    const e = refusedId('changbei');
    expect(e.issues[0]).toMatchObject({ path: 'id', code: 'unknown_region', message: 'is not a region id' });
    expect(e.suggestions).toContain('changbai');
  });

  it('101 characters is too_big "longer than MAX_ID_LENGTH (100 characters)"; 100 is looked up (unknown)', () => {
    expect(refusedId('x'.repeat(101)).issues[0]).toMatchObject({
      path: 'id',
      code: 'too_big',
      message: 'is longer than MAX_ID_LENGTH (100 characters)',
    });
    expect(refusedId('x'.repeat(100)).issues[0]?.code).toBe('unknown_region');
  });

  it('a number is refused at path id', () => {
    expect(refusedId(5).path).toBe('id');
  });
});

describe('the longest name in the registry is still found (the length guard is strict)', () => {
  it('every region is found by its English name, however long', () => {
    const longest = [...REGIONS].sort(
      (a, b) => normalizeRegionQuery(b.nameEn).length - normalizeRegionQuery(a.nameEn).length,
    )[0];
    if (longest === undefined) throw new Error('no regions');
    expect(tryFindRegion(longest.nameEn)?.id).toBe(longest.id);
  });

  it('the longest English name after a containing province (吉林省…) is still found', () => {
    const longest = [...REGIONS]
      .filter((r) => r.level !== 'province')
      .sort((a, b) => normalizeRegionQuery(b.nameEn).length - normalizeRegionQuery(a.nameEn).length)[0];
    if (longest === undefined) throw new Error('no regions');
    expect(tryFindRegion(`吉林省${longest.nameEn}`)?.id).toBe(longest.id);
  });

  it('tryFindRegion: a place padded to exactly 100 characters is found; 101 is not', () => {
    const padded = `${' '.repeat(47)}长白县${' '.repeat(50)}`;
    expect(tryFindRegion(padded)?.id).toBe('changbai');
    expect(tryFindRegion(` ${padded}`)).toBeUndefined();
  });
});

describe('findRegion: a later container label succeeds after an earlier one fails', () => {
  // The province's short label 吉林 is tried before 吉林市: the rest "市丰满区" names nothing in the province,
  // so the search must go on to the label 吉林市 (rest 丰满区, which lies in 吉林市).
  it.each([
    ['吉林市丰满区', 'fengman'],
    ['吉林市永吉县', 'yongji'],
    ['jilinshi丰满区', 'fengman'],
  ])('%s → %s', (query, id) => {
    expect(findRegion(query).id).toBe(id);
    expect(tryFindRegion(query)?.id).toBe(id);
  });

  it('a label alone (吉林市 as 吉林 + 市) is the prefecture itself, not a failed prefix search', () => {
    expect(findRegion('吉林市').id).toBe('jilin-city');
  });
});

describe('regionById: the MAX_ID_LENGTH check applies to strings only', () => {
  it('an array of 101 items is refused as not a string, not as too long', () => {
    const e = (() => {
      try {
        regionById(new Array<string>(101).fill('a') as unknown as string);
      } catch (error) {
        return error;
      }
      throw new Error('accepted');
    })();
    expect(e).toBeInstanceOf(PolicyInputError);
    expect((e as PolicyInputError).message).not.toContain('MAX_ID_LENGTH');
    expect((e as PolicyInputError).issues[0]?.path).toBe('id');
  });

  it('a string of 101 characters is refused naming MAX_ID_LENGTH', () => {
    expect(() => regionById('a'.repeat(101))).toThrow(/MAX_ID_LENGTH \(100 characters\)/);
  });
});

describe('pairingsOf: a box group finds its pairs through the units it contains', () => {
  it.each([
    ['浙江省宁波市', 7, 4],
    ['延边州', 7, 4],
    ['白城市', 8, 3],
    ['吉林市', 9, 8],
    ['白山市', 9, 8],
  ])('%s takes part in the %d pairs of 专栏%d', (place, box, count) => {
    const pairs = pairingsOf(place);
    expect(pairs.filter((p) => p.box === box)).toHaveLength(count);
  });
});
