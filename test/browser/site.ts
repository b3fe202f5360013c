/** Shared set-up of the browser tests: the built site served on 127.0.0.1 and Debian's Chromium. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SITE_DIR = join(ROOT, 'docs', 'site');
/** Screenshots go here (ignored by git). */
export const SCREENSHOT_DIR = join(ROOT, 'test', 'browser', '__screenshots__');

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function requireBuiltSite(): void {
  if (!existsSync(join(SITE_DIR, 'calculator.html'))) {
    throw new Error('docs/site is not built: run `npm run docs` before `npm run test:browser`');
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}
