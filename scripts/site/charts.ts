/**
 * The site's charts, rendered at build time to SVG with vega-lite (compiled to vega, rendered headless): 表2,
 * 表3-1 and 表3-2 by region and category, the sources of funding, 表1's yearly exit targets (when the targets
 * area exports them), the 两线合一 timetable by year, and the budget audit's findings marked on the budget tables.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import * as lib from '../../src/index.js';
import { budget, targets, timetable } from '../../src/index.js';

/** Fonts with Chinese glyphs first, so the SVG renders 中文 wherever one is installed. */
export const CHART_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** One chart of the site: its file, titles, the rules it draws on and a note for the page. */
export interface SiteChart {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly rules: readonly string[];
  readonly spec?: TopLevelSpec;
  /** HTML shown under the chart (a data table or why the chart is missing). */
  readonly note: string;
}

const CONFIG = {
  font: CHART_FONT,
  axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: 400 },
  legend: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: 400 },
  title: { font: CHART_FONT },
  header: { labelFont: CHART_FONT, titleFont: CHART_FONT },
} as const;

function stackedByRegion(table: '2' | '3-1' | '3-2', title: string): TopLevelSpec {
  const rows = budget.budgetChartRows({ tables: [table] }).map((r) => ({
    region: `${r.region} ${r.regionEn}`,
    category: `${r.category} ${r.categoryEn}`,
    value: r.value,
    amountYi: r.amountYi,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 520,
    height: { step: 22 },
    data: { values: rows },
    mark: 'bar',
    encoding: {
      y: { field: 'region', type: 'nominal', sort: null, title: '地区 region' },
      x: { field: 'value', type: 'quantitative', aggregate: 'sum', title: '亿元 (100 million yuan)' },
      color: { field: 'category', type: 'nominal', title: '类别 category', sort: null },
      order: { field: 'category', sort: 'ascending' },
    },
    config: CONFIG,
  };
}

function fundingSourcesSpec(): TopLevelSpec {
  const totalColumn = budget.TABLE2_COLUMNS[0];
  const rows = budget
    .budgetChartRows({ tables: ['2'], includeTotals: true })
    .filter((r) => r.region === budget.TOTAL_ROW && r.category !== totalColumn)
    .map((r) => ({
      source: `${r.category} ${r.categoryEn}`,
      value: r.value,
      label: `${r.amountYi ?? ''} 亿元`,
    }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: '表2 资金来源 Sources of funding (合计 total)',
    width: 480,
    height: { step: 32 },
    data: { values: rows },
    layer: [
      { mark: 'bar', encoding: { color: { field: 'source', type: 'nominal', legend: null } } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'label' } } },
    ],
    encoding: {
      y: { field: 'source', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: '亿元 (100 million yuan)' },
    },
    config: CONFIG,
  };
}

function timetableSpec(): { spec: TopLevelSpec; years: { year: number; places: string[] }[] } {
  const years = [2016, 2017, 2018, 2019, 2020].map((year) => ({
    year,
    places: timetable.placesMergingIn(year).map((e) => e.nameAsListed),
  }));
  const values = years.map((y) => ({ year: String(y.year), count: y.places.length }));
  return {
    years,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: '专栏6 两线合一时序 Places whose Dibao standard reaches the poverty line, by year',
      width: 420,
      height: 240,
      data: { values },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: '年份 year', axis: { labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', title: '地方数 places' },
      },
      layer: [{ mark: 'bar' }, { mark: { type: 'text', dy: -8 }, encoding: { text: { field: 'count' } } }],
      config: CONFIG,
    },
  };
}

interface AuditMark {
  readonly table: string;
  readonly region: string;
  readonly column: string;
  readonly status: string;
  readonly finding: string;
}

