/**
 * Hostile values for the fuzz suite: what a careless or malicious caller may pass. Built lazily and shared
 * (the long strings and big arrays are made once), every object deep-frozen so a mutation throws.
 */
import fc from 'fast-check';
import { Money } from '../../src/core/money.js';
import { Dec } from '../../src/core/decimal.js';

/** Size of the long strings and big arrays (settable; ~1e5 by default, which stays fast). */
export const BIG = Number(process.env.FUZZ_BIG ?? 100_000);

/** A getter whose value changes each time it is read: valid the first time, junk afterwards. */
function flipping<T extends object>(target: T, key: string, values: readonly unknown[]): T {
  let reads = 0;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => values[reads++ % values.length],
  });
  return target;
}

/** Thrown by a hostile Proxy when the library tries to change it. */
export class MutationAttempt extends Error {}

const noWrites = {
  set: (): boolean => {
    throw new MutationAttempt('set on an input');
  },
  defineProperty: (): boolean => {
    throw new MutationAttempt('defineProperty on an input');
  },
  deleteProperty: (): boolean => {
    throw new MutationAttempt('delete on an input');
  },
};

/**
 * A Proxy answering each read with a different value (never throwing; `length` stays true to its
 * target). Not frozen (a frozen target forbids the lies); writes to it throw {@link MutationAttempt}.
 */
function shiftyProxy(values: readonly unknown[], base: object = {}): object {
  let reads = 0;
  return new Proxy(base, {
    ...noWrites,
    get: (target, key, receiver): unknown =>
      typeof key === 'symbol' || key === 'length'
        ? (Reflect.get(target, key, receiver) as unknown)
        : values[reads++ % values.length],
  });
}

const UNFROZEN = new Set<unknown>();

/** deepFreeze, except the hostile Proxies (whose lies a frozen target would forbid). */
function freeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || UNFROZEN.has(value) || Object.isFrozen(value))
    return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) freeze(descriptor.value);
  }
  return value;
}

/** Field names the library's inputs use, so records reach past the first check. */
const FIELDS = [
  'date',
  'place',
  'region',
  'year',
  'amount',
  'cost',
  'income',
  'members',
  'people',
  'area',
  'options',
  'readings',
  'overrides',
  'regime',
  'level',
  'id',
  'chapter',
  'page',
  'quote',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
];

function constants(): unknown[] {
  const longDigits = '1'.repeat(BIG);
  return [
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    '1e400',
    '9e9999999999999999',
    '1e-9999999999999999',
    '-0',
    '0x10',
    ' 12.5 ',
    '１２',
    '1'.repeat(51),
    '0.125',
    'halfeven',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    '吉林',
    '长白县',
    '吉林省白山市长白县',
    '2018-12-31',
    '2019-02-29',
    '1899-12-31',
    '2101-01-01',
    '275760-09-13',
    'x'.repeat(BIG),
    '吉林省'.repeat(Math.ceil(BIG / 3)),
    'jilin'.repeat(20),
    longDigits,
    `${longDigits}.5`,
    10n ** 30n,
    -(2n ** 70n),
    Symbol('hostile'),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Number.NaN),
    new Date('1899-12-31T16:00:00Z'),
    new Date('2101-01-01T00:00:00Z'),
    new Date('2017-12-30T16:30:00Z'),
    Money.of('123.45'),
    new Dec('0.65'),
    { s: 1, e: 0, d: [5], toStringTag: '[object Decimal]' },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    Object.create(null) as unknown,
    new Array(BIG).fill(1),
    new Array(BIG).fill('1.00'),
    new Array(BIG),
    Array.from({ length: 1000 }, (_, i) => ({ amount: String(i) })),
    flipping({}, 'date', ['2018-12-31', Symbol('late'), 42]),
    flipping({}, 'amount', ['100.00', '1e400', null]),
    flipping({}, 'place', ['长白县', { toString: () => 'x' }, 7]),
    flipping({}, 'chapter', [8, Number.NaN, 'eight']),
    ...[
      shiftyProxy(['2018-12-31', '1.00', Number.NaN, undefined, '长白县', 3]),
      shiftyProxy([1, '2', Number.NaN], [0, 0]),
      new Proxy(Money.of(1), noWrites),
      new Proxy(new Date(0), noWrites),
    ].map((p) => (UNFROZEN.add(p), p)),
    new Map([['a', 1]]),
    new Set([1]),
    () => 1,
  ].map((v) => freeze(v));
}

let cache: unknown[] | undefined;

/** The fixed hostile values (built once). */
export function hostileConstants(): readonly unknown[] {
  cache ??= constants();
  return cache;
}

/** One hostile value: a fixed one, anything fast-check makes, or a record of hostile fields. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const fixed = fc.integer({ min: 0, max: hostileConstants().length - 1 }).map((i) => hostileConstants()[i]);
  const anything = fc
    .anything({
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      maxDepth: 2,
    })
    .map((v) => freeze(v));
  const record = fc
    .dictionary(fc.constantFrom(...FIELDS), fc.oneof(fixed, fc.anything({ maxDepth: 1 })), { maxKeys: 4 })
    .map((r) => freeze(r));
  return fc.oneof(
    { weight: 3, arbitrary: fixed },
    { weight: 2, arbitrary: anything },
    { weight: 2, arbitrary: record },
  );
}
