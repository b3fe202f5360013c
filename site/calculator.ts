/**
 * The calculator page's script. It runs the library's own browser bundle (`assets/jilin-poverty-rules.js`,
 * built from `dist/` by esbuild; the import below is rewritten to it at build time) on the forms' values, shows
 * the figures, the trace and the citations in Chinese and English, and puts the library's own message for a
 * refused field beside that field. The forms' inputs are named by the library's input paths (`claim.totalCost`),
 * so a `PolicyInputError`'s path finds its field.
 */
import {
  dibao,
  formatLocationEn,
  formatLocationZh,
  housing,
  medical,
  PolicyInputError,
  type Citation,
} from 'jilin-poverty-rules';

type Values = Record<string, unknown>;
type Compute = (values: Values) => unknown;

/*
 * One adapter per form: the single place that turns the form's values into the library's arguments. When a
 * signature changes (the local Dibao standard moving to a 2nd argument `local`), change only the adapter.
 */

/** `medical.reimburse(claim, profile)`: the claim and the county scheme profile (2nd argument). */
function computeMedical(values: Values): unknown {
  type Args = Parameters<typeof medical.reimburse>;
  return medical.reimburse(values.claim as Args[0], values.profile as Args[1]);
}

/**
 * `dibao.dibaoGapSubsidy(household, local)`: the local standard is the second argument (0.2); the page puts a
 * `local.standard` error beside the standard field.
 */
function computeDibaoGap(values: Values): unknown {
  const { standard, ...household } = values;
  return dibao.dibaoGapSubsidy(
    household as dibao.GapSubsidyInput,
    { standard } as dibao.DibaoLocalStandardInput,
  );
}

/** `dibao.gradualExitSchedule(input)`. */
function computeGradualExit(values: Values): unknown {
  return dibao.gradualExitSchedule(values as Parameters<typeof dibao.gradualExitSchedule>[0]);
}

/** `housing.checkHousePlan(plan)`. */
function computeHousing(values: Values): unknown {
  return housing.checkHousePlan(values as unknown as Parameters<typeof housing.checkHousePlan>[0]);
}

/** The figures each form shows: [path into the result, 中文, English]. */
const FIGURES: Record<string, readonly (readonly [string, string, string])[]> = {
  medical: [
    ['shares.waiver', '减免', 'Waiver'],
    ['shares.basicInsurance', '基本医保', 'Basic insurance'],
    ['shares.criticalIllnessInsurance', '大病保险', 'Critical-illness insurance'],
    ['shares.medicalAssistance', '医疗救助', 'Medical assistance'],
    ['shares.commercialInsurance', '商业保险', 'Commercial insurance'],
    ['shares.countyFund', '县级医疗基金', 'County medical fund'],
    ['shares.foundation', '基金会', 'Foundation'],
    ['reimbursed', '报销合计', 'Reimbursed'],
    ['outOfPocket', '个人自付', 'Out of pocket'],
    ['depositRequired', '需交押金', 'Deposit required'],
  ],
  dibaoGap: [
    ['monthly', '月补助', 'Monthly subsidy'],
    ['annual', '年补助', 'Annual subsidy'],
    ['countedAnnualIncome', '计入年收入', 'Counted annual income'],
    ['perCapitaAnnualIncome', '人均年收入', 'Income per person per year'],
    ['annualStandard', '年低保标准', 'Annual standard'],
    ['belowStandard', '低于标准', 'Below the standard'],
  ],
  gradualExit: [
    ['months', '渐退月数', 'Months'],
    ['endDate', '结束日期', 'End date'],
    ['total', '渐退补助合计', 'Total'],
  ],
  housing: [
    ['capM2', '面积上限 (m²)', 'Area cap (m²)'],
    ['plannedAreaM2', '计划面积 (m²)', 'Planned area (m²)'],
    ['compliant', '符合标准', 'Compliant'],
    ['excessM2', '超出 (m²)', 'Excess (m²)'],
    ['headroomM2', '余量 (m²)', 'Headroom (m²)'],
  ],
};

const COMPUTE: Record<string, Compute> = {
  medical: computeMedical,
  dibaoGap: computeDibaoGap,
  gradualExit: computeGradualExit,
  housing: computeHousing,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** A value as text: money and decimals by their exact string, booleans in both languages. */
function show(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'boolean') return v ? 'true 是' : 'false 否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isRecord(v) && typeof v.toString === 'function' && v.toString !== Object.prototype.toString) {
    return (v as { toString(): string }).toString();
  }
  return JSON.stringify(v);
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), obj);
}

