import type { TraceStep } from '../../src/core/evaluation.js';

/** A trace step as plain data, for whole-step comparisons: money as text, the sentence in both languages. */
export const plainStep = (s: TraceStep) => ({
  citations: s.citations,
  params: s.params,
  inputs: s.inputs,
  amount: s.amount?.toString() ?? null,
  value: s.value,
  zh: s.text.zh,
  en: s.text.en,
});
