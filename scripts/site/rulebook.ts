/**
 * The rulebook: a page per policy area and a section per rule, with its titles, citations and verbatim
 * quotes, the parameters in force with their dates, the interpretations chosen with their alternatives, the
 * functions that evaluate it (linked to the API reference) and its spec cases as worked examples; and an index
 * page that searches every rule by id and Chinese or English title.
 */
import {
  BOUND_TERMS,
  formatLocationEn,
  formatLocationZh,
  PARAM_UNITS,
  type Citation,
  type Interpretation,
  type Param,
  type PolicyArea,
  type Rule,
} from '../../src/index.js';
import { apiFunctionPage, apiModulePage, type ApiFunction } from './api-links.js';
import { anchor, esc, page } from './html.js';
import type { SiteSpecCase } from './spec.js';

export interface RulebookData {
  readonly rules: readonly Rule[];
  readonly interpretations: readonly Interpretation[];
  readonly params: readonly Param[];
  readonly specCases: readonly SiteSpecCase[];
  readonly apiByRule: ReadonlyMap<string, readonly ApiFunction[]>;
}

/** A parameter's value with its unit and limit word, in one language (`不超过 25 平方米/人`). */
export function paramValueText(p: Param, value: string, lang: 'zh' | 'en'): string {
  const unit = PARAM_UNITS[p.unit];
  let shown: string;
  if (unit.kind === 'rate') shown = `${String(Number((Number(value) * 100).toPrecision(12)))}%`;
  else if (unit.kind === 'date' || p.unit === 'year') shown = value;
  else {
    const suffix = p.unit === 'count' ? (p.counter?.[lang] ?? '') : unit[lang];
    shown = suffix === '' ? value : `${value} ${suffix}`;
  }
  if (p.bound === undefined) return shown;
  return lang === 'zh' ? `${p.bound} ${shown}` : `${BOUND_TERMS[p.bound].en} ${shown}`;
}

function citationHtml(c: Citation): string {
  return `<figure class="citation"><blockquote lang="zh-Hans">${esc(c.quote)}</blockquote>
<figcaption>${esc(formatLocationZh(c))} · ${esc(formatLocationEn(c))}</figcaption></figure>`;
}

