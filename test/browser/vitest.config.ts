import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The browser tests (`npm run test:browser`): they drive Chromium over the built site, so they are kept out of
 * the unit run (`*.browser.ts`, not `*.test.ts`). Build the site first with `npm run docs`.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
