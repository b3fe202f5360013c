import type { Citation } from '../core/citation.js';
import {
  BORDER_AREA_CITATIONS,
  BOX6_ROWS,
  box6Citation,
  BUDGET_ROW_CITATIONS,
  BUDGET_TABLE_TITLE,
  BUDGET_TABLE_ROWS,
  CONTIGUOUS_AREA_CITATIONS,
  ETHNIC_AUTONOMOUS_AREA_CITATIONS,
  ETHNIC_MINORITY_AREA_CITATIONS,
  NATIONAL_KEY_COUNTY_CITATIONS,
  OLD_REVOLUTIONARY_BASE_CITATIONS,
  PAIRING_BOXES,
  YANBIAN_THRESHOLD_CITATIONS,
} from '../plan/index.js';
import { cite } from '../core/citation.js';

/**
 * What kind of unit a region is.
 *
 * - `province` 省; `prefecture` 地级市 or 自治州;
 * - `county` 县 or 自治县; `countyCity` 县级市; `district` one 市辖区;
 * - `cityDistricts` a prefecture's districts taken together, as 专栏6 writes "长春市（市辖区）";
 * - `zone` a development or protection zone (开发区, 长白山保护开发区), not a GB/T 2260 division;
 * - `town` 镇; `township` 乡.
 */
export type RegionLevel =
  | 'province'
  | 'prefecture'
  | 'county'
  | 'countyCity'
  | 'district'
  | 'cityDistricts'
  | 'zone'
  | 'town'
  | 'township';

/** Every {@link RegionLevel}, in order from largest to smallest. */
export const REGION_LEVELS: readonly RegionLevel[] = /* @__PURE__ */ Object.freeze([
  'province',
  'prefecture',
  'county',
  'countyCity',
  'district',
  'cityDistricts',
  'zone',
  'town',
  'township',
]);

/**
 * What the plan says about a place. Every flag records the plan's words, not outside knowledge: `true` where
 * the plan names the place (or, for `inYanbian` and `ethnicAutonomousArea`, the place lies within a unit the
 * plan names); `null` where the plan speaks of such places without naming them, so the plan does not decide.
 */
export interface RegionFlags {
  /** 国家扶贫开发工作重点县: one of the 8 the plan names (专栏1 and chapter 10). */
  readonly nationalKeyCounty: boolean;
  /** 延边州 or one of its 8 county-level units: the 3% (not 2%) poverty-exit threshold applies (chapter 1). */
  readonly inYanbian: boolean;
  /** 革命老区 named in chapter 10, section 1, part 二. */
  readonly oldRevolutionaryBase: boolean;
  /** 民族地区 named in chapter 10, section 1, part 二 (the 4 key counties and 图们, 长白). */
  readonly ethnicMinorityArea: boolean;
  /**
   * 少数民族聚居地（一州三县）(chapter 6, section 3): 延边朝鲜族自治州 with its units, and the three autonomous
   * counties 长白, 前郭尔罗斯, 伊通. The plan counts "一州三县" without naming them; the four are the
   * province's only ethnic autonomous units, by their official names.
   */
  readonly ethnicAutonomousArea: boolean;
  /**
   * 省定片区县 (provincial contiguous-area county): `true` for 图们 and 长白, which the plan names; `null` for
   * other county-level units of Jilin (the plan counts 15 片区县 but lists none); `false` elsewhere.
   */
  readonly contiguousAreaCounty: boolean | null;
  /**
   * 边境地区 (border area): the plan names none, so `null` for every place in Jilin and `false` outside it.
   * See the interpretation `regions.borderAreas`.
   */
  readonly borderArea: boolean | null;
  /** A row of 表2 / 表3-1 / 表3-2 (the budget tables of chapter 11). */
  readonly budgetRegion: boolean;
  /** Listed in 专栏6 (the two-lines-merge timetable). */
  readonly inTimetable: boolean;
}

