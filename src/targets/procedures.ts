import type { Citation } from '../core/citation.js';
import type { PlainDate } from '../core/dates.js';
import { parseInput, refuse } from '../core/errors.js';
import type { BilingualText } from '../core/evaluation.js';
import { deepFreeze } from '../core/freeze.js';
import { EXIT_CITATIONS } from './citations.js';
import { placeOf } from './exit.js';
import { TARGETS_RULE_IDS } from './ids.js';
import {
  procedureActionSchema,
  procedureStartSchema,
  procedureStateSchema,
  type ProcedureActionInput,
  type ProcedureStartInput,
  type ProcedureStateInput,
} from './schema.js';

/** The exit procedures of chapter 12 section 1. */
export type ExitProcedureKind = 'household' | 'village' | 'county';

/** One step of a procedure: who does it, whether it decides (and can fail), and where the plan says so. */
export interface ProcedureStep {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** Who does it, as the plan names them (or says it does not). */
  readonly role: BilingualText;
  /** A decision (review, approval, a notice that may draw an objection): its outcome is `passed` or `failed`. */
  readonly decision: boolean;
  /** Only for a national key county (国家扶贫开发工作重点县). */
  readonly keyCountyOnly: boolean;
  readonly citation: Citation;
}

const step = (
  id: string,
  zh: string,
  en: string,
  role: BilingualText,
  decision: boolean,
  citation: Citation,
  keyCountyOnly = false,
): ProcedureStep => ({ id, zh, en, role, decision, keyCountyOnly, citation });
const r = (zh: string, en: string): BilingualText => ({ zh, en });
const H = EXIT_CITATIONS.householdSteps;
const V = EXIT_CITATIONS.villageProcedure;
const C = EXIT_CITATIONS.countyProcedure;
const UNNAMED = r('规划未指明', 'not named by the plan');

/** The three procedures, step by step in the plan's order. */
export const EXIT_PROCEDURES: Readonly<Record<ExitProcedureKind, readonly ProcedureStep[]>> = deepFreeze({
  household: [
    step(
      'democraticAppraisal',
      '民主评议，提出拟选对象',
      'democratic appraisal; candidates proposed',
      r('村“两委”', 'the village two committees'),
      true,
      H,
    ),
    step('verification', '逐一核实', 'verification one by one', UNNAMED, true, H),
    step(
      'householdConsent',
      '拟退出对象认可',
      'the household agrees',
      r('拟退出对象', 'the household'),
      true,
      H,
    ),
    step('publicNotice', '公示无异议', 'public notice without objection', UNNAMED, true, H),
    step(
      'townshipApproval',
      '报乡镇政府核准',
      'approval by the township government',
      r('乡镇政府', 'the township government'),
      true,
      H,
    ),
    step('announcement', '公告退出', 'exit announced', UNNAMED, false, H),
    step(
      'deregistration',
      '在建档立卡贫困人口中销号',
      'removed from the register of poor people',
      UNNAMED,
      false,
      H,
    ),
  ],
  village: [
    step('application', '自查并提出申请', 'self-check and application', r('贫困村', 'the village'), false, V),
    step(
      'townshipReview',
      '乡镇政府初审',
      'initial review by the township government',
      r('乡镇政府', 'the township government'),
      true,
      V,
    ),
    step(
      'publicNotice',
      '在所在乡镇公示，无异议',
      'public notice in the township, without objection',
      UNNAMED,
      true,
      V,
    ),
    step(
      'countyApproval',
      '县（市）扶贫开发领导小组核准并公告退出',
      'approval and announcement by the county leading group',
      r('县（市）扶贫开发领导小组', 'the county poverty-alleviation leading group'),
      true,
      V,
    ),
    step(
      'prefectureFiling',
      '报市（州）扶贫开发领导小组备案',
      'filed with the prefecture leading group',
      r('市（州）扶贫开发领导小组', 'the prefecture poverty-alleviation leading group'),
      false,
      V,
    ),
  ],
  county: [
    step(
      'application',
      '自评并提出申请',
      'self-assessment and application',
      r('贫困县', 'the county'),
      false,
      C,
    ),
    step(
      'prefectureReview',
      '市（州）脱贫攻坚领导小组初审',
      'initial review by the prefecture leading group',
      r('市（州）脱贫攻坚领导小组', 'the prefecture leading group'),
      true,
      C,
    ),
    step(
      'provincialReview',
      '省扶贫开发领导小组审定',
      'review by the provincial leading group',
      r('省扶贫开发领导小组', 'the provincial poverty-alleviation leading group'),
      true,
      C,
    ),
    step(
      'publicNotice',
      '向社会公示征求意见，无异议',
      'public notice without objection',
      r('省扶贫开发领导小组', 'the provincial poverty-alleviation leading group'),
      true,
      C,
    ),
    step(
      'stateCouncilEvaluation',
      '国务院扶贫开发领导小组评估、检查合格',
      'evaluation and inspection by the State Council leading group',
      r('国务院扶贫开发领导小组', 'the State Council poverty-alleviation leading group'),
      true,
      EXIT_CITATIONS.keyCountyProcedure,
      true,
    ),
    step(
      'provincialApproval',
      '省政府批准退出',
      'approval by the provincial government',
      r('省政府', 'the provincial government'),
      true,
      C,
    ),
  ],
});

