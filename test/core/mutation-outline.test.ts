/**
 * The plan's outline (src/core/outline.ts), pinned for mutation testing (issue 15): every chapter and section
 * with its title and table-of-contents page as the plan's 目录 gives them, the chapter and section labels, and
 * findChapter. Read inside each `it`.
 */
import { describe, expect, it } from 'vitest';
import { chapterLabel, findChapter, PLAN_OUTLINE, sectionLabel } from '../../src/core/outline.js';

/** [chapter number, title, page, [section title, page][]] as the 目录 lists them. */
const CONTENTS: [number, string, number, [string, number][]][] = [
  [0, '前言', 1, []],
  [
    1,
    '总体要求',
    4,
    [
      ['指导思想', 4],
      ['基本原则', 4],
      ['脱贫目标', 6],
    ],
  ],
  [
    2,
    '产业发展脱贫',
    7,
    [
      ['特色产业扶贫', 8],
      ['乡村旅游扶贫', 10],
      ['电商扶贫', 10],
      ['资产收益扶贫', 11],
      ['科技扶贫', 12],
    ],
  ],
  [
    3,
    '转移就业脱贫',
    15,
    [
      ['大力开展职业培训', 15],
      ['多渠道促进转移就业', 16],
    ],
  ],
  [
    4,
    '易地搬迁脱贫',
    17,
    [
      ['精准识别搬迁对象', 17],
      ['积极稳妥实施搬迁安置', 18],
      ['促进搬迁群众稳定脱贫', 19],
    ],
  ],
  [
    5,
    '生态保护扶贫',
    20,
    [
      ['加大生态保护修复力度', 20],
      ['建立健全生态保护补偿机制', 21],
    ],
  ],
  [
    6,
    '教育扶贫',
    23,
    [
      ['进一步提升基础教育水平', 23],
      ['大力发展职业教育', 24],
      ['提高高等教育服务能力', 25],
      ['降低贫困家庭就学负担', 25],
    ],
  ],
  [
    7,
    '健康扶贫',
    26,
    [
      ['提升医疗卫生服务水平', 26],
      ['提高医疗保障水平', 27],
      ['加强疾病预防控制和公共卫生', 28],
    ],
  ],
  [
    8,
    '兜底保障',
    29,
    [
      ['健全最低生活保障制度', 29],
      ['健全“三留守人员”和残疾人关爱服务体系', 31],
      ['一事一议帮扶脱贫', 32],
    ],
  ],
  [
    9,
    '社会扶贫',
    32,
    [
      ['扶贫协作', 32],
      ['定点帮扶', 34],
      ['企业帮扶', 36],
      ['军队帮扶', 37],
      ['社会组织和志愿者帮扶', 37],
    ],
  ],
  [
    10,
    '提升贫困地区区域发展能力',
    38,
    [
      ['解决区域性整体贫困', 39],
      ['加强贫困地区重大基础设施建设', 41],
      ['着力改善贫困村生产生活条件', 43],
    ],
  ],
  [
    11,
    '资金项目安排',
    47,
    [
      ['投资规模需求', 48],
      ['项目安排', 48],
    ],
  ],
  [
    12,
    '保障措施',
    51,
    [
      ['创新体制机制', 51],
      ['加大政策支持', 53],
      ['强化组织实施', 55],
    ],
  ],
];

describe('PLAN_OUTLINE: the 目录, chapter by chapter', () => {
  it.each(CONTENTS)('chapter %i %s starts on page %i, with its sections', (number, title, page, sections) => {
    expect(PLAN_OUTLINE[number]).toEqual({
      number,
      title,
      page,
      sections: sections.map(([t, p], i) => ({ number: i + 1, title: t, page: p })),
    });
  });

  it('has exactly the preface and 12 chapters, in order', () => {
    expect(PLAN_OUTLINE.map((c) => [c.number, c.title])).toEqual(CONTENTS.map(([n, t]) => [n, t]));
  });
});

describe('labels: 前言, 第N章, 第N节', () => {
  it.each<[number, string, string]>([
    [0, '前言', '第〇节'],
    [1, '第一章', '第一节'],
    [2, '第二章', '第二节'],
    [3, '第三章', '第三节'],
    [4, '第四章', '第四节'],
    [5, '第五章', '第五节'],
    [6, '第六章', '第六节'],
    [7, '第七章', '第七节'],
    [8, '第八章', '第八节'],
    [9, '第九章', '第九节'],
    [10, '第十章', '第十节'],
    [11, '第十一章', '第十一节'],
    [12, '第十二章', '第十二节'],
    // Past the plan's numerals the number is written in digits.
    [13, '第13章', '第13节'],
  ])('%i → %s, %s', (n, chapter, section) => {
    expect([chapterLabel(n), sectionLabel(n)]).toEqual([chapter, section]);
  });
});

describe('findChapter', () => {
  it('finds chapter 8 兜底保障 (page 29) and the preface; chapter 13 is none', () => {
    expect([findChapter(8)?.title, findChapter(8)?.page]).toEqual(['兜底保障', 29]);
    expect(findChapter(0)?.title).toBe('前言');
    expect(findChapter(13)).toBeUndefined();
  });
});
