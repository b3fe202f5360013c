/**
 * Exit: poverty incidence (registered poor ÷ rural population, exact); village and county exit at 2% 以下
 * (3% 以下 in 延边州, decided through the region registry) with the plan's conditions as a checklist; household
 * exit (income 超过 the national line, which the caller supplies) with 两不愁、三保障; 摘帽不摘政策.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { isPlaceWithin, REGIONS } from '../../src/regions/index.js';
import {
  checkCountyExit,
  checkHouseholdExit,
  checkPolicyRetention,
  checkVillageExit,
  COUNTY_EXIT_CONDITIONS,
  povertyIncidence,
  VILLAGE_EXIT_CONDITIONS,
} from '../../src/targets/index.js';
import { refusal } from '../support/errors.js';

const village = (place: string, registeredPoor: number, ruralPopulation = 1000, conditions?: object) =>
  checkVillageExit({
    place,
    registeredPoor,
    ruralPopulation,
    date: '2018-10-01',
    ...(conditions ? { conditions } : {}),
  });
const allYes = (ids: readonly { id: string }[]) => Object.fromEntries(ids.map((c) => [c.id, true]));

describe('poverty incidence', () => {
  it.each([
    [20, 1000, 1, 50, '2.00'],
    [1, 3, 1, 3, '33.33'],
    [0, 7, 0, 1, '0.00'],
    [450, 450, 1, 1, '100.00'],
  ])('%i ÷ %i = %i/%i (%s%%)', (poor, people, num, den, percent) => {
    const r = povertyIncidence({ registeredPoor: poor, ruralPopulation: people });
    expect([r.numerator, r.denominator, r.percent]).toEqual([num, den, percent]);
    expect(r.trace[0]?.text.zh).toContain(`${String(poor)} ÷ ${String(people)}`);
  });

  it('is in [0, 1] and monotone in the poor count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (people, k) => {
          const poor = k % (people + 1);
          const r = povertyIncidence({ registeredPoor: poor, ruralPopulation: people });
          expect(r.incidence.gte(0) && r.incidence.lte(1)).toBe(true);
          expect(r.numerator * people).toBe(poor * r.denominator);
          if (poor < people) {
            const more = povertyIncidence({ registeredPoor: poor + 1, ruralPopulation: people });
            expect(more.incidence.gt(r.incidence)).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses more poor people than people, and non-whole counts', () => {
    expect(refusal(() => povertyIncidence({ registeredPoor: 11, ruralPopulation: 10 })).path).toBe(
      'registeredPoor',
    );
    expect(refusal(() => povertyIncidence({ registeredPoor: 1, ruralPopulation: 0 })).path).toBe(
      'ruralPopulation',
    );
    expect(refusal(() => povertyIncidence({ registeredPoor: 1.5, ruralPopulation: 10 })).path).toBe(
      'registeredPoor',
    );
  });
});

describe('village and county exit', () => {
  it('exactly 2% qualifies (以下 includes 2%): 20 of 1,000 in 通榆县; 21 does not', () => {
    expect(village('通榆县', 20).incidenceMet).toBe(true);
    expect(village('通榆县', 21).incidenceMet).toBe(false);
    expect(village('通榆县', 20).threshold).toBe('0.02');
  });

  it('at exactly the threshold a place qualifies, one person more it does not (property: 2% elsewhere, 3% in 延边州)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom('通榆县', '汪清县', '延吉市', '长春市（市辖区）'),
        (k, place) => {
          const yanbian = place === '汪清县' || place === '延吉市';
          const people = k * 100;
          const atLimit = (yanbian ? 3 : 2) * k;
          expect(village(place, atLimit, people).incidenceMet).toBe(true);
          expect(village(place, atLimit + 1, people).incidenceMet).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('延边州 places use 3%: 30 of 1,000 in 汪清县 qualifies, 31 does not', () => {
    const r = village('汪清县', 30);
    expect([r.inYanbian, r.threshold, r.incidenceMet]).toEqual([true, '0.03', true]);
    expect(village('汪清县', 31).incidenceMet).toBe(false);
    expect(r.trace[0]?.text.zh).toContain('以下 3%');
  });

  it('every place: 3% in 延边州 (per the region registry), 2% elsewhere in Jilin (property over the registry)', () => {
    const jilin = REGIONS.filter((r) => isPlaceWithin(r.id, 'jilin-province'));
    expect(jilin.filter((r) => r.flags.inYanbian).length).toBeGreaterThan(8);
    for (const region of jilin) {
      const r = checkVillageExit({
        place: region.id,
        registeredPoor: 0,
        ruralPopulation: 1,
        date: '2019-01-01',
      });
      expect(r.threshold, region.name).toBe(region.flags.inYanbian ? '0.03' : '0.02');
    }
  });

  it('the county test: 31 of 1,000 in 和龙市 (延边州) fails 3% 以下; 30 passes; 长春 is not in 延边州 (2%)', () => {
    const county = (c: string, poor: number) =>
      checkCountyExit({ county: c, registeredPoor: poor, ruralPopulation: 1000, date: '2019-10-01' })
        .incidenceMet;
    expect([county('和龙市', 30), county('和龙市', 31), county('镇赉县', 20), county('镇赉县', 21)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('the checklist: unanswered leaves the verdict open (null); a “no” fails; all “yes” with the incidence qualifies', () => {
    expect(village('通榆县', 10).qualifies).toBeNull();
    expect(village('通榆县', 10, 1000, { featureIndustry: false }).qualifies).toBe(false);
    expect(village('通榆县', 10, 1000, allYes(VILLAGE_EXIT_CONDITIONS)).qualifies).toBe(true);
    expect(village('通榆县', 30, 1000, allYes(VILLAGE_EXIT_CONDITIONS)).qualifies).toBe(false);
    const c = checkCountyExit({
      county: '大安市',
      registeredPoor: 1,
      ruralPopulation: 100,
      date: '2019-01-01',
      conditions: allYes(COUNTY_EXIT_CONDITIONS),
    });
    expect([c.conditionsMet, c.qualifies, c.checklist.length]).toEqual([true, true, 7]);
  });

  it('a reform of the thresholds changes the result and the trace (2% → 1%: 20 of 1,000 then fails)', () => {
    const r = checkVillageExit(
      { place: '通榆县', registeredPoor: 20, ruralPopulation: 1000, date: '2018-01-01' },
      { overrides: { 'targets.villageExitIncidence': '0.01' } },
    );
    expect([r.incidenceMet, r.threshold]).toEqual([false, '0.01']);
    expect(r.trace[0]?.text.zh).toContain('以下 1%');
    const y = checkCountyExit(
      { county: '汪清县', registeredPoor: 40, ruralPopulation: 1000, date: '2018-01-01' },
      { overrides: { 'targets.countyExitIncidenceYanbian': '0.04' } },
    );
    expect(y.incidenceMet).toBe(true);
    expect(y.trace[0]?.text.en).toContain('at most 4%');
  });

  it.each([
    ['an unknown place', { place: '长百县' }, 'place'],
    ['a place outside Jilin', { place: '宁海县' }, 'place'],
    ['the province itself', { place: '吉林省' }, 'place'],
    ['more poor than people', { registeredPoor: 2000 }, 'registeredPoor'],
    ['a bad checklist answer', { conditions: { featureIndustry: 'yes' } }, 'conditions.featureIndustry'],
    ['an unknown condition', { conditions: { other: true } }, 'conditions.other'],
  ])('refuses %s', (_n, patch, path) => {
    const input = { place: '通榆县', registeredPoor: 1, ruralPopulation: 1000, date: '2018-01-01', ...patch };
    expect(refusal(() => checkVillageExit(input as never)).path).toBe(path);
  });

  it('a county must be a county-level unit: 延边州 is refused', () => {
    expect(
      refusal(() =>
        checkCountyExit({ county: '延边州', registeredPoor: 1, ruralPopulation: 9, date: '2019-01-01' }),
      ).path,
    ).toBe('county');
  });

  it('never mutates its input', () => {
    const input = deepFreeze({
      place: '汪清县',
      registeredPoor: 3,
      ruralPopulation: 100,
      date: '2018-01-01',
      conditions: { food: true },
    });
    expect(() => checkVillageExit({ ...input, conditions: { selfGovernance: true } })).not.toThrow();
  });
});

describe('household exit', () => {
  const line = { nationalPovertyLine: '3000' }; // a caller's figure for the example, not the plan's
  const yes = {
    incomeStable: true,
    incomeChannels: true,
    food: true,
    clothing: true,
    compulsoryEducation: true,
    basicMedicalCare: true,
    housingSafety: true,
  };

  it('income at the line is not above it (超过 excludes); one fen more is', () => {
    expect(checkHouseholdExit({ perCapitaIncome: '3000', date: '2018-12-01' }, line).incomeMet).toBe(false);
    expect(checkHouseholdExit({ perCapitaIncome: '3000.01', date: '2018-12-01' }, line).incomeMet).toBe(true);
  });

  it('qualifies only with the income and every item of 两不愁、三保障 answered yes', () => {
    expect(
      checkHouseholdExit({ perCapitaIncome: '4000', date: '2018-12-01', conditions: yes }, line).qualifies,
    ).toBe(true);
    expect(
      checkHouseholdExit(
        { perCapitaIncome: '4000', date: '2018-12-01', conditions: { ...yes, housingSafety: false } },
        line,
      ).qualifies,
    ).toBe(false);
    expect(
      checkHouseholdExit(
        { perCapitaIncome: '4000', date: '2018-12-01', conditions: { ...yes, food: null } },
        line,
      ).qualifies,
    ).toBeNull();
    const r = checkHouseholdExit({ perCapitaIncome: '2000', date: '2018-12-01', conditions: yes }, line);
    expect([r.qualifies, r.trace.length]).toEqual([false, 2]);
  });

  it('the national line is the caller’s: no line, a zero line or a non-amount is refused at local', () => {
    expect(
      refusal(() => checkHouseholdExit({ perCapitaIncome: '1', date: '2018-01-01' }, {} as never)).path,
    ).toBe('local.nationalPovertyLine');
    expect(
      refusal(() =>
        checkHouseholdExit({ perCapitaIncome: '1', date: '2018-01-01' }, { nationalPovertyLine: '0' }),
      ).path,
    ).toBe('local.nationalPovertyLine');
    expect(
      refusal(() => checkHouseholdExit({ perCapitaIncome: '1.001', date: '2018-01-01' }, line)).path,
    ).toBe('perCapitaIncome');
  });
});

describe('摘帽不摘政策 (targets.policyRetentionPeriod)', () => {
  it('a local period of 24 months from 2018-12-31 runs to 2020-12-31 (Civil Code)', () => {
    const r = checkPolicyRetention(
      { unit: 'village', exitDate: '2018-12-31', date: '2020-12-31' },
      { retentionMonths: 24 },
    );
    expect([r.retainedUntil, r.status, r.retained]).toEqual(['2020-12-31', 'retained', true]);
    expect(
      checkPolicyRetention(
        { unit: 'village', exitDate: '2018-12-31', date: '2021-01-01' },
        { retentionMonths: 24 },
      ).status,
    ).toBe('ended');
    expect(
      checkPolicyRetention(
        { unit: 'county', exitDate: '2018-12-31', date: '2018-12-30' },
        { retentionMonths: 24 },
      ).status,
    ).toBe('notYetExited');
  });

  it('under untilPlanEnd the policies last to 2020-12-31 whatever the months', () => {
    const r = checkPolicyRetention(
      { unit: 'household', exitDate: '2017-06-30', date: '2020-12-31' },
      {},
      { readings: { policyRetentionPeriod: 'untilPlanEnd' } },
    );
    expect([r.retainedUntil, r.retained]).toEqual(['2020-12-31', true]);
  });

  it('the plan fixes no period: without retentionMonths the default reading refuses', () => {
    expect(
      refusal(() =>
        checkPolicyRetention({ unit: 'household', exitDate: '2017-06-30', date: '2018-01-01' }, {}),
      ).path,
    ).toBe('local.retentionMonths');
  });
});
