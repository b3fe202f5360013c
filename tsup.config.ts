import { defineConfig } from 'tsup';

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

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(AREAS.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
