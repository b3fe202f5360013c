/**
 * Housing edges: the relocation programme under reforms that zero a denominator or a numerator, numbers as
 * the texts write them (negative, fractional), and the candidacy text under listedOrLocalFinding.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { assessRelocationCandidacy, relocationProgrammeReport } from '../../src/housing/index.js';
import { num, num2, timesWords } from '../../src/housing/programmeValues.js';

interface Derived {
  id: string;
  exact: { toString(): string };
  terminates: boolean;
}
const derived = (overrides?: Record<string, string>): Map<string, Derived> => {
  const r = relocationProgrammeReport(overrides === undefined ? undefined : { overrides });
  return new Map(Object.values(r.derived as unknown as Record<string, Derived>).map((d) => [d.id, d]));
};

describe('relocationProgrammeReport derived figures under reforms', () => {
  it('as printed: 6.4 亿 / 1260 sites = 507,936.50… does not terminate', () => {
    const d = derived().get('housingInvestmentPerSite');
    expect(d?.terminates).toBe(false);
    expect(d?.exact.toString().startsWith('507936.507936')).toBe(true);
  });

  it('0 concentrated sites: a per-site figure is 0, not Infinity, and does not "terminate"', () => {
    const d = derived({ 'housing.concentratedSites': '0' }).get('housingInvestmentPerSite');
    expect(d?.exact.toString()).toBe('0');
    expect(d?.terminates).toBe(false);
  });

  it('0 housing investment: 0 ÷ 1260 = 0 exactly, a terminating quotient', () => {
    const d = derived({ 'housing.housingInvestment': '0' }).get('housingInvestmentPerSite');
    expect(d?.exact.toString()).toBe('0');
    expect(d?.terminates).toBe(true);
  });
});

describe('numbers as the housing texts write them', () => {
  it.each([
    ['128000000', '128,000,000'],
    ['-1234567.5', '-1,234,567.5'],
    ['999', '999'],
    ['-12', '-12'],
  ])('num(%s) = %s', (value, written) => {
    expect(num(new Dec(value))).toBe(written);
  });

  it('num2 rounds half up to 2 places and groups: 10463.505 → 10,463.51; -1000.004 → -1,000.00', () => {
    expect(num2(new Dec('10463.505'))).toBe('10,463.51');
    expect(num2(new Dec('-1000.004'))).toBe('-1,000.00');
  });

  it.each([
    ['2.5', 'more than twice', '两倍以上'],
    ['2', 'more than', '超过'],
    ['1.01', 'more than', '超过'],
    ['1', 'not more than', '不超过'],
    ['0.5', 'not more than', '不超过'],
  ])('timesWords(%s) = %s / %s', (ratio, en, zh) => {
    expect(timesWords(new Dec(ratio))).toEqual({ en, zh });
  });
});

describe('assessRelocationCandidacy, reading listedOrLocalFinding, no condition met', () => {
  it('registered poor with no condition and no local finding: not a candidate, the local-finding text', () => {
    const r = assessRelocationCandidacy(
      { registeredPoor: true, conditions: {} },
      { readings: { candidacyConditions: 'listedOrLocalFinding' } },
    );
    expect(r.readings).toEqual({ candidacyConditions: 'listedOrLocalFinding' });
    expect(r.trace.at(-1)?.text.zh).toBe(
      '建档立卡贫困人口，但所列条件及地方认定均不表明当地“一方水土养不起一方人”。',
    );
    expect(r.trace.at(-1)?.text.en).toBe(
      'Registered poor, but neither a listed condition nor a local finding says the place cannot support its people.',
    );
  });
});
