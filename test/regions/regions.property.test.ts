import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import * as regions from '../../src/regions/index.js';
import { PAIRINGS, REGIONS, findRegion, tryFindRegion } from '../../src/regions/index.js';
import { normalizeRegionQuery } from '../../src/regions/lookup.js';

/** Every way a region may be named, and the region. Short forms the registry marks ambiguous are left out. */
const KEYS = REGIONS.flatMap((r) =>
  [
    r.id,
    r.name,
    r.officialName,
    r.nameEn,
    ...r.aliases,
    ...(r.code === null ? [] : [r.code]),
    ...r.formerCodes,
  ].map((key) => ({ key, region: r })),
).filter(({ key }) => tryFindRegion(key) !== undefined);

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => isDeepFrozen(v, seen));
}

describe('lookup properties', () => {
  it('every id, name, official name, English name, alias and code finds its own region (except the few marked ambiguous)', () => {
    const ambiguous = REGIONS.flatMap((r) => r.aliases).filter((a) => tryFindRegion(a) === undefined);
    expect(new Set(ambiguous)).toEqual(new Set(['吉林', 'jilin', '通化']));
    for (const { key, region } of KEYS) expect(findRegion(key), key).toBe(region);
  });

  it('white space, case and the bracket style of （市辖区） never change which region a key finds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '　', '\n')), { maxLength: 4 }),
        fc.boolean(),
        ({ key, region }, spaces, upper) => {
          let q = key.replace(/（/gu, '(').replace(/）/gu, ')');
          for (const [at, space] of spaces) {
            const i = at % (q.length + 1);
            q = q.slice(0, i) + space + q.slice(i);
          }
          if (upper) q = q.toUpperCase();
          expect(findRegion(q)).toBe(region);
        },
      ),
    );
  });

  it('any string either finds one region or is refused as a PolicyInputError of regions.lookup at path "query"', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...KEYS.map((k) => k.key)).map((k) => `${k}x`),
        ),
        (q) => {
          try {
            const r = findRegion(q);
            expect(REGIONS).toContain(r);
            expect(tryFindRegion(q)).toBe(r);
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyInputError);
            const e = error as PolicyInputError;
            expect([e.ruleId, e.path]).toEqual(['regions.lookup', 'query']);
            expect(tryFindRegion(q)).toBeUndefined();
          }
        },
      ),
    );
  });

  it('any non-string input is refused at path "query", never thrown as another error', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (v) => {
          expect(() => findRegion(v as string)).toThrow(PolicyInputError);
        },
      ),
    );
  });

  it('normalizing a query twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) => normalizeRegionQuery(normalizeRegionQuery(s)) === normalizeRegionQuery(s),
      ),
    );
  });
});

describe('registry invariants', () => {
  it('ids are unique ASCII slugs, codes are six digits or null, and every parent exists', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of REGIONS) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/u);
      if (r.code !== null) expect(r.code).toMatch(/^\d{6}$/u);
      for (const c of r.formerCodes) expect(c).toMatch(/^\d{6}$/u);
      if (r.parentId !== null) expect(ids).toContain(r.parentId);
    }
  });

  it('no two regions share a current or former code', () => {
    const codes = REGIONS.flatMap((r) => [...(r.code === null ? [] : [r.code]), ...r.formerCodes]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a code starts with its prefecture’s first four digits (22xx for Jilin, 3302 for 宁波市), except 公主岭市’s post-2020 code', () => {
    for (const r of REGIONS) {
      if (r.code === null || r.parentId === null || r.id === 'gongzhuling') continue;
      const parent = regions.regionById(r.parentId);
      if (parent.level !== 'prefecture' || parent.code === null) continue;
      expect(r.code.slice(0, 4), r.id).toBe(parent.code.slice(0, 4));
    }
  });

  it('every place of the plan’s lists (专栏6, 表2/表3, 专栏7–9) is in the registry and cites where the plan names it', () => {
    for (const r of REGIONS.filter((x) => x.flags.inTimetable || x.flags.budgetRegion)) {
      expect(r.citations.length, r.id).toBeGreaterThan(0);
    }
    for (const p of PAIRINGS) {
      for (const id of [...p.helperIds, p.recipientId])
        expect(regions.regionById(id).citations.length, id).toBeGreaterThan(0);
    }
  });

  it('all exported data is deeply frozen (zod schemas aside)', () => {
    for (const [name, value] of Object.entries(regions)) {
      if (typeof value === 'function' || name.endsWith('Schema')) continue;
      expect(isDeepFrozen(value), name).toBe(true);
    }
  });
});