function auditSpec(): { spec: TopLevelSpec; findings: budget.AuditCheck[] } {
  const audit = budget.auditBudget();
  const findings = [...audit.findings];
  const marks: AuditMark[] = findings
    .filter((f) => f.status !== 'note')
    .flatMap((f) => f.cells.map((c) => ({ ...c, status: f.status, finding: f.id })));
  const cells = budget.budgetChartRows({ includeTotals: true, includeNotListed: true }).map((r) => ({
    table: `表${r.table}`,
    region: r.region,
    column: r.category,
    value: r.value,
    label: r.amountYi ?? '—',
  }));
  const perTable = budget.BUDGET_TABLE_IDS.map((t) => ({
    title: `表${t}`,
    width: { step: 62 },
    height: { step: 20 },
    layer: [
      {
        data: { values: cells.filter((c) => c.table === `表${t}`) },
        mark: 'rect',
        encoding: {
          x: { field: 'column', type: 'nominal', sort: null, title: null, axis: { labelAngle: -40 } },
          y: { field: 'region', type: 'nominal', sort: null, title: null },
          color: { field: 'value', type: 'quantitative', title: '亿元', scale: { scheme: 'blues' } },
        },
      },
      {
        data: { values: cells.filter((c) => c.table === `表${t}`) },
        mark: { type: 'text', fontSize: 9 },
        encoding: {
          x: { field: 'column', type: 'nominal', sort: null },
          y: { field: 'region', type: 'nominal', sort: null },
          text: { field: 'label' },
        },
      },
      {
        data: { values: marks.filter((m) => m.table === t).map((m) => ({ ...m, table: `表${t}` })) },
        mark: { type: 'rect', fill: null, strokeWidth: 2.5 },
        encoding: {
          x: { field: 'column', type: 'nominal', sort: null },
          y: { field: 'region', type: 'nominal', sort: null },
          stroke: {
            field: 'status',
            type: 'nominal',
            title: '审计 audit',
            scale: { domain: ['material', 'withinRounding'], range: ['#d62728', '#ff9f1c'] },
          },
        },
      },
    ],
  }));
  return {
    findings,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: '预算表与审计发现 The budget tables with the audit’s findings outlined',
      vconcat: perTable,
      resolve: { scale: { color: 'independent' } },
      config: CONFIG,
    } as TopLevelSpec,
  };
}

interface TargetRow {
  readonly indicator: string;
  readonly year: string;
  readonly value: number | null;
  readonly printed: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown, lang: 'zh' | 'en'): string =>
  isRecord(v) && typeof v[lang] === 'string' ? v[lang] : '';

/**
 * 表1's yearly exit targets, read from the targets area's exported `TARGETS` (each `{ source: 'table1', name,
 * unit, figures: [{ year, value, printed }] }`) where it exists: the 表1 rows whose English name speaks of exits.
 * Read by shape, so the site builds before and after the targets area lands.
 */
function targetRows(): TargetRow[] {
  const all = (targets as Record<string, unknown>).TARGETS;
  if (!Array.isArray(all)) return [];
  return all
    .filter(isRecord)
    .filter((t) => t.source === 'table1' && /exit/iu.test(text(t.name, 'en')) && Array.isArray(t.figures))
    .flatMap((t) =>
      (t.figures as unknown[]).filter(isRecord).map((f) => ({
        indicator: `${text(t.name, 'zh')} (${text(t.unit, 'zh')}) ${text(t.name, 'en')}`,
        year: String(f.year),
        value: typeof f.value === 'string' && f.value !== '' ? Number(f.value) : null,
        printed: typeof f.printed === 'string' ? f.printed : '',
      })),
    );
}

function targetsSpec(rows: readonly TargetRow[]): TopLevelSpec {
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: '表1 年度脱贫目标 Yearly exit targets',
    vconcat: indicators.map((indicator) => ({
      title: indicator,
      width: 420,
      height: 150,
      data: { values: rows.filter((r) => r.indicator === indicator) },
      encoding: { x: { field: 'year', type: 'ordinal', title: '年份 year', axis: { labelAngle: 0 } } },
      layer: [
        { mark: 'bar', encoding: { y: { field: 'value', type: 'quantitative', title: null } } },
        {
          mark: { type: 'text', dy: -6, baseline: 'bottom' },
          encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'printed' } },
        },
        {
          // A figure in words (2020: 实现全面脱贫) has no bar: its words stand in the middle of the column.
          transform: [{ filter: 'datum.value === null' }],
          mark: { type: 'text', fontWeight: 'bold' },
          encoding: { y: { value: 75 }, text: { field: 'printed' } },
        },
      ],
    })),
    config: CONFIG,
  };
}

