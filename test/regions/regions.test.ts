import { refusal } from '../support/errors.js';
import { describe, expect, it } from 'vitest';
import { getRule } from '../../src/rules.js';
import {
  BUDGET_REGIONS,
  ETHNIC_MINORITY_AREAS,
  NATIONAL_KEY_COUNTIES,
  OLD_REVOLUTIONARY_BASE_AREAS,
  PAIRINGS,
  PREFECTURES,
  REGIONS,
  YANBIAN_UNITS,
  ancestorsOf,
  childrenOf,
  findRegion,
  helpersOf,
  isPlaceWithin,
  pairingsOf,
  regionById,
  regionsAtLevel,
  tryFindRegion,
} from '../../src/regions/index.js';

const names = (regions: readonly { name: string }[]): string[] => regions.map((r) => r.name);

describe('findRegion: a place is found by code, name as the plan writes it, official name, alias, English and id alike', () => {
  it.each([
    {
      queries: [
        '长白县',
        '长白朝鲜族自治县',
        '长白',
        '220623',
        'changbai',
        'Changbai Korean Autonomous County',
      ],
      id: 'changbai',
    },
    {
      queries: ['前郭县', '前郭尔罗斯蒙古族自治县', '前郭', '220721', 'qianguo', 'Qian Gorlos'],
      id: 'qianguo',
    },
    {
      queries: [
        '延边州',
        '延边朝鲜族自治州',
        '延边',
        '222400',
        'yanbian',
        'Yanbian Korean Autonomous Prefecture',
      ],
      id: 'yanbian',
    },
    { queries: ['伊通县', '伊通满族自治县', '220323', 'yitong'], id: 'yitong' },
    {
      queries: [
        '长春市（市辖区）',
        '长春市(市辖区)',
        '长春市 (市辖区)',
        '长春市辖区',
        'changchun-districts',
        '220101',
      ],
      id: 'changchun-districts',
    },
    { queries: ['长白山保护开发区', '长白山', 'changbaishan', 'Changbai Mountain'], id: 'changbaishan' },
    { queries: ['通化县', 'tonghua-county', '220521'], id: 'tonghua-county' },
    { queries: ['通化市', 'tonghua', '220500'], id: 'tonghua' },
    { queries: ['靖宇县濛江乡', '濛江乡', '蒙江乡'], id: 'jingyu-mengjiang' },
    { queries: ['宁海县', '330226', 'ninghai'], id: 'ninghai' },
  ])('$id is found by each of $queries', ({ queries, id }) => {
    for (const q of queries) expect(findRegion(q).id, q).toBe(id);
  });

  it.each([
    { query: '  长白县  ', id: 'changbai', why: 'surrounding spaces are trimmed' },
    { query: 'CHANGBAI', id: 'changbai', why: 'Latin case does not matter' },
    {
      query: '长春市（ 市辖区 ）',
      id: 'changchun-districts',
      why: 'spaces inside the brackets do not matter',
    },
    { query: '白山市长白县', id: 'changbai', why: 'a query may name the prefecture first' },
    { query: '吉林省延边州汪清县', id: 'wangqing', why: 'or the province and the prefecture' },
    { query: 'Lüyuan District', id: 'lvyuan', why: 'ü is read as v' },
  ])('“$query” finds $id ($why)', ({ query, id }) => {
    expect(findRegion(query).id).toBe(id);
  });

  it.each([
    { code: '220381', id: 'gongzhuling', note: '公主岭市 under 四平市 until 2020' },
    { code: '220184', id: 'gongzhuling', note: '公主岭市 under 长春市 since 2020' },
    { code: '330283', id: 'fenghua', note: '奉化市 before it became 奉化区 in 2016' },
    { code: '220181', id: 'jiutai', note: '九台市 before it became 九台区 in 2014' },
    { code: '220724', id: 'fuyu', note: '扶余县 before it became 扶余市 in 2013' },
    { code: '220625', id: 'jiangyuan', note: '江源县 before it became 江源区 in 2006' },
  ])('former and current GB/T 2260 codes both find the place: $code → $id ($note)', ({ code, id }) => {
    expect(findRegion(code).id).toBe(id);
  });

  it('公主岭市 keeps its plan-period parent 四平市 and notes its 2020 move to 长春市', () => {
    const g = findRegion('公主岭市');
    expect(g.parentId).toBe('siping');
    expect(g.code).toBe('220184');
    expect(g.formerCodes).toEqual(['220381']);
    expect(g.codeNote).toMatch(/2020/u);
  });

  it('places without a GB/T 2260 code (长白山保护开发区, development zones, towns) have code null and say why', () => {
    for (const q of ['长白山保护开发区', '经开区', '高新区', '中新食品区', '北大壶开发区', '靖宇镇']) {
      const r = findRegion(q);
      expect(r.code, q).toBeNull();
      expect(r.codeNote, q).toBeTruthy();
    }
  });

  it('regionById and tryFindRegion agree with findRegion', () => {
    for (const r of REGIONS) {
      expect(regionById(r.id)).toBe(r);
      expect(tryFindRegion(r.id)).toBe(r);
      expect(findRegion(r.name)).toBe(r);
    }
  });
});

