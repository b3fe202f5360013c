import { describe, expect, it } from 'vitest';
import {
  advanceCaseByCase,
  CASE_BY_CASE_STEPS,
  classifySafetyNet,
  openCaseByCase,
  type CaseByCaseState,
} from '../../src/dibao/index.js';
import { deepFreeze, expectPolicyError, policyError } from './helpers.js';

describe('dibao.safetyNetClass: 对“无业可扶、无力脱贫”的贫困人口…兜底保障', () => {
  it.each([
    ['无业可扶 and 无力脱贫: the safety net', true, true, false, false, 'safetyNet'],
    [
      'only 无业可扶 (can still work): development measures',
      true,
      false,
      false,
      false,
      'developmentMeasures',
    ],
    [
      'only 无力脱贫: development measures under bothConditions',
      false,
      true,
      false,
      false,
      'developmentMeasures',
    ],
    ['a sudden cause (因突发因素致贫): case by case', false, false, false, true, 'caseByCase'],
    ['no measure covers it (上述措施无法覆盖): case by case', false, false, true, false, 'caseByCase'],
    [
      'safety net and a sudden cause: safety net first, case by case flagged',
      true,
      true,
      false,
      true,
      'safetyNet',
    ],
  ] as const)(
    '%s',
    (_name, noViableLivelihood, unableToExitByOwnEffort, notCoveredByMeasures, suddenCause, cls) => {
      const r = classifySafetyNet(
        deepFreeze({ noViableLivelihood, unableToExitByOwnEffort, notCoveredByMeasures, suddenCause }),
      );
      expect(r.class).toBe(cls);
      expect(r.caseByCase).toBe(notCoveredByMeasures || suddenCause);
    },
  );

  it('reading eitherCondition: 无力脱贫 alone suffices', () => {
    const r = classifySafetyNet(
      { noViableLivelihood: false, unableToExitByOwnEffort: true },
      { readings: { safetyNetCondition: 'eitherCondition' } },
    );
    expect(r.class).toBe('safetyNet');
    expect(r.readings.safetyNetCondition).toBe('eitherCondition');
  });

  it('traces both tests and the class, in Chinese and English, and reports the reading', () => {
    const r = classifySafetyNet({
      noViableLivelihood: true,
      unableToExitByOwnEffort: false,
      suddenCause: true,
    });
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '无业可扶 / 无力脱贫：是 / 否（两者均须具备）→ 兜底保障：否',
      '上述措施无法覆盖 / 因突发因素致贫：否 / 是 → 一事一议：是',
      '归类：一事一议帮扶脱贫',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      'no livelihood to support / unable to exit by own effort: yes / no (both required) → safety net: no',
      'no measure covers it / poor from a sudden event: no / yes → case by case: yes',
      'class: case-by-case deliberation (一事一议)',
    ]);
    expect([r.ruleId, r.readings]).toEqual([
      'dibao.safetyNetClass',
      { safetyNetCondition: 'bothConditions' },
    ]);
  });

  it('bad input names the field', () => {
    expectPolicyError(
      () => classifySafetyNet({ noViableLivelihood: 'yes', unableToExitByOwnEffort: true } as never),
      'dibao.safetyNetClass',
      'noViableLivelihood',
    );
  });
});

