import { cite, type Citation } from '../core/citation.js';

/** The collaboration boxes 专栏7–9 of chapter 9, row by row as the plan prints them, and the clauses behind them. */

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
export const PAIRING_BOXES: readonly PairingBoxSource[] = /* @__PURE__ */ Object.freeze([
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
export const PAIRING_CLAUSE_CITATIONS: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 9, section: 1, quote: '推动宁波市5县（市、区）与延边州4县（市）精准对接' }),
  cite({
    chapter: 9,
    section: 1,
    quote: '由长春市帮扶白城市、吉林市帮扶白山市，帮扶重点是国家扶贫开发工作重点县',
  }),
]);

/** The headings of 专栏7, 专栏8 and 专栏9. */
export const PAIRING_BOX_TITLES: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  cite({ chapter: 9, section: 1, box: 7, quote: '东西部扶贫协作“携手奔小康”行动结对名单' }),
  cite({ chapter: 9, section: 1, box: 8, quote: '长春市与白城市扶贫协作结对名单' }),
  cite({ chapter: 9, section: 1, box: 9, quote: '吉林市与白山市扶贫协作对接名单' }),
]);
