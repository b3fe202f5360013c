import type { $ZodRawIssue } from 'zod/v4/core';

/**
 * zod's English messages (its `en` locale, zod 4) for the issues the library's schemas can raise, written out
 * here: the locale module is 2.7 KB minified, mostly a dictionary of string formats (email, UUID, ...) that no
 * schema of the library uses. Word for word the locale's text, so messages are the same with zod classic
 * and zod/mini; a string format other than a pattern falls back to `Invalid <format>`. Internal.
 */
export function englishMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = parsedType(issue.input);
      return `Invalid input: expected ${typeName(issue.expected, undefined)}, received ${typeName(received, issue.input)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`
        : `Invalid option: expected one of ${joinValues(issue.values, '|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
      const bound = String(big ? issue.maximum : issue.minimum);
      // zod types `origin` as always set; its locale still reads a missing one ('value' when too big).
      const given = issue.origin as string | undefined;
      const origin = given ?? (big ? 'value' : undefined);
      // No unit for a missing origin: UNITS has no key 'value' or 'undefined'.
      const unit = UNITS[String(origin)];
      const what = unit === undefined ? `to be ${adj}${bound}` : `to have ${adj}${bound} ${unit}`;
      return `Too ${big ? 'big' : 'small'}: expected ${String(origin)} ${what}`;
    }
    case 'invalid_format':
      return formatMessage(issue);
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${joinValues(issue.keys, ', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
}

const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};

function typeName(type: string, input: unknown): string {
  // A received NaN or ±Infinity is named by its value (parsedType calls every number 'number').
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return type === 'nan' ? 'NaN' : type;
}

function formatMessage(issue: Extract<$ZodRawIssue, { code: 'invalid_format' }>): string {
  const i = issue as typeof issue & { prefix?: string; suffix?: string; includes?: string; pattern?: RegExp };
  if (i.format === 'starts_with') return `Invalid string: must start with "${String(i.prefix)}"`;
  if (i.format === 'ends_with') return `Invalid string: must end with "${String(i.suffix)}"`;
  if (i.format === 'includes') return `Invalid string: must include "${String(i.includes)}"`;
  if (i.format === 'regex') return `Invalid string: must match pattern ${String(i.pattern)}`;
  return `Invalid ${i.format === 'template_literal' ? 'input' : i.format}`;
}

function unionMessage(issue: Extract<$ZodRawIssue, { code: 'invalid_union' }>): string {
  const options: unknown = (issue as { options?: unknown }).options;
  if (Array.isArray(options) && options.length > 0)
    return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
  return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
}

// zod's own helpers for the locale (zod/v4/core's util), copied: importing them through the `util` namespace
// kept all of it in a bundle.

/** The type name zod reports for a value (`parsedType`), except a NaN: 'number' here, named 'NaN' by typeName. */
function parsedType(data: unknown): string {
  if (typeof data === 'object' && data !== null) {
    if (Array.isArray(data)) return 'array';
    const ctor = (data as { constructor?: { name?: string } }).constructor;
    if (Object.getPrototypeOf(data) !== Object.prototype && 'constructor' in data && ctor)
      return String(ctor.name);
    return 'object';
  }
  return data === null ? 'null' : typeof data;
}

function stringifyPrimitive(value: unknown): string {
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function joinValues(values: readonly unknown[], separator: string): string {
  return values.map(stringifyPrimitive).join(separator);
}
