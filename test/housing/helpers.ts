export { deepFreeze } from '../../src/core/freeze.js';
import { expect } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';

/** Freezes an input and everything in it, so a test proves the function does not mutate it. */

/** Runs `fn`, expects a PolicyInputError for `ruleId` at `path`, and returns it. */
export function expectPolicyError(fn: () => unknown, ruleId: string, path: string): PolicyInputError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PolicyInputError);
  const error = caught as PolicyInputError;
  expect(error.ruleId).toBe(ruleId);
  expect(error.path).toBe(path);
  return error;
}