describe('findRegion refuses what is not one known place, as bad input of regions.lookup at path "query"', () => {
  it('an unknown name (长白 mistyped as 长百县) is unknown_region, suggesting 长白县', () => {
    const e = refusal(() => findRegion('长百县'));
    expect(e.ruleId).toBe('regions.lookup');
    expect(e.path).toBe('query');
    expect(e.value).toBe('长百县');
    expect(e.issues[0]?.code).toBe('unknown_region');
    expect(e.suggestions).toContain('长白县');
  });

  it('a mistyped pinyin name (Changbia) suggests changbai', () => {
    expect(refusal(() => findRegion('Changbia')).suggestions).toContain('changbai');
  });

  it.each([
    { query: '通化', expected: ['通化市', '通化县'] },
    { query: '吉林', expected: ['吉林省', '吉林市'] },
    { query: 'jilin', expected: ['吉林省', '吉林市'] },
  ])('“$query” names two places, so it is ambiguous_region suggesting $expected', ({ query, expected }) => {
    const e = refusal(() => findRegion(query));
    expect(e.issues[0]?.code).toBe('ambiguous_region');
    expect([...e.suggestions].sort()).toEqual([...expected].sort());
  });

  it.each([
    { input: '', code: 'too_small' },
    { input: '   ', code: 'too_small' },
    { input: 42, code: 'invalid_type' },
    { input: null, code: 'invalid_type' },
    { input: undefined, code: 'invalid_type' },
  ])('input $input is refused at path "query" ($code)', ({ input, code }) => {
    const e = refusal(() => findRegion(input as unknown as string));
    expect(e.ruleId).toBe('regions.lookup');
    expect(e.path).toBe('query');
    expect(e.issues[0]?.code).toBe(code);
  });

  it('tryFindRegion returns undefined instead of throwing', () => {
    expect(tryFindRegion('长百县')).toBeUndefined();
    expect(tryFindRegion('通化')).toBeUndefined();
    expect(tryFindRegion(42)).toBeUndefined();
  });

  it('regionById takes ids only: a name is unknown at path "id"', () => {
    const e = refusal(() => regionById('长白县'));
    expect(e.path).toBe('id');
    expect(e.issues[0]?.code).toBe('unknown_region');
  });

  it('the lookup rule is registered, so an error’s ruleId can be looked up', () => {
    expect(getRule('regions.lookup').kind).toBe('procedure');
  });
});

