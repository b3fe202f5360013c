import { PolicyInputError, refuse } from '../../core/errors.js';

/** The items of an array or iterable, as an array; refuses (PolicyInputError) anything else. */
export function itemsOf(ruleId: string, path: string, items: unknown): unknown[] {
  // Stryker disable next-line ConditionalExpression: an array skipped here is copied by the iterable branch below, item for item: the same items (only the copy is saved)
  if (Array.isArray(items)) return items as unknown[];
  if (items !== null && typeof items === 'object' && Symbol.iterator in items) {
    return [...(items as Iterable<unknown>)];
  }
  return refuse(ruleId, path, items, 'must be an array or an iterable of items');
}

/**
 * The `PolicyInputError` an item was refused with, to record in the batch; any other exception is a fault, not
 * an invalid item, and is rethrown (the batch stops, as the single function would).
 */
export function refusalOf(error: unknown): PolicyInputError {
  if (error instanceof PolicyInputError) return error;
  throw error;
}
