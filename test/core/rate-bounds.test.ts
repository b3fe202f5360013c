import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUND_TERMS, meetsBound, type BoundTerm } from '../../src/core/bounds.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { formatPercent, percentagePoints, rate, upliftRate } from '../../src/core/rate.js';

describe('rates and percentage points (百分点)', () => {
  it.each([
    ['0.60 + 5 pp = 0.65', '0.60', 5, '0.65'],
    ['0.50 + 5 pp = 0.55', '0.5', 5, '0.55'],
    ['0.95 + 5 pp = 1 (exactly full)', '0.95', 5, '1'],
    ['0.98 + 5 pp = 1 (capped: nobody is paid more than the cost)', '0.98', 5, '1'],
    ['0 + 5 pp = 0.05', 0, 5, '0.05'],
    ['0.03 − 5 pp = 0 (floored)', '0.03', -5, '0'],
  ])('%s', (_name, base, pp, expected) => {
    expect(upliftRate(base, pp).toString()).toBe(expected);
  });

  it('5 percentage points is 0.05; 65% displays as 65%', () => {
    expect(percentagePoints(5).toString()).toBe('0.05');
    expect(formatPercent('0.65')).toBe('65%');
    expect(formatPercent('0.65432', 2)).toBe('65.43%');
  });

  it('refuses a rate outside [0, 1] or not a number, naming the field', () => {
    expect(() => rate('1.01', 'profile.inpatientRate')).toThrow(PolicyInputError);
    expect(() => rate(-0.1)).toThrow(PolicyInputError);
    expect(() => rate('x')).toThrow(/rate = "x"/u);
    expect(() => upliftRate('1.5', 5)).toThrow(PolicyInputError);
    expect(() => percentagePoints('five')).toThrow(PolicyInputError);
    expect(() => formatPercent('x')).toThrow(PolicyInputError);
    try {
      rate('1.01', 'profile.inpatientRate');
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('profile.inpatientRate');
    }
  });

  it('property: any rate in [0, 1] raised by any pp in [−100, 100] stays in [0, 1] and is monotone in pp', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: -100, max: 100 }), (bp, pp) => {
        const base = (bp / 10000).toString();
        const r = upliftRate(base, pp);
        expect(r.gte(0) && r.lte(1)).toBe(true);
        expect(upliftRate(base, pp + 1).gte(r)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('limit words (Civil Code art. 1259)', () => {
  it.each([
    ['以上 includes the number: 2 以上 2', 2, '以上', 2, true],
    ['以下 includes the number: 2 以下 2 (降至2%以下 is met at 2%)', 2, '以下', 2, true],
    ['以内 includes the number', 5, '以内', 5, true],
    ['不超过 includes the number: 25 m² 不超过 25 m²', 25, '不超过', 25, true],
    ['不超过: 25.01 is over 25', '25.01', '不超过', 25, false],
    ['不低于 includes the number', 85, '不低于', 85, true],
    ['不少于 includes the number', 60, '不少于', 60, true],
    ['超过 excludes the number: 70% is not 超过 70%', 70, '超过', 70, false],
    ['超过: 70.01 is 超过 70', '70.01', '超过', 70, true],
    ['高于 excludes the number', 5, '高于', 5, false],
    ['以外 excludes the number', 5, '以外', 5, false],
    ['低于 excludes the number: 200% is not 低于 200%', 200, '低于', 200, false],
    ['低于: 199.99 is 低于 200', '199.99', '低于', 200, true],
    ['不满 excludes the number', 18, '不满', 18, false],
    ['不满: 17 is 不满 18', 17, '不满', 18, true],
    ['以上: 1 is not 2 以上', 1, '以上', 2, false],
  ] as const)('%s', (_name, value, term, limit, expected) => {
    expect(meetsBound(value, term, limit)).toBe(expected);
  });

  it('property: an inclusive word and its strict counterpart differ exactly at the limit', () => {
    const pairs: [BoundTerm, BoundTerm][] = [
      ['以下', '低于'],
      ['以上', '超过'],
    ];
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (v, l) => {
        for (const [inclusive, strict] of pairs) {
          expect(meetsBound(v, inclusive, l) !== meetsBound(v, strict, l)).toBe(v === l);
        }
        // 以下 and 超过 partition the line; so do 以上 and 低于.
        expect(meetsBound(v, '以下', l)).toBe(!meetsBound(v, '超过', l));
        expect(meetsBound(v, '以上', l)).toBe(!meetsBound(v, '低于', l));
      }),
    );
  });

  it('every word says whether it includes the number', () => {
    for (const spec of Object.values(BOUND_TERMS)) expect(spec.inclusive).toBe(spec.relation.includes('='));
  });

  it('refuses an unknown word or a non-number', () => {
    expect(() => meetsBound(1, '大约' as BoundTerm, 1)).toThrow(PolicyInputError);
    expect(() => meetsBound('x', '以上', 1)).toThrow(PolicyInputError);
    expect(() => meetsBound(1, '以上', 'y')).toThrow(PolicyInputError);
  });
});
