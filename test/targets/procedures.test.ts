/**
 * The three exit procedures of chapter 12 section 1 as state machines: every legal path is accepted, every
 * skip or reordering refused; each step records who did it and when; states are frozen and never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceExitProcedure,
  EXIT_PROCEDURES,
  startExitProcedure,
  type ExitProcedureKind,
  type ProcedureState,
} from '../../src/targets/index.js';
import { refusal } from '../support/errors.js';

interface Case {
  readonly name: string;
  readonly start: Parameters<typeof startExitProcedure>[0];
  readonly steps: readonly string[];
}

const ids = (kind: ExitProcedureKind, key = false): string[] =>
  EXIT_PROCEDURES[kind].filter((s) => key || !s.keyCountyOnly).map((s) => s.id);
const decides = (id: string, kind: ExitProcedureKind): boolean =>
  EXIT_PROCEDURES[kind].find((s) => s.id === id)?.decision ?? false;

const CASES: readonly Case[] = [
  { name: 'household', start: { procedure: 'household', subject: '户主张某' }, steps: ids('household') },
  { name: 'village', start: { procedure: 'village', subject: '某村' }, steps: ids('village') },
  {
    name: 'county (镇赉县, a national key county)',
    start: { procedure: 'county', subject: '镇赉县', county: '镇赉县' },
    steps: ids('county', true),
  },
  {
    name: 'county (图们市, not a key county)',
    start: { procedure: 'county', subject: '图们市', county: '图们市' },
    steps: ids('county'),
  },
];

function caseAt(i: number): Case {
  const c = CASES[i];
  if (c === undefined) throw new Error(`no case ${String(i)}`);
  return c;
}

const day = (n: number): string =>
  `2019-0${String(1 + Math.floor(n / 28))}-${String(1 + (n % 28)).padStart(2, '0')}`;

function run(c: Case, steps: readonly string[], failAt = -1): ProcedureState {
  let s = startExitProcedure(c.start);
  steps.forEach((id, n) => {
    const outcome = decides(id, c.start.procedure) ? (n === failAt ? 'failed' : 'passed') : undefined;
    s = advanceExitProcedure(s, {
      step: id,
      by: `经办人${String(n)}`,
      on: day(n),
      ...(outcome ? { outcome } : {}),
    });
  });
  return s;
}

describe('the steps, as the plan orders them', () => {
  it('household: appraisal, verification, consent, notice, township approval, announcement, removal from the register', () => {
    expect(ids('household')).toEqual([
      'democraticAppraisal',
      'verification',
      'householdConsent',
      'publicNotice',
      'townshipApproval',
      'announcement',
      'deregistration',
    ]);
  });
  it('village: application, township review, notice in the township, county approval and announcement, filing with the prefecture', () => {
    expect(ids('village')).toEqual([
      'application',
      'townshipReview',
      'publicNotice',
      'countyApproval',
      'prefectureFiling',
    ]);
  });
  it('county: a national key county adds the State Council group’s evaluation before provincial approval', () => {
    expect(ids('county', true)).toEqual([
      'application',
      'prefectureReview',
      'provincialReview',
      'publicNotice',
      'stateCouncilEvaluation',
      'provincialApproval',
    ]);
    expect(
      startExitProcedure({ procedure: 'county', subject: '汪清县', county: '汪清县' }).nationalKeyCounty,
    ).toBe(true);
    expect(
      startExitProcedure({ procedure: 'county', subject: '图们市', county: '图们市' }).nationalKeyCounty,
    ).toBe(false);
  });
});

describe('every legal path is accepted', () => {
  it.each(CASES)('$name: all steps passed → completed, with who and when recorded', (c) => {
    const s = run(c, c.steps);
    expect([s.status, s.next, s.history.length]).toEqual(['completed', null, c.steps.length]);
    expect(s.history[0]).toMatchObject({ step: c.steps[0], by: '经办人0', on: day(0), outcome: 'passed' });
    expect(s.history.every((h) => h.role.zh.length > 0)).toBe(true);
  });

  it.each(CASES)('$name: a decision that fails stops the procedure there (every decision step)', (c) => {
    c.steps.forEach((id, n) => {
      if (!decides(id, c.start.procedure)) return;
      const s = run(c, c.steps.slice(0, n + 1), n);
      expect([s.status, s.next, s.history.at(-1)?.outcome]).toEqual(['stopped', null, 'failed']);
      expect(
        refusal(() =>
          advanceExitProcedure(s, {
            step: c.steps[n + 1] ?? 'x',
            by: 'x',
            on: day(n + 1),
            outcome: 'passed',
          }),
        ).issues[0]?.code,
      ).toBe('procedure_closed');
    });
  });
});

describe('every skip or reordering is refused', () => {
  it.each(CASES)('$name: at every point, any step but the one due is refused (out_of_order)', (c) => {
    for (let k = 0; k < c.steps.length; k += 1) {
      const s = run(c, c.steps.slice(0, k));
      for (const other of c.steps.filter((_, i) => i !== k)) {
        const e = refusal(() =>
          advanceExitProcedure(s, { step: other, by: 'x', on: day(k), outcome: 'passed' }),
        );
        expect([e.path, e.issues[0]?.code, e.suggestions[0]]).toEqual([
          'action.step',
          'out_of_order',
          c.steps[k],
        ]);
      }
    }
  });

  it.each(CASES)('$name: any reordering of the steps is refused somewhere (property)', (c) => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...c.steps], { minLength: c.steps.length, maxLength: c.steps.length }),
        (order) => {
          fc.pre(order.join() !== c.steps.join());
          expect(() => run(c, order)).toThrow(/out of order/);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a county that is not a key county has no State Council step; a key county cannot skip it', () => {
    const plain = caseAt(3);
    expect(() => run(plain, ids('county', true))).toThrow(/out of order/);
    const key = caseAt(2);
    expect(() => run(key, ids('county'))).toThrow(/out of order/);
  });

  it('a step dated before the previous one is refused; same day is fine', () => {
    const s = advanceExitProcedure(startExitProcedure({ procedure: 'village', subject: '某村' }), {
      step: 'application',
      by: '村委会',
      on: '2019-05-02',
    });
    expect(
      refusal(() =>
        advanceExitProcedure(s, {
          step: 'townshipReview',
          by: '乡政府',
          on: '2019-05-01',
          outcome: 'passed',
        }),
      ).path,
    ).toBe('action.on');
    expect(
      advanceExitProcedure(s, { step: 'townshipReview', by: '乡政府', on: '2019-05-02', outcome: 'passed' })
        .next,
    ).toBe('publicNotice');
  });

  it('a decision needs its outcome; a step that decides nothing cannot fail; someone must have done it', () => {
    const s = startExitProcedure({ procedure: 'village', subject: '某村' });
    expect(
      refusal(() =>
        advanceExitProcedure(s, { step: 'application', by: '村委会', on: '2019-05-01', outcome: 'failed' }),
      ).path,
    ).toBe('action.outcome');
    const applied = advanceExitProcedure(s, { step: 'application', by: '村委会', on: '2019-05-01' });
    expect(
      refusal(() => advanceExitProcedure(applied, { step: 'townshipReview', by: '乡政府', on: '2019-05-01' }))
        .path,
    ).toBe('action.outcome');
    expect(
      refusal(() =>
        advanceExitProcedure(applied, {
          step: 'townshipReview',
          by: ' ',
          on: '2019-05-01',
          outcome: 'passed',
        }),
      ).path,
    ).toBe('action.by');
  });
});

describe('states are validated, frozen and never mutated', () => {
  const c = caseAt(0);
  const s = run(c, c.steps.slice(0, 3));

  it('returns a new frozen state; the old one is unchanged', () => {
    const before = JSON.stringify(s);
    const next = advanceExitProcedure(s, {
      step: 'publicNotice',
      by: '村委会',
      on: day(3),
      outcome: 'passed',
    });
    expect(JSON.stringify(s)).toBe(before);
    expect(Object.isFrozen(next) && Object.isFrozen(next.history) && Object.isFrozen(next.history[0])).toBe(
      true,
    );
    expect(next.history).toHaveLength(4);
  });

  it('a state passed back through JSON works the same', () => {
    const copy = JSON.parse(JSON.stringify(s)) as ProcedureState;
    expect(
      advanceExitProcedure(copy, { step: 'publicNotice', by: '村委会', on: day(3), outcome: 'passed' }).next,
    ).toBe('townshipApproval');
  });

  it.each([
    ['history reordered', { history: [s.history[1], s.history[0], s.history[2]] }, 'state.history[0].step'],
    ['status changed', { status: 'completed' }, 'state.status'],
    ['next changed', { next: 'deregistration' }, 'state.next'],
    ['key-county flag forged', { nationalKeyCounty: true }, 'state.nationalKeyCounty'],
    [
      'a role forged',
      {
        history: [
          { ...s.history[0], role: { zh: '县长', en: 'the county head' } },
          s.history[1],
          s.history[2],
        ],
      },
      'state.history[0].role',
    ],
    ['an unknown field', { extra: 1 }, 'state.extra'],
    ['not a state', null, 'state'],
  ])('refuses a tampered state: %s', (_n, patch, path) => {
    const forged = patch === null ? null : { ...s, ...patch };
    expect(
      refusal(() =>
        advanceExitProcedure(forged as never, {
          step: 'publicNotice',
          by: 'x',
          on: day(3),
          outcome: 'passed',
        }),
      ).path,
    ).toBe(path);
  });

  it('start refuses a county procedure without a county, and an unknown county', () => {
    expect(refusal(() => startExitProcedure({ procedure: 'county', subject: 'x' })).path).toBe('county');
    expect(
      refusal(() => startExitProcedure({ procedure: 'county', subject: 'x', county: '长百县' })).path,
    ).toBe('county');
    expect(refusal(() => startExitProcedure({ procedure: 'town' as never, subject: 'x' })).path).toBe(
      'procedure',
    );
  });
});
