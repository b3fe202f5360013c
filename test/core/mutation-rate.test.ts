import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { formatPercent, percentagePoints, rate, upliftRate } from '../../src/core/rate.js';
import { refusal } from '../support/errors.js';

const NOT_A_DECIMAL = 'must be a finite decimal such as "1234.5"';

describe('rate: [0, 1] with both ends included, exact refusals', () => {
  it.each([
    ['0 is a rate (lower end included)', '0', '0'],
    ['1 is a rate (upper end included)', '1', '1'],
    ['0.65 is a rate', '0.65', '0.65'],
  ])('%s', (_name, value, expected) => {
    expect(rate(value).toString()).toBe(expected);
  });

  it.each([
    ['1.0001 is over 1', '1.0001'],
    ['-0.0001 is under 0', '-0.0001'],
  ])('%s: refused by core.rate at the named field', (_name, value) => {
    const e = refusal(() => rate(value, 'profile.inpatientRate'));
    expect([e.ruleId, e.path, e.value]).toEqual(['core.rate', 'profile.inpatientRate', value]);
    expect(e.message).toBe(
      `[core.rate] profile.inpatientRate = "${value}": must lie in [0, 1] (0.65 for 65%)`,
    );
  });

  it('not a decimal: refused by core.rate with the decimal reader’s reason, at path "rate" by default', () => {
    const e = refusal(() => rate('65%'));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
      'core.rate',
      'rate',
      '65%',
      NOT_A_DECIMAL,
    ]);
  });
});

describe('percentage points (百分点) and upliftRate on both sides of the limits', () => {
  it.each([
    ['5 pp = 0.05', 5, '0.05'],
    ['−2.5 pp = −0.025', '-2.5', '-0.025'],
    ['100 pp = 1', 100, '1'],
  ])('%s', (_name, points, expected) => {
    expect(percentagePoints(points).toString()).toBe(expected);
  });

  it('percentagePoints refuses a non-decimal by core.rate at path "percentagePoints"', () => {
    const e = refusal(() => percentagePoints('five'));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
      'core.rate',
      'percentagePoints',
      'five',
      NOT_A_DECIMAL,
    ]);
  });

  it.each([
    ['0.94 + 5 pp = 0.99 (under the cap)', '0.94', 5, '0.99'],
    ['0.95 + 5 pp = 1 (at the cap)', '0.95', 5, '1'],
    ['0.96 + 5 pp = 1.01 → 1 (over the cap, capped)', '0.96', 5, '1'],
    ['0.06 − 5 pp = 0.01 (above the floor)', '0.06', -5, '0.01'],
    ['0.05 − 5 pp = 0 (at the floor)', '0.05', -5, '0'],
    ['0.04 − 5 pp = −0.01 → 0 (under the floor, floored)', '0.04', -5, '0'],
  ])('%s', (_name, base, points, expected) => {
    expect(upliftRate(base, points).toString()).toBe(expected);
  });

  it('upliftRate refuses a base outside [0, 1] at path "base", and bad points at "percentagePoints"', () => {
    const e = refusal(() => upliftRate('1.5', 5));
    expect([e.ruleId, e.path, e.value]).toEqual(['core.rate', 'base', '1.5']);
    expect(e.issues[0]?.message).toBe('must lie in [0, 1] (0.65 for 65%)');
    const p = refusal(() => upliftRate('0.5', 'x'));
    expect([p.ruleId, p.path, p.value]).toEqual(['core.rate', 'percentagePoints', 'x']);
  });
});

describe('formatPercent', () => {
  it('refuses a non-decimal by core.rate at path "rate", and bad decimals with the exact reason', () => {
    const e = refusal(() => formatPercent('x'));
    expect([e.ruleId, e.path, e.value, e.issues[0]?.message]).toEqual([
      'core.rate',
      'rate',
      'x',
      NOT_A_DECIMAL,
    ]);
    const d = refusal(() => formatPercent('0.5', 2.5));
    expect([d.ruleId, d.path, d.value]).toEqual(['core.rate', 'decimals', 2.5]);
    expect(d.issues[0]?.message).toBe('must be a whole number of decimals from 0 to 20');
  });

  it('without decimals, the smallest and largest accepted magnitudes are written out in full: 1e-20 → 0.000…01%', () => {
    expect(formatPercent('1e-20')).toBe(`0.${'0'.repeat(17)}1%`);
    expect(formatPercent('-1e-20')).toBe(`-0.${'0'.repeat(17)}1%`);
    expect(formatPercent('-0')).toBe('0%');
  });

  it('property: without decimals, the text is 100 × the value exactly (its own plain string)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        (e, m) => {
          const value = `${m.toString()}e${e}`;
          const d = new Dec(value);
          if (!d.isZero() && (d.e > 20 || d.e < -20)) return;
          expect(formatPercent(value)).toBe(`${d.times(100).toString()}%`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
