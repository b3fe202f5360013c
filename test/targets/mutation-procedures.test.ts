/**
 * The exit procedures, each transition allowed and refused (issue 15): the rule each refusal names, its field,
 * message and code; what a state passed back in must agree with (its county, the key-county flag, its history
 * replayed, status and next). Each state is built inside its own test.
 */
import { describe, expect, it } from 'vitest';
import {
  advanceExitProcedure,
  EXIT_PROCEDURES,
  startExitProcedure,
  type ProcedureState,
} from '../../src/targets/index.js';
import { refusal } from '../support/errors.js';

type Loose = Record<string, unknown> & { history: Record<string, unknown>[] };
const loose = (s: ProcedureState): Loose => JSON.parse(JSON.stringify(s)) as Loose;
/** The n-th record of a loose state (the test's own data: always there). */
function rec(s: Loose, n: number): Record<string, unknown> {
  const r = s.history[n];
  if (r === undefined) throw new Error(`no record ${String(n)}`);
  return r;
}

/** A village procedure after `application` (2019-01-05) and `townshipReview` passed (2019-01-10). */
function villageAfterReview(): ProcedureState {
  let s = startExitProcedure({ procedure: 'village', subject: '某村' });
  s = advanceExitProcedure(s, { step: 'application', by: '村委会', on: '2019-01-05' });
  return advanceExitProcedure(s, {
    step: 'townshipReview',
    by: '乡政府',
    on: '2019-01-10',
    outcome: 'passed',
  });
}

function villageCompleted(): ProcedureState {
  let s = villageAfterReview();
  s = advanceExitProcedure(s, { step: 'publicNotice', by: '乡政府', on: '2019-01-20', outcome: 'passed' });
  s = advanceExitProcedure(s, {
    step: 'countyApproval',
    by: '县领导小组',
    on: '2019-02-01',
    outcome: 'passed',
  });
  return advanceExitProcedure(s, { step: 'prefectureFiling', by: '州领导小组', on: '2019-02-02' });
}