const RULES: Readonly<Record<ExitProcedureKind, string>> = {
  household: TARGETS_RULE_IDS.householdExitProcedure,
  village: TARGETS_RULE_IDS.villageExitProcedure,
  county: TARGETS_RULE_IDS.countyExitProcedure,
};

/** One step done. */
export interface ProcedureRecord {
  readonly step: string;
  readonly role: BilingualText;
  readonly by: string;
  readonly on: PlainDate;
  readonly outcome: 'passed' | 'failed';
  readonly note?: string | undefined;
}

/** A procedure's state: what has been done, by whom and when, and what comes next. Frozen; never mutated. */
export interface ProcedureState {
  readonly procedure: ExitProcedureKind;
  readonly subject: string;
  /** The county (its name as the plan writes it) for a county procedure; else the one given, or null. */
  readonly county: string | null;
  /** Whether the county is a national key county (the region registry decides): adds the State Council step. */
  readonly nationalKeyCounty: boolean;
  /** `completed` after the last step; `stopped` after a decision that failed. */
  readonly status: 'inProgress' | 'completed' | 'stopped';
  /** The id of the step that must come next (null when closed). */
  readonly next: string | null;
  readonly history: readonly ProcedureRecord[];
}

/** The steps of a procedure for a county that is (or is not) a national key county. */
export function stepsOf(kind: ExitProcedureKind, keyCounty: boolean): readonly ProcedureStep[] {
  return EXIT_PROCEDURES[kind].filter((s) => keyCounty || !s.keyCountyOnly);
}

function ruleOf(value: unknown): string {
  const kind = (value as { procedure?: unknown } | null | undefined)?.procedure;
  return typeof kind === 'string' && Object.hasOwn(RULES, kind)
    ? RULES[kind as ExitProcedureKind]
    : RULES.household;
}

/**
 * Starts an exit procedure for a household, village or county. For a county procedure `county` is required
 * (a county, county-level city or district of Jilin); the region registry decides whether it is a national key
 * county, which adds the State Council group's evaluation before provincial approval.
 *
 * @throws PolicyInputError for an unknown procedure, an empty subject, or an unknown county (path `county`).
 * @example
 * ```ts
 * startExitProcedure({ procedure: 'county', subject: '汪清县', county: '汪清县' }).next //=> 'application'
 * ```
 */
export function startExitProcedure(input: ProcedureStartInput): ProcedureState {
  const ruleId = ruleOf(input);
  const i = parseInput(ruleId, procedureStartSchema, input);
  if (i.procedure === 'county' && i.county === undefined) {
    refuse(ruleId, 'county', undefined, 'is needed for a county procedure (the county exiting)');
  }
  const region =
    i.county === undefined ? null : placeOf(ruleId, i.county, 'county', ['county', 'countyCity', 'district']);
  const keyCounty = i.procedure === 'county' && region?.flags.nationalKeyCounty === true;
  return deepFreeze({
    procedure: i.procedure,
    subject: i.subject,
    county: region?.name ?? null,
    nationalKeyCounty: keyCounty,
    status: 'inProgress',
    next: stepsOf(i.procedure, keyCounty)[0]?.id ?? null,
    history: [],
  });
}

/** Replays a history against the procedure: its status and next step, or a refusal at the first bad record. */
function replay(ruleId: string, steps: readonly ProcedureStep[], history: readonly ProcedureRecord[]) {
  let status: ProcedureState['status'] = 'inProgress';
  let previous: PlainDate | null = null;
  for (const [n, rec] of history.entries()) {
    const expected = steps[n];
    const path = `state.history[${String(n)}]`;
    if (status !== 'inProgress' || expected === undefined)
      refuse(ruleId, path, rec, 'follows the end of the procedure', 'out_of_order');
    if (rec.step !== expected.id)
      refuse(ruleId, `${path}.step`, rec.step, `must be ${expected.id}`, 'out_of_order', [expected.id]);
    if (rec.role.zh !== expected.role.zh || rec.role.en !== expected.role.en)
      refuse(ruleId, `${path}.role`, rec.role, 'is not the role of this step', 'inconsistent_state');
    if (previous !== null && rec.on < previous)
      refuse(ruleId, `${path}.on`, rec.on, `is before the previous step (${previous})`, 'out_of_order');
    if (rec.outcome === 'failed' && !expected.decision)
      refuse(
        ruleId,
        `${path}.outcome`,
        rec.outcome,
        'this step decides nothing: it cannot fail',
        'inconsistent_state',
      );
    previous = rec.on;
    if (rec.outcome === 'failed') status = 'stopped';
    else if (n === steps.length - 1) status = 'completed';
  }
  const next = status === 'inProgress' ? (steps[history.length]?.id ?? null) : null;
  return { status, next, previous };
}

