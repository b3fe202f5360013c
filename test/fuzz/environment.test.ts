/**
 * Results do not depend on the environment: a sample of calls with Date inputs and name-suggesting errors
 * (test/support/env-sample.ts) prints byte-identical JSON under every time zone and locale below. A Date is
 * read in Asia/Shanghai (UTC+8) whatever TZ says; suggestions are ordered by code point, not by locale.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/source.js';

const run = promisify(execFile);
const TSX = resolve(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SAMPLE = resolve(REPO_ROOT, 'test', 'support', 'env-sample.ts');

const ENVIRONMENTS = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'].flatMap((TZ) =>
  ['C', 'zh_CN.UTF-8'].map((LANG) => ({ TZ, LANG })),
);

describe('environment independence', () => {
  it(`a sample of calls prints the same JSON under TZ × LANG (${ENVIRONMENTS.length} environments)`, async () => {
    const outputs = await Promise.all(
      ENVIRONMENTS.map(async (env) => {
        const { stdout } = await run(TSX, [SAMPLE], {
          cwd: REPO_ROOT,
          env: { ...process.env, ...env, LC_ALL: env.LANG },
          maxBuffer: 10 * 1024 * 1024,
        });
        return { env: `TZ=${env.TZ} LANG=${env.LANG}`, stdout };
      }),
    );
    const first = outputs[0];
    expect(first?.stdout).toContain('"toPlainDate"');
    expect(first?.stdout).not.toContain('"thrown"');
    for (const output of outputs)
      expect({ env: output.env, stdout: output.stdout }).toEqual({ env: output.env, stdout: first?.stdout });
  }, 180_000);
});
