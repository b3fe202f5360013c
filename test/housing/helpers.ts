import { expect } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';

/** Freezes an input and everything in it, so a test proves the function does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

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
