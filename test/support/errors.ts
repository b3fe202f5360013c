import { PolicyInputError } from '../../src/core/errors.js';

/** Runs `fn`, expects it to throw a PolicyInputError, and returns that error for further checks. */
export function refusal(fn: () => unknown): PolicyInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}
