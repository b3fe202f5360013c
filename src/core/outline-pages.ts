/**
 * The start page of each chapter and section as the plan's table of contents (目录) gives it: row `n` is chapter
 * `n` (0 is the preface 前言), its first number the chapter's page, then its sections' pages in order. Kept apart
 * from the titles (outline.ts) so that `cite` reads only these numbers: a bundle of one rule then carries
 * no chapter or section title. Internal.
 */
export const OUTLINE_PAGES: readonly (readonly number[])[] = /* @__PURE__ */ (() =>
  Object.freeze(
    [
      [1], // 前言
      [4, 4, 4, 6], // 第1章
      [7, 8, 10, 10, 11, 12], // 第2章
      [15, 15, 16], // 第3章
      [17, 17, 18, 19], // 第4章
      [20, 20, 21], // 第5章
      [23, 23, 24, 25, 25], // 第6章
      [26, 26, 27, 28], // 第7章
      [29, 29, 31, 32], // 第8章
      [32, 32, 34, 36, 37, 37], // 第9章
      [38, 39, 41, 43], // 第10章
      [47, 48, 48], // 第11章
      [51, 51, 53, 55], // 第12章
    ].map((row) => Object.freeze(row)),
  ))();

/**
 * The page a citation of this chapter (and section) starts on; undefined if the plan has no such chapter or
 * section.
 */
export function outlinePage(chapter: number, section?: number): number | undefined {
  const pages = Number.isInteger(chapter) ? OUTLINE_PAGES[chapter] : undefined;
  if (pages === undefined || section === undefined) return pages?.[0];
  return Number.isInteger(section) && section >= 1 ? pages[section] : undefined;
}
