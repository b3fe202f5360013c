import type { Citation } from '../../../src/core/citation.js';

/** One step of a computation, with the arithmetic as numbers and where the plan says it. */
export interface TraceStep {
  /** What the step computes, in English. */
  readonly step: string;
  /** The arithmetic with the numbers (`4200.00 × 3 − 9000.00`). */
  readonly formula: string;
  /** The step's result, as text (money with two decimals). */
  readonly result: string;
  /** Where the plan says it (empty for pure arithmetic). */
  readonly citations: readonly Citation[];
}

/** A frozen trace step. */
export function traceStep(
  step: string,
  formula: string,
  result: string,
  citations: readonly Citation[] = [],
): TraceStep {
  return Object.freeze({ step, formula, result, citations: Object.freeze([...citations]) });
}
