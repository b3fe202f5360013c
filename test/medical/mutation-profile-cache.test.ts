/**
 * Mutation-testing pins (issue 15): how parseSchemeProfile remembers the profiles it validated — by object for
 * a deeply frozen one, by content (the last 64) for plain data, never for anything else — seen by whether the
 * same parsed object comes back and whether a later change is caught.
 */
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { parseSchemeProfile, type MedicalSchemeProfileInput } from '../../src/medical/index.js';
import { copy, PROFILE } from './support.js';

/**
 * Brings the memory of contents to a known state without reloading the module (a reload would run every
 * module-level definition inside a test): parses a probe, then new contents until the probe is forgotten (the
 * memory was cleared), and parses the probe again. Returns its parsed object: the memory then holds 2 contents.
 */
function clearedMemory(tag: string): MedicalSchemeProfileInput {
  const probe = named(`probe ${tag}`);
  const first = parseSchemeProfile(copy(probe));
  for (let i = 0; i < 70 && parseSchemeProfile(copy(probe)) === first; i++) {
    parseSchemeProfile(named(`filler ${tag} ${String(i)}`));
  }
  return probe;
}

const named = (name: string): MedicalSchemeProfileInput => ({ ...copy(PROFILE), name });

describe('plain data is remembered by content, the last 64', () => {
  it('the same figures in two new objects: one validation, the same parsed object', () => {
    const parse = parseSchemeProfile;
    expect(parse(copy(PROFILE))).toBe(parse(copy(PROFILE)));
  });

  it('changed figures are validated again: a new object, and a bad figure is refused', () => {
    const parse = parseSchemeProfile;
    const first = parse(copy(PROFILE));
    expect(parse(named('another scheme'))).not.toBe(first);
    const bad = copy(PROFILE);
    bad.countyFund.targetInCountyRatio = '0.95';
    expect(() => parse(bad)).toThrow(
      expect.objectContaining({ path: 'profile.countyFund.targetInCountyRatio' }),
    );
  });

  it('64 contents are kept; the 65th clears the memory (a profile parsed first is then parsed anew)', () => {
    const parse = parseSchemeProfile;
    const probe = clearedMemory('64');
    const first = parse(copy(probe)); // remembered: 2 contents
    for (let i = 0; i < 62; i++) parse(named(`scheme ${String(i)}`)); // 64 contents
    expect(parse(copy(probe))).toBe(first);
    parse(named('scheme 62')); // the 65th: the memory is cleared first
    expect(parse(copy(probe))).not.toBe(first);
  });

  it('a field given as undefined is not plain JSON: validated each time, never a TypeError', () => {
    const parse = parseSchemeProfile;
    const withUndefined = (): MedicalSchemeProfileInput => {
      const p = copy(PROFILE);
      p.basicInsurance.inpatient.byLevel = undefined;
      return p;
    };
    const a = parse(withUndefined());
    expect(parse(withUndefined())).not.toBe(a);
    expect(a.basicInsurance.inpatient.byLevel).toBeUndefined();
  });

  it('a Money inside is not plain JSON: validated each time (a new parsed object)', () => {
    const parse = parseSchemeProfile;
    const withMoney = (): MedicalSchemeProfileInput => {
      const p = copy(PROFILE);
      (p.thirdLayer as { annualCap: unknown }).annualCap = Money.of('10000');
      return p;
    };
    const a = parse(withMoney());
    expect(parse(withMoney())).not.toBe(a);
    expect(a.thirdLayer.annualCap.toString()).toBe('10000.00');
  });

  it('NaN where a cached profile has null is not mistaken for it: refused', () => {
    const parse = parseSchemeProfile;
    parse(copy(PROFILE)); // remembered, with bands[2].upTo = null
    const p = copy(PROFILE);
    (p.criticalIllness.bands[2] as { upTo: unknown }).upTo = Number.NaN;
    expect(() => parse(p)).toThrow(
      expect.objectContaining({ path: 'profile.criticalIllness.bands[2].upTo' }),
    );
  });

  it('an array key is not an object key: bands as an object with keys 0, 1, 2 is refused after the array was cached', () => {
    const parse = parseSchemeProfile;
    parse(copy(PROFILE));
    const p = copy(PROFILE) as unknown as { criticalIllness: { bands: unknown } };
    p.criticalIllness.bands = { ...(p.criticalIllness.bands as object) };
    expect(() => parse(p as unknown as MedicalSchemeProfileInput)).toThrow(
      expect.objectContaining({ path: 'profile.criticalIllness.bands' }),
    );
  });

  it('an object with a prototype other than Object (a class instance) is validated each time', () => {
    const parse = parseSchemeProfile;
    class Holder {
      constructor(readonly targetInCountyRatio: string) {}
    }
    const make = (): MedicalSchemeProfileInput => {
      const p = copy(PROFILE);
      (p as { countyFund: unknown }).countyFund = new Holder('0.85');
      return p;
    };
    const a = parse(make());
    expect(parse(make())).not.toBe(a);
  });

  it('an object without a prototype is plain data: remembered by content', () => {
    const parse = parseSchemeProfile;
    const make = (): MedicalSchemeProfileInput => {
      const p = copy(PROFILE);
      (p as { countyFund: unknown }).countyFund = Object.assign(Object.create(null) as object, {
        targetInCountyRatio: '0.85',
      });
      return p;
    };
    expect(parse(make())).toBe(parse(make()));
  });
});

