/**
 * housing.areaCap and housing.concentratedShare: results cite their clause; options without readings take the
 * default reading; under allMembers the plan check counts (and says it counts) the people who are not registered
 * (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { areaCapFor, checkHousePlan, checkResettlementMix } from '../../src/housing/index.js';

const AREA_CAP = '严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准';

describe('housing.areaCap: 人均住房建设面积不超过25平方米', () => {
  it('the cap and the plan check cite 严格执行建档立卡搬迁户人均住房建设面积不超过25平方米的标准', () => {
    expect(areaCapFor({ registeredPeople: 2 }).citations.map((c) => c.quote)).toEqual([AREA_CAP]);
    expect(checkHousePlan({ registeredPeople: 2, plannedAreaM2: 50 }).citations.map((c) => c.quote)).toEqual([
      AREA_CAP,
    ]);
  });

  it('options without readings take registeredMembers: 3 registered + 1 not = 3 × 25 = 75 m²', () => {
    const cap = areaCapFor({ registeredPeople: 3, nonRegisteredPeople: 1 }, {});
    expect([cap.readings.areaCapBasis, cap.countedPeople, cap.capM2.toString()]).toEqual([
      'registeredMembers',
      3,
      '75',
    ]);
    const check = checkHousePlan({ registeredPeople: 3, nonRegisteredPeople: 1, plannedAreaM2: 80 }, {});
    expect([check.readings.areaCapBasis, check.compliant, check.excessM2.toString()]).toEqual([
      'registeredMembers',
      false,
      '5',
    ]);
  });

  it('allMembers: 3 registered + 1 not = 4 × 25 = 100 m²; a plan of 80 m² complies with 20 m² to spare, and the sentence says so', () => {
    const r = checkHousePlan(
      { registeredPeople: 3, nonRegisteredPeople: 1, plannedAreaM2: 80 },
      { readings: { areaCapBasis: 'allMembers' } },
    );
    expect([r.countedPeople, r.capM2.toString(), r.compliant, r.headroomM2.toString()]).toEqual([
      4,
      '100',
      true,
      '20',
    ]);
    expect(r.explanation).toBe(
      '80 m² for 4 people (registered or not) is not more than the cap of 4 × 25 m² per person = 100 m²; 20 m² below it.',
    );
  });

  it('allMembers with nobody unregistered counts the registered only: 2 × 25 = 50 m²', () => {
    const r = checkHousePlan(
      { registeredPeople: 2, plannedAreaM2: 50 },
      { readings: { areaCapBasis: 'allMembers' } },
    );
    expect([r.countedPeople, r.nonRegisteredPeople, r.capM2.toString()]).toEqual([2, 0, '50']);
  });

  it('one registered person is “1 registered person”: 30 m² exceeds 1 × 25 = 25 m² by 5 m²', () => {
    expect(checkHousePlan({ registeredPeople: 1, plannedAreaM2: 30 }).explanation).toBe(
      '30 m² for 1 registered person exceeds the cap of 1 × 25 m² per person = 25 m² by 5 m².',
    );
  });
});

describe('housing.concentratedShare: 以集中安置为主，集中安置人口超过70%', () => {
  it('the check cites 集中安置人口超过70% and 以集中安置为主', () => {
    expect(
      checkResettlementMix({ concentratedPeople: 71, totalPeople: 100 }).citations.map((c) => c.quote),
    ).toEqual(['集中安置人口超过70%', '以集中安置为主']);
  });

  it('options without readings count the registered only: 70 of 100 (+ 20 of 20 not registered ignored) is not 超过 70%', () => {
    const r = checkResettlementMix(
      {
        concentratedPeople: 70,
        totalPeople: 100,
        nonRegistered: { concentratedPeople: 20, totalPeople: 20 },
      },
      {},
    );
    expect([r.readings.concentratedShareBase, r.compliant, r.totalPeople]).toEqual([
      'registeredPeople',
      false,
      100,
    ]);
  });
});
