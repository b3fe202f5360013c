/** Objects a deepFreeze has already frozen all the way down (so shared data is walked once). */
const DEEP_FROZEN = new WeakSet();

/**
 * Freezes a value and everything reachable from it, in place, and returns it. Used for exported data
 * (tables, profiles, registries) so a caller cannot change what the library relies on.
 *
 * It descends into objects that are already (shallowly) frozen, so a frozen row holding unfrozen cells is
 * frozen too, and it freezes the digit array of every decimal.js Decimal (its own property `d`, walked like
 * any other; decimal.js computes with frozen decimals: it never writes to an operand). Functions are left as
 * they are. Objects it has deep-frozen before are not walked again, which also makes cycles safe.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || DEEP_FROZEN.has(value)) return value;
  DEEP_FROZEN.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
