import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import type { PlainDate } from '../core/dates.js';
import { parseInput, refuse } from '../core/errors.js';
import { DIBAO_CITATIONS as C } from './citations.js';
import { plainDateSchema } from '../core/schemas.js';
import { DIBAO_RULE_IDS } from './rules.js';
import {
  caseByCaseActionSchema,
  caseByCaseActorSchema,
  caseByCaseOpenSchema,
  caseByCaseStepSchema,
  type CaseByCaseAction,
  type CaseByCaseActor,
  type CaseByCaseOpenInput,
  type CaseByCaseStepInput,
} from './schema.js';

const RULE_ID = DIBAO_RULE_IDS.caseByCaseProcedure;

/** Where a 一事一议 case can stand, in order. */
export const CASE_BY_CASE_STATUSES = /* @__PURE__ */ Object.freeze([
  'opened',
  'reported',
  'recognised',
  'approved',
  'assisted',
] as const);
/** Where a 一事一议 case stands. */
export type CaseByCaseStatus = (typeof CASE_BY_CASE_STATUSES)[number];

/**
 * A 一事一议 case as {@link advanceCaseByCase} accepts it: what {@link openCaseByCase} or a previous step
 * returned (or the same, stored and read back as JSON). Its history must be the procedure's steps in order,
 * one per status reached, dated in order.
 */
export const caseByCaseStateSchema = z
  .object({
    ruleId: z.literal('dibao.caseByCaseProcedure', { error: "must be 'dibao.caseByCaseProcedure'" }),
    caseId: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
    place: z.string({ error: 'must be a string' }).optional(),
    description: z.string({ error: 'must be a string' }).optional(),
    status: z.enum(CASE_BY_CASE_STATUSES, { error: `must be one of ${CASE_BY_CASE_STATUSES.join(', ')}` }),
    history: z.array(
      z.object({
        action: caseByCaseActionSchema,
        actor: caseByCaseActorSchema,
        date: plainDateSchema,
        note: z.string({ error: 'must be a string' }).optional(),
      }),
    ),
  })
  .superRefine((state, ctx) => {
    const reached = CASE_BY_CASE_STATUSES.indexOf(state.status);
    if (state.history.length !== reached) {
      ctx.addIssue({
        code: 'custom',
        path: ['history'],
        message: `must hold ${reached} step(s) for a case that is '${state.status}'`,
        input: state.history.length,
      });
      return;
    }
    state.history.forEach((record, i) => {
      const expected = CASE_BY_CASE_STEPS[i];
      // Stryker disable next-line ConditionalExpression: the history holds as many records as steps reached (at most 4, checked above), so every record has its step and `expected` is never undefined
      if (expected === undefined) return;
      if (record.action !== expected.action || record.actor !== expected.actor) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i],
          message: `must be '${expected.action}' by '${expected.actor}' (step ${i + 1} of the procedure)`,
          input: record,
        });
      }
      const previous = state.history[i - 1];
      if (previous !== undefined && record.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'date'],
          message: 'must not be before the previous step',
          input: record.date,
        });
      }
    });
  });
/** What {@link advanceCaseByCase} accepts as its state. */
export type CaseByCaseStateInput = z.input<typeof caseByCaseStateSchema>;

/** One step of the procedure: what it does, who does it, the status it leads to, and its words in the plan. */
export interface CaseByCaseStepSpec {
  readonly action: CaseByCaseAction;
  readonly actor: CaseByCaseActor;
  readonly from: CaseByCaseStatus;
  readonly to: CaseByCaseStatus;
  readonly zh: string;
  readonly en: string;
}

/**
 * The 一事一议 procedure, in order (第八章第三节): 由村委会上报乡镇政府认定，经县级政府核准后，采取一事一议的办法帮助脱贫.
 */
export const CASE_BY_CASE_STEPS: readonly CaseByCaseStepSpec[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({
    action: 'report',
    actor: 'villageCommittee',
    from: 'opened',
    to: 'reported',
    zh: '村委会上报',
    en: 'the village committee reports the case to the township government',
  }),
  Object.freeze({
    action: 'recognise',
    actor: 'townshipGovernment',
    from: 'reported',
    to: 'recognised',
    zh: '乡镇政府认定',
    en: 'the township government recognises the case',
  }),
  Object.freeze({
    action: 'approve',
    actor: 'countyGovernment',
    from: 'recognised',
    to: 'approved',
    zh: '县级政府核准',
    en: 'the county government approves',
  }),
  Object.freeze({
    action: 'assist',
    actor: 'countyGovernment',
    from: 'approved',
    to: 'assisted',
    zh: '采取一事一议的办法帮助脱贫',
    en: 'the case is helped out of poverty by case-by-case deliberation',
  }),
] satisfies CaseByCaseStepSpec[]);