/** The targets area's rules that cite 表1. */
function table1Rules(): string[] {
  return lib.rules
    .filter((r) => r.area === 'targets' && r.citations.some((c) => c.table === '1'))
    .map((r) => r.id);
}

/** Every chart of the site (a chart whose data is missing comes with a note and no spec). */
export function siteCharts(): SiteChart[] {
  const tt = timetableSpec();
  const audit = auditSpec();
  const targetData = targetRows();
  const title = { zh: '表1 年度脱贫目标', en: "表1's yearly exit targets" };
  const targetChart: SiteChart =
    targetData.length === 0
      ? {
          id: 'table1-exit-targets',
          title,
          rules: [],
          note: '<p class="missing">Not drawn yet: the <code>targets</code> area exports no 表1 targets (<code>TARGETS</code>) in this build; the chart appears when it does.</p>',
        }
      : { id: 'table1-exit-targets', title, rules: table1Rules(), spec: targetsSpec(targetData), note: '' };
  return [
    {
      id: 'table2-by-region',
      title: { zh: '表2 各地区投资与资金来源', en: '表2 by region and source of funds' },
      rules: ['budget.table2'],
      spec: stackedByRegion('2', '表2 总投资按资金来源 Investment by region and source (亿元)'),
      note: '',
    },
    {
      id: 'table31-by-region',
      title: { zh: '表3-1 精准扶贫项目', en: '表3-1 targeted poverty projects by region and category' },
      rules: ['budget.table31'],
      spec: stackedByRegion('3-1', '表3-1 精准扶贫项目 Targeted poverty projects by region (亿元)'),
      note: '',
    },
    {
      id: 'table32-by-region',
      title: {
        zh: '表3-2 提升区域发展能力项目',
        en: '表3-2 regional development projects by region and category',
      },
      rules: ['budget.table32'],
      spec: stackedByRegion(
        '3-2',
        '表3-2 提升贫困地区区域发展能力项目 Regional development by region (亿元)',
      ),
      note: '',
    },
    {
      id: 'funding-sources',
      title: { zh: '资金来源', en: 'Sources of funding' },
      rules: ['budget.table2', 'budget.shares'],
      spec: fundingSourcesSpec(),
      note: '',
    },
    targetChart,
    {
      id: 'two-lines-merge-timetable',
      title: { zh: '两线合一时序表', en: 'The 两线合一 timetable by year' },
      rules: ['timetable.twoLinesMerge'],
      spec: tt.spec,
      note: timetableNote(tt.years),
    },
    {
      id: 'budget-audit',
      title: { zh: '预算审计发现', en: "The budget audit's findings on the budget tables" },
      rules: ['budget.audit'],
      spec: audit.spec,
      note: auditNote(audit.findings),
    },
  ];
}

function escText(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function timetableNote(years: { year: number; places: string[] }[]): string {
  const rows = years
    .map(
      (y) =>
        `<tr><td>${y.year}</td><td>${y.places.length}</td><td lang="zh-Hans">${escText(y.places.join('、'))}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>year 年份</th><th>places</th><th>地方</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function auditNote(findings: budget.AuditCheck[]): string {
  const rows = findings
    .map(
      (f) =>
        `<tr class="audit-${escText(f.status)}"><td><code>${escText(f.id)}</code></td><td>${escText(f.status)}</td>` +
        `<td>${escText(f.description)}</td><td>${f.difference === null ? '' : escText(f.difference.toString())}</td></tr>`,
    )
    .join('');
  return `<p>Outlined cells: red = material difference, orange = within rounding. Notes are listed only.</p>
<table><thead><tr><th>finding</th><th>status</th><th>what</th><th>difference</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Renders a vega-lite spec to an SVG string, headless. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
