import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The policy areas, each a public subpath; keep in step with package.json "exports". */
const AREAS = [
  'regions',
  'timetable',
  'medical',
  'dibao',
  'housing',
  'budget',
  'targets',
  'finance',
] as const;

const LIBRARY_ROOT = resolve('src/index.ts');

/**
 * The CLI imports the library through its root (`../index.js`); in the bundle that import stays external and
 * points at the built root entry (dist/cli/index.js → dist/index.js), so the bin shares the library's code
 * and classes instead of carrying a copy, and the library entries never import the bin.
 */
export const libraryExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-external',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/u, '.ts');
      return target === LIBRARY_ROOT ? { path: '../index.js', external: true } : undefined;
    });
  },
};

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(AREAS.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli/**'], // the bin is built beside, by the second config
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // The bin (`jilin-poverty-rules`): Node only, ESM, no types.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    esbuildPlugins: [libraryExternal],
  },
]);