describe('the registry holds the places the plan names', () => {
  it('Jilin has exactly 9 prefecture-level units: 8 cities and 延边州', () => {
    expect(names(PREFECTURES)).toEqual([
      '长春市',
      '吉林市',
      '四平市',
      '辽源市',
      '通化市',
      '白山市',
      '松原市',
      '白城市',
      '延边州',
    ]);
  });

  it('国家扶贫开发工作重点县: exactly 8, the union of 专栏1’s 6 (靖宇、大安、和龙、通榆、汪清、镇赉) and chapter 10’s 4 (和龙、龙井、汪清、安图)', () => {
    expect(NATIONAL_KEY_COUNTIES).toHaveLength(8);
    const short = new Set(NATIONAL_KEY_COUNTIES.map((r) => r.name.slice(0, 2)));
    expect(short).toEqual(new Set(['靖宇', '大安', '和龙', '通榆', '汪清', '镇赉', '龙井', '安图']));
    expect(getRule('regions.nationalKeyCounties').citations.map((c) => c.chapter)).toEqual([2, 10, 6]);
  });

  it('革命老区: the 8 places 靖宇、和龙、汪清、安图、龙井、图们、柳河、长白', () => {
    expect(names(OLD_REVOLUTIONARY_BASE_AREAS).sort()).toEqual(
      ['靖宇县', '和龙市', '汪清县', '安图县', '龙井市', '图们市', '柳河县', '长白县'].sort(),
    );
  });

  it('民族地区: the 4 key counties 和龙、龙井、汪清、安图 and the 2 省定片区县 图们、长白', () => {
    expect(names(ETHNIC_MINORITY_AREAS).sort()).toEqual(
      ['和龙市', '龙井市', '汪清县', '安图县', '图们市', '长白县'].sort(),
    );
    expect(names(REGIONS.filter((r) => r.flags.contiguousAreaCounty === true)).sort()).toEqual(
      ['图们市', '长白县'].sort(),
    );
  });

  it('一州三县: 延边州 and the autonomous counties 长白, 前郭, 伊通 (with 延边州’s 8 units) are ethnic autonomous areas', () => {
    const autonomous = REGIONS.filter(
      (r) => r.flags.ethnicAutonomousArea && r.level !== 'town' && r.level !== 'township',
    );
    expect(autonomous).toHaveLength(1 + 8 + 3);
    for (const q of ['长白县', '前郭县', '伊通县', '延边州', '敦化市'])
      expect(findRegion(q).flags.ethnicAutonomousArea, q).toBe(true);
  });

  it('延边州 (3% exit threshold) is the prefecture and its 8 county-level units 延吉 图们 敦化 珲春 龙井 和龙 汪清 安图', () => {
    expect(names(YANBIAN_UNITS)).toEqual([
      '延边州',
      '延吉市',
      '图们市',
      '敦化市',
      '珲春市',
      '龙井市',
      '和龙市',
      '汪清县',
      '安图县',
    ]);
    expect(findRegion('长白县').flags.inYanbian).toBe(false);
  });

  it('边境地区: the plan names none, so borderArea is null in Jilin and false in Zhejiang', () => {
    for (const r of REGIONS) {
      const inJilin = r.id === 'jilin-province' || ancestorsOf(r.id).some((a) => a.id === 'jilin-province');
      expect(r.flags.borderArea, r.id).toBe(inJilin ? null : false);
    }
  });

  it('表2/表3 rows: the 9 prefecture-level units, 长白山保护开发区, 公主岭市 and 梅河口市, in table order', () => {
    expect(names(BUDGET_REGIONS)).toEqual([
      '长春市',
      '吉林市',
      '四平市',
      '辽源市',
      '通化市',
      '白山市',
      '松原市',
      '白城市',
      '延边州',
      '长白山保护开发区',
      '公主岭市',
      '梅河口市',
    ]);
    expect(REGIONS.filter((r) => r.flags.budgetRegion)).toHaveLength(12);
  });

  it('children: 长春市 has its collective "(市辖区)", 7 districts, 农安县, 榆树市 and 德惠市', () => {
    expect(names(childrenOf('长春市'))).toEqual([
      '长春市（市辖区）',
      '南关区',
      '宽城区',
      '朝阳区',
      '二道区',
      '绿园区',
      '双阳区',
      '九台区',
      '农安县',
      '榆树市',
      '德惠市',
    ]);
    expect(names(childrenOf('长春市', { level: 'district' }))).toHaveLength(7);
    expect(names(childrenOf('靖宇县'))).toHaveLength(8);
  });

  it('ancestors: 靖宇县赤松镇 lies in 靖宇县, 白山市 and 吉林省', () => {
    expect(names(ancestorsOf('靖宇县赤松镇'))).toEqual(['靖宇县', '白山市', '吉林省']);
    expect(isPlaceWithin('赤松镇', '白山市')).toBe(true);
    expect(isPlaceWithin('白山市', '白山市')).toBe(false);
  });

  it('levels: 9 prefectures in Jilin and 宁波市, 2 provinces', () => {
    expect(regionsAtLevel('prefecture')).toHaveLength(10);
    expect(names(regionsAtLevel('province'))).toEqual(['吉林省', '浙江省']);
  });

  it('an unknown level is refused at path "level" (and at "options.level" for childrenOf)', () => {
    expect(refusal(() => regionsAtLevel('village' as never)).path).toBe('level');
    expect(refusal(() => childrenOf('长春市', { level: 'village' as never })).path).toBe('options.level');
  });
});

