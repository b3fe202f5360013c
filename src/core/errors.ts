import { safeParse } from 'zod/mini';
import type * as z from 'zod/v4/core';
import { englishMessage } from './zod-english.js';

/** One thing wrong with an input: where, what was there, and why it is refused. */
export interface PolicyInputIssue {
  /** Dotted path of the offending field within the input (`claim.inCatalogueCost`); `''` for the input itself. */
  readonly path: string;
  /** The value found at that path (`undefined` when the field is missing). */
  readonly value: unknown;
  /** A readable English message saying what the field must be. */
  readonly message: string;
  /** A machine-readable code: zod's issue code, or one of ours (`unknown_region`, `out_of_order`, ...). */
  readonly code: string;
}

/** Options for {@link PolicyInputError}. */
export interface PolicyInputErrorOptions {
  /** The id of the rule whose input was refused (`housing.areaCap`). */
  readonly ruleId: string;
  /** What is wrong, at least one issue. */
  readonly issues: readonly PolicyInputIssue[];
  /** Close valid choices, e.g. region names near an unknown one. */
  readonly suggestions?: readonly string[];
}

/**
 * Most issues a {@link PolicyInputError} built from a zod error keeps: the first 100 (the rest of a
 * 100,000-item array of bad values would only cost time).
 */
export const MAX_REPORTED_ISSUES = 100;

/** Most issues an error's message spells out; the rest are counted (every one is in `issues`). */
const MAX_MESSAGE_ISSUES = 10;

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    // A 10 MB string is named, not copied into the message.
    return value.length > 80
      ? `${JSON.stringify(value.slice(0, 77))}... (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value.toString()}n`;
  // NaN and Infinity as such (JSON would write null); true, false and null JSON writes the same way below.
  if (typeof value === 'number') return String(value);
  try {
    if (value instanceof Date) {
      const time = Date.prototype.getTime.call(value);
      return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
    }
    if (Array.isArray(value) && value.length > 1000) return `[an array of ${value.length} items]`;
    // Bounded: long strings and arrays inside are cut before they are serialized.
    // JSON.stringify gives undefined for a function (its type says string): reading its length then throws,
    // and the catch below names the value by its tag, as it does a circular object.
    const json = JSON.stringify(value, shortened);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function shortened(this: unknown, _key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'bigint':
      return `${value.toString()}n`;
    // A string inside a value is cut only to spare serializing a long one: the message keeps the JSON's first
    // 77 characters, and a string's text starts at index 1 or later, so its 80 first characters cover them.
    // Stryker disable next-line StringLiteral,ConditionalExpression: without this case a string falls through to the default, which returns it whole: the message is the same
    case 'string':
      // Stryker disable next-line MethodExpression: a string whole or cut after its 80th character gives the same message (see above)
      return value.slice(0, 80);
    default:
      return Array.isArray(value) && value.length > 20
        ? [...(value as unknown[]).slice(0, 20), '...']
        : value;
  }
}

function formatIssue(issue: PolicyInputIssue): string {
  const where = issue.path === '' ? 'input' : issue.path;
  return `${where} = ${describeValue(issue.value)}: ${issue.message}`;
}