function setAt(obj: Values, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  keys.slice(0, -1).forEach((k) => {
    if (!isRecord(o[k])) o[k] = {};
    o = o[k] as Values;
  });
  o[keys[keys.length - 1] ?? path] = value;
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field's value as the library takes it: no checks here, the library refuses what it must. */
function fieldValue(field: Field): { value?: unknown; error?: string } {
  const type = field.dataset.type;
  if (type === 'boolean' && field instanceof HTMLInputElement) return { value: field.checked };
  const raw = field.value.trim();
  if (raw === '' && field.dataset.optional !== undefined) return {};
  if (type === 'integer') return { value: /^-?\d+$/u.test(raw) ? Number(raw) : raw };
  if (type === 'json') {
    try {
      return { value: JSON.parse(raw) as unknown };
    } catch (e) {
      return { error: `not valid JSON 不是有效的 JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { value: raw };
}

function fieldsOf(form: HTMLFormElement): Field[] {
  return [...form.querySelectorAll<Field>('[data-path]')];
}

/** The error slot for a library path: exact, else the nearest enclosing field, else a field it ends with. */
function errorSlotFor(form: HTMLFormElement, path: string): HTMLElement | undefined {
  const slots = [...form.querySelectorAll<HTMLElement>('[data-error-for]')];
  const key = (s: HTMLElement): string => s.dataset.errorFor ?? '';
  return (
    slots.find((s) => key(s) === path) ??
    slots
      .filter((s) => path.startsWith(`${key(s)}.`) || path.startsWith(`${key(s)}[`))
      .sort((a, b) => key(b).length - key(a).length)[0] ??
    slots.find((s) => path.endsWith(`.${key(s)}`) || key(s).endsWith(`.${path}`))
  );
}

function clearErrors(form: HTMLFormElement): void {
  form
    .querySelectorAll<HTMLElement>('[data-error-for], [data-form-error]')
    .forEach((s) => (s.textContent = ''));
  fieldsOf(form).forEach((f) => {
    f.removeAttribute('aria-invalid');
  });
}

function markError(form: HTMLFormElement, path: string, message: string): void {
  const slot = errorSlotFor(form, path);
  const target = slot ?? form.querySelector<HTMLElement>('[data-form-error]');
  if (target === null) return;
  const line = slot === undefined ? `${path}: ${message}` : message;
  target.textContent = target.textContent === '' ? line : `${target.textContent}; ${line}`;
  const field = form.querySelector(`[data-path="${slot?.dataset.errorFor ?? ''}"]`);
  field?.setAttribute('aria-invalid', 'true');
}

function citationsOf(result: unknown): Citation[] {
  const fromSteps = (Array.isArray(at(result, 'trace')) ? (at(result, 'trace') as unknown[]) : []).flatMap(
    (s) => stepCitations(s),
  );
  const own = at(result, 'citations');
  const all = [...(Array.isArray(own) ? (own as Citation[]) : []), ...fromSteps];
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.quote) && seen.add(c.quote));
}

function stepCitations(step: unknown): Citation[] {
  const many = at(step, 'citations');
  const one = at(step, 'citation');
  return [
    ...(Array.isArray(many) ? (many as Citation[]) : []),
    ...(isRecord(one) ? [one as unknown as Citation] : []),
  ];
}

function citationText(c: Citation): string {
  return `${formatLocationZh(c)} / ${formatLocationEn(c)}：“${c.quote}”`;
}

/** One trace step in either shape: the contract's (`text.zh`/`text.en`) or the older one (`step`/`formula`/`result`). */
function traceRow(step: unknown, index: number): HTMLTableRowElement {
  const tr = el('tr');
  const zh = at(step, 'text.zh');
  const en = at(step, 'text.en');
  const figure = at(step, 'amount') ?? at(step, 'value') ?? at(step, 'result');
  tr.append(el('td', String(index + 1)));
  if (typeof zh === 'string' || typeof en === 'string') {
    tr.append(el('td', show(zh), { lang: 'zh-Hans' }), el('td', show(en)));
  } else {
    tr.append(el('td', show(at(step, 'step'))), el('td', show(at(step, 'formula'))));
  }
  tr.append(el('td', show(figure)));
  tr.append(
    el(
      'td',
      stepCitations(step)
        .map((c) => `${formatLocationZh(c)}：“${c.quote}”`)
        .join('\n'),
    ),
  );
  return tr;
}

function renderResult(box: HTMLElement, formId: string, result: unknown): void {
  box.replaceChildren();
  const figures = el('table', undefined, { class: 'figures' });
  figures.append(el('caption', 'Result 结果'));
  for (const [path, zh, en] of FIGURES[formId] ?? []) {
    const tr = el('tr');
    tr.append(el('th', `${zh} · ${en}`), el('td', show(at(result, path)), { 'data-figure': path }));
    figures.append(tr);
  }
  box.append(figures);
  const quarters = at(result, 'quarters');
  if (Array.isArray(quarters)) box.append(quarterTable(quarters));
  const explanation = at(result, 'explanation');
  if (typeof explanation === 'string') box.append(el('p', explanation));
  const trace = at(result, 'trace');
  if (Array.isArray(trace)) {
    const table = el('table', undefined, { class: 'trace' });
    table.append(el('caption', 'Trace 计算过程'));
    const head = el('tr');
    head.append(
      el('th', '#'),
      el('th', '中文 / step'),
      el('th', 'English / formula'),
      el('th', 'figure'),
      el('th', '出处'),
    );
    table.append(head, ...trace.map(traceRow));
    box.append(table);
  }
  const cites = el('ul', undefined, { class: 'citations' });
  for (const c of citationsOf(result)) cites.append(el('li', citationText(c)));
  box.append(el('h3', 'Citations 出处'), cites);
}

function quarterTable(quarters: unknown[]): HTMLTableElement {
  const table = el('table', undefined, { class: 'quarters' });
  table.append(el('caption', 'Quarters 季度'));
  quarters.forEach((q, i) => {
    const tr = el('tr');
    tr.append(
      el('td', show(at(q, 'quarter'))),
      el('td', `${show(at(q, 'start'))} – ${show(at(q, 'end'))}`),
      el('td', show(at(q, 'factor'))),
      el('td', show(at(q, 'amount')), { 'data-figure': `quarters.${i}.amount` }),
    );
    table.append(tr);
  });
  return table;
}

function submit(form: HTMLFormElement): void {
  const formId = form.dataset.form ?? '';
  const box = document.querySelector<HTMLElement>(`[data-result-for="${formId}"]`);
  clearErrors(form);
  const values: Values = {};
  let bad = false;
  for (const field of fieldsOf(form)) {
    const path = field.dataset.path ?? field.name;
    const { value, error } = fieldValue(field);
    if (error !== undefined) {
      markError(form, path, error);
      bad = true;
    } else if (value !== undefined) setAt(values, path, value);
  }
  if (box === null) return;
  try {
    if (bad) box.replaceChildren();
    else renderResult(box, formId, (COMPUTE[formId] ?? (() => undefined))(values));
    box.dataset.state = bad ? 'error' : 'ok';
  } catch (e) {
    box.replaceChildren();
    box.dataset.state = 'error';
    if (!(e instanceof PolicyInputError)) throw e;
    for (const issue of e.issues) markError(form, issue.path, issue.message);
  } finally {
    // Each run is numbered, so a test (or a reader) can tell a new result from the last one.
    box.dataset.run = String(Number(box.dataset.run ?? '0') + 1);
  }
}

function fillOptions(): void {
  const lists: Record<string, readonly string[]> = {
    CARE_TYPES: medical.CARE_TYPES,
    DISEASE_GROUPS: medical.DISEASE_GROUPS,
    HOSPITAL_LEVELS: medical.HOSPITAL_LEVELS,
  };
  document.querySelectorAll<HTMLSelectElement>('select[data-options]').forEach((select) => {
    for (const option of lists[select.dataset.options ?? ''] ?? [])
      select.append(el('option', option, { value: option }));
  });
  document
    .querySelectorAll<HTMLSelectElement>('select[data-value]')
    .forEach((s) => (s.value = s.dataset.value ?? ''));
  const profile = document.querySelector<HTMLTextAreaElement>('textarea[data-path="profile"]');
  if (profile !== null && profile.value.trim() === '') {
    profile.value = JSON.stringify(medical.ILLUSTRATIVE_COUNTY_SCHEME_PROFILE, null, 2);
  }
}

fillOptions();
document.querySelectorAll<HTMLFormElement>('form[data-form]').forEach((form) => {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
});
const status = document.getElementById('calculator-status');
if (status !== null) {
  status.textContent = 'Ready 就绪.';
  status.dataset.ready = 'true';
}