describe('专栏7–9: who helps whom', () => {
  it('15 pairs: 4 in 专栏7, 3 in 专栏8, 8 in 专栏9', () => {
    expect([7, 8, 9].map((b) => PAIRINGS.filter((p) => p.box === b).length)).toEqual([4, 3, 8]);
  });

  it('专栏7: 宁波市’s 5 units (宁海县、奉化区、北仑区、海曙区、慈溪市) help 延边州’s 4 (安图县、汪清县、龙井市、和龙市) — "宁波市5县（市、区）与延边州4县（市）"', () => {
    const box7 = PAIRINGS.filter((p) => p.box === 7);
    expect(box7.flatMap((p) => p.helpersAsListed)).toEqual([
      '宁海县',
      '奉化区',
      '北仑区',
      '海曙区',
      '慈溪市',
    ]);
    expect(box7.map((p) => p.recipientAsListed)).toEqual(['安图县', '汪清县', '龙井市', '和龙市']);
    for (const p of box7) expect([p.helperGroupId, p.recipientGroupId]).toEqual(['ningbo', 'yanbian']);
  });

  it.each([
    { recipient: '安图县', helpers: ['宁海县', '奉化区'] },
    { recipient: '镇赉县', helpers: ['朝阳区'] },
    { recipient: '大安市', helpers: ['南关区'] },
    { recipient: '靖宇县赤松镇', helpers: ['中新食品区', '北大壶开发区'] },
    { recipient: '靖宇县花园口镇', helpers: ['高新区'] },
  ])('$helpers help $recipient', ({ recipient, helpers }) => {
    expect(names(helpersOf(recipient))).toEqual(helpers);
  });

  it('"帮扶重点是国家扶贫开发工作重点县": every recipient of 专栏7–9 is, or lies in, a national key county', () => {
    for (const p of PAIRINGS) {
      const r = regionById(p.recipientId);
      const keyCounty = r.flags.nationalKeyCounty || ancestorsOf(r.id).some((a) => a.flags.nationalKeyCounty);
      expect(keyCounty, p.recipientAsListed).toBe(true);
    }
  });

  it('pairingsOf a group finds its whole box: 靖宇县 → all 8 of 专栏9; 长春市 → all 3 of 专栏8', () => {
    expect(pairingsOf('靖宇县')).toHaveLength(8);
    expect(pairingsOf('长春市').map((p) => p.box)).toEqual([8, 8, 8]);
    expect(pairingsOf('宁波市')).toHaveLength(4);
  });
});
