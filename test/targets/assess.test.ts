/**
 * assessTarget / assessTargets: an observation against a target on a date, with the clause and the limit
 * word applied (以上/以下/不少于 include; 超过/低于/高于 exclude).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { assessTarget, assessTargets, TARGETS } from '../../src/targets/index.js';
import { refusal } from '../support/errors.js';

const status = (id: string, observed: Parameters<typeof assessTarget>[1], asOf: string, options?: object) =>
  assessTarget(id, observed, asOf, options).assessment.status;

describe('met or not met, with the plan’s limit word', () => {
  it.each([
    ['99.4% 以上 includes 99.4%: 0.994 is met', 'gridReliability', '0.994', 'met'],
    ['99.4% 以上: 0.9939 is not met', 'gridReliability', '0.9939', 'notMet'],
    ['98% 以上 includes 98%', 'voltageQualifiedRate', '0.98', 'met'],
    ['95% 以上 includes 95%', 'broadbandLogisticsCoverage', 0.95, 'met'],
    ['超过70% excludes 70%: 0.7 is not met', 'concentratedResettlementShare', '0.7', 'notMet'],
    ['超过70%: 0.7001 is met', 'concentratedResettlementShare', '0.7001', 'met'],
    ['1000 个以上 includes 1000', 'villageEcommercePoints', 1000, 'met'],
    ['不少于 60 种 includes 60', 'libraryTitlesPerYear', 60, 'met'],
    ['不少于 60 种: 59 is not met', 'libraryTitlesPerYear', 59, 'notMet'],
    ['≥5 万元 (不低于) includes 5', 'villageCollectiveIncome', 5, 'met'],
    ['翻一番以上 includes exactly double (2 × 2010)', 'incomeDoubling', '2', 'met'],
    ['a bare 137 bridges, read 以上: 137 is met', 'dangerousBridges', 137, 'met'],
    ['a bare 1771 km, read 以上: 1770.9 is not met', 'roadSafetyWorksKm', '1770.9', 'notMet'],
  ] as const)('%s', (_name, id, observed, expected) => {
    expect(status(id, observed, '2021-01-01')).toBe(expected);
  });

  it('the year’s target: 663 villages in 2017, 511 in 2018, 315 in 2019 (520 in 2018 is met, 500 is not)', () => {
    expect(status('poorVillageExits', { value: 520, year: 2018 }, '2019-01-01')).toBe('met');
    expect(status('poorVillageExits', { value: 500, year: 2018 }, '2019-01-01')).toBe('notMet');
    const r = assessTarget('poorVillageExits', { value: 663, year: 2017 }, '2018-01-31');
    expect(r.assessment).toMatchObject({
      year: 2017,
      due: '2017-12-31',
      bound: '以上',
      target: '663',
      observed: '663',
    });
    expect(r.assessment.clause.quote).toContain('1489 663 511 315');
  });

  it('without a year, the latest figure due by the date: on 2019-01-01 the 2018 target (4 counties)', () => {
    const a = assessTarget('poorCountyExits', 4, '2019-01-01').assessment;
    expect([a.year, a.status]).toEqual([2018, 'met']);
  });

  it('高于全国平均水平 compares with the reference the caller gives; equal is not higher', () => {
    expect(status('incomeGrowth', { value: '0.1', reference: '0.09' }, '2020-01-01')).toBe('met');
    expect(status('incomeGrowth', { value: '0.09', reference: '0.09' }, '2020-01-01')).toBe('notMet');
    expect(status('incomeGrowthAboveNational', { value: '0.08', reference: '0.09' }, '2021-01-01')).toBe(
      'notMet',
    );
  });
});

describe('not yet due, not assessable', () => {
  it('a figure due later than the date is not yet due (99.4% due 2019-12-31; asked on 2019-12-30)', () => {
    expect(status('gridReliability', '0.5', '2019-12-30')).toBe('notYetDue');
    expect(status('gridReliability', '0.5', '2019-12-31')).toBe('notMet');
  });

  it('an undated target is due at the plan’s end, 2020-12-31 (targets.undatedDeadline)', () => {
    expect(assessTarget('tourismVillages', 359, '2020-12-30').assessment).toMatchObject({
      status: 'notYetDue',
      due: '2020-12-31',
    });
    expect(status('tourismVillages', 359, '2020-12-31')).toBe('met');
  });

  it.each([
    ['实现全面脱贫', 'poorPeopleExits', { value: null, year: 2020 }],
    ['全部解决', 'relocatedPoorPeople', null],
    ['基本解决', 'illnessPovertyHouseholds', 0],
    ['到 2017 年底，力争全部解决…安全饮水', 'safeDrinkingWater', null],
  ] as const)('words are not assessable: %s', (_w, id, observed) => {
    expect(status(id, observed, '2021-01-01')).toBe('notAssessable');
  });

  it('左右 is not assessable by default; under asFloor 30 名左右 is met by 30 (targets.approximateFigures)', () => {
    expect(status('supportTeachersPerYear', 30, '2021-01-01')).toBe('notAssessable');
    expect(status('inCountyTreatmentRate', '0.95', '2021-01-01')).toBe('notAssessable');
    const floor = { readings: { approximateFigures: 'asFloor' } };
    expect(status('supportTeachersPerYear', 30, '2021-01-01', floor)).toBe('met');
    expect(status('supportTeachersPerYear', 29, '2021-01-01', floor)).toBe('notMet');
  });

  it('context figures (the 12th plan’s 5.8%, the scope’s 70.1万) are not assessable', () => {
    expect(assessTarget('twelfthPlanIncidence', '0.05', '2016-01-01').assessment).toMatchObject({
      kind: 'context',
      status: 'notAssessable',
      year: null,
    });
  });
});

describe('readings', () => {
  it('bareFigureDirection exact: 664 villages in 2017 is not met (only 663 is)', () => {
    const exact = { readings: { bareFigureDirection: 'exact' } };
    expect(status('poorVillageExits', { value: 664, year: 2017 }, '2018-01-01', exact)).toBe('notMet');
    expect(status('poorVillageExits', { value: 663, year: 2017 }, '2018-01-01', exact)).toBe('met');
    expect(status('poorVillageExits', { value: 664, year: 2017 }, '2018-01-01')).toBe('met');
  });

  it('table1Columns planEnd: 表1’s lone 82% is due at the end of 2020, not 2017', () => {
    expect(assessTarget('waterSupplyRate', '0.8', '2018-01-01').assessment).toMatchObject({
      year: 2017,
      status: 'notMet',
    });
    const late = assessTarget('waterSupplyRate', '0.8', '2018-01-01', {
      readings: { table1Columns: 'planEnd' },
    });
    expect(late.assessment).toMatchObject({ year: 2020, due: '2020-12-31', status: 'notYetDue' });
  });
});

describe('a reform changes results and trace together', () => {
  it('gridReliability 99.4% → 99%: 0.99 is then met, and the trace says 99%', () => {
    const plan = assessTarget('gridReliability', '0.99', '2020-01-01');
    const reform = assessTarget('gridReliability', '0.99', '2020-01-01', {
      overrides: { 'targets.gridReliability2019': '0.99' },
    });
    expect([plan.assessment.status, reform.assessment.status]).toEqual(['notMet', 'met']);
    expect(plan.trace[0]?.text.en).toContain('at least 99.4%');
    expect(reform.trace[0]?.text.en).toContain('at least 99%');
    expect(reform.trace[0]?.text.en).not.toContain('99.4');
    expect(reform.params.find((p) => p.id === 'targets.gridReliability2019')?.source).toBe('override');
  });

  it('every numeric target’s parameter can be overridden to 0, and then a 0 observation meets its floor', () => {
    for (const t of TARGETS) {
      const f = t.figures.find((x) => x.kind === 'numeric' && x.param !== null);
      if (f === undefined || f.bound === '超过' || f.bound === '高于') continue;
      const r = assessTarget(t.id, { value: 0, year: f.year }, '2021-01-01', {
        overrides: { [f.param ?? '']: '0' },
      });
      expect(r.assessment.status, t.id).toBe('met');
      expect(r.trace[0]?.text.zh, t.id).toContain('改革值');
    }
  });
});

describe('a whole report', () => {
  it('two observations on 2020-01-01: 4 counties in 2018 met, 99% reliability not met', () => {
    const r = assessTargets(
      [
        { target: 'poorCountyExits', value: 4, year: 2018 },
        { target: 'gridReliability', value: '0.99' },
      ],
      '2020-01-01',
    );
    expect(r.counts).toEqual({ met: 1, notMet: 1, notYetDue: 0, notAssessable: 0 });
    expect(r.trace).toHaveLength(2);
    expect(r.ruleId).toBe('targets.assess');
  });
});

describe('properties', () => {
  const ids = TARGETS.map((t) => t.id);
  const dates = fc
    .date({ min: new Date(Date.UTC(2014, 0, 1)), max: new Date(Date.UTC(2023, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('assessing any target at any date is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.integer({ min: 0, max: 2_000_000 }), dates, (id, n, asOf) => {
        const observed = deepFreeze({ value: String(n / 1000), reference: '0.05' });
        const once = JSON.stringify(assessTarget(id, observed, asOf));
        expect(JSON.stringify(assessTarget(id, observed, asOf))).toBe(once);
      }),
    );
  });

  it('a target is never due before it is due: every status before its date is notYetDue or notAssessable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), dates, (id, asOf) => {
        const a = assessTarget(id, { value: '1', reference: '0' }, asOf).assessment;
        if (a.due !== null && asOf < a.due) expect(['notYetDue', 'notAssessable']).toContain(a.status);
      }),
    );
  });
});

describe('bad input is a PolicyInputError', () => {
  it('an unknown id suggests the nearest ids', () => {
    const e = refusal(() => assessTarget('poorVilageExits', 1, '2020-01-01'));
    expect([e.ruleId, e.path, e.suggestions[0]]).toEqual(['targets.assess', 'id', 'poorVillageExits']);
  });

  it.each([
    [
      'a year the target has not',
      () => assessTarget('poorVillageExits', { value: 1, year: 2016 }, '2020-01-01'),
      'observed.year',
    ],
    [
      'a relative target without its reference',
      () => assessTarget('incomeGrowth', 0.1, '2020-01-01'),
      'observed.reference',
    ],
    [
      'no number for a numeric target',
      () => assessTarget('gridReliability', null, '2020-01-01'),
      'observed.value',
    ],
    ['a negative number', () => assessTarget('gridReliability', '-1', '2020-01-01'), 'observed.value'],
    ['not a number', () => assessTarget('gridReliability', 'abc', '2020-01-01'), 'observed'],
    ['a date that is not a date', () => assessTarget('gridReliability', 1, '2019-02-30'), 'asOf'],
    ['an empty report', () => assessTargets([], '2020-01-01'), 'observations'],
    [
      'an unknown id in a report',
      () => assessTargets([{ target: 'x', value: 1 }], '2020-01-01'),
      'observations[0].target',
    ],
    [
      'an unknown reading',
      () => assessTarget('gridReliability', 1, '2020-01-01', { readings: { table1Columns: 'x' } }),
      'options.readings.table1Columns',
    ],
  ] as const)('%s → path %s', (_name, fn, path) => {
    expect(refusal(fn).path).toBe(path);
  });
});
