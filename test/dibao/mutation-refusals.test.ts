/**
 * Every refusal of the Dibao area, whole: the rule id, the field path, the value found, the message a person
 * reads and the code (issue 15: the messages and the boundaries of the range checks were not pinned).
 */
import { describe, expect, it } from 'vitest';
import {
  advanceCaseByCase,
  checkGradualExit,
  checkTwoLinesMerge,
  countableIncome,
  defineDibaoStandards,
  dibaoGapSubsidy,
  gradualExitSchedule,
  gradualExitWeights,
  ILLUSTRATIVE_DIBAO_STANDARDS,
  openCaseByCase,
  type CaseByCaseState,
} from '../../src/dibao/index.js';
import { policyError } from './helpers.js';

const household = { members: 3, householdIncome: '9000' };
const exitHousehold = {
  householdType: 'ruralDibao',
  temporarilyExited: true,
  members: 1,
  householdIncome: '1',
} as const;
const schedule = { householdType: 'ruralDibao', startDate: '2019-01-01', baseMonthlySubsidy: '600' } as const;
const report = { action: 'report', actor: 'villageCommittee', date: '2019-03-01' } as const;
const reported = (): CaseByCaseState => advanceCaseByCase(openCaseByCase({ caseId: 'HH-7' }), report);

/** The error's rule id, first issue (path, value, message, code) and suggestions. */
function refusal(fn: () => unknown): unknown {
  const e = policyError(fn);
  return { ruleId: e.ruleId, issue: e.issues[0], count: e.issues.length };
}
const issue = (ruleId: string, path: string, value: unknown, message: string, code: string) => ({
  ruleId,
  issue: value === undefined ? { path, message, code } : { path, value, message, code },
  count: 1,
});