/** A place the plan names (or that contains one), with its official name, code and what the plan says of it. */
export interface Region {
  /** Stable ASCII slug: `changbai`, `changchun`, `changchun-districts`, `yanbian`. */
  readonly id: string;
  /** As the plan writes it: `长白县`, `延边州`, `前郭县`, `长春市（市辖区）`. */
  readonly name: string;
  /** The official full name: `长白朝鲜族自治县`, `延边朝鲜族自治州`. */
  readonly officialName: string;
  /** Other names users type (short forms, pinyin, English); every one finds this region. */
  readonly aliases: readonly string[];
  readonly nameEn: string;
  readonly level: RegionLevel;
  /** The region it lies in, as during the plan's period (2016–2020); null for a province. */
  readonly parentId: string | null;
  /** GB/T 2260 six-digit code, as currently in force; null where the unit has none. */
  readonly code: string | null;
  /** Earlier GB/T 2260 codes of the same unit (still found by {@link findRegion}). */
  readonly formerCodes: readonly string[];
  /** Why the code is what it is, where that needs saying (changes, no code). */
  readonly codeNote?: string;
  readonly flags: RegionFlags;
  /** Where the plan names it. */
  readonly citations: readonly Citation[];
}

interface RegionSpec {
  readonly id: string;
  readonly name: string;
  readonly officialName?: string;
  readonly aliases: readonly string[];
  readonly nameEn: string;
  readonly level: RegionLevel;
  readonly parentId: string | null;
  readonly code: string | null;
  readonly formerCodes?: readonly string[];
  readonly codeNote?: string;
}

const ZONE_NOTE = 'A development zone, not a division of GB/T 2260; it has no six-digit code.';
const TOWN_NOTE = 'Towns and townships have no GB/T 2260 code (only nine-digit statistical codes).';
const DISTRICTS_NOTE = (code: string): string =>
  `A city's districts taken together. ${code} is the grouping line 市辖区 of GB/T 2260 (xx01), not a division of ` +
  'its own; some recent code lists of the Ministry of Civil Affairs omit these lines.';

function districts(prefectureId: string, city: string, cityEn: string, code: string): RegionSpec {
  return {
    id: `${prefectureId}-districts`,
    name: `${city}（市辖区）`,
    officialName: `${city}市辖区`,
    aliases: [`${city}(市辖区)`, `${city}市辖区`, `${city.replace(/市$/u, '')}市辖区`],
    nameEn: `${cityEn} (city districts)`,
    level: 'cityDistricts',
    parentId: prefectureId,
    code,
    codeNote: DISTRICTS_NOTE(code),
  };
}

/** Every place, in order: province, then each prefecture with its units; then Zhejiang. */
/** A builder for county-level units of one level: the short name and the id are aliases too. */
function unitOf(level: 'district' | 'county' | 'countyCity') {
  return (
    id: string,
    name: string,
    nameEn: string,
    parentId: string,
    code: string,
    extra: readonly string[] = [],
  ): RegionSpec => ({ id, name, aliases: [short(name), id, ...extra], nameEn, level, parentId, code });
}

const district = unitOf('district');
const county = unitOf('county');
const city = unitOf('countyCity');