describe('a deeply frozen profile is remembered by object; a shallow-frozen one is not', () => {
  it('frozen at every level: the same object twice (even after a fresh content memory)', () => {
    const parse = parseSchemeProfile;
    const p = copy(PROFILE);
    const frozen = deepFreezeAll(p);
    expect(parse(frozen)).toBe(parse(frozen));
  });

  it('frozen on top only: an inner change is caught', () => {
    const parse = parseSchemeProfile;
    const p = Object.freeze(copy(PROFILE));
    parse(p);
    p.countyFund.targetInCountyRatio = '0.5';
    expect(() => parse(p)).toThrow(
      expect.objectContaining({ path: 'profile.countyFund.targetInCountyRatio' }),
    );
  });

  it('frozen except one band: a change to it is caught', () => {
    const parse = parseSchemeProfile;
    const p = copy(PROFILE);
    const band = p.criticalIllness.bands[2];
    deepFreezeAll(p, band);
    parse(p);
    if (band !== undefined) band.rate = '1.5';
    expect(() => parse(p)).toThrow(
      expect.objectContaining({ path: 'profile.criticalIllness.bands[2].rate' }),
    );
  });
});

describe('what counts toward the 64', () => {
  it('amounts written as numbers are plain data too: remembered by content', () => {
    const parse = parseSchemeProfile;
    const numeric = (): MedicalSchemeProfileInput => {
      const p = copy(PROFILE);
      p.thirdLayer.annualCap = 10000;
      return p;
    };
    expect(parse(numeric())).toBe(parse(numeric()));
  });

  it('a frozen profile takes no place among the 64 contents', () => {
    const parse = parseSchemeProfile;
    const probe = clearedMemory('frozen');
    const first = parse(copy(probe)); // 2 contents
    parse(deepFreezeAll(named('frozen')));
    for (let i = 0; i < 62; i++) parse(named(`more ${String(i)}`)); // 64 contents, none taken by the frozen one
    expect(parse(copy(probe))).toBe(first);
  });
});

describe('cycles and shared parts', () => {
  it('a profile with a cycle under an unknown key is refused by name, not by a stack overflow', () => {
    const parse = parseSchemeProfile;
    const p = copy(PROFILE) as MedicalSchemeProfileInput & { loop?: unknown };
    p.loop = p;
    expect(() => parse(p)).toThrow(expect.objectContaining({ path: 'profile.loop' }));
  });

  it('the same, deeply frozen: refused by name, not by a stack overflow', () => {
    const parse = parseSchemeProfile;
    const p = copy(PROFILE) as MedicalSchemeProfileInput & { loop?: unknown };
    p.loop = p;
    deepFreezeAll(p);
    expect(() => parse(p)).toThrow(expect.objectContaining({ path: 'profile.loop' }));
  });

  it('a deeply frozen profile sharing one tier object at two levels is remembered by object (not only by content)', () => {
    const parse = parseSchemeProfile;
    const p = copy(PROFILE);
    const tier = { deductible: '300', rate: '0.65' };
    p.basicInsurance.inpatient.byLevel = { county: tier, municipal: tier };
    deepFreezeAll(p);
    const first = parse(p);
    for (let i = 0; i < 65; i++) parse(named(`shared ${String(i)}`)); // clears the memory of contents
    expect(parse(p)).toBe(first);
  });
});

/** Freezes every object in `value` but `except`. */
function deepFreezeAll<T>(value: T, except?: unknown): T {
  if (value !== null && typeof value === 'object' && value !== except && !Object.isFrozen(value)) {
    Object.freeze(value); // first, so a cycle stops here
    for (const v of Object.values(value)) deepFreezeAll(v, except);
  }
  return value;
}