describe('dibao.caseByCaseProcedure: 由村委会上报乡镇政府认定，经县级政府核准后，采取一事一议的办法帮助脱贫', () => {
  const steps = [
    { action: 'report', actor: 'villageCommittee', date: '2019-03-01' },
    { action: 'recognise', actor: 'townshipGovernment', date: '2019-03-10' },
    { action: 'approve', actor: 'countyGovernment', date: '2019-03-20' },
    { action: 'assist', actor: 'countyGovernment', date: '2019-04-01' },
  ] as const;

  it('runs village committee → township → county → help, each step a new frozen state', () => {
    const opened = openCaseByCase(deepFreeze({ caseId: 'HH-042', place: '汪清县' }));
    expect(opened.status).toBe('opened');
    expect(opened.next?.action).toBe('report');
    let state: CaseByCaseState = opened;
    const statuses: string[] = [];
    for (const step of steps) {
      state = advanceCaseByCase(deepFreeze(state), deepFreeze({ ...step }));
      statuses.push(state.status);
    }
    expect(statuses).toEqual(['reported', 'recognised', 'approved', 'assisted']);
    expect(state.history.map((h) => h.actor)).toEqual([
      'villageCommittee',
      'townshipGovernment',
      'countyGovernment',
      'countyGovernment',
    ]);
    expect(state.next).toBeUndefined();
    expect(opened.history).toHaveLength(0); // the first state is unchanged
    expect(Object.isFrozen(state)).toBe(true);
    expect(CASE_BY_CASE_STEPS.map((s) => s.zh)).toEqual([
      '村委会上报',
      '乡镇政府认定',
      '县级政府核准',
      '采取一事一议的办法帮助脱贫',
    ]);
  });

  it('refuses approval before the township has recognised the case (out_of_order)', () => {
    const reported = advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), steps[0]);
    const error = policyError(() => advanceCaseByCase(reported, steps[2]));
    expect(error.ruleId).toBe('dibao.caseByCaseProcedure');
    expect(error.path).toBe('step.action');
    expect(error.issues[0]?.code).toBe('out_of_order');
    expect(error.suggestions).toEqual(['recognise']);
  });

  it('refuses the county skipping the report', () => {
    expectPolicyError(
      () => advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), steps[1]),
      'dibao.caseByCaseProcedure',
      'step.action',
      'out_of_order',
    );
  });

  it('refuses recognition by the wrong body (the village committee cannot recognise)', () => {
    const reported = advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), steps[0]);
    expectPolicyError(
      () => advanceCaseByCase(reported, { ...steps[1], actor: 'villageCommittee' }),
      'dibao.caseByCaseProcedure',
      'step.actor',
      'wrong_actor',
    );
  });

  it('refuses a step dated before the previous one (end before start)', () => {
    const reported = advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), steps[0]);
    expectPolicyError(
      () => advanceCaseByCase(reported, { ...steps[1], date: '2019-02-28' }),
      'dibao.caseByCaseProcedure',
      'step.date',
      'date_before_previous',
    );
  });

  it('refuses any step after the case is complete, an invalid date and an empty case id', () => {
    let state = openCaseByCase({ caseId: 'HH-1' });
    for (const step of steps) state = advanceCaseByCase(state, step);
    expectPolicyError(
      () => advanceCaseByCase(state, steps[3]),
      'dibao.caseByCaseProcedure',
      'step.action',
      'complete',
    );
    expectPolicyError(
      () => advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), { ...steps[0], date: '2019-13-01' }),
      'dibao.caseByCaseProcedure',
      'step.date',
    );
    expectPolicyError(() => openCaseByCase({ caseId: '' }), 'dibao.caseByCaseProcedure', 'caseId');
  });

  it('refuses a forged state', () => {
    const forged = { ...openCaseByCase({ caseId: 'HH-1' }), status: 'paid' } as unknown as CaseByCaseState;
    expectPolicyError(() => advanceCaseByCase(forged, steps[0]), 'dibao.caseByCaseProcedure', 'state.status');
  });

  it.each([
    ['a number for the history', { history: 5 }, 'state.history'],
    ['no state at all', null, 'state'],
    ['a history shorter than the status says', { status: 'recognised', history: [] }, 'state.history'],
    [
      'a history out of order',
      {
        status: 'reported',
        history: [{ action: 'approve', actor: 'countyGovernment', date: '2019-03-01' }],
      },
      'state.history[0]',
    ],
    [
      'a history entry with an impossible date',
      { status: 'reported', history: [{ action: 'report', actor: 'villageCommittee', date: '2019-02-30' }] },
      'state.history[0].date',
    ],
    ['an empty case id', { caseId: '' }, 'state.caseId'],
    ['another rule’s state', { ruleId: 'housing.areaCap' }, 'state.ruleId'],
  ])('refuses a state that no step of the procedure could make: %s', (_name, patch, path) => {
    const base = openCaseByCase({ caseId: 'HH-1' });
    const state = patch === null ? null : { ...base, ...patch };
    expectPolicyError(
      () => advanceCaseByCase(deepFreeze(state) as never, steps[0]),
      'dibao.caseByCaseProcedure',
      path,
    );
  });

  it('accepts a state stored as JSON and read back', () => {
    const reported = advanceCaseByCase(openCaseByCase({ caseId: 'HH-1' }), steps[0]);
    const restored = JSON.parse(JSON.stringify(reported)) as CaseByCaseState;
    expect(advanceCaseByCase(restored, steps[1]).status).toBe('recognised');
  });
});
