/**
 * Reforms: each exit parameter and the plan's end date changed through `options.overrides`; results and trace
 * texts follow (no stale literal).
 */
import { describe, expect, it } from 'vitest';
import { compareReform } from '../../src/core/reform.js';
import {
  assessTarget,
  checkCountyExit,
  checkPolicyRetention,
  checkVillageExit,
} from '../../src/targets/index.js';

describe('the exit thresholds', () => {
  it.each([
    ['village, outside 延边州', 'targets.villageExitIncidence', '通榆县', 'village'],
    ['village, 延边州', 'targets.villageExitIncidenceYanbian', '汪清县', 'village'],
    ['county, outside 延边州', 'targets.countyExitIncidence', '通榆县', 'county'],
    ['county, 延边州', 'targets.countyExitIncidenceYanbian', '汪清县', 'county'],
  ] as const)('%s: 5% instead (45 of 1,000 then passes; the trace says 5%)', (_n, id, place, kind) => {
    const run = (options: object | undefined) =>
      kind === 'village'
        ? checkVillageExit({ place, registeredPoor: 45, ruralPopulation: 1000, date: '2018-06-30' }, options)
        : checkCountyExit(
            { county: place, registeredPoor: 45, ruralPopulation: 1000, date: '2018-06-30' },
            options,
          );
    const c = compareReform(run, { name: '5%', overrides: { [id]: '0.05' } });
    expect([c.plan.incidenceMet, c.reform.incidenceMet]).toEqual([false, true]);
    expect(c.reform.threshold).toBe('0.05');
    expect(c.reform.trace[0]?.text.zh).toContain('以下 5%');
    expect(c.reform.trace[0]?.text.en).toContain('at most 5%');
    expect(c.plan.trace[0]?.text.en).not.toContain('5%');
  });

  it('an override of the other place’s threshold changes nothing here (汪清县 reads the 延边州 one)', () => {
    const plain = checkVillageExit({
      place: '汪清县',
      registeredPoor: 25,
      ruralPopulation: 1000,
      date: '2018-06-30',
    });
    const other = checkVillageExit(
      { place: '汪清县', registeredPoor: 25, ruralPopulation: 1000, date: '2018-06-30' },
      { overrides: { 'targets.villageExitIncidence': '0.01' } },
    );
    expect(other.incidenceMet).toBe(plain.incidenceMet);
  });
});

describe('the plan’s end date (targets.planEndDate)', () => {
  it('an undated target moves with it: due 2021-06-30 instead of 2020-12-31', () => {
    const r = assessTarget('tourismVillages', 359, '2020-12-31', {
      overrides: { 'targets.planEndDate': '2021-06-30' },
    });
    expect(r.assessment).toMatchObject({ status: 'notYetDue', due: '2021-06-30' });
    expect(r.trace[0]?.text.en).toContain('due 2021-06-30');
  });

  it('under untilPlanEnd, policies are kept to the new end', () => {
    const r = checkPolicyRetention(
      { unit: 'county', exitDate: '2019-06-30', date: '2021-03-01' },
      {},
      {
        readings: { policyRetentionPeriod: 'untilPlanEnd' },
        overrides: { 'targets.planEndDate': '2021-12-31' },
      },
    );
    expect([r.retained, r.retainedUntil]).toEqual([true, '2021-12-31']);
    expect(r.trace[0]?.text.zh).toContain('2021-12-31');
  });
});
