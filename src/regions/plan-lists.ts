import { cite, type Citation } from '../core/citation.js';

/**
 * The plan's own lists of places, exactly as it writes them, with where it writes them. The registry
 * (`data.ts`) and the timetable (`../timetable`) are built from these lists; nothing here is inferred.
 */

/** A year of 专栏6 (分年度差异性提标时序表). */
export type MergeYear = 2016 | 2017 | 2018;

/** One row of 专栏6: the year and the places, as listed, in box order. */
export interface Box6Row {
  readonly year: MergeYear;
  readonly names: readonly string[];
}

/** 专栏6, row by row, in box order: 28 + 7 + 16 = 51 places. */
export const BOX6_ROWS: readonly Box6Row[] = Object.freeze(
  (
    [
      [
        2016,
        '长春市（市辖区）、双阳区、九台区、农安县、德惠市、吉林市（市辖区）、永吉县、舒兰市、磐石市、桦甸市、蛟河市、' +
          '四平市（市辖区）、公主岭市、梨树县、辽源市（市辖区）、东丰县、通化市（市辖区）、通化县、松原市（市辖区）、' +
          '扶余市、延吉市、图们市、敦化市、龙井市、和龙市、珲春市、汪清县、安图县',
      ],
      [2017, '榆树市、双辽市、柳河县、东辽县、辉南县、梅河口市、抚松县'],
      [
        2018,
        '伊通县、集安市、白山市（市辖区）、江源区、临江市、乾安县、前郭县、长白山保护开发区、靖宇县、镇赉县、通榆县、' +
          '大安市、长白县、长岭县、白城市（市辖区）、洮南市',
      ],
    ] as const
  ).map(([year, list]) => Object.freeze({ year, names: Object.freeze(list.split('、')) })),
);

/**
 * The citation of one place in 专栏6: the year with the first place of its row, or the place with the one
 * listed before it, so each quote pins the name to its row and its position in the box.
 */
export function box6Citation(year: MergeYear, index: number): Citation {
  const row = BOX6_ROWS.find((r) => r.year === year);
  const name = row?.names[index];
  if (row === undefined || name === undefined) throw new Error(`box6Citation: no entry ${year}#${index}`);
  const previous = row.names[index - 1];
  const quote = previous === undefined ? `${year} 年 ${name}` : `${previous}、${name}`;
  return cite({ chapter: 8, section: 1, box: 6, quote });
}

/** The heading of 专栏6. */
export const BOX6_TITLE = cite({ chapter: 8, section: 1, box: 6, quote: '专栏 6 分年度差异性提标时序表' });

/** The clause 专栏6 carries out: every area's Dibao standard reaches the national poverty line in 2018. */
export const BY_2018_CLAUSE = cite({
  chapter: 8,
  section: 1,
  quote: '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准',
});

/** The clause that names the two lines to be merged. */
export const TWO_LINES_MERGE_CLAUSE = cite({
  chapter: 8,
  section: 1,
  quote: '实现农村低保标准与扶贫标准的“两线合一”',
});

/** The rows of 表2 / 表3-1 / 表3-2 (the budget regions), in table order, with each row's first two figures in 表2. */
const BUDGET_ROWS: readonly (readonly [string, string])[] = [
  ['长春市', '71.66 28.97'],
  ['吉林市', '60.04 30.2'],
  ['四平市', '84.7 83.85'],
  ['辽源市', '18.23 8.34'],
  ['通化市', '43.73 32.16'],
  ['白山市', '61.61 36.98'],
  ['松原市', '64.46 48.16'],
  ['白城市', '286.5 123.62'],
  ['延边州', '225.64 167.04'],
  ['长白山保护开发区', '3.45 1.9'],
  ['公主岭市', '30.86 21.12'],
  ['梅河口市', '13.09 9.69'],
];

/** The names of the rows of 表2 / 表3-1 / 表3-2, in table order. */
export const BUDGET_TABLE_ROWS: readonly string[] = Object.freeze(BUDGET_ROWS.map(([name]) => name));

/** Each budget region's row of 表2 (its name with its total and government investment), by name. */
export const BUDGET_ROW_CITATIONS: ReadonlyMap<string, Citation> = new Map(
  BUDGET_ROWS.map(([name, figures]) => [
    name,
    cite({ chapter: 11, section: 1, table: '2', quote: `${name} ${figures}` }),
  ]),
);

