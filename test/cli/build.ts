/**
 * Builds the library (ESM, no types) and the bin into a temporary folder laid out like the installed package
 * (dist/, spec/, node_modules/ linked to the repository's), so tests run the built bin in a child process
 * without depending on `npm run build` having run first.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'tsup';
import { libraryExternal } from '../../tsup.config.js';
import { REPO_ROOT } from '../support/source.js';

export interface BuiltPackage {
  readonly root: string;
  readonly bin: string;
  readonly cleanup: () => void;
}

/** Builds the package into a temporary folder; `cleanup` removes it. */
export async function buildPackage(): Promise<BuiltPackage> {
  const root = mkdtempSync(join(tmpdir(), 'jilin-cli-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  symlinkSync(join(REPO_ROOT, 'spec'), join(root, 'spec'), 'dir');
  const common = {
    silent: true,
    dts: false,
    sourcemap: false,
    clean: false,
    outDir: dist,
    config: false,
  } as const;
  await build({
    ...common,
    entry: { index: join(REPO_ROOT, 'src/index.ts') },
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
  });
  await build({
    ...common,
    entry: { 'cli/index': join(REPO_ROOT, 'src/cli/index.ts') },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    esbuildPlugins: [libraryExternal],
  });
  return {
    root,
    bin: join(dist, 'cli', 'index.js'),
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const execFileAsync = promisify(execFile);

/** Runs the bin with arguments (and optional stdin) in a child process. */
export async function runBin(
  bin: string,
  args: readonly string[],
  options: { cwd?: string; input?: string } = {},
): Promise<RunResult> {
  const child = execFileAsync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
  });
  if (options.input !== undefined) {
    child.child.stdin?.end(options.input);
  } else child.child.stdin?.end();
  try {
    const { stdout, stderr } = await child;
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      status: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}
