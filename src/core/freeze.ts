/**
 * Freezes a value and everything reachable from it, in place, and returns it. Used for exported data
 * (tables, profiles, registries) so a caller cannot change what the library relies on.
 * Already-frozen objects are not descended into again, which also makes cycles safe.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
