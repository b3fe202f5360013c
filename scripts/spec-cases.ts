/** Reads the policy team's spec cases (spec/*.yaml); shared by the spec test and the rules catalogue. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'spec');

export const specCaseSchema = z.strictObject({
  case: z.string().min(1),
  rule: z.string().min(1),
  call: z.string().regex(/^([a-z]+\.)?[A-Za-z0-9]+$/u),
  args: z.array(z.unknown()).default([]),
  expect: z.record(z.string(), z.unknown()).optional(),
  throws: z
    .strictObject({ path: z.string(), ruleId: z.string().optional(), code: z.string().optional() })
    .optional(),
});
export type SpecCase = z.infer<typeof specCaseSchema>;

/** Every case of every spec file, in file order. */
export function loadSpecCases(dir = SPEC_DIR): { file: string; spec: SpecCase }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      z
        .array(specCaseSchema)
        .parse(parse(readFileSync(join(dir, file), 'utf8')) as unknown)
        .map((spec) => ({ file, spec })),
    );
}
