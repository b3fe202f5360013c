import * as z from 'zod/mini';
import { parseInput, refuse } from './errors.js';
import { chapterLabel, sectionLabel } from './outline.js';
import { outlinePage } from './outline-pages.js';

/**
 * Where in the plan a rule, parameter or table comes from, with a short verbatim quote.
 *
 * `page` is the table-of-contents page of the cited section (or of the chapter when no section is named):
 * the plan's text has no page numbers of its own, so that is the page a reader turns to.
 */
export interface Citation {
  /** Chapter number, 1–12; 0 for the preface (前言). */
  readonly chapter: number;
  /** Section (节) number within the chapter, where the clause sits in one. */
  readonly section?: number;
  /** Box (专栏) number, e.g. 6 for 专栏6. */
  readonly box?: number;
  /** Table (表) label as the plan numbers it: `'1'`, `'2'`, `'3-1'`, `'3-2'`. */
  readonly table?: string;
  /** Start page of the cited section or chapter, from the table of contents. */
  readonly page: number;
  /**
   * A short verbatim quote from the plan. Whitespace may differ from the source (page breaks split lines);
   * every other character must match. A test checks each quote against the source text.
   */
  readonly quote: string;
}

/** What {@link cite} takes: a {@link Citation} without its page, which the outline supplies. */
export interface CitationInput {
  readonly chapter: number;
  readonly section?: number;
  readonly box?: number;
  readonly table?: string;
  readonly quote: string;
}

/** The longest quote we keep: quote a clause, never a page. */
export const MAX_QUOTE_LENGTH = 160;

/**
 * Makes a frozen {@link Citation}, deriving the page from the plan's table of contents.
 * Throws a plain `Error` (a programming mistake in this library, not bad user input) if the chapter or
 * section does not exist or the quote is empty or too long.
 *
 * @example
 * ```ts
 * cite({ chapter: 8, section: 1, box: 6, quote: '分年度差异性提标时序表' }).page //=> 29
 * ```
 */
export function cite(input: CitationInput): Citation {
  if (outlinePage(input.chapter) === undefined)
    throw new Error(`cite: no chapter ${input.chapter} in the plan`);
  const page = outlinePage(input.chapter, input.section);
  if (page === undefined) throw new Error(`cite: chapter ${input.chapter} has no section ${input.section}`);
  const quote = input.quote.trim();
  if (quote.length === 0) throw new Error('cite: empty quote');
  if (quote.length > MAX_QUOTE_LENGTH) {
    throw new Error(`cite: quote longer than ${MAX_QUOTE_LENGTH} characters; quote a clause, not a passage`);
  }
  return Object.freeze({
    chapter: input.chapter,
    ...(input.section === undefined ? {} : { section: input.section }),
    ...(input.box === undefined ? {} : { box: input.box }),
    ...(input.table === undefined ? {} : { table: input.table }),
    page,
    quote,
  });
}

/** Highest chapter number of the plan (chapters 1–12; 0 is the preface). */
export const MAX_CHAPTER = 12;

/**
 * A {@link Citation} as the formatters accept it: chapter a whole number 0–{@link MAX_CHAPTER}; section,
 * box and page positive whole numbers (at most 99, 99 and 999); table a label such as `'3-1'`; quote a
 * non-empty string of at most {@link MAX_QUOTE_LENGTH} characters.
 */
export const citationSchema = /* @__PURE__ */ z.object({
  chapter: z.number().check(z.int(), z.gte(0), z.lte(MAX_CHAPTER)),
  section: z.optional(z.number().check(z.int(), z.gte(1), z.lte(99))),
  box: z.optional(z.number().check(z.int(), z.gte(1), z.lte(99))),
  table: z.optional(
    z.string().check(z.regex(/^\d{1,3}(-\d{1,3})?$/u, { error: "must be a table label such as '3-1'" })),
  ),
  page: z.number().check(z.int(), z.gte(1), z.lte(999)),
  quote: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_LENGTH)),
});

/** Whether `value` is a valid {@link Citation} (see {@link citationSchema}). */
export function isCitation(value: unknown): value is Citation {
  return citationSchema.safeParse(value).success;
}

/** The citation, validated and copied (a getter is read once), or a PolicyInputError of `core.citation`. */
function checked(value: unknown): Citation {
  return parseInput('core.citation', citationSchema, value, 'citation') as Citation;
}

/**
 * The location in Chinese, as a reader of the plan writes it: `第八章第一节 专栏6（第29页）`.
 */
export function formatLocationZh(value: Citation): string {
  const citation = checked(value);
  let out = chapterLabel(citation.chapter);
  if (citation.section !== undefined) out += sectionLabel(citation.section);
  if (citation.box !== undefined) out += ` 专栏${citation.box}`;
  if (citation.table !== undefined) out += ` 表${citation.table}`;
  return `${out}（第${citation.page}页）`;
}

/** The location in English: `Chapter 8, Section 1, Box 6, p. 29` (chapter 0 is the Preface). */
export function formatLocationEn(value: Citation): string {
  const citation = checked(value);
  const parts = [citation.chapter === 0 ? 'Preface' : `Chapter ${citation.chapter}`];
  if (citation.section !== undefined) parts.push(`Section ${citation.section}`);
  if (citation.box !== undefined) parts.push(`Box ${citation.box}`);
  if (citation.table !== undefined) parts.push(`Table ${citation.table}`);
  parts.push(`p. ${citation.page}`);
  return parts.join(', ');
}

/** Location and quote in one line: `Chapter 8, Section 1, Box 6, p. 29: “…”`. */
export function formatCitation(value: Citation, language: 'en' | 'zh' = 'en'): string {
  if (!(['en', 'zh'] as unknown[]).includes(language)) {
    return refuse('core.citation', 'language', language, "must be 'en' or 'zh'");
  }
  const citation = checked(value);
  return language === 'zh'
    ? `${formatLocationZh(citation)}：“${citation.quote}”`
    : `${formatLocationEn(citation)}: “${citation.quote}”`;
}

/** Removes all white space, so a quote can be matched across the source's line and page breaks. */
export function normalizeForQuoteMatch(text: string): string {
  return text.replace(/\s/gu, '');
}

/** Whether `citation.quote` occurs in `sourceText`, ignoring white space. */
export function quoteOccursIn(value: Citation, sourceText: string): boolean {
  const citation = checked(value);
  if (typeof sourceText !== 'string')
    return refuse('core.citation', 'sourceText', sourceText, 'must be a string');
  return normalizeForQuoteMatch(sourceText).includes(normalizeForQuoteMatch(citation.quote));
}
