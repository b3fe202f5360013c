/**
 * The plan's outline as its table of contents gives it (目录), with the page on which each chapter and
 * section starts. The text file of the plan has no page numbers of its own, so a citation's page is the
 * table-of-contents page of the section (or chapter) it cites: a reader turns to that page and reads on.
 *
 * @packageDocumentation
 */

import { outlinePage } from './outline-pages.js';

/** A section (节) of a chapter, as listed in the table of contents. */
export interface OutlineSection {
  /** Section number within its chapter (第一节 = 1). */
  readonly number: number;
  /** Title as the plan writes it, without the "第N节" prefix. */
  readonly title: string;
  /** Page on which the section starts, per the table of contents. */
  readonly page: number;
}

/** A chapter (章) of the plan, or the preface (前言) as chapter 0. */
export interface OutlineChapter {
  /** Chapter number (第一章 = 1); 0 is the preface 前言. */
  readonly number: number;
  readonly title: string;
  readonly page: number;
  readonly sections: readonly OutlineSection[];
}

const CHINESE_NUMERALS = [
  '〇',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
] as const;

/** "第八章" for 8, "前言" for 0. */
export function chapterLabel(chapter: number): string {
  return chapter === 0 ? '前言' : `第${CHINESE_NUMERALS[chapter] ?? String(chapter)}章`;
}

/** "第一节" for 1. */
export function sectionLabel(section: number): string {
  return `第${CHINESE_NUMERALS[section] ?? String(section)}节`;
}

function chapter(number: number, title: string, sectionTitles: readonly string[] = []): OutlineChapter {
  return Object.freeze({
    number,
    title,
    page: outlinePage(number) ?? 0,
    sections: Object.freeze(
      sectionTitles.map((sectionTitle, index) =>
        Object.freeze({ number: index + 1, title: sectionTitle, page: outlinePage(number, index + 1) ?? 0 }),
      ),
    ),
  });
}

/** The plan's table of contents (目录), chapter by chapter, with start pages (from OUTLINE_PAGES). */
export const PLAN_OUTLINE: readonly OutlineChapter[] = /* @__PURE__ */ Object.freeze([
  chapter(0, '前言'),
  chapter(1, '总体要求', ['指导思想', '基本原则', '脱贫目标']),
  chapter(2, '产业发展脱贫', ['特色产业扶贫', '乡村旅游扶贫', '电商扶贫', '资产收益扶贫', '科技扶贫']),
  chapter(3, '转移就业脱贫', ['大力开展职业培训', '多渠道促进转移就业']),
  chapter(4, '易地搬迁脱贫', ['精准识别搬迁对象', '积极稳妥实施搬迁安置', '促进搬迁群众稳定脱贫']),
  chapter(5, '生态保护扶贫', ['加大生态保护修复力度', '建立健全生态保护补偿机制']),
  chapter(6, '教育扶贫', [
    '进一步提升基础教育水平',
    '大力发展职业教育',
    '提高高等教育服务能力',
    '降低贫困家庭就学负担',
  ]),
  chapter(7, '健康扶贫', ['提升医疗卫生服务水平', '提高医疗保障水平', '加强疾病预防控制和公共卫生']),
  chapter(8, '兜底保障', [
    '健全最低生活保障制度',
    '健全“三留守人员”和残疾人关爱服务体系',
    '一事一议帮扶脱贫',
  ]),
  chapter(9, '社会扶贫', ['扶贫协作', '定点帮扶', '企业帮扶', '军队帮扶', '社会组织和志愿者帮扶']),
  chapter(10, '提升贫困地区区域发展能力', [
    '解决区域性整体贫困',
    '加强贫困地区重大基础设施建设',
    '着力改善贫困村生产生活条件',
  ]),
  chapter(11, '资金项目安排', ['投资规模需求', '项目安排']),
  chapter(12, '保障措施', ['创新体制机制', '加大政策支持', '强化组织实施']),
]);

/** The chapter with this number, or undefined. */
export function findChapter(chapterNumber: number): OutlineChapter | undefined {
  return PLAN_OUTLINE.find((c) => c.number === chapterNumber);
}
