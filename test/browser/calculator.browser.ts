/**
 * The calculator in Chromium: a spec case typed into the forms gives the figures the library gives in Node,
 * an edited scheme profile changes them as it does in Node, and a bad input shows the library's own message
 * beside its field. Screenshots of the calculator and the rulebook go to test/browser/__screenshots__/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dibao, housing, medical, PolicyInputError } from '../../src/index.js';
import { serveSite } from '../../scripts/site/serve.js';
import { loadSiteSpecCases } from '../../scripts/site/spec.js';
import { launchChromium, requireBuiltSite, ROOT, SCREENSHOT_DIR, SITE_DIR } from './site.js';

type Claim = Parameters<typeof medical.reimburse>[0];
type Profile = Parameters<typeof medical.reimburse>[1];

let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuiltSite();
  ({ server, url: base } = await serveSite(SITE_DIR));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}calculator.html`);
  await page.locator('#calculator-status[data-ready="true"]').waitFor({ timeout: 15_000 });
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser.close();
  await new Promise((ok) => server.close(ok));
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves of an object as dotted paths. */
function leaves(value: unknown, prefix: string): [string, unknown][] {
  if (!isRecord(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

/** Types a value into the field of that path, whatever kind of field it is. */
async function fill(form: string, path: string, value: unknown): Promise<void> {
  const field = page.locator(`${form} [data-path="${path}"]`);
  const tag = await field.evaluate((e: { tagName: string }) => e.tagName.toLowerCase());
  const type = await field.getAttribute('type');
  if (type === 'checkbox') await field.setChecked(value === true);
  else if (tag === 'select') await field.selectOption(String(value));
  else await field.fill(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Submits a form and waits for its next run (the page numbers each run in `data-run`). */
async function submit(form: string, result: string): Promise<void> {
  const box = page.locator(`[data-result-for="${result}"]`);
  const run = Number((await box.getAttribute('data-run')) ?? '0');
  await page.locator(`${form} button[type="submit"]`).click();
  await page.locator(`[data-result-for="${result}"][data-run="${run + 1}"]`).waitFor({ state: 'attached' });
}

async function figure(result: string, path: string): Promise<string> {
  return (await page.locator(`[data-result-for="${result}"] [data-figure="${path}"]`).textContent()) ?? '';
}

/** The first spec case of `medical.reimburse` that expects figures (either spec layout), or a copy of one. */
function medicalSpecCase(): { name: string; claim: Claim; expect: Record<string, unknown> } {
  for (const c of loadSiteSpecCases(join(ROOT, 'spec'))) {
    const f = c.fields;
    const args = Array.isArray(f.args) ? (f.args as unknown[]) : [];
    const input = isRecord(f.input) ? f.input : undefined;
    const claim = args[0] ?? (isRecord(input?.claim) ? input.claim : input);
    const isReimburse =
      c.call === 'medical.reimburse' || (c.call === undefined && c.rule.startsWith('medical.'));
    if (isReimburse && isRecord(claim) && 'totalCost' in claim && isRecord(f.expect)) {
      return { name: c.name, claim: claim as Claim, expect: f.expect };
    }
  }
  return {
    name: 'County inpatient, 12,000 billed (10,000 in catalogue), illustrative profile',
    claim: {
      date: '2018-04-17',
      patient: { registeredPoor: true },
      careType: 'inpatient',
      diseaseGroup: 'other',
      hospital: { level: 'county', inCounty: true, designated: true },
      totalCost: '12000',
      inCatalogueCost: '10000',
    },
    expect: { 'shares.basicInsurance': '6790.00' },
  };
}

const MEDICAL_FIGURES = [
  'shares.waiver',
  'shares.basicInsurance',
  'shares.criticalIllnessInsurance',
  'shares.medicalAssistance',
  'shares.countyFund',
  'reimbursed',
  'outOfPocket',
] as const;

const at = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), obj);

/** The gap subsidy in Node, the one place the test calls it (like the page's adapter): the standard second. */
function gapSubsidyInNode(input: { standard: string; members: number; householdIncome: string }) {
  const { standard, ...household } = input;
  return dibao.dibaoGapSubsidy(household, { standard });
}

async function setProfile(profile: unknown): Promise<void> {
  await fill('#medical-form', 'profile', JSON.stringify(profile, null, 2));
}

describe('the calculator runs the library in the browser', () => {
  const spec = medicalSpecCase();

  it(`medical: the spec case “${spec.name}” shows the figures reimburse() gives in Node`, async () => {
    for (const [path, value] of leaves(spec.claim, 'claim')) await fill('#medical-form', path, value);
    await setProfile(medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
    await submit('#medical-form', 'medical');
    const node = medical.reimburse(spec.claim, medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
    for (const path of MEDICAL_FIGURES)
      expect(await figure('medical', path), path).toBe(String(at(node, path)));
    for (const [path, want] of Object.entries(spec.expect)) {
      if (MEDICAL_FIGURES.includes(path as (typeof MEDICAL_FIGURES)[number])) {
        expect(await figure('medical', path), `spec ${path}`).toBe(String(want));
      }
    }
    const trace = page.locator('[data-result-for="medical"] table.trace tr');
    expect(await trace.count()).toBe(node.trace.length + 1);
    await expect
      .poll(() => page.locator('[data-result-for="medical"] .citations').textContent())
      .toContain('第七章');
  });

  it('medical: an edited scheme profile (county rate 65% → 75%) changes the figures as in Node', async () => {
    const edited = structuredClone(medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE) as unknown as Record<
      string,
      unknown
    >;
    const county = at(edited, 'basicInsurance.inpatient.byLevel.county') as Record<string, unknown>;
    county.rate = '0.75';
    await setProfile(edited);
    await submit('#medical-form', 'medical');
    const node = medical.reimburse(spec.claim, edited as unknown as Profile);
    expect(await figure('medical', 'shares.basicInsurance')).toBe(node.shares.basicInsurance.toString());
    expect(node.shares.basicInsurance.toString()).not.toBe(
      medical
        .reimburse(spec.claim, medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE)
        .shares.basicInsurance.toString(),
    );
    await setProfile(medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE);
  });

  it('dibao: standard 3,900 × 3 members − income 7,800 = 3,900 a year, 325.00 a month, as in Node', async () => {
    const input = { standard: '3900', members: 3, householdIncome: '7800' };
    for (const [k, v] of Object.entries(input)) await fill('#dibao-gap-form', k, v);
    await submit('#dibao-gap-form', 'dibaoGap');
    const node = gapSubsidyInNode(input);
    expect(await figure('dibaoGap', 'monthly')).toBe(node.monthly.toString());
    expect(await figure('dibaoGap', 'annual')).toBe('3900.00');
  });

  it('dibao: the gradual-exit schedule from 600 a month, quarter by quarter, as in Node', async () => {
    const input = {
      householdType: 'ruralDibao',
      startDate: '2019-01-01',
      baseMonthlySubsidy: '600',
    } as const;
    for (const [k, v] of Object.entries(input)) await fill('#dibao-exit-form', k, v);
    await submit('#dibao-exit-form', 'gradualExit');
    const node = dibao.gradualExitSchedule(input);
    expect(await figure('gradualExit', 'total')).toBe(node.total.toString());
    for (const [i, q] of node.quarters.entries()) {
      expect(await figure('gradualExit', `quarters.${i}.amount`)).toBe(q.amount.toString());
    }
  });

  it('housing: 3 registered people × 25 m² = 75 m² cap; 80 m² planned is not compliant, as in Node', async () => {
    await fill('#housing-form', 'registeredPeople', '3');
    await fill('#housing-form', 'plannedAreaM2', '80');
    await submit('#housing-form', 'housing');
    const node = housing.checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' });
    expect(await figure('housing', 'capM2')).toBe(node.capM2.toString());
    expect(await figure('housing', 'compliant')).toBe('false 否');
    const trace = await page.locator('[data-result-for="housing"] table.trace').textContent();
    expect(trace).toContain('住房建设面积上限');
    expect(trace).toContain('Area cap');
  });
});

/** The library's own message for an input, from Node (at `path` or a path ending in it: `local.standard`). */
function messageFor(run: () => unknown, path: string): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PolicyInputError) {
      const issue = e.issues.find((i) => i.path === path || i.path.endsWith(`.${path}`));
      if (issue !== undefined) return issue.message;
    }
    throw e;
  }
  throw new Error(`no error at ${path}`);
}

describe('a bad input shows the library’s message beside its field', () => {
  it('medical: in-catalogue 20,000 above the total 12,000 is refused at claim.inCatalogueCost', async () => {
    const claim = { ...medicalSpecCase().claim, totalCost: '12000', inCatalogueCost: '20000' };
    for (const [path, value] of leaves(claim, 'claim')) await fill('#medical-form', path, value);
    await submit('#medical-form', 'medical');
    const want = messageFor(
      () => medical.reimburse(claim, medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE),
      'claim.inCatalogueCost',
    );
    const slot = page.locator('#medical-form [data-error-for="claim.inCatalogueCost"]');
    expect(await slot.textContent()).toBe(want);
    expect(
      await page.locator('#medical-form [data-path="claim.inCatalogueCost"]').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await page.locator('#medical-form [data-error-for="claim.totalCost"]').textContent()).toBe('');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.locator('#medical').screenshot({ path: join(SCREENSHOT_DIR, 'calculator-medical-error.png') });
  });

  it('housing: 0 registered people is refused at registeredPeople', async () => {
    await fill('#housing-form', 'registeredPeople', '0');
    await submit('#housing-form', 'housing');
    const want = messageFor(
      () => housing.checkHousePlan({ registeredPeople: 0, plannedAreaM2: '80' }),
      'registeredPeople',
    );
    expect(await page.locator('#housing-form [data-error-for="registeredPeople"]').textContent()).toBe(want);
  });

  it('dibao: a standard of "abc" is refused at standard', async () => {
    await fill('#dibao-gap-form', 'standard', 'abc');
    await submit('#dibao-gap-form', 'dibaoGap');
    const want = messageFor(
      () => gapSubsidyInNode({ standard: 'abc', members: 3, householdIncome: '7800' }),
      'standard',
    );
    expect(await page.locator('#dibao-gap-form [data-error-for="standard"]').textContent()).toBe(want);
    await fill('#dibao-gap-form', 'standard', '3900');
  });

  it('saves a screenshot of the whole calculator with its Chinese text', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, 'calculator.png');
    await page.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
  });
});
