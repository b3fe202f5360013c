import { describe, expect, it } from 'vitest';
import { assessRelocationCandidacy, RELOCATION_CONDITIONS } from '../../src/housing/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const RULE = 'housing.relocationCandidacy';
const LISTED = [
  'poorLivingOrFragileEcology',
  'farFromTownsAndTrunkRoads',
  'smallHighIncidenceHighCostVillage',
  'frequentNaturalDisasters',
] as const;

describe('housing.relocationCandidacy: 精准识别搬迁对象 (chapter 4, section 1)', () => {
  it.each(LISTED)('a registered poor person where “%s” holds is a candidate', (condition) => {
    const r = assessRelocationCandidacy(
      deepFreeze({ registeredPoor: true, conditions: { [condition]: true } }),
    );
    expect(r.candidate).toBe(true);
    expect(r.conditionsMet).toEqual([condition]);
    expect(r.voluntary).toBe(true);
  });

  it.each(LISTED)(
    'a person who is not registered is never a candidate, even where “%s” holds',
    (condition) => {
      expect(
        assessRelocationCandidacy({ registeredPoor: false, conditions: { [condition]: true } }).candidate,
      ).toBe(false);
    },
  );

  it('a registered poor person where no listed condition holds is not a candidate', () => {
    const r = assessRelocationCandidacy({ registeredPoor: true, conditions: {} });
    expect(r.candidate).toBe(false);
    expect(r.conditionsMet).toEqual([]);
  });

  it('conditions are reported in the plan’s order and cited', () => {
    const r = assessRelocationCandidacy({
      registeredPoor: true,
      conditions: {
        frequentNaturalDisasters: true,
        poorLivingOrFragileEcology: true,
        farFromTownsAndTrunkRoads: false,
      },
    });
    expect(r.conditionsMet).toEqual(['poorLivingOrFragileEcology', 'frequentNaturalDisasters']);
    const quotes = r.citations.map((c) => c.quote);
    expect(quotes).toContain('以建档立卡信息系统识别认定结果为依据，合理确定搬迁对象');
    expect(quotes).toContain('居住在生存环境差、生态环境脆弱、不具备基本生产生活条件');
    expect(quotes).toContain('政府主导、农户自愿');
  });

  it('a local finding counts only under listedOrLocalFinding (等 leaves the list open)', () => {
    const input = deepFreeze({ registeredPoor: true, conditions: { otherLocalFinding: true } });
    expect(assessRelocationCandidacy(input).candidate).toBe(false);
    const open = assessRelocationCandidacy(input, {
      readings: { candidacyConditions: 'listedOrLocalFinding' },
    });
    expect(open.candidate).toBe(true);
    expect(open.conditionsMet).toEqual(['otherLocalFinding']);
  });

  it('RELOCATION_CONDITIONS lists the four conditions of the plan, each with its verbatim words in the quote', () => {
    const listed = RELOCATION_CONDITIONS.filter((c) => c.listed);
    expect(listed.map((c) => c.id)).toEqual([...LISTED]);
    for (const c of listed) expect(c.citation.quote).toContain(c.zh);
    expect(Object.isFrozen(RELOCATION_CONDITIONS)).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      { input: { registeredPoor: 'yes', conditions: {} }, path: 'registeredPoor' },
      {
        input: { registeredPoor: true, conditions: { frequentNaturalDisasters: 1 } },
        path: 'conditions.frequentNaturalDisasters',
      },
      { input: { registeredPoor: true }, path: 'conditions' },
    ])('assessRelocationCandidacy($input) → path $path', ({ input, path }) => {
      expectPolicyError(() => assessRelocationCandidacy(deepFreeze(input) as never), RULE, path);
    });

    it('an unknown condition is refused, naming it', () => {
      const e = expectPolicyError(
        () => assessRelocationCandidacy({ registeredPoor: true, conditions: { floods: true } } as never),
        RULE,
        'conditions.floods',
      );
      expect(e.message).toContain('floods');
    });
  });
});