/** Validates a state passed back in: its shape, its county, and its history replayed against the procedure. */
function checkedState(ruleId: string, input: unknown): ProcedureState {
  const s = parseInput(ruleId, procedureStateSchema, input, 'state');
  const region =
    s.county === null
      ? null
      : placeOf(ruleId, s.county, 'state.county', ['county', 'countyCity', 'district']);
  const keyCounty = s.procedure === 'county' && region?.flags.nationalKeyCounty === true;
  if (s.procedure === 'county' && region === null)
    refuse(ruleId, 'state.county', s.county, 'is needed for a county procedure');
  if (s.nationalKeyCounty !== keyCounty) {
    refuse(
      ruleId,
      'state.nationalKeyCounty',
      s.nationalKeyCounty,
      `must be ${String(keyCounty)} (the region registry)`,
      'inconsistent_state',
    );
  }
  const replayed = replay(ruleId, stepsOf(s.procedure, keyCounty), s.history);
  if (replayed.status !== s.status)
    refuse(ruleId, 'state.status', s.status, `must be ${replayed.status}`, 'inconsistent_state');
  if (replayed.next !== s.next)
    refuse(ruleId, 'state.next', s.next, `must be ${String(replayed.next)}`, 'inconsistent_state');
  return s;
}

/**
 * Records the next step of an exit procedure and returns the new state (frozen; the state given is not
 * touched). A step out of order, a date before the previous step, a decision without its outcome, or any step
 * after the procedure closed is refused. A decision that fails (`outcome: 'failed'`: a review refused, an
 * objection to the notice, the household not agreeing) stops the procedure.
 *
 * @throws PolicyInputError naming `action.step` (code `out_of_order`, suggesting the step due), `action.on`,
 *   `action.outcome`, or the field of a state that is not one this library returned (`inconsistent_state`).
 * @example
 * ```ts
 * let s = startExitProcedure({ procedure: 'village', subject: '某村' })
 * s = advanceExitProcedure(s, { step: 'application', by: '某村村委会', on: '2018-09-01' })
 * s.next //=> 'townshipReview'
 * advanceExitProcedure(s, { step: 'countyApproval', by: '县扶贫开发领导小组', on: '2018-09-02', outcome: 'passed' }) // throws: out of order
 * ```
 */
export function advanceExitProcedure(
  state: ProcedureState | ProcedureStateInput,
  action: ProcedureActionInput,
): ProcedureState {
  const ruleId = ruleOf(state);
  const s = checkedState(ruleId, state);
  const a = parseInput(ruleId, procedureActionSchema, action, 'action');
  const steps = stepsOf(s.procedure, s.nationalKeyCounty);
  if (s.status !== 'inProgress')
    refuse(ruleId, 'action.step', a.step, `the procedure is ${s.status}`, 'procedure_closed');
  const due = steps[s.history.length];
  if (a.step !== due?.id)
    refuse(
      ruleId,
      'action.step',
      a.step,
      `is out of order: the next step is ${String(s.next)}`,
      'out_of_order',
      s.next === null ? [] : [s.next],
    );
  const last = s.history.at(-1);
  if (last !== undefined && a.on < last.on)
    refuse(ruleId, 'action.on', a.on, `is before the previous step (${last.on})`, 'out_of_order');
  if (due.decision && a.outcome === undefined)
    refuse(ruleId, 'action.outcome', a.outcome, "this step decides: say 'passed' or 'failed'");
  if (!due.decision && a.outcome === 'failed')
    refuse(ruleId, 'action.outcome', a.outcome, 'this step decides nothing: it cannot fail');
  const outcome = a.outcome ?? 'passed';
  const record: ProcedureRecord = {
    step: due.id,
    role: due.role,
    by: a.by,
    on: a.on,
    outcome,
    ...(a.note === undefined ? {} : { note: a.note }),
  };
  const history = [...s.history, record];
  const status =
    outcome === 'failed' ? 'stopped' : history.length === steps.length ? 'completed' : 'inProgress';
  return deepFreeze({
    ...s,
    history,
    status,
    next: status === 'inProgress' ? (steps[history.length]?.id ?? null) : null,
  });
}
