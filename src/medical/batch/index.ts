export {
  compileScheme,
  CompiledScheme,
  type BatchItemError,
  type BatchTotals,
  type ReimbursementBatch,
  type StreamOptions,
} from './scheme.js';
