import { describe, expect, it } from 'vitest';
import { readingIds } from '../../src/core/registry.js';
import { getInterpretation, getRule } from '../../src/rules.js';
import {
  AREA_CAP_BASIS_READINGS,
  BORROWING_SCOPE_READINGS,
  CANDIDACY_CONDITIONS_READINGS,
  CONCENTRATED_SHARE_BASE_READINGS,
  HOUSING_INTERPRETATIONS,
  HOUSING_RULE_IDS,
  HOUSING_RULES,
  RELOCATION_BY_2018_READINGS,
} from '../../src/housing/index.js';

describe('the housing registry', () => {
  it('registers every rule id, in the root registry too', () => {
    expect(HOUSING_RULES.map((r) => r.id)).toEqual(Object.values(HOUSING_RULE_IDS));
    for (const id of Object.values(HOUSING_RULE_IDS)) expect(getRule(id).area).toBe('housing');
  });

  it('every interpretation a rule names exists', () => {
    for (const rule of HOUSING_RULES)
      for (const id of rule.interpretations) expect(getInterpretation(id).id).toBe(id);
  });

  it.each([
    ['housing.areaCapBasis', AREA_CAP_BASIS_READINGS],
    ['housing.borrowingScope', BORROWING_SCOPE_READINGS],
    ['housing.concentratedShareBase', CONCENTRATED_SHARE_BASE_READINGS],
    ['housing.candidacyConditions', CANDIDACY_CONDITIONS_READINGS],
    ['housing.relocationBy2018', RELOCATION_BY_2018_READINGS],
  ] as const)('%s: the readings the functions accept are the recorded ones, chosen first', (id, accepted) => {
    const interpretation = HOUSING_INTERPRETATIONS.find((i) => i.id === id);
    expect(interpretation && readingIds(interpretation)).toEqual([...accepted]);
  });

  it('the area cap rule quotes the clause verbatim', () => {
    expect(getRule('housing.areaCap').citations[0]?.quote).toBe(
      '严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准',
    );
  });

  it('rules and interpretations are frozen', () => {
    expect(Object.isFrozen(HOUSING_RULES)).toBe(true);
    expect(Object.isFrozen(HOUSING_INTERPRETATIONS)).toBe(true);
    for (const r of HOUSING_RULES) expect(Object.isFrozen(r)).toBe(true);
  });
});
