/**
 * The rest of the built site: the link check (rulebook, API, charts), the rulebook's search, the charts load,
 * and the rule ↔ API links both ways.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { checkSiteLinks } from '../../scripts/site/check-links.js';
import { loadSiteSpecCases } from '../../scripts/site/spec.js';
import { serveSite } from '../../scripts/site/serve.js';
import { launchChromium, requireBuiltSite, SCREENSHOT_DIR, SITE_DIR } from './site.js';

describe('the link check', () => {
  it('finds no broken local link in docs/site (rulebook, API, charts, calculator)', () => {
    requireBuiltSite();
    const { pages, broken } = checkSiteLinks(SITE_DIR);
    expect(pages).toBeGreaterThan(rules.length / 10);
    expect(broken).toEqual([]);
  });

  it('reports a missing file and a missing anchor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    writeFileSync(
      join(dir, 'a.html'),
      '<p id="here"><a href="a.html#here">ok</a> <a href="b.html">no</a> <a href="#gone">no</a> <a href="https://x.org/">ext</a></p>',
    );
    const { broken } = checkSiteLinks(dir);
    expect(broken.map((b) => b.link)).toEqual(['b.html', '#gone']);
  });
});

describe('the rulebook reads spec cases in either layout', () => {
  it('flat files (case, call, args) and a folder per area (name, rule, input, expect)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spec-'));
    writeFileSync(
      join(dir, 'housing.yaml'),
      "- case: flat\n  rule: housing.areaCap\n  call: housing.checkHousePlan\n  args: [{ registeredPeople: 3, plannedAreaM2: '75' }]\n  expect: { capM2: '75' }\n",
    );
    mkdirSync(join(dir, 'medical'));
    writeFileSync(
      join(dir, 'medical', 'reimburse.yaml'),
      "- name: folder\n  rule: medical.fiveUplifts\n  input: { totalCost: '100' }\n  expect: { outOfPocket: '0.00' }\n",
    );
    const cases = loadSiteSpecCases(dir);
    expect(cases.map((c) => [c.file, c.name, c.rule, c.call])).toEqual([
      ['housing.yaml', 'flat', 'housing.areaCap', 'housing.checkHousePlan'],
      ['medical/reimburse.yaml', 'folder', 'medical.fiveUplifts', undefined],
    ]);
    expect(cases[1]?.body).toContain('totalCost: "100"');
  });
});

describe('the site in Chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    requireBuiltSite();
    ({ server, url: base } = await serveSite(SITE_DIR));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  });

  afterAll(async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  });

  it('the rulebook search finds rules by Chinese title, English title and id', async () => {
    await page.goto(`${base}rules/index.html`);
    const visible = page.locator('#rule-table tbody tr:visible');
    expect(await visible.count()).toBe(rules.length);
    for (const [query, rule] of [
      ['低保', rules.find((r) => r.title.zh.includes('低保'))],
      ['area cap', rules.find((r) => r.title.en.toLowerCase().includes('area cap'))],
      ['housing.areaCap', rules.find((r) => r.id === 'housing.areaCap')],
    ] as const) {
      await page.locator('#rule-search').fill(query);
      expect(rule, query).toBeDefined();
      expect(await visible.count(), query).toBeGreaterThan(0);
      expect(await visible.count(), query).toBeLessThan(rules.length);
      expect(await page.locator('#rule-table tbody tr:visible code').allTextContents()).toContain(rule?.id);
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'rulebook-search.png') });
  });

  it('a rule links to its function in the API reference, and the function page links back', async () => {
    await page.goto(`${base}rules/housing.html#housing.areaCap`);
    const api = page.locator('[id="housing.areaCap"] .api-links a', { hasText: 'checkHousePlan' });
    await api.click();
    await page.waitForURL(/functions\/housing\.checkHousePlan\.html/u);
    await page.locator('.jpr-rule-links a', { hasText: 'housing.areaCap' }).click();
    await page.waitForURL(/rules\/housing\.html#housing\.areaCap$/u);
  });

  it('every chart of the charts page loads as an SVG image', async () => {
    await page.goto(`${base}charts.html`);
    const images = page.locator('.chart img');
    expect(await images.count()).toBeGreaterThanOrEqual(6);
    for (const img of await images.all()) {
      await expect
        .poll(() => img.evaluate((e) => (e as unknown as { naturalWidth: number }).naturalWidth))
        .toBeGreaterThan(0);
    }
    await page.locator('#budget-audit').screenshot({ path: join(SCREENSHOT_DIR, 'chart-budget-audit.png') });
  });
});