function paramsHtml(ids: readonly string[], params: ReadonlyMap<string, Param>): string {
  if (ids.length === 0) return '';
  const rows = ids.flatMap((id) => {
    const p = params.get(id);
    if (p === undefined)
      return [`<tr><td><code>${esc(id)}</code></td><td colspan="3">not registered</td></tr>`];
    const versions = p.versions
      .map(
        (v) =>
          `<li>${esc(paramValueText(p, v.value, 'zh'))} / ${esc(paramValueText(p, v.value, 'en'))} — ` +
          `${v.from === null ? 'any date 任何日期' : `from ${esc(v.from)} 起`}${v.note === undefined ? '' : ` (${esc(v.note)})`}</li>`,
      )
      .join('');
    return [
      `<tr id="${anchor(`param-${p.id}`)}"><td><code>${esc(p.id)}</code></td><td>${esc(p.title.zh)}<br>${esc(p.title.en)}</td>` +
        `<td><ul>${versions}</ul></td><td lang="zh-Hans">“${esc(p.citation.quote)}”<br><small>${esc(formatLocationZh(p.citation))}</small></td></tr>`,
    ];
  });
  return `<h3>Parameters in force 参数</h3>
<table class="params"><thead><tr><th>id</th><th>title 名称</th><th>value and date 数值与生效日期</th><th>source 出处</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function interpretationHtml(i: Interpretation): string {
  const alternatives = i.alternatives
    .map((a) => `<li><code>${esc(a.id)}</code>: ${esc(a.description)}</li>`)
    .join('');
  return `<div class="interpretation" id="${anchor(`interpretation-${i.id}`)}">
<h4><code>${esc(i.id)}</code></h4>
<p><strong>Question.</strong> ${esc(i.question)}</p>
<p><strong>Chosen</strong> (<code>${esc(i.chosen.id)}</code>): ${esc(i.chosen.description)}</p>
${alternatives === '' ? '' : `<p><strong>Alternatives.</strong></p><ul>${alternatives}</ul>`}
<p><strong>Why.</strong> ${esc(i.rationale)}</p>
</div>`;
}

function specHtml(cases: readonly SiteSpecCase[]): string {
  if (cases.length === 0) return '';
  const items = cases
    .map(
      (c) =>
        `<details class="spec-case"><summary>${esc(c.name)} <small>(spec/${esc(c.file)})</small></summary>` +
        `<pre><code>${esc(c.body)}</code></pre></details>`,
    )
    .join('\n');
  return `<h3>Worked examples 算例 (spec cases)</h3>\n${items}`;
}

function apiHtml(rule: Rule, fns: readonly ApiFunction[]): string {
  const links =
    fns.length === 0
      ? `<a href="../api/${apiModulePage(rule.area === 'core' ? 'index' : rule.area)}">${esc(rule.area)} module</a>`
      : fns
          .map(
            (f) => `<a href="../api/${apiFunctionPage(f)}"><code>${esc(f.module)}.${esc(f.name)}</code></a>`,
          )
          .join(', ');
  return `<p class="api-links"><strong>API:</strong> ${links}</p>`;
}

function ruleSection(rule: Rule, data: RulebookData, params: ReadonlyMap<string, Param>): string {
  const interpretations = rule.interpretations.flatMap((id) => {
    const i = data.interpretations.find((x) => x.id === id);
    return i === undefined ? [] : [interpretationHtml(i)];
  });
  return `<section class="rule" id="${anchor(rule.id)}">
<h2><code>${esc(rule.id)}</code> <span lang="zh-Hans">${esc(rule.title.zh)}</span> · ${esc(rule.title.en)}</h2>
<p class="kind">${esc(rule.kind)}</p>
<p>${esc(rule.summary)}</p>
${apiHtml(rule, data.apiByRule.get(rule.id) ?? [])}
<h3>Citations 出处</h3>
${rule.citations.map(citationHtml).join('\n')}
${paramsHtml(rule.params, params)}
${interpretations.length === 0 ? '' : `<h3>Interpretations 解释</h3>\n${interpretations.join('\n')}`}
${specHtml(data.specCases.filter((c) => c.rule === rule.id))}
</section>`;
}

/** The areas that have rules, in the registry's order. */
export function rulebookAreas(rules: readonly Rule[]): PolicyArea[] {
  return [...new Set(rules.map((r) => r.area))];
}

/** The page of one area, as `[path relative to the site, html]`. */
export function areaPage(area: PolicyArea, data: RulebookData): [string, string] {
  const params = new Map(data.params.map((p) => [p.id, p]));
  const areaRules = data.rules.filter((r) => r.area === area);
  const toc = areaRules
    .map(
      (r) =>
        `<li><a href="#${anchor(r.id)}"><code>${esc(r.id)}</code> ${esc(r.title.zh)} · ${esc(r.title.en)}</a></li>`,
    )
    .join('\n');
  const body = `<h1>Rulebook 规则: ${esc(area)}</h1>
<p><a href="index.html">All rules 全部规则</a></p>
<ul class="toc">${toc}</ul>
${areaRules.map((r) => ruleSection(r, data, params)).join('\n')}`;
  return [`rules/${area}.html`, page({ title: `Rules: ${area}`, root: '../', body })];
}

/** The rulebook's index: every rule, searchable by id and Chinese or English title. */
export function rulebookIndex(data: RulebookData): [string, string] {
  const rows = data.rules
    .map(
      (r) =>
        `<tr data-search="${esc(`${r.id} ${r.title.zh} ${r.title.en}`.toLowerCase())}">` +
        `<td><a href="${esc(r.area)}.html#${anchor(r.id)}"><code>${esc(r.id)}</code></a></td>` +
        `<td lang="zh-Hans">${esc(r.title.zh)}</td><td>${esc(r.title.en)}</td><td>${esc(r.kind)}</td></tr>`,
    )
    .join('\n');
  const areas = rulebookAreas(data.rules)
    .map(
      (a) => `<li><a href="${a}.html">${esc(a)}</a> (${data.rules.filter((r) => r.area === a).length})</li>`,
    )
    .join('\n');
  const body = `<h1>Rulebook 规则</h1>
<p>${data.rules.length} rules, ${data.params.length} parameters, ${data.interpretations.length} interpretations, ${data.specCases.length} spec cases.</p>
<ul class="areas">${areas}</ul>
<label for="rule-search">Search 搜索 (id, 中文, English)</label>
<input id="rule-search" type="search" placeholder="e.g. 低保, areaCap, deductible" autocomplete="off">
<p id="rule-search-count" aria-live="polite"></p>
<table id="rule-table"><thead><tr><th>id</th><th>中文</th><th>English</th><th>kind</th></tr></thead>
<tbody>${rows}</tbody></table>
<script src="../assets/search.js"></script>`;
  return ['rules/index.html', page({ title: 'Rulebook', root: '../', body })];
}

/** The search box's script (plain, no module: it only filters the table). */
export const SEARCH_SCRIPT = `(function () {
  var input = document.getElementById('rule-search');
  var count = document.getElementById('rule-search-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#rule-table tbody tr'));
  function update() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search') || '';
      var match = terms.every(function (t) { return text.indexOf(t) >= 0; });
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown + ' / ' + rows.length;
  }
  input.addEventListener('input', update);
  update();
})();
`;
