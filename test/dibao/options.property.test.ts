/**
 * The contract with valid inputs and arbitrary options (the root contract test mostly reaches input
 * validation): every dibao function returns or throws a PolicyInputError, whatever its options hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import {
  advanceCaseByCase,
  checkGradualExit,
  checkTwoLinesMerge,
  classifySafetyNet,
  countableIncome,
  dibaoGapSubsidy,
  gradualExitSchedule,
  openCaseByCase,
} from '../../src/dibao/index.js';
import { deepFreeze } from './helpers.js';

const value = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '0',
    '1',
    '7',
    '1e400',
    '-1',
    '2.5',
    '2019-02-30',
    '2021-06-30',
    'civilCode',
    'startDayCounted',
  ),
);
const paramId = fc.constantFrom(
  'dibao.gradualExitIncomeLimit',
  'dibao.gradualExitMonthsRural',
  'dibao.gradualExitMonthsDisabled',
  'dibao.monthsPerQuarter',
  'dibao.campaignPeriodStart',
  'dibao.campaignPeriodEnd',
  'dibao.campaignPeriodEndBasicallyComplete',
  'dibao.twoLinesMergeDeadlineYear',
  'dibao.other',
);
const readingKey = fc.constantFrom(
  'incomeMeasure',
  'gradualExitDecrease',
  'monthPeriod',
  'campaignPeriod',
  'x',
);
const options = fc.oneof(
  value,
  fc.record(
    {
      overrides: fc.oneof(value, fc.dictionary(paramId, value, { maxKeys: 3 })),
      readings: fc.oneof(value, fc.dictionary(readingKey, value, { maxKeys: 3 })),
      regime: fc.oneof(value, fc.constantFrom('plan', 'baseline')),
      factors: fc.oneof(value, fc.array(value, { maxLength: 9 })),
      campaignPeriod: fc.oneof(value, fc.record({ start: value, end: value })),
      timetable: value,
    },
    { requiredKeys: [] },
  ),
);

const calls: [string, (o: unknown) => unknown][] = [
  [
    'dibaoGapSubsidy',
    (o) => dibaoGapSubsidy({ members: 3, householdIncome: '9000' }, { standard: '4000' }, o as never),
  ],
  [
    'checkGradualExit',
    (o) =>
      checkGradualExit(
        { householdType: 'disabledDibao', temporarilyExited: true, members: 2, householdIncome: '100' },
        { standard: '4000' },
        o as never,
      ),
  ],
  [
    'gradualExitSchedule',
    (o) =>
      gradualExitSchedule(
        { householdType: 'ruralDibao', startDate: '2020-01-31', baseMonthlySubsidy: '325' },
        o as never,
      ),
  ],
  ['countableIncome', (o) => countableIncome({ assessmentDate: '2019-06-30', items: [] }, o as never)],
  [
    'classifySafetyNet',
    (o) => classifySafetyNet({ noViableLivelihood: true, unableToExitByOwnEffort: true }, o as never),
  ],
  [
    'checkTwoLinesMerge',
    (o) =>
      checkTwoLinesMerge(
        { region: '榆树市', year: 2017, standard: '2900', nationalPovertyLine: '3000' },
        o as never,
      ),
  ],
  [
    'advanceCaseByCase (arbitrary state)',
    (o) => advanceCaseByCase(o as never, { action: 'report', actor: 'villageCommittee', date: '2019-03-01' }),
  ],
];

describe('dibao functions with arbitrary options', () => {
  it.each(calls)('%s returns or throws a PolicyInputError', (_name, call) => {
    fc.assert(
      fc.property(options, (o) => {
        try {
          call(deepFreeze(o));
        } catch (error) {
          if (!(error instanceof PolicyInputError)) throw error;
          expect(error.ruleId).toMatch(/^dibao\./u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an arbitrary state built from a real one (any field replaced) is advanced or refused', () => {
    const base = openCaseByCase({ caseId: 'HH-1' });
    fc.assert(
      fc.property(fc.constantFrom('ruleId', 'caseId', 'status', 'history', 'place'), value, (key, v) => {
        try {
          advanceCaseByCase(deepFreeze({ ...base, [key]: v }), {
            action: 'report',
            actor: 'villageCommittee',
            date: '2019-03-01',
          });
        } catch (error) {
          if (!(error instanceof PolicyInputError)) throw error;
        }
      }),
    );
  });
});