/** The heading of 表2. */
export const BUDGET_TABLE_TITLE = cite({
  chapter: 11,
  section: 1,
  table: '2',
  quote: '吉林省“十三五”脱贫攻坚建设项目规划资金需求',
});

/** 表2's note on where its rows come from: the prefectures, 长白山保护开发区 and the 扩权强县试点市. */
export const BUDGET_SOURCES_NOTE = cite({
  chapter: 11,
  section: 1,
  table: '2',
  quote: '(资金需求来源于各市州、长白山保护开发区、扩权强县试点市脱贫攻坚规划)',
});

/** Where the budget tables list their regions. */
export const BUDGET_TABLE_CITATIONS: readonly Citation[] = Object.freeze([
  BUDGET_TABLE_TITLE,
  BUDGET_SOURCES_NOTE,
  cite({ chapter: 11, section: 2, table: '3-1', quote: '吉林省“十三五”脱贫攻坚建设项目、资金的区域分布' }),
  cite({ chapter: 11, section: 2, table: '3-2', quote: '吉林省“十三五”脱贫攻坚建设资金的区域分布 (续 1)' }),
]);

/** The 8 national key counties, named in two places whose union is 8; the count 8 is stated in chapter 6. */
export const NATIONAL_KEY_COUNTY_NAMES = Object.freeze({
  /** 专栏1 (四) 资产收益扶贫工程, the photovoltaic paragraph. */
  photovoltaic: Object.freeze(['靖宇', '大安', '和龙', '通榆', '汪清', '镇赉']),
  /** Chapter 10, section 1, part 二 (民族地区). */
  ethnic: Object.freeze(['和龙', '龙井', '汪清', '安图']),
});

