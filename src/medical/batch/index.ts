export {
  compileScheme,
  CompiledScheme,
  type BatchItemError,
  type BatchTotals,
  type ReimbursementBatch,
  type StreamOptions,
} from './scheme.js';
export type { YearBatch, YearFigures } from './years.js';
export { reimburseManyInWorkers, runBatchShard, type BatchShard, type WorkerPoolOptions } from './workers.js';