const SPECS: readonly RegionSpec[] = [
  {
    id: 'jilin-province',
    name: '吉林省',
    aliases: ['吉林', 'jilin', 'Jilin Province', 'jilinsheng'],
    nameEn: 'Jilin Province',
    level: 'province',
    parentId: null,
    code: '220000',
  },
  // 长春市
  {
    id: 'changchun',
    name: '长春市',
    aliases: ['长春', 'Changchun'],
    nameEn: 'Changchun',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220100',
  },
  districts('changchun', '长春市', 'Changchun', '220101'),
  district('nanguan', '南关区', 'Nanguan District', 'changchun', '220102'),
  district('kuancheng', '宽城区', 'Kuancheng District', 'changchun', '220103'),
  district('chaoyang', '朝阳区', 'Chaoyang District (Changchun)', 'changchun', '220104'),
  district('erdao', '二道区', 'Erdao District', 'changchun', '220105'),
  district('lvyuan', '绿园区', 'Lüyuan District', 'changchun', '220106', ['lüyuan', 'luyuan']),
  district('shuangyang', '双阳区', 'Shuangyang District', 'changchun', '220112'),
  {
    ...district('jiutai', '九台区', 'Jiutai District', 'changchun', '220113'),
    aliases: ['九台', '九台市', 'jiutai'],
    formerCodes: ['220181'],
    codeNote: '九台市 (220181) became 九台区 of 长春市 in 2014 (220113).',
  },
  county('nongan', '农安县', "Nong'an County", 'changchun', '220122'),
  city('yushu', '榆树市', 'Yushu', 'changchun', '220182'),
  city('dehui', '德惠市', 'Dehui', 'changchun', '220183'),
  // 吉林市
  {
    id: 'jilin-city',
    name: '吉林市',
    aliases: ['吉林', 'jilin', 'Jilin City', 'jilinshi'],
    nameEn: 'Jilin City',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220200',
  },
  districts('jilin-city', '吉林市', 'Jilin City', '220201'),
  district('changyi', '昌邑区', 'Changyi District', 'jilin-city', '220202'),
  district('longtan', '龙潭区', 'Longtan District', 'jilin-city', '220203'),
  district('chuanying', '船营区', 'Chuanying District', 'jilin-city', '220204'),
  district('fengman', '丰满区', 'Fengman District', 'jilin-city', '220211'),
  county('yongji', '永吉县', 'Yongji County', 'jilin-city', '220221'),
  city('jiaohe', '蛟河市', 'Jiaohe', 'jilin-city', '220281'),
  city('huadian', '桦甸市', 'Huadian', 'jilin-city', '220282'),
  city('shulan', '舒兰市', 'Shulan', 'jilin-city', '220283'),
  city('panshi', '磐石市', 'Panshi', 'jilin-city', '220284'),
  zone(
    'jilin-economic-development-zone',
    '经开区',
    '吉林经济技术开发区',
    'Jilin Economic and Technological Development Zone',
    ['吉林经开区', '吉林市经开区', '吉林经济开发区'],
  ),
  zone(
    'jilin-high-tech-zone',
    '高新区',
    '吉林高新技术产业开发区',
    'Jilin High-tech Industrial Development Zone',
    ['吉林高新区', '吉林市高新区'],
  ),
  zone('jilin-food-zone', '中新食品区', '吉林中国新加坡食品区', 'Jilin Sino-Singapore Food Zone', [
    '吉林中新食品区',
    '中新吉林食品区',
  ]),
  zone('beidahu', '北大壶开发区', '北大壶体育旅游经济开发区', 'Beidahu Sports and Tourism Development Zone', [
    '北大壶',
    '北大湖开发区',
  ]),
  // 四平市
  {
    id: 'siping',
    name: '四平市',
    aliases: ['四平', 'Siping'],
    nameEn: 'Siping',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220300',
  },
  districts('siping', '四平市', 'Siping', '220301'),
  district('tiexi', '铁西区', 'Tiexi District', 'siping', '220302'),
  district('tiedong', '铁东区', 'Tiedong District', 'siping', '220303'),
  county('lishu', '梨树县', 'Lishu County', 'siping', '220322'),
  {
    ...county('yitong', '伊通县', 'Yitong Manchu Autonomous County', 'siping', '220323'),
    officialName: '伊通满族自治县',
  },
  city('shuangliao', '双辽市', 'Shuangliao', 'siping', '220382'),
  {
    ...city('gongzhuling', '公主岭市', 'Gongzhuling', 'siping', '220184'),
    formerCodes: ['220381'],
    codeNote:
      '公主岭市 was under 四平市 (220381) during the plan and was placed under 长春市 (220184) in 2020; ' +
      'parentId records the plan-period parent 四平市. The plan lists it as its own row of 表2/表3 (扩权强县试点市).',
  },
  // 辽源市
  {
    id: 'liaoyuan',
    name: '辽源市',
    aliases: ['辽源', 'Liaoyuan'],
    nameEn: 'Liaoyuan',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220400',
  },
  districts('liaoyuan', '辽源市', 'Liaoyuan', '220401'),
  district('longshan', '龙山区', 'Longshan District', 'liaoyuan', '220402'),
  district('xian-district', '西安区', "Xi'an District (Liaoyuan)", 'liaoyuan', '220403'),
  county('dongfeng', '东丰县', 'Dongfeng County', 'liaoyuan', '220421'),
  county('dongliao', '东辽县', 'Dongliao County', 'liaoyuan', '220422'),
  // 通化市
  {
    id: 'tonghua',
    name: '通化市',
    aliases: ['通化', 'Tonghua City', 'tonghuashi'],
    nameEn: 'Tonghua',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220500',
  },
  districts('tonghua', '通化市', 'Tonghua', '220501'),
  district('dongchang', '东昌区', 'Dongchang District', 'tonghua', '220502'),
  district('erdaojiang', '二道江区', 'Erdaojiang District', 'tonghua', '220503'),
  {
    ...county('tonghua-county', '通化县', 'Tonghua County', 'tonghua', '220521'),
    aliases: ['通化', 'tonghuaxian'],
  },
  county('huinan', '辉南县', 'Huinan County', 'tonghua', '220523'),
  county('liuhe', '柳河县', 'Liuhe County', 'tonghua', '220524'),
  {
    ...city('meihekou', '梅河口市', 'Meihekou', 'tonghua', '220581'),
    codeNote:
      '梅河口市 lies in 通化市 (220581); the plan lists it as its own row of 表2/表3 (扩权强县试点市).',
  },
  city('jian', '集安市', "Ji'an (Jilin)", 'tonghua', '220582', ["ji'an"]),
  // 白山市
  {
    id: 'baishan',
    name: '白山市',
    aliases: ['白山', 'Baishan'],
    nameEn: 'Baishan',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220600',
  },
  districts('baishan', '白山市', 'Baishan', '220601'),
  district('hunjiang', '浑江区', 'Hunjiang District', 'baishan', '220602'),
  {
    ...district('jiangyuan', '江源区', 'Jiangyuan District', 'baishan', '220605'),
    aliases: ['江源', '江源县', 'jiangyuan'],
    formerCodes: ['220625'],
    codeNote: '江源县 (220625) became 江源区 of 白山市 in 2006 (220605).',
  },
  county('fusong', '抚松县', 'Fusong County', 'baishan', '220621'),
  county('jingyu', '靖宇县', 'Jingyu County', 'baishan', '220622'),
  {
    ...county('changbai', '长白县', 'Changbai Korean Autonomous County', 'baishan', '220623'),
    officialName: '长白朝鲜族自治县',
    aliases: ['长白', 'changbai'],
  },
  city('linjiang', '临江市', 'Linjiang', 'baishan', '220681'),
  // 松原市
  {
    id: 'songyuan',
    name: '松原市',
    aliases: ['松原', 'Songyuan'],
    nameEn: 'Songyuan',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220700',
  },
  districts('songyuan', '松原市', 'Songyuan', '220701'),
  district('ningjiang', '宁江区', 'Ningjiang District', 'songyuan', '220702'),
  {
    ...county('qianguo', '前郭县', 'Qian Gorlos Mongol Autonomous County', 'songyuan', '220721'),
    officialName: '前郭尔罗斯蒙古族自治县',
    aliases: ['前郭', '前郭尔罗斯', 'qianguo', 'Qian Gorlos'],
  },
  county('changling', '长岭县', 'Changling County', 'songyuan', '220722'),
  county('qianan', '乾安县', "Qian'an County", 'songyuan', '220723', ["qian'an"]),
  {
    ...city('fuyu', '扶余市', 'Fuyu', 'songyuan', '220781'),
    aliases: ['扶余', '扶余县', 'fuyu'],
    formerCodes: ['220724'],
    codeNote: '扶余县 (220724) became the county-level city 扶余市 in 2013 (220781).',
  },
  // 白城市
  {
    id: 'baicheng',
    name: '白城市',
    aliases: ['白城', 'Baicheng'],
    nameEn: 'Baicheng',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '220800',
  },
  districts('baicheng', '白城市', 'Baicheng', '220801'),
  district('taobei', '洮北区', 'Taobei District', 'baicheng', '220802'),
  county('zhenlai', '镇赉县', 'Zhenlai County', 'baicheng', '220821'),
  county('tongyu', '通榆县', 'Tongyu County', 'baicheng', '220822'),
  city('taonan', '洮南市', 'Taonan', 'baicheng', '220881'),
  city('daan', '大安市', "Da'an", 'baicheng', '220882', ["da'an"]),
  // 延边州
  {
    id: 'yanbian',
    name: '延边州',
    officialName: '延边朝鲜族自治州',
    aliases: ['延边', 'Yanbian', 'Yanbian Prefecture', '吉林省延边州'],
    nameEn: 'Yanbian Korean Autonomous Prefecture',
    level: 'prefecture',
    parentId: 'jilin-province',
    code: '222400',
  },
  city('yanji', '延吉市', 'Yanji', 'yanbian', '222401'),
  city('tumen', '图们市', 'Tumen', 'yanbian', '222402'),
  city('dunhua', '敦化市', 'Dunhua', 'yanbian', '222403'),
  city('hunchun', '珲春市', 'Hunchun', 'yanbian', '222404'),
  city('longjing', '龙井市', 'Longjing', 'yanbian', '222405'),
  city('helong', '和龙市', 'Helong', 'yanbian', '222406'),
  county('wangqing', '汪清县', 'Wangqing County', 'yanbian', '222424'),
  county('antu', '安图县', 'Antu County', 'yanbian', '222426'),
  // 长白山保护开发区
  {
    id: 'changbaishan',
    name: '长白山保护开发区',
    officialName: '长白山保护开发区',
    aliases: ['长白山', '长白山管委会', '长白山保护开发区管理委员会', 'Changbai Mountain'],
    nameEn: 'Changbai Mountain Protection and Development Zone',
    level: 'zone',
    parentId: 'jilin-province',
    code: null,
    codeNote:
      'Administered by a provincial management committee (管委会), not a division of GB/T 2260, so it has no ' +
      'six-digit code; its territory lies in 安图县, 抚松县 and 长白县.',
  },
  // 靖宇县's towns and township (专栏9)
  town('jingyu-mengjiang', '濛江乡', 'Mengjiang Township', 'township', ['蒙江乡']),
  town('jingyu-jingyu', '靖宇镇', 'Jingyu Town', 'town'),
  town('jingyu-chisong', '赤松镇', 'Chisong Town', 'town'),
  town('jingyu-naerhong', '那尔轰镇', "Na'erhong Town", 'town'),
  town('jingyu-jingshan', '景山镇', 'Jingshan Town', 'town'),
  town('jingyu-longquan', '龙泉镇', 'Longquan Town', 'town'),
  town('jingyu-sandaohu', '三道湖镇', 'Sandaohu Town', 'town'),
  town('jingyu-huayuankou', '花园口镇', 'Huayuankou Town', 'town'),
  // 浙江省宁波市 (专栏7)
  {
    id: 'zhejiang',
    name: '浙江省',
    aliases: ['浙江', 'Zhejiang', 'Zhejiang Province'],
    nameEn: 'Zhejiang Province',
    level: 'province',
    parentId: null,
    code: '330000',
  },
  {
    id: 'ningbo',
    name: '宁波市',
    aliases: ['宁波', '浙江省宁波市', 'Ningbo'],
    nameEn: 'Ningbo',
    level: 'prefecture',
    parentId: 'zhejiang',
    code: '330200',
  },
  {
    ...district('haishu', '海曙区', 'Haishu District', 'ningbo', '330203'),
    codeNote: '海曙区 kept its code 330203 when it absorbed most of 江东区 in 2016.',
  },
  district('beilun', '北仑区', 'Beilun District', 'ningbo', '330206'),
  {
    ...district('fenghua', '奉化区', 'Fenghua District', 'ningbo', '330213'),
    aliases: ['奉化', '奉化市', 'fenghua'],
    formerCodes: ['330283'],
    codeNote: '奉化市 (330283) became 奉化区 of 宁波市 in 2016 (330213); the plan writes 奉化区.',
  },
  county('ninghai', '宁海县', 'Ninghai County', 'ningbo', '330226'),
  city('cixi', '慈溪市', 'Cixi', 'ningbo', '330282'),
];