export const NATIONAL_KEY_COUNTY_CITATIONS: readonly Citation[] = Object.freeze([
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
export const OLD_REVOLUTIONARY_BASE_NAMES: readonly string[] = Object.freeze([
  '靖宇',
  '和龙',
  '汪清',
  '安图',
  '龙井',
  '图们',
  '柳河',
  '长白',
]);

export const OLD_REVOLUTIONARY_BASE_CITATIONS: readonly Citation[] = Object.freeze([
  cite({
    chapter: 10,
    section: 1,
    quote: '重点支持靖宇、和龙、汪清、安图、龙井、图们、柳河、长白等欠发达革命老区加快发展',
  }),
]);

/** Ethnic-minority areas (民族地区) the plan names: 4 national key counties and 2 provincial contiguous-area counties. */
export const ETHNIC_MINORITY_AREA_NAMES = Object.freeze({
  nationalKeyCounties: Object.freeze(['和龙', '龙井', '汪清', '安图']),
  provincialContiguousAreaCounties: Object.freeze(['图们', '长白']),
});

export const ETHNIC_MINORITY_AREA_CITATIONS: readonly Citation[] = Object.freeze([
  cite({
    chapter: 10,
    section: 1,
    quote: '着力解决全省民族地区和龙、龙井、汪清、安图 4 个国家扶贫开发工作重点县和图们、长白 2 个省定片区县',
  }),
  cite({ chapter: 10, section: 1, quote: '以及西部贫困民族乡（镇）的脱贫问题' }),
]);

/** 少数民族聚居地（一州三县）: the plan counts them (chapter 6) without naming them. */
export const ETHNIC_AUTONOMOUS_AREA_CITATIONS: readonly Citation[] = Object.freeze([
  cite({ chapter: 6, section: 3, quote: '少数民族聚居地（一州三县）' }),
]);

/** 省定片区县: the plan names 图们 and 长白; it counts 15 片区县 without listing them. */
export const CONTIGUOUS_AREA_CITATIONS: readonly Citation[] = Object.freeze([
  cite({ chapter: 10, section: 1, quote: '图们、长白 2 个省定片区县' }),
  cite({ chapter: 0, quote: '全省东西两个集中连片特殊贫困地区 15 个片区县' }),
]);

/** Border areas: the plan speaks of them but names none. */
export const BORDER_AREA_CITATIONS: readonly Citation[] = Object.freeze([
  cite({ chapter: 10, section: 1, quote: '二、推进革命老区、民族地区、边境地区脱贫攻坚' }),
  cite({ chapter: 10, section: 1, quote: '实施兴边固防富民工程，加快边境地区基础设施建设步伐' }),
  cite({ chapter: 12, section: 2, quote: '边境县市和革命老区脱贫攻坚' }),
]);

/** Yanbian's lower poverty-exit threshold, the reason for the `inYanbian` flag. */
export const YANBIAN_THRESHOLD_CITATIONS: readonly Citation[] = Object.freeze([
  cite({ chapter: 1, section: 3, quote: '村贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
  cite({ chapter: 1, section: 3, quote: '县贫困发生率降至 2% 以下（延边州为 3% 以下）' }),
]);

/** One pair of a collaboration box: the helpers as listed, and the place they help. */
export interface BoxPair {
  readonly helpers: readonly string[];
  readonly recipient: string;
  /** A verbatim quote of the row (white space aside). */
  readonly quote: string;
}

/** A collaboration box (专栏7, 8 or 9). */
export interface PairingBoxSource {
  readonly box: 7 | 8 | 9;
  readonly title: string;
  readonly helperGroup: string;
  readonly recipientGroup: string;
  readonly pairs: readonly BoxPair[];
}

function pair(helpers: readonly string[], recipient: string, quote: string): BoxPair {
  return Object.freeze({ helpers: Object.freeze([...helpers]), recipient, quote });
}

/** 专栏7–9, row by row as the plan prints them. */
export const PAIRING_BOXES: readonly PairingBoxSource[] = Object.freeze([
  Object.freeze({
    box: 7,
    title: '东西部扶贫协作“携手奔小康”行动结对名单',
    helperGroup: '浙江省宁波市',
    recipientGroup: '吉林省延边州',
    pairs: Object.freeze([
      pair(['宁海县', '奉化区'], '安图县', '浙江省宁波市 宁海县、奉化区 安图县 吉林省延边州'),
      pair(['北仑区'], '汪清县', '北仑区 汪清县'),
      pair(['海曙区'], '龙井市', '海曙区 龙井市'),
      pair(['慈溪市'], '和龙市', '慈溪市 和龙市'),
    ]),
  }),
  Object.freeze({
    box: 8,
    title: '长春市与白城市扶贫协作结对名单',
    helperGroup: '长春市',
    recipientGroup: '白城市',
    pairs: Object.freeze([
      pair(['朝阳区'], '镇赉县', '长春市 朝阳区 镇赉县 白城市'),
      pair(['绿园区'], '通榆县', '绿园区 通榆县'),
      pair(['南关区'], '大安市', '南关区 大安市'),
    ]),
  }),
  Object.freeze({
    box: 9,
    title: '吉林市与白山市扶贫协作对接名单',
    helperGroup: '吉林市',
    recipientGroup: '白山市',
    pairs: Object.freeze([
      pair(['桦甸市'], '靖宇县濛江乡', '吉林市 桦甸市 靖宇县濛江乡 白山市'),
      pair(['永吉县'], '靖宇县靖宇镇', '永吉县 靖宇县靖宇镇'),
      pair(['中新食品区', '北大壶开发区'], '靖宇县赤松镇', '中新食品区 北大壶开发区 靖宇县赤松镇'),
      pair(['蛟河市'], '靖宇县那尔轰镇', '蛟河市 靖宇县那尔轰镇'),
      pair(['磐石市'], '靖宇县景山镇', '磐石市 靖宇县景山镇'),
      pair(['经开区'], '靖宇县龙泉镇', '经开区 靖宇县龙泉镇'),
      pair(['舒兰市'], '靖宇县三道湖镇', '舒兰市 靖宇县三道湖镇'),
      pair(['高新区'], '靖宇县花园口镇', '高新区 靖宇县花园口镇'),
    ]),
  }),
]);

/** The clauses of chapter 9, section 1 that set up the pairings. */
export const PAIRING_CLAUSE_CITATIONS: readonly Citation[] = Object.freeze([
  cite({ chapter: 9, section: 1, quote: '推动宁波市5县（市、区）与延边州4县（市）精准对接' }),
  cite({
    chapter: 9,
    section: 1,
    quote: '由长春市帮扶白城市、吉林市帮扶白山市，帮扶重点是国家扶贫开发工作重点县',
  }),
]);