describe('starting a procedure', () => {
  it('a household: no county, not a key county, first step democraticAppraisal', () => {
    expect(startExitProcedure({ procedure: 'household', subject: '户主张某' })).toEqual({
      procedure: 'household',
      subject: '户主张某',
      county: null,
      nationalKeyCounty: false,
      status: 'inProgress',
      next: 'democraticAppraisal',
      history: [],
    });
  });

  it('a key county named by alias: the registry’s name, nationalKeyCounty true', () => {
    const s = startExitProcedure({ procedure: 'county', subject: '汪清', county: 'wangqing' });
    expect(s).toMatchObject({ county: '汪清县', nationalKeyCounty: true, next: 'application' });
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('a county that is not a key county: nationalKeyCounty false', () => {
    expect(
      startExitProcedure({ procedure: 'county', subject: '图们市', county: '图们市' }).nationalKeyCounty,
    ).toBe(false);
  });

  it('a village in a key county is not a key-county procedure', () => {
    const s = startExitProcedure({ procedure: 'village', subject: '某村', county: '汪清县' });
    expect([s.county, s.nationalKeyCounty]).toEqual(['汪清县', false]);
  });

  it('a procedure that is not a string is refused under the household rule, even one that prints as county', () => {
    const e = refusal(() => startExitProcedure({ procedure: ['county'], subject: 'x' } as never));
    expect(e.ruleId).toBe('targets.householdExitProcedure');
    expect(e.issues[0]?.path).toBe('procedure');
  });

  it('a county procedure without its county is refused under the county rule', () => {
    const e = refusal(() => startExitProcedure({ procedure: 'county', subject: '某县' }));
    expect(e.ruleId).toBe('targets.countyExitProcedure');
    expect(e.issues[0]).toMatchObject({
      path: 'county',
      message: 'is needed for a county procedure (the county exiting)',
    });
  });

  it('a prefecture is not a county', () => {
    const e = refusal(() =>
      startExitProcedure({ procedure: 'county', subject: 'x', county: '延边朝鲜族自治州' }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'county',
      code: 'wrong_level',
      message: 'is a prefecture; must be one of: county, countyCity, district',
    });
  });

  it.each([
    [{ procedure: 'village', subject: ' ' }, 'targets.villageExitProcedure'],
    [{ procedure: 'county', subject: '' }, 'targets.countyExitProcedure'],
    [{ procedure: 'household', subject: '' }, 'targets.householdExitProcedure'],
    [{ procedure: 'toString', subject: 'x' }, 'targets.householdExitProcedure'],
    [{ procedure: 7, subject: 'x' }, 'targets.householdExitProcedure'],
    [null, 'targets.householdExitProcedure'],
  ])('a bad start %j is refused under %s', (input, ruleId) => {
    expect(refusal(() => startExitProcedure(input as never)).ruleId).toBe(ruleId);
  });
});

describe('advancing: each transition allowed', () => {
  it('a step without a decision is passed; a note is kept only when given', () => {
    let s = startExitProcedure({ procedure: 'village', subject: '某村' });
    s = advanceExitProcedure(s, { step: 'application', by: '村委会', on: '2019-01-05' });
    expect(s.history).toEqual([
      {
        step: 'application',
        role: { zh: '贫困村', en: 'the village' },
        by: '村委会',
        on: '2019-01-05',
        outcome: 'passed',
      },
    ]);
    expect('note' in (s.history[0] ?? {})).toBe(false);
    expect([s.status, s.next]).toEqual(['inProgress', 'townshipReview']);
    const t = advanceExitProcedure(s, {
      step: 'townshipReview',
      by: '乡政府',
      on: '2019-01-05',
      outcome: 'passed',
      note: '同日初审',
    });
    expect(t.history[1]).toEqual({
      step: 'townshipReview',
      role: { zh: '乡镇政府', en: 'the township government' },
      by: '乡政府',
      on: '2019-01-05',
      outcome: 'passed',
      note: '同日初审',
    });
    expect(t.next).toBe('publicNotice');
  });

  it('the last step completes the procedure: next null', () => {
    const s = villageCompleted();
    expect([s.status, s.next, s.history.length]).toEqual(['completed', null, 5]);
  });

  it('a decision that fails stops the procedure: next null', () => {
    const s = advanceExitProcedure(villageAfterReview(), {
      step: 'publicNotice',
      by: '乡政府',
      on: '2019-01-20',
      outcome: 'failed',
    });
    expect([s.status, s.next]).toEqual(['stopped', null]);
    expect(s.history[2]?.outcome).toBe('failed');
  });

  it('a key county goes through the State Council group before provincial approval', () => {
    let s = startExitProcedure({ procedure: 'county', subject: '汪清县', county: '汪清县' });
    const steps = [
      'application',
      'prefectureReview',
      'provincialReview',
      'publicNotice',
      'stateCouncilEvaluation',
    ];
    steps.forEach((step, n) => {
      s = advanceExitProcedure(s, {
        step,
        by: '某',
        on: `2019-03-0${String(n + 1)}`,
        ...(n === 0 ? {} : { outcome: 'passed' as const }),
      });
    });
    expect(s.next).toBe('provincialApproval');
    expect(s.history[4]?.role.en).toBe('the State Council poverty-alleviation leading group');
  });

  it('a county that is not a key county goes from the notice straight to provincial approval', () => {
    let s = startExitProcedure({ procedure: 'county', subject: '图们市', county: '图们市' });
    const steps = ['application', 'prefectureReview', 'provincialReview', 'publicNotice'];
    steps.forEach((step, n) => {
      s = advanceExitProcedure(s, {
        step,
        by: '某',
        on: `2019-03-0${String(n + 1)}`,
        ...(n === 0 ? {} : { outcome: 'passed' as const }),
      });
    });
    expect(s.next).toBe('provincialApproval');
    s = advanceExitProcedure(s, {
      step: 'provincialApproval',
      by: '省政府',
      on: '2019-03-09',
      outcome: 'passed',
    });
    expect([s.status, s.next]).toEqual(['completed', null]);
  });

  it('the state given is not touched', () => {
    const s = villageAfterReview();
    const before = JSON.stringify(s);
    advanceExitProcedure(s, { step: 'publicNotice', by: '乡政府', on: '2019-01-20', outcome: 'passed' });
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('advancing: each action refused', () => {
  it('a step out of order names the step due', () => {
    const e = refusal(() =>
      advanceExitProcedure(villageAfterReview(), {
        step: 'countyApproval',
        by: 'x',
        on: '2019-02-01',
        outcome: 'passed',
      }),
    );
    expect(e.ruleId).toBe('targets.villageExitProcedure');
    expect(e.issues[0]).toMatchObject({
      path: 'action.step',
      value: 'countyApproval',
      message: 'is out of order: the next step is publicNotice',
      code: 'out_of_order',
    });
    expect(e.suggestions).toEqual(['publicNotice']);
  });

  it('a date before the previous step is refused; the same day is accepted', () => {
    const e = refusal(() =>
      advanceExitProcedure(villageAfterReview(), {
        step: 'publicNotice',
        by: 'x',
        on: '2019-01-09',
        outcome: 'passed',
      }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'action.on',
      value: '2019-01-09',
      message: 'is before the previous step (2019-01-10)',
      code: 'out_of_order',
    });
    const same = advanceExitProcedure(villageAfterReview(), {
      step: 'publicNotice',
      by: 'x',
      on: '2019-01-10',
      outcome: 'passed',
    });
    expect(same.next).toBe('countyApproval');
  });

  it('a decision needs its outcome', () => {
    const e = refusal(() =>
      advanceExitProcedure(villageAfterReview(), { step: 'publicNotice', by: 'x', on: '2019-01-20' }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'action.outcome',
      message: "this step decides: say 'passed' or 'failed'",
    });
  });

  it('a step that decides nothing cannot fail, but may say passed', () => {
    const start = startExitProcedure({ procedure: 'village', subject: '某村' });
    const e = refusal(() =>
      advanceExitProcedure(start, { step: 'application', by: 'x', on: '2019-01-01', outcome: 'failed' }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'action.outcome',
      value: 'failed',
      message: 'this step decides nothing: it cannot fail',
    });
    const ok = advanceExitProcedure(start, {
      step: 'application',
      by: 'x',
      on: '2019-01-01',
      outcome: 'passed',
    });
    expect(ok.history[0]?.outcome).toBe('passed');
  });

  it('nothing follows a completed or a stopped procedure', () => {
    const done = refusal(() =>
      advanceExitProcedure(villageCompleted(), { step: 'application', by: 'x', on: '2019-03-01' }),
    );
    expect(done.issues[0]).toMatchObject({
      path: 'action.step',
      message: 'the procedure is completed',
      code: 'procedure_closed',
    });
    const stopped = advanceExitProcedure(villageAfterReview(), {
      step: 'publicNotice',
      by: 'x',
      on: '2019-01-20',
      outcome: 'failed',
    });
    const e = refusal(() =>
      advanceExitProcedure(stopped, { step: 'countyApproval', by: 'x', on: '2019-03-01', outcome: 'passed' }),
    );
    expect(e.issues[0]?.message).toBe('the procedure is stopped');
  });

  it('a blank actor is refused at action.by', () => {
    const e = refusal(() =>
      advanceExitProcedure(startExitProcedure({ procedure: 'household', subject: 'x' }), {
        step: 'democraticAppraisal',
        by: '  ',
        on: '2019-01-01',
        outcome: 'passed',
      }),
    );
    expect(e.ruleId).toBe('targets.householdExitProcedure');
    expect(e.issues[0]?.path).toBe('action.by');
  });
});

describe('a state passed back in must be one this library returned', () => {
  it.each([
    [
      'a step renamed',
      (s: Loose): void => {
        rec(s, 1).step = 'publicNotice';
      },
      'state.history[1].step',
      'must be townshipReview',
      'out_of_order',
    ],
    [
      'a role changed (zh)',
      (s: Loose): void => {
        rec(s, 0).role = { zh: '别人', en: 'the village' };
      },
      'state.history[0].role',
      'is not the role of this step',
      'inconsistent_state',
    ],
    [
      'a role changed (en)',
      (s: Loose): void => {
        rec(s, 0).role = { zh: '贫困村', en: 'someone' };
      },
      'state.history[0].role',
      'is not the role of this step',
      'inconsistent_state',
    ],
    [
      'dates reversed',
      (s: Loose): void => {
        rec(s, 1).on = '2019-01-04';
      },
      'state.history[1].on',
      'is before the previous step (2019-01-05)',
      'out_of_order',
    ],
    [
      'a step that cannot fail, failed',
      (s: Loose): void => {
        rec(s, 0).outcome = 'failed';
      },
      'state.history[0].outcome',
      'this step decides nothing: it cannot fail',
      'inconsistent_state',
    ],
    [
      'the status changed',
      (s: Loose): void => {
        s.status = 'completed';
      },
      'state.status',
      'must be inProgress',
      'inconsistent_state',
    ],
    [
      'next changed',
      (s: Loose): void => {
        s.next = 'countyApproval';
      },
      'state.next',
      'must be publicNotice',
      'inconsistent_state',
    ],
    [
      'next emptied',
      (s: Loose): void => {
        s.next = null;
      },
      'state.next',
      'must be publicNotice',
      'inconsistent_state',
    ],
    [
      'a record after a failed one',
      (s: Loose): void => {
        rec(s, 1).outcome = 'failed';
        s.history.push({
          step: 'publicNotice',
          role: { zh: '规划未指明', en: 'not named by the plan' },
          by: 'x',
          on: '2019-01-11',
          outcome: 'passed',
        });
      },
      'state.history[2]',
      'follows the end of the procedure',
      'out_of_order',
    ],
  ] as const)('%s', (_name, tamper, path, message, code) => {
    const s = loose(villageAfterReview());
    tamper(s);
    const e = refusal(() =>
      advanceExitProcedure(s as never, {
        step: 'publicNotice',
        by: 'x',
        on: '2019-01-20',
        outcome: 'passed',
      }),
    );
    expect(e.ruleId).toBe('targets.villageExitProcedure');
    expect(e.issues[0]).toMatchObject({ path, message, code });
  });

  it('a step renamed suggests the step expected', () => {
    const s = loose(villageAfterReview());
    rec(s, 1).step = 'x';
    const e = refusal(() =>
      advanceExitProcedure(s as never, {
        step: 'publicNotice',
        by: 'x',
        on: '2019-01-20',
        outcome: 'passed',
      }),
    );
    expect(e.suggestions).toEqual(['townshipReview']);
  });

  it('dates equal are accepted in a history', () => {
    const s = loose(villageAfterReview());
    rec(s, 1).on = '2019-01-05';
    expect(
      advanceExitProcedure(s as never, { step: 'publicNotice', by: 'x', on: '2019-01-20', outcome: 'passed' })
        .next,
    ).toBe('countyApproval');
  });

  it('a record past the last step follows the end', () => {
    const s = loose(villageCompleted());
    s.history.push({ ...rec(s, 4), on: '2019-03-01' });
    const e = refusal(() => advanceExitProcedure(s as never, { step: 'x', by: 'x', on: '2019-03-02' }));
    expect(e.issues[0]).toMatchObject({
      path: 'state.history[5]',
      message: 'follows the end of the procedure',
    });
  });

  it('a completed history must say completed', () => {
    const s = loose(villageCompleted());
    s.status = 'inProgress';
    s.next = null;
    const e = refusal(() => advanceExitProcedure(s as never, { step: 'x', by: 'x', on: '2019-03-02' }));
    expect(e.issues[0]).toMatchObject({ path: 'state.status', message: 'must be completed' });
  });

  it('a stopped state with a next step: must be null', () => {
    const s = loose(
      advanceExitProcedure(villageAfterReview(), {
        step: 'publicNotice',
        by: 'x',
        on: '2019-01-20',
        outcome: 'failed',
      }),
    );
    s.next = 'countyApproval';
    const e = refusal(() => advanceExitProcedure(s as never, { step: 'x', by: 'x', on: '2019-03-02' }));
    expect(e.issues[0]).toMatchObject({ path: 'state.next', message: 'must be null' });
  });

  it('the key-county flag must be the registry’s', () => {
    const county = loose(startExitProcedure({ procedure: 'county', subject: '汪清县', county: '汪清县' }));
    county.nationalKeyCounty = false;
    const e = refusal(() =>
      advanceExitProcedure(county as never, { step: 'application', by: 'x', on: '2019-01-01' }),
    );
    expect(e.ruleId).toBe('targets.countyExitProcedure');
    expect(e.issues[0]).toMatchObject({
      path: 'state.nationalKeyCounty',
      value: false,
      message: 'must be true (the region registry)',
      code: 'inconsistent_state',
    });
    const village = loose(startExitProcedure({ procedure: 'village', subject: 'x', county: '汪清县' }));
    village.nationalKeyCounty = true;
    const v = refusal(() =>
      advanceExitProcedure(village as never, { step: 'application', by: 'x', on: '2019-01-01' }),
    );
    expect(v.issues[0]).toMatchObject({
      path: 'state.nationalKeyCounty',
      message: 'must be false (the region registry)',
    });
  });

  it('a county state without its county, or with one not a county', () => {
    const s = loose(startExitProcedure({ procedure: 'county', subject: '图们市', county: '图们市' }));
    s.county = null;
    const e = refusal(() =>
      advanceExitProcedure(s as never, { step: 'application', by: 'x', on: '2019-01-01' }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'state.county',
      value: null,
      message: 'is needed for a county procedure',
    });
    s.county = '火星县';
    const u = refusal(() =>
      advanceExitProcedure(s as never, { step: 'application', by: 'x', on: '2019-01-01' }),
    );
    expect(u.issues[0]).toMatchObject({ path: 'state.county', code: 'unknown_region' });
  });

  it('a state whose county is a prefecture is refused with the county levels listed', () => {
    const s = loose(startExitProcedure({ procedure: 'county', subject: '图们市', county: '图们市' }));
    s.county = '延边朝鲜族自治州';
    const e = refusal(() =>
      advanceExitProcedure(s as never, { step: 'application', by: 'x', on: '2019-01-01' }),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'state.county',
      code: 'wrong_level',
      message: 'is a prefecture; must be one of: county, countyCity, district',
    });
  });

  it('a household state may carry a county; the key-county step stays out of a village procedure', () => {
    const s = startExitProcedure({ procedure: 'household', subject: 'x', county: '图们市' });
    const t = advanceExitProcedure(s, {
      step: 'democraticAppraisal',
      by: '村两委',
      on: '2019-01-01',
      outcome: 'passed',
    });
    expect([t.county, t.next]).toEqual(['图们市', 'verification']);
    expect(EXIT_PROCEDURES.village.some((x) => x.keyCountyOnly)).toBe(false);
  });
});