/**
 * The one error this library throws for bad input. It names the rule, the field path, the bad value and
 * why it was refused, so that a caller can show it to a person or map it back to a form field.
 *
 * @example
 * ```ts
 * try { Money.of('12.345', 'claim.totalCost') } catch (e) {
 *   if (e instanceof PolicyInputError) console.log(e.ruleId, e.path, e.value) //=> 'core.money' 'claim.totalCost' '12.345'
 * }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  /** The rule whose input was refused. */
  readonly ruleId: string;
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly PolicyInputIssue[];
  /** Close valid choices, where the library can offer some. */
  readonly suggestions: readonly string[];

  constructor(options: PolicyInputErrorOptions) {
    // A path is always a string, even when a caller passed something else as a field name.
    const issues = (options.issues.length > 0 ? options.issues : [unknownIssue()]).map((i) =>
      typeof i.path === 'string' ? i : { ...i, path: describeValue(i.path) },
    );
    const suggestions = options.suggestions ?? [];
    // The message names the first MAX_MESSAGE_ISSUES issues (all are in `issues`).
    const lines = issues.slice(0, MAX_MESSAGE_ISSUES).map(formatIssue);
    if (issues.length > MAX_MESSAGE_ISSUES)
      lines.push(`and ${issues.length - MAX_MESSAGE_ISSUES} more issues`);
    const hint = suggestions.length > 0 ? ` (did you mean: ${suggestions.join(', ')}?)` : '';
    super(`[${options.ruleId}] ${lines.join('; ')}${hint}`);
    this.ruleId = options.ruleId;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
    this.suggestions = Object.freeze([...suggestions]);
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** Path of the first issue. */
  get path(): string {
    return this.firstIssue.path;
  }

  /** Value of the first issue. */
  get value(): unknown {
    return this.firstIssue.value;
  }

  private get firstIssue(): PolicyInputIssue {
    // The constructor guarantees at least one issue.
    return this.issues[0] ?? unknownIssue();
  }

  /** A plain object for logging or sending over the wire. */
  toJSON(): {
    name: string;
    ruleId: string;
    message: string;
    issues: readonly PolicyInputIssue[];
    suggestions: readonly string[];
  } {
    return {
      name: this.name,
      ruleId: this.ruleId,
      message: this.message,
      issues: this.issues,
      suggestions: this.suggestions,
    };
  }

  /** Builds the error from a zod error, reading each bad value from the original input. */
  static fromZod(ruleId: string, error: z.$ZodError, input: unknown, pathPrefix = ''): PolicyInputError {
    return new PolicyInputError({
      ruleId,
      // A 100,000-item array of bad values is reported by its first MAX_REPORTED_ISSUES issues.
      issues: error.issues.slice(0, MAX_REPORTED_ISSUES).flatMap((issue): PolicyInputIssue[] => {
        const segments = issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p));
        if (issue.code === 'unrecognized_keys') {
          // A misspelt or unknown field: name each key, so the path points at it.
          return issue.keys.map((key) => ({
            path: joinPath(pathPrefix, [...segments, key]),
            value: valueAt(input, [...segments, key]),
            message: 'is not a field of this input (misspelt?)',
            code: issue.code,
          }));
        }
        return [
          {
            path: joinPath(pathPrefix, segments),
            // The caller's own value, not zod's transformed one (a refine after a transform sees a Money).
            value: valueAt(input, segments),
            message: issue.message,
            code: issue.code,
          },
        ];
      }),
    });
  }
}

function unknownIssue(): PolicyInputIssue {
  return { path: '', value: undefined, message: 'invalid input', code: 'custom' };
}

function joinPath(prefix: string, segments: readonly (string | number)[]): string {
  const parts = segments.map((s) => (typeof s === 'number' ? `[${s}]` : s));
  let out = prefix;
  for (const part of parts) {
    if (part.startsWith('[')) out += part;
    else out = out === '' ? part : `${out}.${part}`;
  }
  return out;
}

function valueAt(input: unknown, segments: readonly (string | number)[]): unknown {
  let current: unknown = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * Validates `input` against `schema` for rule `ruleId`: returns the parsed value, or throws a
 * {@link PolicyInputError} naming every bad field. The input is never mutated.
 */
export function parseInput<S extends z.$ZodType>(
  ruleId: string,
  schema: S,
  input: unknown,
  pathPrefix = '',
): z.output<S> {
  // zod's English messages for every issue our schemas do not word themselves, whatever locale or error
  // map the application configured globally (zod/mini installs no locale of its own).
  const result = safeParse(schema, input, { error: englishMessage });
  if (!result.success) throw PolicyInputError.fromZod(ruleId, result.error, input, pathPrefix);
  return result.data;
}

/** Throws a {@link PolicyInputError} with a single issue. */
export function refuse(
  ruleId: string,
  path: string,
  value: unknown,
  message: string,
  code = 'custom',
  suggestions?: readonly string[],
): never {
  throw new PolicyInputError({
    ruleId,
    issues: [{ path, value, message, code }],
    suggestions: suggestions ?? [],
  });
}
