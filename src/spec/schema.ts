/**
 * The case-file format (spec/<area>/*.yaml, or .json): a list of cases, each naming the rule it checks, the
 * call, the date, the inputs by name and what must come out. The JSON Schema editors use is generated from
 * these zod schemas (`caseFileJsonSchema`).
 */
import * as z from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** A case's name: a sentence about the plan, in Chinese and English (or one string, plus `name_zh`). */
export const caseNameSchema = z.union(
  [
    z.string().min(1).describe('What the case checks, as a sentence about the plan (English)'),
    z
      .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
      .describe('What the case checks, in Chinese and English'),
  ],
  { error: 'must be a sentence, or { zh, en }' },
);

/** A refusal the case expects: a PolicyInputError at `path` (and optionally for `ruleId`, with `code`). */
export const throwsSchema = z
  .strictObject({
    path: z.string().describe("The field path the error names ('' for the input itself)"),
    ruleId: z.string().optional().describe('The rule id the error names'),
    code: z.string().optional().describe("The first issue's code (unknown_region, too_small, ...)"),
  })
  .describe('The case expects the input to be refused');

const caseShape = {
  name: caseNameSchema,
  name_zh: z.string().min(1).optional().describe('The name in Chinese, where `name` is a string'),
  rule: z
    .string()
    .regex(/^[a-z]+\.[a-z][A-Za-z0-9]*$/u)
    .describe('The registered rule the case checks (housing.areaCap)'),
  call: z
    .string()
    .regex(/^([a-z]+\.)?[A-Za-z0-9]+$/u)
    .optional()
    .describe("The function: area.function or a root function; default: the rule's default function"),
  date: z
    .string()
    .regex(DATE)
    .optional()
    .describe('YYYY-MM-DD: selects the parameters in force (for an input without a date of its own)'),
  input: z.unknown().optional().describe('The input, by field name (the first argument)'),
  local: z
    .unknown()
    .optional()
    .describe("The locality's figures (second argument); '$NAME' names an exported ILLUSTRATIVE constant"),
  arguments: z
    .array(z.unknown())
    .optional()
    .describe('Positional arguments, only for a helper outside the rule contract (meetsBound, upliftRate)'),
  readings: z
    .record(z.string(), z.string())
    .optional()
    .describe('Readings other than the chosen ones, by interpretation short name'),
  overrides: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('A reform: parameter id → value'),
  regime: z.enum(['plan', 'baseline']).optional().describe("Force the plan's or the baseline figures"),
  expect: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      "Dotted path → expected value (partial match; amounts as exact strings '12.34'; '$' = the result)",
    ),
  tolerance: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('Dotted path → the absolute difference allowed (only where the case says so)'),
  throws: throwsSchema.optional(),
};

/** One case. */
export const specCaseSchema = z.strictObject(caseShape).superRefine((c, ctx) => {
  if ((c.expect === undefined) === (c.throws === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['expect'], message: 'a case has either expect or throws' });
  }
  if (c.arguments !== undefined) {
    for (const key of ['input', 'local', 'date', 'readings', 'overrides', 'regime'] as const) {
      if (c[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'arguments excludes input and options' });
      }
    }
  }
  for (const path of Object.keys(c.tolerance ?? {})) {
    if (c.expect?.[path] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tolerance', path], message: 'is not an expected path' });
    }
  }
});
export type SpecCase = z.infer<typeof specCaseSchema>;

/** A case file: a list of cases, or `{ $schema?, cases: [...] }`. */
export const caseFileSchema = z.union([
  z.array(specCaseSchema),
  z.strictObject({ $schema: z.string().optional(), cases: z.array(specCaseSchema) }),
]);

/** Adds the registered rule ids as the `rule` field's choices, wherever a case's properties are. */
function withRuleIds(node: unknown, ruleIds: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => withRuleIds(n, ruleIds));
  // Primitives (null included) as they are; zod's JSON Schema objects are plain objects.
  if (!(node instanceof Object)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = withRuleIds(value, ruleIds);
  const properties = out.properties as Record<string, Record<string, unknown>> | undefined;
  // Only a case's properties have `rule` (a refusal's is `ruleId`).
  if (properties?.rule !== undefined && ruleIds.length > 0) {
    properties.rule = { ...properties.rule, enum: [...ruleIds] };
  }
  return out;
}

/**
 * The JSON Schema of a case file, for editors (`# yaml-language-server: $schema=...`); with `ruleIds`, the
 * `rule` field offers (and checks) the registered rule ids.
 */
export function caseFileJsonSchema(ruleIds: readonly string[] = []): Record<string, unknown> {
  const schema = withRuleIds(
    // Stryker disable next-line ObjectLiteral,StringLiteral: the case schema has no default, transform or unrepresentable type, so every io and unrepresentable option gives the same JSON Schema
    z.toJSONSchema(caseFileSchema, { io: 'input', unrepresentable: 'any' }),
    ruleIds,
  );
  return {
    ...(schema as Record<string, unknown>),
    $id: 'https://unpkg.com/jilin-poverty-rules/spec/case.schema.json',
    title: 'jilin-poverty-rules spec case file',
  };
}

/** The English and Chinese names of a case. */
export function caseNames(c: SpecCase): { en: string; zh: string | undefined } {
  return typeof c.name === 'string' ? { en: c.name, zh: c.name_zh } : { en: c.name.en, zh: c.name.zh };
}