describe('refusals of the local standard (second argument) and the household', () => {
  it.each([
    [
      'a standard in the household and in local',
      () => dibaoGapSubsidy({ ...household, standard: '4000' } as never, { standard: '4000' }),
      issue(
        'dibao.gapSubsidy',
        'standard',
        '4000',
        'give the local standard once, in the second argument (local), not also in the household',
        'conflicting_standard',
      ),
    ],
    [
      'the 0.1 form (standard in the household) with options as third argument',
      () => dibaoGapSubsidy({ ...household, standard: '4000' } as never, { readings: {} } as never, {}),
      issue(
        'dibao.gapSubsidy',
        'local',
        { readings: {} },
        'must be the local standard { standard, standardPeriod } (the household has a standard: the deprecated ' +
          'one-object form takes the options second)',
        'conflicting_standard',
      ),
    ],
    [
      'a null household',
      () => dibaoGapSubsidy(null as never, { standard: '4000' }),
      issue('dibao.gapSubsidy', '', null, 'Invalid input: expected object, received null', 'invalid_type'),
    ],
    [
      'no household',
      () => dibaoGapSubsidy(undefined as never, { standard: '4000' }),
      issue(
        'dibao.gapSubsidy',
        '',
        undefined,
        'Invalid input: expected object, received undefined',
        'invalid_type',
      ),
    ],
    [
      'a household that is a string (not an object with a standard)',
      () => checkGradualExit('standard' as never, { standard: '4000' }),
      issue(
        'dibao.gradualExit',
        '',
        'standard',
        'Invalid input: expected object, received string',
        'invalid_type',
      ),
    ],
    [
      'exempt income 9000.01 above the income 9000',
      () => dibaoGapSubsidy({ ...household, exemptIncome: '9000.01' }, { standard: '4000' }),
      issue(
        'dibao.gapSubsidy',
        'exemptIncome',
        '9000.01',
        'must not exceed householdIncome (the exempt part is part of the income)',
        'custom',
      ),
    ],
    [
      'exempt income above the income in the gradual-exit test',
      () => checkGradualExit({ ...exitHousehold, exemptIncome: '1.01' }, { standard: '4000' }),
      issue(
        'dibao.gradualExit',
        'exemptIncome',
        '1.01',
        'must not exceed householdIncome (the exempt part is part of the income)',
        'custom',
      ),
    ],
  ])('%s', (_name, fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('exempt income equal to the income (9000 of 9000) is accepted: nothing counted, the full gap 12000', () => {
    const r = dibaoGapSubsidy({ ...household, exemptIncome: '9000' }, { standard: '4000' });
    expect(r.countedAnnualIncome.toString()).toBe('0.00');
    expect(r.annual.toString()).toBe('12000.00');
  });

  it('the 0.1 form with a local that is an object without a standard takes it as the options', () => {
    const r = dibaoGapSubsidy(
      { ...household, standard: '4000' } as never,
      {
        readings: { incomeMeasure: 'monthlyBasis' },
      } as never,
    );
    expect(r.readings).toEqual({ incomeMeasure: 'monthlyBasis' });
    expect(r.annual.toString()).toBe('3000.00');
  });
});

describe('refusals of the gradual exit: the months in force are 1 to 1200, both included', () => {
  const check = (overrides: Record<string, number>, type: 'ruralDibao' | 'disabledDibao' = 'ruralDibao') =>
    checkGradualExit({ ...exitHousehold, householdType: type }, { standard: '4000' }, { overrides });

  it.each([
    ['dibao.gradualExitMonthsRural', 0, 'ruralDibao'],
    ['dibao.gradualExitMonthsRural', 1201, 'ruralDibao'],
    ['dibao.gradualExitMonthsDisabled', 0, 'disabledDibao'],
    ['dibao.gradualExitMonthsDisabled', 1201, 'disabledDibao'],
    ['dibao.monthsPerQuarter', 0, 'ruralDibao'],
    ['dibao.monthsPerQuarter', 1201, 'disabledDibao'],
  ] as const)('%s = %s is refused: must be from 1 to 1200 months', (id, value, type) => {
    expect(refusal(() => check({ [id]: value }, type))).toEqual(
      issue(
        'dibao.gradualExit',
        `options.overrides.${id}`,
        value,
        'must be from 1 to 1200 months',
        'out_of_range',
      ),
    );
  });

  it('1 month and 1200 months are accepted: 1 month is 1 quarter, 1200 months of 1200 is 1 quarter', () => {
    const one = check({ 'dibao.gradualExitMonthsRural': 1 });
    expect([one.months, one.quarters]).toEqual([1, 1]);
    const most = check(
      { 'dibao.gradualExitMonthsDisabled': 1200, 'dibao.monthsPerQuarter': 1200 },
      'disabledDibao',
    );
    expect([most.months, most.quarters]).toEqual([1200, 1]);
    const monthly = check({ 'dibao.monthsPerQuarter': 1 });
    expect([monthly.months, monthly.quarters]).toEqual([18, 18]);
  });

  it('the other household type’s months are not checked: a disabled household ignores rural 0', () => {
    expect(check({ 'dibao.gradualExitMonthsRural': 0 }, 'disabledDibao').months).toBe(24);
  });
});

describe('refusals of the gradual-exit schedule and its weights', () => {
  it.each([
    [
      'an unknown reading',
      () => gradualExitWeights('x' as never, 6),
      issue(
        'dibao.gradualExit',
        'reading',
        'x',
        "must be 'linearStepDown' or 'halvingEachQuarter'",
        'unknown_reading',
      ),
    ],
    [
      '0 quarters',
      () => gradualExitWeights('linearStepDown', 0),
      issue('dibao.gradualExit', 'quarterCount', 0, 'must be a whole number from 1 to 1200', 'out_of_range'),
    ],
    [
      '1201 quarters',
      () => gradualExitWeights('halvingEachQuarter', 1201),
      issue(
        'dibao.gradualExit',
        'quarterCount',
        1201,
        'must be a whole number from 1 to 1200',
        'out_of_range',
      ),
    ],
    [
      '2.5 quarters',
      () => gradualExitWeights('linearStepDown', 2.5),
      issue(
        'dibao.gradualExit',
        'quarterCount',
        2.5,
        'must be a whole number from 1 to 1200',
        'out_of_range',
      ),
    ],
    [
      'one factor for six quarters',
      () => gradualExitSchedule(schedule, { factors: [1] }),
      issue(
        'dibao.gradualExit',
        'options.factors',
        ['1'],
        'must have one factor per quarter: 6 for 18 months',
        'wrong_length',
      ),
    ],
    [
      'seven factors for six quarters',
      () => gradualExitSchedule(schedule, { factors: [1, 1, 1, 1, 1, 1, 1] }),
      issue(
        'dibao.gradualExit',
        'options.factors',
        ['1', '1', '1', '1', '1', '1', '1'],
        'must have one factor per quarter: 6 for 18 months',
        'wrong_length',
      ),
    ],
    [
      'a last factor of 1.01',
      () => gradualExitSchedule(schedule, { factors: [1, 1, 1, 1, 1, '1.01'] }),
      issue('dibao.gradualExit', 'options.factors[5]', '1.01', 'must lie in [0, 1]', 'out_of_range'),
    ],
    [
      'a first factor of −0.01',
      () => gradualExitSchedule(schedule, { factors: ['-0.01', 0, 0, 0, 0, 0] }),
      issue('dibao.gradualExit', 'options.factors[0]', '-0.01', 'must lie in [0, 1]', 'out_of_range'),
    ],
    [
      '0.6 after 0.5',
      () => gradualExitSchedule(schedule, { factors: [1, 0.5, 0.6, 0, 0, 0] }),
      issue(
        'dibao.gradualExit',
        'options.factors[2]',
        '0.6',
        "must not be more than the previous quarter's factor 0.5 (逐季递减)",
        'increasing',
      ),
    ],
    [
      "'customFactors' without factors",
      () => gradualExitSchedule(schedule, { readings: { gradualExitDecrease: 'customFactors' } }),
      issue(
        'dibao.gradualExit',
        'options.factors',
        undefined,
        "the reading 'customFactors' needs a table of factors",
        'missing_factors',
      ),
    ],
    [
      "factors with 'linearStepDown'",
      () =>
        gradualExitSchedule(schedule, {
          readings: { gradualExitDecrease: 'linearStepDown' },
          factors: [1, 1, 1, 1, 1, 1],
        }),
      issue(
        'dibao.gradualExit',
        'options.readings.gradualExitDecrease',
        'linearStepDown',
        "conflicts with options.factors: give factors with 'customFactors' (or no reading)",
        'conflicting_options',
      ),
    ],
  ])('%s', (_name, fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('1 and 1200 quarters are accepted (1 weighs 1 over 1; 1200 linear starts at 1200 over 1200)', () => {
    expect(gradualExitWeights('linearStepDown', 1).weights.map(String)).toEqual(['1']);
    const most = gradualExitWeights('linearStepDown', 1200);
    expect([most.weights.length, most.weights[0]?.toString(), most.denominator.toString()]).toEqual([
      1200,
      '1200',
      '1200',
    ]);
  });

  it('factors 1 and 0 are inside [0, 1], equal neighbours are not increasing: 1, 1, 0.5, 0.5, 0, 0 pays 3 + 3 + 1.5 + 1.5 = 9 months', () => {
    const r = gradualExitSchedule(schedule, { factors: [1, 1, 0.5, 0.5, 0, 0] });
    expect(r.total.toString()).toBe('5400.00');
    expect(r.readings.gradualExitDecrease).toBe('customFactors');
  });

  it("factors with the reading 'customFactors' named are accepted", () => {
    const r = gradualExitSchedule(schedule, {
      readings: { gradualExitDecrease: 'customFactors' },
      factors: [1, 1, 1, 1, 1, 1],
    });
    expect(r.total.toString()).toBe('10800.00');
  });
});

describe('refusals of the 一事一议 procedure', () => {
  const allDone = (): CaseByCaseState => {
    let c = reported();
    c = advanceCaseByCase(c, { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-01' });
    c = advanceCaseByCase(c, { action: 'approve', actor: 'countyGovernment', date: '2019-03-01' });
    return advanceCaseByCase(c, { action: 'assist', actor: 'countyGovernment', date: '2019-03-01' });
  };
  const P = 'dibao.caseByCaseProcedure';

  it.each([
    [
      'a step after the last',
      () => advanceCaseByCase(allDone(), { action: 'assist', actor: 'countyGovernment', date: '2019-03-02' }),
      issue(P, 'step.action', 'assist', 'the procedure is complete: no step may follow', 'complete'),
    ],
    [
      'approval before recognition',
      () =>
        advanceCaseByCase(reported(), { action: 'approve', actor: 'countyGovernment', date: '2019-03-02' }),
      issue(
        P,
        'step.action',
        'approve',
        "is out of order: the case is 'reported', the next step is 'recognise' (乡镇政府认定); order report → recognise → approve → assist",
        'out_of_order',
      ),
    ],
    [
      'recognition by the county',
      () =>
        advanceCaseByCase(reported(), { action: 'recognise', actor: 'countyGovernment', date: '2019-03-02' }),
      issue(
        P,
        'step.actor',
        'countyGovernment',
        "cannot 'recognise': 乡镇政府认定 is done by 'townshipGovernment'",
        'wrong_actor',
      ),
    ],
    [
      'recognition the day before the report',
      () =>
        advanceCaseByCase(reported(), {
          action: 'recognise',
          actor: 'townshipGovernment',
          date: '2019-02-28',
        }),
      issue(
        P,
        'step.date',
        '2019-02-28',
        "must not be before the previous step 'report' on 2019-03-01",
        'date_before_previous',
      ),
    ],
    [
      'a state recognised with one step of history',
      () =>
        advanceCaseByCase(
          { ...reported(), status: 'recognised' },
          {
            action: 'approve',
            actor: 'countyGovernment',
            date: '2019-03-02',
          },
        ),
      issue(P, 'state.history', [report], "must hold 2 step(s) for a case that is 'recognised'", 'custom'),
    ],
    [
      'a history whose first step is recognition by the village',
      () =>
        advanceCaseByCase(
          {
            ...reported(),
            history: [{ action: 'recognise', actor: 'villageCommittee', date: '2019-03-01' }],
          },
          { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-02' },
        ),
      issue(
        P,
        'state.history[0]',
        { action: 'recognise', actor: 'villageCommittee', date: '2019-03-01' },
        "must be 'report' by 'villageCommittee' (step 1 of the procedure)",
        'custom',
      ),
    ],
    [
      'a history whose first step is the report by the township',
      () =>
        advanceCaseByCase(
          { ...reported(), history: [{ action: 'report', actor: 'townshipGovernment', date: '2019-03-01' }] },
          { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-02' },
        ),
      issue(
        P,
        'state.history[0]',
        { action: 'report', actor: 'townshipGovernment', date: '2019-03-01' },
        "must be 'report' by 'villageCommittee' (step 1 of the procedure)",
        'custom',
      ),
    ],
    [
      'a history whose second step is dated a day before the first',
      () =>
        advanceCaseByCase(
          {
            ...reported(),
            status: 'recognised',
            history: [
              { action: 'report', actor: 'villageCommittee', date: '2019-03-02' },
              { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-01' },
            ],
          },
          { action: 'approve', actor: 'countyGovernment', date: '2019-03-05' },
        ),
      issue(P, 'state.history[1].date', '2019-03-01', 'must not be before the previous step', 'custom'),
    ],
  ])('%s', (_name, fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('a step on the same day as the previous one is accepted, and a stored history on one day too', () => {
    const c = advanceCaseByCase(reported(), {
      action: 'recognise',
      actor: 'townshipGovernment',
      date: '2019-03-01',
    });
    expect(c.status).toBe('recognised');
    expect(
      advanceCaseByCase(c, { action: 'approve', actor: 'countyGovernment', date: '2019-03-01' }).status,
    ).toBe('approved');
  });

  it('the out-of-order refusal suggests the next action; the wrong actor, the right body', () => {
    const order = policyError(() =>
      advanceCaseByCase(reported(), { action: 'assist', actor: 'countyGovernment', date: '2019-03-02' }),
    );
    expect(order.suggestions).toEqual(['recognise']);
    const actor = policyError(() =>
      advanceCaseByCase(reported(), { action: 'recognise', actor: 'villageCommittee', date: '2019-03-02' }),
    );
    expect(actor.suggestions).toEqual(['townshipGovernment']);
  });
});

describe('refusals of the standards table and the two-lines-merge check', () => {
  const UNKNOWN = 'is not a place in the registry (a name, official name, alias, id or GB/T 2260 code)';
  it.each([
    [
      '延吉市 2019 twice (once as yanji)',
      () =>
        defineDibaoStandards([
          { region: '延吉市', year: 2019, amount: '1' },
          { region: 'yanji', year: 2019, amount: '2' },
        ]),
      issue(
        'dibao.localStandard',
        '[1]',
        { region: 'yanji', year: 2019 },
        'repeats the standard of 延吉市 in 2019',
        'duplicate_standard',
      ),
    ],
    [
      'no standard of 延吉市 for 2015',
      () => ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2015),
      issue(
        'dibao.localStandard',
        'region',
        '延吉市',
        'has no Dibao standard for 2015 in this table (nor has any region containing it)',
        'no_standard',
      ),
    ],
    [
      'an unknown place at lookup',
      () => ILLUSTRATIVE_DIBAO_STANDARDS.tryStandardFor('Atlantis', 2019),
      issue('dibao.localStandard', 'region', 'Atlantis', UNKNOWN, 'unknown_region'),
    ],
    [
      'an unknown place in the second entry of a table',
      () =>
        defineDibaoStandards([
          { region: '延吉市', year: 2019, amount: '1' },
          { region: 'Atlantis', year: 2019, amount: '1' },
        ]),
      issue('dibao.localStandard', '[1].region', 'Atlantis', UNKNOWN, 'unknown_region'),
    ],
    [
      'a year that is not whole at lookup',
      () => ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('延吉市', 2019.5),
      issue('dibao.localStandard', 'year', 2019.5, 'must be a whole year', 'invalid_type'),
    ],
    [
      'an unknown place in the merge check',
      () => checkTwoLinesMerge({ region: 'Atlantis', year: 2019, standard: '1', nationalPovertyLine: '1' }),
      issue('dibao.twoLinesMerge', 'region', 'Atlantis', UNKNOWN, 'unknown_region'),
    ],
    [
      'a city listed in 专栏6 by its parts (长春市)',
      () => checkTwoLinesMerge({ region: '长春市', year: 2019, standard: '1', nationalPovertyLine: '1' }),
      issue(
        'dibao.twoLinesMerge',
        'region',
        '长春市',
        'is listed in 专栏6 by its parts (6 entries), not as a whole; ask for a part, or use timetableEntriesWithin',
        'listed_in_parts',
      ),
    ],
    [
      'a campaign period that ends the day before it starts',
      () =>
        countableIncome(
          { assessmentDate: '2019-01-01', items: [] },
          { campaignPeriod: { start: '2019-01-02', end: '2019-01-01' } },
        ),
      issue(
        'dibao.incomeExemption',
        'options.campaignPeriod.end',
        '2019-01-01',
        'must not be before start',
        'custom',
      ),
    ],
  ])('%s', (_name, fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('the unknown place keeps the registry’s suggestions; a city by its parts suggests the parts', () => {
    const e = policyError(() => ILLUSTRATIVE_DIBAO_STANDARDS.standardFor('yanjj', 2019));
    expect(e.suggestions).toContain('yanji');
    const parts = policyError(() =>
      checkTwoLinesMerge({ region: '长春市', year: 2019, standard: '1', nationalPovertyLine: '1' }),
    );
    expect(parts.suggestions).toEqual(['长春市（市辖区）', '双阳区', '九台区', '农安县', '德惠市', '榆树市']);
  });

  it('a campaign period of one day (start = end = the assessment date) is accepted and the date is within it', () => {
    const r = countableIncome(
      { assessmentDate: '2019-01-01', items: [] },
      { campaignPeriod: { start: '2019-01-01', end: '2019-01-01' } },
    );
    expect([r.withinCampaignPeriod, r.campaignPeriodFrom]).toEqual([true, 'callerDates']);
  });
});
