// The spine's public surface. Low-level helpers the areas share (Dec, parseInput, refuse, nearest,
// parsePlainDate, …) stay internal: every function exported here validates what it is given.
export { BOUND_TERMS, meetsBound, type BoundTerm } from './bounds.js';
export {
  cite,
  citationSchema,
  formatCitation,
  formatLocationEn,
  formatLocationZh,
  isCitation,
  MAX_CHAPTER,
  MAX_QUOTE_LENGTH,
  quoteOccursIn,
  type Citation,
  type CitationInput,
} from './citation.js';
export { SHANGHAI_OFFSET_MS, toPlainDate, type PlainDate } from './dates.js';
export * from './limits.js';
export { toDecimal, type DecimalLike, type DecimalValue } from './decimal.js';
export {
  MAX_REPORTED_ISSUES,
  PolicyInputError,
  type PolicyInputErrorOptions,
  type PolicyInputIssue,
} from './errors.js';
export {
  DEFAULT_ROUNDING,
  Money,
  YUAN_PER_YI,
  yiToYuan,
  yuanToYi,
  type MoneyLike,
  type RoundingMode,
} from './money.js';
export { PLAN_OUTLINE, type OutlineChapter, type OutlineSection } from './outline.js';
export { formatPercent, percentagePoints, rate, upliftRate, type Rate } from './rate.js';
export {
  createRegistry,
  defineInterpretation,
  defineRule,
  POLICY_AREAS,
  RULE_KINDS,
  type BilingualTitle,
  type Interpretation,
  type PolicyArea,
  type Reading,
  type Registry,
  type Rule,
  type RuleKind,
} from './registry.js';
export { CORE_INTERPRETATIONS, CORE_RULES } from './rules.js';
export * from './schemas.js';
export { compareReform, type Reform, type ReformChange, type ReformComparison } from './reform.js';
export {
  type BilingualText,
  type Evaluation,
  type EvaluationOptions,
  type ParamOverrides,
  type Regime,
  type RuleResult,
  type RuleSpec,
  type TraceStep,
  type TraceValue,
} from './evaluation.js';
export {
  PARAM_UNITS,
  PLAN_END,
  PLAN_START,
  type Param,
  type ParamKind,
  type ParamSource,
  type ParamUnit,
  type ParamUse,
  type ParamVersion,
} from './param.js';
export { monthPeriod, type MonthPeriod, type MonthPeriodReading } from './period.js';
export { type ResolvedReadings } from './readings.js';
