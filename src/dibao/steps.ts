import type { Decimal } from 'decimal.js';
import type { Citation } from '../core/citation.js';
import type { RuleContext, TraceValue } from '../core/evaluation.js';
import { Money } from '../core/money.js';
import type { Param } from '../core/param.js';

/** One step of a dibao trace: the arithmetic (kept in `inputs.formula`), its result and the sentences. */
export interface DibaoStep {
  readonly citations: readonly Citation[];
  readonly params?: readonly Param[];
  /** The arithmetic with the numbers (`325.00 × 12`), recorded as `inputs.formula`. */
  readonly formula: string;
  readonly inputs?: Readonly<Record<string, TraceValue>>;
  /** Money goes to the step's `amount`, anything else to its `value`. */
  readonly result: Money | TraceValue;
  readonly zh: string;
  readonly en: string;
}

/** Adds a step to the trace: money results as `amount`, others as `value`, the formula among the inputs. */
export function addStep(ctx: RuleContext, step: DibaoStep): void {
  ctx.step({
    citations: step.citations,
    params: step.params ?? [],
    inputs: { formula: step.formula, ...(step.inputs ?? {}) },
    ...(step.result instanceof Money ? { amount: step.result } : { value: step.result }),
    zh: step.zh,
    en: step.en,
  });
}

/** An exact decimal of yuan for a trace: to the fen where it ends there, else four decimals and an ellipsis. */
export function showYuan(d: Decimal): string {
  return d.isInteger() || d.decimalPlaces() <= 2 ? d.toFixed(2) : `${d.toDecimalPlaces(4).toString()}…`;
}

/** 是 / 否 for a yes-no step in Chinese. */
export function yesNoZh(b: boolean): string {
  return b ? '是' : '否';
}

/** yes / no for a yes-no step in English. */
export function yesNoEn(b: boolean): string {
  return b ? 'yes' : 'no';
}
