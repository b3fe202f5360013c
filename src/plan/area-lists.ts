import { cite, type Citation } from '../core/citation.js';

/**
 * The plan's lists of kinds of places (national key counties, old revolutionary base areas, ethnic-minority
 * areas, contiguous-area counties, border areas, Yanbian's threshold), as it writes them, with where.
 */

/** The 8 national key counties, named in two places whose union is 8; the count 8 is stated in chapter 6. */
export const NATIONAL_KEY_COUNTY_NAMES = /* @__PURE__ */ Object.freeze({
  /** 专栏1 (四) 资产收益扶贫工程, the photovoltaic paragraph. */
  photovoltaic: Object.freeze(['靖宇', '大安', '和龙', '通榆', '汪清', '镇赉']),
  /** Chapter 10, section 1, part 二 (民族地区). */
  ethnic: Object.freeze(['和龙', '龙井', '汪清', '安图']),
});

export const NATIONAL_KEY_COUNTY_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({
    chapter: 2,
    box: 1,
    quote: '推进靖宇、大安、和龙、通榆、汪清、镇赉等国家扶贫开发工作重点县发展一批集中电站为主的光伏扶贫项目',
  }),
  cite({
    chapter: 10,
    section: 1,
    quote: '着力解决全省民族地区和龙、龙井、汪清、安图 4 个国家扶贫开发工作重点县',
  }),
  cite({ chapter: 6, section: 3, quote: '精准到 8 个国家扶贫开发工作重点县' }),
]);

/** Old revolutionary base areas (革命老区) the plan names, in its order. */
export const OLD_REVOLUTIONARY_BASE_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze([
  '靖宇',
  '和龙',
  '汪清',
  '安图',
  '龙井',
  '图们',
  '柳河',
  '长白',
]);

export const OLD_REVOLUTIONARY_BASE_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({
    chapter: 10,
    section: 1,
    quote: '重点支持靖宇、和龙、汪清、安图、龙井、图们、柳河、长白等欠发达革命老区加快发展',
  }),
]);

/** Ethnic-minority areas (民族地区) the plan names: 4 national key counties and 2 provincial contiguous-area counties. */
export const ETHNIC_MINORITY_AREA_NAMES = /* @__PURE__ */ Object.freeze({
  nationalKeyCounties: Object.freeze(['和龙', '龙井', '汪清', '安图']),
  provincialContiguousAreaCounties: Object.freeze(['图们', '长白']),
});

export const ETHNIC_MINORITY_AREA_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({
    chapter: 10,
    section: 1,
    quote: '着力解决全省民族地区和龙、龙井、汪清、安图 4 个国家扶贫开发工作重点县和图们、长白 2 个省定片区县',
  }),
  cite({ chapter: 10, section: 1, quote: '以及西部贫困民族乡（镇）的脱贫问题' }),
]);

/** 少数民族聚居地（一州三县）: the plan counts them (chapter 6) without naming them. */
export const ETHNIC_AUTONOMOUS_AREA_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 6, section: 3, quote: '少数民族聚居地（一州三县）' }),
]);

/** 省定片区县: the plan names 图们 and 长白; it counts 15 片区县 without listing them. */
export const CONTIGUOUS_AREA_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 10, section: 1, quote: '图们、长白 2 个省定片区县' }),
  cite({ chapter: 0, quote: '全省东西两个集中连片特殊贫困地区 15 个片区县' }),
]);

/** Border areas: the plan speaks of them but names none. */
export const BORDER_AREA_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 10, section: 1, quote: '二、推进革命老区、民族地区、边境地区脱贫攻坚' }),
  cite({ chapter: 10, section: 1, quote: '实施兴边固防富民工程，加快边境地区基础设施建设步伐' }),
  cite({ chapter: 12, section: 2, quote: '边境县市和革命老区脱贫攻坚' }),
]);

/** Yanbian's lower poverty-exit threshold, the reason for the `inYanbian` flag. */
export const YANBIAN_THRESHOLD_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 1, section: 3, quote: '村贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
  cite({ chapter: 1, section: 3, quote: '县贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
]);