/** A step taken, as recorded in a case's history. */
export interface CaseByCaseRecord {
  readonly action: CaseByCaseAction;
  readonly actor: CaseByCaseActor;
  readonly date: PlainDate;
  readonly note?: string;
}

/** A 一事一议 case: immutable; each step returns a new case. */
export interface CaseByCaseState {
  readonly ruleId: 'dibao.caseByCaseProcedure';
  readonly caseId: string;
  readonly place?: string;
  readonly description?: string;
  readonly status: CaseByCaseStatus;
  readonly history: readonly CaseByCaseRecord[];
  /** The step that may come next, or undefined when the procedure is complete. */
  readonly next?: CaseByCaseStepSpec;
  readonly citations: readonly Citation[];
}

function nextSpec(status: CaseByCaseStatus): CaseByCaseStepSpec | undefined {
  return CASE_BY_CASE_STEPS.find((s) => s.from === status);
}

/** What a new state keeps of the case: its id, and its place and description where it has them. */
interface CaseBase {
  readonly caseId: string;
  readonly place?: string | undefined;
  readonly description?: string | undefined;
}

function makeState(
  base: CaseBase,
  status: CaseByCaseStatus,
  history: readonly CaseByCaseRecord[],
): CaseByCaseState {
  const next = nextSpec(status);
  return Object.freeze({
    ruleId: RULE_ID,
    caseId: base.caseId,
    ...(base.place === undefined ? {} : { place: base.place }),
    ...(base.description === undefined ? {} : { description: base.description }),
    status,
    history: Object.freeze([...history]),
    ...(next === undefined ? {} : { next }),
    citations: Object.freeze([C.caseByCaseSteps, C.caseByCaseWho]),
  });
}

/**
 * Opens a 一事一议 case; its first step is the village committee's report.
 *
 * @example
 * ```ts
 * let c = openCaseByCase({ caseId: 'HH-042' });
 * c = advanceCaseByCase(c, { action: 'report', actor: 'villageCommittee', date: '2019-03-01' });
 * c.status //=> 'reported'
 * advanceCaseByCase(c, { action: 'approve', actor: 'countyGovernment', date: '2019-03-05' })
 * //=> throws PolicyInputError (out_of_order: the township must recognise first)
 * ```
 */
export function openCaseByCase(input: CaseByCaseOpenInput): CaseByCaseState {
  const v = parseInput(RULE_ID, caseByCaseOpenSchema, input);
  return makeState(v, 'opened', []);
}

/**
 * Takes the next step of a 一事一议 case, returning a new case (the old one is unchanged). Refuses, with a
 * {@link PolicyInputError}: a step out of order (`out_of_order`, path `step.action`), by the wrong body
 * (`wrong_actor`, path `step.actor`), dated before the previous step (`date_before_previous`, path
 * `step.date`), or after the procedure is complete (`complete`).
 */
export function advanceCaseByCase(state: CaseByCaseState, step: CaseByCaseStepInput): CaseByCaseState {
  const current = parseInput(RULE_ID, caseByCaseStateSchema, state, 'state');
  const v = parseInput(RULE_ID, caseByCaseStepSchema, step, 'step');
  const spec = nextSpec(current.status);
  checkStep(current, v, spec);
  return makeState(current, spec.to, [...current.history, v].map(toRecord));
}

function toRecord(r: z.output<typeof caseByCaseStepSchema>): CaseByCaseRecord {
  return Object.freeze({
    action: r.action,
    actor: r.actor,
    date: r.date,
    ...(r.note === undefined ? {} : { note: r.note }),
  });
}

/** Refuses a step that is not the next one, by the wrong body, dated too early, or after the end. */
function checkStep(
  state: z.output<typeof caseByCaseStateSchema>,
  v: z.output<typeof caseByCaseStepSchema>,
  spec: CaseByCaseStepSpec | undefined,
): asserts spec is CaseByCaseStepSpec {
  if (spec === undefined) {
    return refuse(
      RULE_ID,
      'step.action',
      v.action,
      'the procedure is complete: no step may follow',
      'complete',
    );
  }
  if (v.action !== spec.action) {
    const order = CASE_BY_CASE_STEPS.map((s) => s.action).join(' → ');
    return refuse(
      RULE_ID,
      'step.action',
      v.action,
      `is out of order: the case is '${state.status}', the next step is '${spec.action}' (${spec.zh}); order ${order}`,
      'out_of_order',
      [spec.action],
    );
  }
  if (v.actor !== spec.actor) {
    return refuse(
      RULE_ID,
      'step.actor',
      v.actor,
      `cannot '${spec.action}': ${spec.zh} is done by '${spec.actor}'`,
      'wrong_actor',
      [spec.actor],
    );
  }
  const last = state.history[state.history.length - 1];
  if (last !== undefined && v.date < last.date) {
    return refuse(
      RULE_ID,
      'step.date',
      v.date,
      `must not be before the previous step '${last.action}' on ${last.date}`,
      'date_before_previous',
    );
  }
}
