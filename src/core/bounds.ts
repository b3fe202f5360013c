import { readDecimal, type DecimalLike } from './decimal.js';
import { refuse } from './errors.js';

/**
 * The words the plan uses for limits, and whether each includes the number it names.
 *
 * By Chinese legal convention (《中华人民共和国民法典》第一千二百五十九条), 以上/以下/以内 include the number;
 * 不满/超过/以外 exclude it. The plan also writes 低于/高于 (strict) and 不超过/不低于/不少于 (the negation of a
 * strict word, hence inclusive). See the interpretation `core.boundaryInclusion`.
 */
export const BOUND_TERMS = /* @__PURE__ */ Object.freeze({
  以上: Object.freeze({ relation: '>=', inclusive: true, en: 'at least' } as const),
  以下: Object.freeze({ relation: '<=', inclusive: true, en: 'at most' } as const),
  以内: Object.freeze({ relation: '<=', inclusive: true, en: 'within' } as const),
  不超过: Object.freeze({ relation: '<=', inclusive: true, en: 'not more than' } as const),
  不低于: Object.freeze({ relation: '>=', inclusive: true, en: 'not less than' } as const),
  不少于: Object.freeze({ relation: '>=', inclusive: true, en: 'not fewer than' } as const),
  超过: Object.freeze({ relation: '>', inclusive: false, en: 'more than' } as const),
  高于: Object.freeze({ relation: '>', inclusive: false, en: 'higher than' } as const),
  以外: Object.freeze({ relation: '>', inclusive: false, en: 'beyond' } as const),
  低于: Object.freeze({ relation: '<', inclusive: false, en: 'lower than' } as const),
  不满: Object.freeze({ relation: '<', inclusive: false, en: 'less than' } as const),
} as const);

/** A limit word of the plan: 以上, 以下, 超过, 低于, ... */
export type BoundTerm = keyof typeof BOUND_TERMS;

/**
 * Whether `value` satisfies "`term` `limit`" as the plan writes it, exactly.
 *
 * @example
 * ```ts
 * meetsBound(25, '不超过', 25) //=> true  (不超过 includes 25)
 * meetsBound(70, '超过', 70)   //=> false (超过 excludes 70)
 * meetsBound(2, '以下', 2)     //=> true  (以下 includes 2)
 * ```
 */
export function meetsBound(value: DecimalLike, term: BoundTerm, limit: DecimalLike): boolean {
  const spec = typeof term === 'string' && Object.hasOwn(BOUND_TERMS, term) ? BOUND_TERMS[term] : undefined;
  if (spec === undefined) return refuse('core.boundaryInclusion', 'term', term, 'is not a known limit word');
  const v = readDecimal(value);
  if (typeof v === 'string') return refuse('core.boundaryInclusion', 'value', value, v);
  const l = readDecimal(limit);
  if (typeof l === 'string') return refuse('core.boundaryInclusion', 'limit', limit, l);
  const c = v.comparedTo(l);
  switch (spec.relation) {
    case '>=':
      return c >= 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
  }
}