function short(name: string): string {
  return name.replace(/(市|县|区)$/u, '');
}

function zone(
  id: string,
  name: string,
  officialName: string,
  nameEn: string,
  aliases: readonly string[],
): RegionSpec {
  return {
    id,
    name,
    officialName,
    aliases,
    nameEn,
    level: 'zone',
    parentId: 'jilin-city',
    code: null,
    codeNote: ZONE_NOTE,
  };
}

function town(
  id: string,
  name: string,
  nameEn: string,
  level: 'town' | 'township',
  extra: readonly string[] = [],
): RegionSpec {
  return {
    id,
    name,
    aliases: [`靖宇县${name}`, ...extra],
    nameEn: `${nameEn}, Jingyu County`,
    level,
    parentId: 'jingyu',
    code: null,
    codeNote: TOWN_NOTE,
  };
}

// ——— flags ———

const NATIONAL_KEY = new Set([
  'jingyu',
  'daan',
  'helong',
  'tongyu',
  'wangqing',
  'zhenlai',
  'longjing',
  'antu',
]);
const OLD_BASE = new Set(['jingyu', 'helong', 'wangqing', 'antu', 'longjing', 'tumen', 'liuhe', 'changbai']);
const ETHNIC = new Set(['helong', 'longjing', 'wangqing', 'antu', 'tumen', 'changbai']);
const AUTONOMOUS = new Set(['yanbian', 'changbai', 'qianguo', 'yitong']);
const CONTIGUOUS_NAMED = new Set(['tumen', 'changbai']);

