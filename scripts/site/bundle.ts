/**
 * The calculator's scripts, built with esbuild: the library's browser bundle from the built package
 * (`dist/index.js`, exactly what the package ships) and the page script, whose `jilin-poverty-rules` import is
 * rewritten to that bundle.
 */
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';

/** The library bundle's file name under `assets/`. */
export const LIBRARY_BUNDLE = 'jilin-poverty-rules.js';

const toLibraryBundle: Plugin = {
  name: 'library-bundle',
  setup(b) {
    b.onResolve({ filter: new RegExp('^jilin-poverty-rules$') }, () => ({
      path: `./${LIBRARY_BUNDLE}`,
      external: true,
    }));
  },
};

/** Builds both scripts into `assetsDir`; returns their sizes in bytes. */
export async function bundleScripts(options: {
  readonly distEntry: string;
  readonly pageScript: string;
  readonly assetsDir: string;
}): Promise<{ library: number; page: number }> {
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    // tsup's chunks import each other for side effects the package declares it has none of: dropping them is right.
    logOverride: { 'ignored-bare-import': 'silent' },
  } as const;
  const lib = await build({
    ...common,
    entryPoints: [options.distEntry],
    outfile: join(options.assetsDir, LIBRARY_BUNDLE),
  });
  const page = await build({
    ...common,
    entryPoints: [options.pageScript],
    outfile: join(options.assetsDir, 'calculator.js'),
    plugins: [toLibraryBundle],
    tsconfigRaw: {},
  });
  const size = (m: typeof lib.metafile): number =>
    Object.values(m.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return { library: size(lib.metafile), page: size(page.metafile) };
}
