/** The case-file engine: the format, its JSON Schema, loading and running cases (used by the CLI and the tests). */
export { DEFAULT_CALLS, LOCAL_CALLS, takesLocal } from './calls.js';
export { CaseFileError, parseCaseFile, type LoadedCase } from './load.js';
export {
  argumentsFor,
  callOf,
  compareResult,
  evaluateCase,
  matches,
  optionsOf,
  resolveCall,
  resolveConstant,
  runCase,
  show,
  UnknownCallError,
  valueAt,
  type CaseFailure,
  type CaseOutcome,
} from './run.js';
export { caseFileJsonSchema, caseFileSchema, caseNames, specCaseSchema, type SpecCase } from './schema.js';