const byId = new Map(SPECS.map((s) => [s.id, s]));

function ancestors(spec: RegionSpec): string[] {
  const out: string[] = [];
  let parent = spec.parentId;
  while (parent !== null) {
    out.push(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return out;
}

const COUNTY_LEVELS: ReadonlySet<RegionLevel> = new Set([
  'county',
  'countyCity',
  'district',
  'cityDistricts',
]);

function flagsOf(
  spec: RegionSpec,
  budgetNames: ReadonlySet<string>,
  box6Names: ReadonlySet<string>,
): RegionFlags {
  const up = ancestors(spec);
  const inJilin = spec.id === 'jilin-province' || up.includes('jilin-province');
  const inYanbian = spec.id === 'yanbian' || up.includes('yanbian');
  const countyLevelInJilin = inJilin && COUNTY_LEVELS.has(spec.level);
  return Object.freeze({
    nationalKeyCounty: NATIONAL_KEY.has(spec.id),
    inYanbian,
    oldRevolutionaryBase: OLD_BASE.has(spec.id),
    ethnicMinorityArea: ETHNIC.has(spec.id),
    ethnicAutonomousArea: AUTONOMOUS.has(spec.id) || up.some((a) => AUTONOMOUS.has(a)),
    contiguousAreaCounty: CONTIGUOUS_NAMED.has(spec.id) ? true : countyLevelInJilin ? null : false,
    borderArea: inJilin ? null : false,
    budgetRegion: budgetNames.has(spec.name),
    inTimetable: box6Names.has(spec.name),
  });
}

// ——— citations ———

function citationsOf(spec: RegionSpec, flags: RegionFlags): Citation[] {
  const out: Citation[] = [];
  for (const row of BOX6_ROWS) {
    const index = row.names.indexOf(spec.name);
    if (index >= 0) out.push(box6Citation(row.year, index));
  }
  if (flags.budgetRegion) {
    out.push(BUDGET_ROW_CITATIONS.get(spec.name) ?? BUDGET_TABLE_TITLE);
  }
  if (flags.nationalKeyCounty) out.push(...NATIONAL_KEY_COUNTY_CITATIONS);
  if (flags.oldRevolutionaryBase) out.push(...OLD_REVOLUTIONARY_BASE_CITATIONS);
  if (flags.ethnicMinorityArea) out.push(...ETHNIC_MINORITY_AREA_CITATIONS.slice(0, 1));
  if (AUTONOMOUS.has(spec.id)) out.push(...ETHNIC_AUTONOMOUS_AREA_CITATIONS);
  if (flags.contiguousAreaCounty === true) out.push(...CONTIGUOUS_AREA_CITATIONS.slice(0, 1));
  if (spec.id === 'yanbian') out.push(...YANBIAN_THRESHOLD_CITATIONS);
  for (const box of PAIRING_BOXES) {
    const named =
      box.helperGroup.includes(spec.name) ||
      box.recipientGroup.includes(spec.name) ||
      box.pairs.some(
        (p) =>
          p.recipient === spec.name || p.recipient === `靖宇县${spec.name}` || p.helpers.includes(spec.name),
      );
    if (named) out.push(cite({ chapter: 9, section: 1, box: box.box, quote: box.title }));
  }
  if (spec.id === 'jilin-province') out.push(...BORDER_AREA_CITATIONS.slice(0, 1));
  return out;
}

function build(): readonly Region[] {
  const budgetNames = new Set(BUDGET_TABLE_ROWS);
  const box6Names = new Set(BOX6_ROWS.flatMap((r) => r.names));
  return Object.freeze(
    SPECS.map((spec): Region => {
      const flags = flagsOf(spec, budgetNames, box6Names);
      const aliases = [...new Set(spec.aliases)].filter((a) => a !== spec.name);
      return Object.freeze({
        id: spec.id,
        name: spec.name,
        officialName: spec.officialName ?? spec.name,
        aliases: Object.freeze(aliases),
        nameEn: spec.nameEn,
        level: spec.level,
        parentId: spec.parentId,
        code: spec.code,
        formerCodes: Object.freeze([...(spec.formerCodes ?? [])]),
        ...(spec.codeNote === undefined ? {} : { codeNote: spec.codeNote }),
        flags,
        citations: Object.freeze(citationsOf(spec, flags)),
      });
    }),
  );
}

/**
 * Every place of the registry, frozen: 吉林省; its 9 prefecture-level units, each with its districts (together,
 * as "(市辖区)", and one by one), counties and county-level cities; 长白山保护开发区; the four development zones
 * of 吉林市 named in 专栏9; 靖宇县's eight towns and township (专栏9); and 浙江省宁波市 with its five units of 专栏7.
 */
export const REGIONS: readonly Region[] = build();
