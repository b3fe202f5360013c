/**
 * Builds the documentation site into `docs/site/` (generated; never edit it by hand): the rulebook, the
 * charts, the calculator and the links between them and the API reference TypeDoc wrote into `docs/site/api`
 * (run `typedoc` first; `npm run docs` does both). The library comes in through its public entry only.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from '../../src/index.js';
import { injectRuleLinks, linkRulesToApi } from './api-links.js';
import { bundleScripts } from './bundle.js';
import { renderSvg, siteCharts, type SiteChart } from './charts.js';
import { esc, page } from './html.js';
import { areaPage, rulebookAreas, rulebookIndex, SEARCH_SCRIPT, type RulebookData } from './rulebook.js';
import { loadSiteSpecCases } from './spec.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'docs', 'site');
const API = join(OUT, 'api');
const SITE_SRC = join(ROOT, 'site');

function write(path: string, text: string): void {
  const file = join(OUT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** `AREA_RULE_IDS.key` → rule id, from every area's exported `*_RULE_IDS` object. */
function ruleIdConstants(): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of Object.values(lib as Record<string, unknown>)) {
    if (typeof ns !== 'object' || ns === null) continue;
    for (const [name, value] of Object.entries(ns as Record<string, unknown>)) {
      if (!name.endsWith('_RULE_IDS') || typeof value !== 'object' || value === null) continue;
      for (const [key, id] of Object.entries(value))
        if (typeof id === 'string') out.set(`${name}.${key}`, id);
    }
  }
  return out;
}

function chartSection(chart: SiteChart): string {
  const rules = chart.rules
    .flatMap((id) => {
      const rule = lib.rules.find((r) => r.id === id);
      return rule === undefined
        ? []
        : [`<a href="rules/${rule.area}.html#${rule.id}"><code>${esc(rule.id)}</code></a>`];
    })
    .join(', ');
  const img =
    chart.spec === undefined
      ? ''
      : `<img src="charts/${chart.id}.svg" alt="${esc(`${chart.title.zh} ${chart.title.en}`)}">`;
  return `<section class="chart" id="${chart.id}">
<h2>${esc(chart.title.zh)} · ${esc(chart.title.en)}</h2>
${rules === '' ? '' : `<p>Rules 规则: ${rules}</p>`}
${img}
${chart.note}
</section>`;
}

function chartsPage(charts: readonly SiteChart[]): string {
  const toc = charts
    .map((c) => `<li><a href="#${c.id}">${esc(c.title.zh)} · ${esc(c.title.en)}</a></li>`)
    .join('');
  const body = `<h1>Charts 图表</h1>
<p>Rendered at build time to SVG with vega-lite from the library's data (<code>budget.budgetChartRows</code>,
<code>budget.auditBudget</code>, <code>timetable.placesMergingIn</code>, the <code>targets</code> area).</p>
<ul>${toc}</ul>
${charts.map(chartSection).join('\n')}`;
  return page({ title: 'Charts', root: '', body });
}

function homePage(data: RulebookData): string {
  const areas = rulebookAreas(data.rules)
    .map((a) => `<li><a href="rules/${a}.html">${esc(a)}</a></li>`)
    .join('');
  const body = `<h1>jilin-poverty-rules</h1>
<p>The Jilin Province 13th Five-Year Poverty Alleviation Plan (2016–2020) as typed, tested, cited functions.
吉林省“十三五”脱贫攻坚规划的规则代码。</p>
<ul>
<li><a href="rules/index.html">Rulebook 规则</a>: ${data.rules.length} rules with their citations, parameters, interpretations and worked examples.</li>
<li><a href="charts.html">Charts 图表</a>: the budget tables, the sources of funding, the targets and the 两线合一 timetable.</li>
<li><a href="calculator.html">Calculator 计算器</a>: medical reimbursement, the Dibao subsidy and gradual exit, the housing cap.</li>
<li><a href="api/index.html">API reference</a> (TypeDoc).</li>
</ul>
<h2>Areas 领域</h2><ul>${areas}</ul>`;
  return page({ title: 'Home', root: '', body });
}

function ensureDist(): void {
  if (existsSync(join(ROOT, 'dist', 'index.js'))) return;
  console.log('dist/ missing: building the package first (tsup)');
  execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const reflections = join(API, 'reflections.json');
  if (!existsSync(reflections))
    throw new Error('docs/site/api/reflections.json is missing: run typedoc first (npm run docs)');
  for (const stale of ['rules', 'charts', 'assets'])
    rmSync(join(OUT, stale), { recursive: true, force: true });
  const specCases = loadSiteSpecCases(join(ROOT, 'spec'));
  const links = linkRulesToApi({
    rules: lib.rules,
    ruleIdConstants: ruleIdConstants(),
    specCases,
    reflectionsJson: readFileSync(reflections, 'utf8'),
    apiDir: API,
    srcDir: join(ROOT, 'src'),
  });
  const data: RulebookData = {
    rules: lib.rules,
    interpretations: lib.interpretations,
    params: lib.params,
    specCases,
    apiByRule: links.byRule,
  };
  for (const area of rulebookAreas(lib.rules)) write(...areaPage(area, data));
  write(...rulebookIndex(data));
  const injected = injectRuleLinks(API, links.byPage);
  const charts = siteCharts();
  for (const chart of charts)
    if (chart.spec !== undefined) write(`charts/${chart.id}.svg`, await renderSvg(chart.spec));
  write('charts.html', chartsPage(charts));
  write('index.html', homePage(data));
  const calculator = readFileSync(join(SITE_SRC, 'calculator.html'), 'utf8');
  write(
    'calculator.html',
    page({
      title: 'Calculator',
      root: '',
      body: calculator,
      head: '<script type="module" src="assets/calculator.js"></script>',
    }),
  );
  mkdirSync(join(OUT, 'assets'), { recursive: true });
  copyFileSync(join(SITE_SRC, 'site.css'), join(OUT, 'assets', 'site.css'));
  write('assets/search.js', SEARCH_SCRIPT);
  ensureDist();
  const sizes = await bundleScripts({
    distEntry: join(ROOT, 'dist', 'index.js'),
    pageScript: join(SITE_SRC, 'calculator.ts'),
    assetsDir: join(OUT, 'assets'),
  });
  const linked = [...links.byRule.values()].filter((f) => f.length > 0).length;
  console.log(
    `docs/site: ${lib.rules.length} rules (${linked} linked to API functions, ${injected} API pages linked back), ` +
      `${charts.filter((c) => c.spec !== undefined).length}/${charts.length} charts, ` +
      `library bundle ${(sizes.library / 1024).toFixed(1)} KiB, page script ${(sizes.page / 1024).toFixed(1)} KiB, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

await main();
