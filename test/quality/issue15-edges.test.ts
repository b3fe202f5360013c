/**
 * The untested edges issue 15 names, as worked examples: two claims on the same day, an assessment on the
 * campaign's first day, `eitherCondition` when neither condition holds, and the documented place
 * `吉林省白山市长白县`.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { classifySafetyNet, countableIncome } from '../../src/dibao/index.js';
import { reimburseYear, type ClaimInput } from '../../src/medical/index.js';
import { findRegion } from '../../src/regions/index.js';
import { inpatient, PROFILE } from '../medical/support.js';

describe('reimburseYear: two claims on the same day (equal dates keep their order)', () => {
  // Township, not designated: (26100 − 100) × 85% = 22100 basic, 4000 left to the patient each time.
  const township = (date: string): ClaimInput =>
    inpatient({
      date,
      hospital: { level: 'township', inCounty: true, designated: false },
      totalCost: '26100',
      inCatalogueCost: '26100',
    });

  it('both on 2018-03-05 are accepted; the second meets the deductible: 4000 + 4000 = 8000, (8000 − 6000) × 55% = 1100', () => {
    const year = reimburseYear(deepFreeze([township('2018-03-05'), township('2018-03-05')]), PROFILE);
    expect(year.claims).toHaveLength(2);
    expect(year.claims[0]?.shares.criticalIllnessInsurance.toString()).toBe('0.00');
    expect(year.claims[1]?.shares.criticalIllnessInsurance.toString()).toBe('1100.00');
    expect(year.yearToDate.criticalIllnessBase.toString()).toBe('8000.00');
    expect(year.totals.totalCost.toString()).toBe('52200.00'); // 26100 × 2
  });

  it('the same-day pair gives what the same claims a day apart give (1886.50 + 1116.50 = 3003 out of pocket)', () => {
    const sameDay = reimburseYear([township('2018-03-05'), township('2018-03-05')], PROFILE);
    const apart = reimburseYear([township('2018-03-05'), township('2018-03-06')], PROFILE);
    expect(sameDay.totals.outOfPocket.toString()).toBe('3003.00');
    expect(sameDay.claims.map((c) => c.outOfPocket.toString())).toEqual(
      apart.claims.map((c) => c.outOfPocket.toString()),
    );
  });

  it('a claim a day before the previous one is still refused (out_of_order at claims[1].date)', () => {
    expect(() => reimburseYear([township('2018-03-05'), township('2018-03-04')], PROFILE)).toThrow(
      expect.objectContaining({
        path: 'claims[1].date',
        value: '2018-03-04',
        issues: [expect.objectContaining({ code: 'out_of_order' })],
        message:
          '[medical.fourLayers] claims[1].date = "2018-03-04": must not be before the previous claim (2018-03-05)',
      }),
    );
  });

  it('a claim in the next year is refused, naming the first claim’s year (2018), not its date', () => {
    expect(() => reimburseYear([township('2018-12-31'), township('2019-01-01')], PROFILE)).toThrow(
      expect.objectContaining({
        path: 'claims[1].date',
        issues: [expect.objectContaining({ code: 'different_year' })],
        message:
          '[medical.fourLayers] claims[1].date = "2019-01-01": must be in the same year as the first claim (2018)',
      }),
    );
  });
});

describe('countableIncome: an assessment on the campaign first day, 2016-01-01 (both ends inclusive)', () => {
  const returns = { kind: 'guaranteedProjectReturns', amount: '1200', recipientUnableToWork: true } as const;

  it('2016-01-01 is within 2016-01-01 … 2020-12-31: 1200 exempt, 0 counted', () => {
    const r = countableIncome({ assessmentDate: '2016-01-01', items: [returns] });
    expect(r.withinCampaignPeriod).toBe(true);
    expect(r.exempt.toString()).toBe('1200.00');
    expect(r.counted.toString()).toBe('0.00');
    expect(r.items[0]?.reason).toBe('exemptGuaranteedReturns');
    expect(r.trace[0]?.text.zh).toBe('评估日在脱贫攻坚期内？2016-01-01 ≤ 2016-01-01 ≤ 2020-12-31：是');
  });

  it.each([
    ['through2019', '2016-01-01 ≤ 2016-01-01 ≤ 2019-12-31'],
    ['throughTransition2025', '2016-01-01 ≤ 2016-01-01 ≤ 2025-12-31'],
  ] as const)('reading %s: the first day is within too (%s)', (campaignPeriod, range) => {
    const r = countableIncome(
      { assessmentDate: '2016-01-01', items: [returns] },
      { readings: { campaignPeriod } },
    );
    expect(r.withinCampaignPeriod).toBe(true);
    expect(r.trace[0]?.text.en).toBe(
      `assessment date within the campaign period (脱贫攻坚期内)? ${range}: yes`,
    );
  });

  it('the day before, 2015-12-31, is outside: 1200 counted, reason outsideCampaignPeriod', () => {
    const r = countableIncome({ assessmentDate: '2015-12-31', items: [returns] });
    expect(r.withinCampaignPeriod).toBe(false);
    expect(r.counted.toString()).toBe('1200.00');
    expect(r.items[0]?.reason).toBe('outsideCampaignPeriod');
  });
});

describe('classifySafetyNet, reading eitherCondition: when neither condition holds', () => {
  const either = { readings: { safetyNetCondition: 'eitherCondition' } } as const;

  it('neither 无业可扶 nor 无力脱贫: no safety net even under eitherCondition → development measures', () => {
    const r = classifySafetyNet({ noViableLivelihood: false, unableToExitByOwnEffort: false }, either);
    expect(r.safetyNet).toBe(false);
    expect(r.class).toBe('developmentMeasures');
    expect(r.trace[0]?.text.zh).toBe('无业可扶 / 无力脱贫：否 / 否（具备其一即可）→ 兜底保障：否');
    expect(r.trace[0]?.text.en).toBe(
      'no livelihood to support / unable to exit by own effort: no / no (either suffices) → safety net: no',
    );
    expect(r.trace[2]?.text.zh).toBe('归类：产业、就业等脱贫措施');
  });

  it('neither holds but a sudden cause: case by case under eitherCondition', () => {
    const r = classifySafetyNet(
      { noViableLivelihood: false, unableToExitByOwnEffort: false, suddenCause: true },
      either,
    );
    expect(r.class).toBe('caseByCase');
  });

  it('only 无业可扶 suffices under eitherCondition (the other single condition)', () => {
    const r = classifySafetyNet({ noViableLivelihood: true, unableToExitByOwnEffort: false }, either);
    expect(r.class).toBe('safetyNet');
    expect(r.trace[2]?.text.en).toBe('class: the safety net');
  });
});

describe('findRegion: the documented example 吉林省白山市长白县', () => {
  it.each(['吉林省白山市长白县', '吉林省长白县', '白山市长白县', '长白朝鲜族自治县'])(
    '%s resolves to 长白县 (changbai, 220623)',
    (query) => {
      const r = findRegion(query);
      expect(r.id).toBe('changbai');
      expect(r.name).toBe('长白县');
      expect(r.code).toBe('220623');
    },
  );

  it('吉林省白山市 alone stops at the prefecture 白山市, not the county', () => {
    expect(findRegion('吉林省白山市').id).toBe('baishan');
  });
});
