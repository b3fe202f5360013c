export { deepFreeze } from '../../src/core/freeze.js';
import { expect } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';

/** Freezes a value and everything in it, so a test proves the function does not mutate its input. */

/** Runs `fn`, expects a PolicyInputError, and returns it for further checks. */
export function policyError(fn: () => unknown): PolicyInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return error as PolicyInputError;
  }
  throw new Error('expected a PolicyInputError, but nothing was thrown');
}

/** Expects a PolicyInputError of `ruleId` whose first issue is at `path` (and has `code`, if given). */
export function expectPolicyError(fn: () => unknown, ruleId: string, path: string, code?: string): void {
  const error = policyError(fn);
  expect(error.ruleId).toBe(ruleId);
  expect(error.path).toBe(path);
  if (code !== undefined) expect(error.issues[0]?.code).toBe(code);
}
