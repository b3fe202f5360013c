import { describe, expect, it, vi } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { reimburse, schemeProfileSchema } from '../../src/medical/index.js';
import { copy, inpatient, PROFILE } from './support.js';

describe('reimburse stops re-validating a profile it has already seen', () => {
  it('an unfrozen copy with the same figures is validated once, a changed one again', () => {
    // zod/mini's safeParse runs the schema's own `_zod.run`: one call per validation of a whole profile.
    const spy = vi.spyOn(schemeProfileSchema._zod, 'run');
    const a = copy(PROFILE);
    const b = copy(PROFILE);
    const first = reimburse(inpatient(), { ...a, name: 'cache test 1' });
    reimburse(inpatient(), { ...b, name: 'cache test 1' });
    expect(spy).toHaveBeenCalledTimes(1);
    const changed = { ...a, name: 'cache test 1', thirdLayer: { ...a.thirdLayer, rate: '0.31' } };
    const second = reimburse(inpatient(), changed);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(second.shares.medicalAssistance.gt(first.shares.medicalAssistance)).toBe(true);
    spy.mockRestore();
  });

  it('a profile that is invalid is refused every time (nothing cached)', () => {
    const bad = { ...copy(PROFILE), name: '' };
    expect(() => reimburse(inpatient(), bad)).toThrow(PolicyInputError);
    expect(() => reimburse(inpatient(), bad)).toThrow(PolicyInputError);
  });
});
