import { cite, type CitationInput } from '../core/citation.js';
import type { Param } from '../core/param.js';
import { defineTarget, type TargetSpec, type Target } from './model.js';

const PEOPLE = { zh: '人', en: 'people' };
const VILLAGES = { zh: '个', en: 'villages' };
const COUNTIES = { zh: '个', en: 'counties' };
const PERCENT = { zh: '%', en: '%' };
const YI = { zh: '亿元', en: '亿元 (100 million yuan)' };
const KM = { zh: '公里', en: 'km' };
const c = (input: CitationInput) => cite(input);
const q = (zh: string, en: string) => ({ zh, en });

/** The plan's results and scope, stated as context (nothing to assess). */
const preface = (quote: string) => c({ chapter: 0, quote });
const CONTEXT_SPECS: readonly TargetSpec[] = [
  {
    id: 'twelfthPlanPeopleReduced',
    role: 'context',
    name: q(
      '“十二五”期间农村贫困人口减少',
      'Rural poor people lifted out of poverty in the 12th plan (2011–2015)',
    ),
    unit: q('万', '10,000 people'),
    paramUnit: 'count',
    counter: PEOPLE,
    baseline: { printed: '120 万', value: '1200000' },
    citation: preface('五年内，全省现行标准下农村贫困人口减少 120 万'),
  },
  {
    id: 'twelfthPlanIncidence',
    role: 'context',
    name: q('“十二五”末贫困发生率', 'Poverty incidence at the end of the 12th plan'),
    unit: PERCENT,
    paramUnit: 'rate',
    baseline: { printed: '5.8%', value: '0.058' },
    citation: preface('贫困发生率降低到 5.8%'),
  },
  {
    id: 'scopeCounties',
    role: 'context',
    name: q('规划范围：片区县', 'Scope of the plan: contiguous-area counties'),
    unit: COUNTIES,
    paramUnit: 'count',
    counter: COUNTIES,
    baseline: { printed: '15', value: '15' },
    citation: preface('规划范围涵盖全省东西两个集中连片特殊贫困地区 15 个片区县'),
  },
  {
    id: 'scopeVillages',
    role: 'context',
    name: q('规划范围：建档立卡贫困村', 'Scope of the plan: registered poor villages'),
    unit: VILLAGES,
    paramUnit: 'count',
    counter: VILLAGES,
    baseline: { printed: '1489', value: '1489' },
    citation: preface('1489 个建档立卡贫困村'),
  },
  {
    id: 'scopePeople',
    role: 'context',
    name: q('规划范围：建档立卡贫困人口', 'Scope of the plan: registered poor people'),
    unit: q('万', '10,000 people'),
    paramUnit: 'count',
    counter: PEOPLE,
    baseline: { printed: '70.1 万', value: '701000' },
    citation: preface('70.1 万建档立卡贫困人口'),
  },
];

/** Chapter 1 section 3, chapters 2 and 3. */
const goal = (quote: string) => c({ chapter: 1, section: 3, quote });
const CHAPTERS_1_TO_3: readonly TargetSpec[] = [
  {
    id: 'incomeDoubling',
    name: q(
      '贫困地区农民人均可支配收入比 2010 年',
      'Per-capita disposable income of farmers in poor areas, against 2010',
    ),
    unit: q('倍', 'times the 2010 figure'),
    paramUnit: 'count',
    counter: q('倍', 'times the 2010 figure'),
    figures: [{ year: 2020, printed: '翻一番以上', value: '2', bound: '以上' }],
    citation: goal('贫困地区农民人均可支配收入比 2010 年翻一番以上'),
  },
  {
    id: 'incomeGrowthAboveNational',
    name: q('贫困地区农民收入增长幅度', 'Growth of the income of farmers in poor areas'),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [
      {
        year: 2020,
        kind: 'relative',
        printed: '增长幅度高于全国平均水平',
        meaning: q('增长幅度高于全国平均水平', 'growth higher than the national average'),
        reference: q('全国平均水平', 'the national average growth'),
      },
    ],
    citation: goal('增长幅度高于全国平均水平'),
  },
  {
    id: 'campaignBasicallyComplete',
    name: q('基本完成全省脱贫攻坚任务', 'The province’s poverty-alleviation tasks basically completed'),
    unit: q('', ''),
    paramUnit: 'count',
    figures: [
      {
        year: 2019,
        kind: 'qualitative',
        printed: '力争到 2019 年末基本完成',
        meaning: q('基本完成全省脱贫攻坚任务', 'basically complete the province’s tasks (strive for)'),
      },
    ],
    citation: goal('力争到 2019 年末基本完成全省脱贫攻坚任务'),
  },
  {
    id: 'industryPattern',
    name: q(
      '“一村一品”“一乡一特”“一县一业”的产业格局',
      'One product per village, one speciality per township, one industry per county',
    ),
    unit: q('', ''),
    paramUnit: 'count',
    figures: [
      {
        year: 2019,
        kind: 'qualitative',
        printed: '初步形成',
        meaning: q('初步形成“一村一品”“一乡一特”“一县一业”的产业格局', 'the pattern initially formed'),
      },
    ],
    citation: c({ chapter: 2, quote: '到 2019 年，初步形成“一村一品”“一乡一特”“一县一业”的产业格局' }),
  },
  {
    id: 'tourismVillages',
    name: q('国家乡村旅游扶贫重点村建设', 'National key villages of rural-tourism poverty alleviation'),
    unit: VILLAGES,
    paramUnit: 'count',
    counter: VILLAGES,
    figures: [{ printed: '359', value: '359' }],
    citation: c({ chapter: 2, box: 1, quote: '推进 359 个国家乡村旅游扶贫重点村建设' }),
  },
  {
    id: 'countyEcommerceCentres',
    name: q('贫困县县域电子商务公共服务中心', 'County e-commerce public service centres of poor counties'),
    unit: COUNTIES,
    paramUnit: 'count',
    counter: COUNTIES,
    figures: [{ year: 2020, printed: '15', value: '15' }],
    citation: c({ chapter: 2, box: 1, quote: '推进 15 个贫困县县域电子商务公共服务中心建设' }),
  },
  {
    id: 'villageEcommercePoints',
    name: q(
      '建档立卡贫困村村级电子商务服务点',
      'Village e-commerce service points in registered poor villages',
    ),
    unit: VILLAGES,
    paramUnit: 'count',
    counter: q('个', 'service points'),
    figures: [{ printed: '1000 个以上', value: '1000', bound: '以上' }],
    citation: c({ chapter: 2, box: 1, quote: '建成 1000 个以上的建档立卡贫困村村级电子商务服务点' }),
  },
  ...['graduation', 'qualification'].map((which): TargetSpec => ({
    id: which === 'graduation' ? 'graduationCertificateRate' : 'qualificationCertificateRate',
    name:
      which === 'graduation'
        ? q('毕业证书获得率（免费技工教育）', 'Graduation-certificate rate (free technical education)')
        : q(
            '职业资格证书获得率（免费技工教育）',
            'Vocational-qualification-certificate rate (free technical education)',
          ),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ printed: '达到 100%', value: '1' }],
    citation: c({ chapter: 3, section: 1, quote: '力争毕业证书和职业资格证书获得率均达到 100%' }),
  })),
  {
    id: 'labourBrokersPerVillage',
    name: q('每个建档立卡贫困村劳务经纪人', 'Labour brokers per registered poor village'),
    unit: PEOPLE,
    paramUnit: 'count',
    counter: q('名', 'brokers'),
    figures: [{ year: 2019, printed: '1 名以上', value: '1', bound: '以上' }],
    citation: c({ chapter: 3, section: 2, quote: '到 2019 年，每个建档立卡贫困村培育 1 名以上劳务经纪人' }),
  },
];

/** Chapters 4, 6 and 7. */
const CHAPTERS_4_TO_7: readonly TargetSpec[] = [
  {
    id: 'relocationComplete',
    name: q('完成全省易地搬迁脱贫工作', 'Poverty-alleviation relocation of the province completed'),
    unit: q('', ''),
    paramUnit: 'count',
    figures: [
      {
        year: 2018,
        kind: 'qualitative',
        printed: '完成',
        meaning: q('完成全省易地搬迁脱贫工作', 'relocation completed'),
      },
    ],
    citation: c({ chapter: 4, quote: '到 2018 年，完成全省易地搬迁脱贫工作' }),
  },
  {
    id: 'concentratedResettlementShare',
    name: q('集中安置人口比重', 'Share of the people resettled in concentrated sites'),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ printed: '超过70%', value: '0.7', bound: '超过' }],
    citation: c({ chapter: 4, section: 2, quote: '集中安置人口超过70%' }),
  },
  ...(
    [
      [
        'resettlementHousingFunds',
        q('安置住房建设资金', 'Funds for resettlement housing'),
        YI,
        'yi',
        '1.28亿元',
        '1.28',
      ],
      [
        'resettlementSites',
        q('集中安置区', 'Concentrated resettlement sites'),
        q('个', 'sites'),
        'count',
        '252个',
        '252',
      ],
      [
        'resettlementFloorArea',
        q('安置房屋建设面积', 'Floor area of resettlement housing'),
        q('万平方米', '10,000 m²'),
        'm2',
        '66万平方米',
        '660000',
      ],
    ] as const
  ).map(([id, name, unit, paramUnit, printed, value]): TargetSpec => ({
    id,
    name,
    unit,
    paramUnit,
    ...(paramUnit === 'count' ? { counter: unit } : {}),
    figures: [{ printed, value }],
    citation: c({
      chapter: 4,
      section: 2,
      quote:
        '规划期内，计划安排1.28亿元完成通榆、和龙、临江、安图、抚松等地252个集中安置区、66万平方米房屋建设',
    }),
  })),
  {
    id: 'resettlementFacilitiesFunds',
    name: q('安置区（点）配套设施投资', 'Investment in the facilities of all resettlement sites'),
    unit: YI,
    paramUnit: 'yi',
    figures: [{ printed: '10.9 亿元', value: '10.9' }],
    citation: c({
      chapter: 4,
      section: 2,
      quote: '计划投资 10.9 亿元，完成所有安置区（点）配套基础设施和公共服务设施建设',
    }),
  },
  {
    id: 'educationProvincialAverage',
    name: q('贫困地区基本公共教育服务', 'Basic public education services in poor areas'),
    unit: q('', ''),
    paramUnit: 'count',
    figures: [
      {
        year: 2019,
        kind: 'qualitative',
        printed: '达到全省平均水平',
        meaning: q(
          '基本公共教育服务达到全省平均水平',
          'basic public education services at the provincial average',
        ),
      },
    ],
    citation: c({
      chapter: 6,
      quote: '到 2019 年，贫困地区教育总体发展水平显著提升，基本公共教育服务达到全省平均水平',
    }),
  },
  {
    id: 'townshipKindergartens',
    name: q('每个乡镇公办标准幼儿园', 'Public standard kindergartens per township'),
    unit: q('所', 'kindergartens'),
    paramUnit: 'count',
    counter: q('所', 'kindergartens'),
    figures: [{ printed: '至少 1 所', value: '1', bound: '不少于' }],
    citation: c({ chapter: 6, section: 1, quote: '贫困地区每个乡镇至少办好 1 所公办标准幼儿园' }),
  },
  {
    id: 'supportTeachersPerYear',
    perYear: true,
    name: q('每年选派支教优秀教师', 'Excellent teachers sent to teach in poor areas each year'),
    unit: q('名', 'teachers'),
    paramUnit: 'count',
    counter: q('名', 'teachers'),
    figures: [{ kind: 'approximate', printed: '30 名左右', value: '30' }],
    citation: c({
      chapter: 6,
      section: 1,
      quote: '每年选派 30 名左右的优秀教师到贫困地区中小学、幼儿园开展支教',
    }),
  },
  {
    id: 'countyVocationalCentres',
    name: q('每个贫困县县级职教中心', 'County vocational-education centres per poor county'),
    unit: q('所', 'centres'),
    paramUnit: 'count',
    counter: q('所', 'centres'),
    figures: [{ printed: '1 所', value: '1' }],
    citation: c({ chapter: 6, box: 4, quote: '每个贫困县办好 1 所县级职教中心' }),
  },
  {
    id: 'countyLevel2Hospitals',
    name: q('每个贫困县达到二级医院标准的医院', 'Hospitals of level-2 standard per poor county'),
    unit: q('所', 'hospitals'),
    paramUnit: 'count',
    counter: q('所', 'hospitals'),
    figures: [{ year: 2020, printed: '至少有1所', value: '1', bound: '不少于' }],
    citation: c({ chapter: 7, section: 1, quote: '到2020年，每个贫困县至少有1所医院达到二级医院标准' }),
  },
  {
    id: 'largeCountyGrade2AHospitals',
    name: q(
      '每个30万人口以上的贫困县达到二级甲等水平的医院',
      'Hospitals of level-2 grade-A standard per poor county of 300,000 people or more (30万人口以上 includes 300,000)',
    ),
    unit: q('所', 'hospitals'),
    paramUnit: 'count',
    counter: q('所', 'hospitals'),
    figures: [{ year: 2020, printed: '至少有1所', value: '1', bound: '不少于' }],
    citation: c({ chapter: 7, section: 1, quote: '每个30万人口以上的贫困县至少有1所医院达到二级甲等水平' }),
  },
  {
    id: 'inCountyTreatmentRate',
    name: q('县域内就诊率', 'Share of patients treated within their county'),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ year: 2020, kind: 'approximate', printed: '90% 左右', value: '0.9' }],
    citation: c({ chapter: 7, section: 1, quote: '到 2020 年，县域内就诊率提高到 90% 左右' }),
  },
];

/** Chapter 10. */
const s2 = (quote: string) => c({ chapter: 10, section: 2, quote });
const s3 = (quote: string) => c({ chapter: 10, section: 3, quote });
const roads = s3(
  '到 2019 年规划实施安防工程 1771 公里，改善村村通和重点村屯连通硬化道路 3000 公里，改造破损老旧路 2600 公里，改造危桥 137 座',
);
const water = s3('计划投资 3.99 亿元，重点推进 13 个县（市）的 346 个建档立卡贫困村自来水工程建设');
const qualitative = (
  id: string,
  year: number,
  name: { zh: string; en: string },
  quote: string,
  section: 2 | 3 = 3,
): TargetSpec => ({
  id,
  name,
  unit: q('', ''),
  paramUnit: 'count',
  figures: [{ year, kind: 'qualitative', printed: name.zh, meaning: name }],
  citation: section === 2 ? s2(quote) : s3(quote),
});
const CHAPTER_10: readonly TargetSpec[] = [
  qualitative(
    'expresswayToEveryCounty',
    2020,
    q('贫困县全部通高速', 'every poor county on an expressway'),
    '到 2020 年，贫困县全部通高速',
    2,
  ),
  qualitative(
    'townshipRoadsClass3',
    2020,
    q('所有乡镇通三级以上公路', 'every township on a road of class 3 or better'),
    '所有乡镇通三级以上公路',
    2,
  ),
  {
    id: 'gridReliability',
    name: q('贫困地区农村电网供电可靠率', 'Supply reliability of the rural grid in poor areas'),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ year: 2019, printed: '99.4% 以上', value: '0.994', bound: '以上' }],
    citation: s2('到 2019 年，贫困地区农村电网供电可靠率在 99.4% 以上'),
  },
  {
    id: 'voltageQualifiedRate',
    name: q('贫困地区农村电网电压合格率', 'Voltage qualification rate of the rural grid in poor areas'),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ year: 2019, printed: '98% 以上', value: '0.98', bound: '以上' }],
    citation: s2('电压合格率在 98% 以上'),
  },
  ...(
    [
      ['roadSafetyWorksKm', q('安防工程', 'Road-safety works'), KM, 'km', '1771 公里', '1771'],
      [
        'hardenedRoadsKm',
        q('改善村村通和重点村屯连通硬化道路', 'Hardened village and hamlet connecting roads improved'),
        KM,
        'km',
        '3000 公里',
        '3000',
      ],
      ['oldRoadsRebuiltKm', q('改造破损老旧路', 'Damaged old roads rebuilt'), KM, 'km', '2600 公里', '2600'],
      [
        'dangerousBridges',
        q('改造危桥', 'Dangerous bridges rebuilt'),
        q('座', 'bridges'),
        'count',
        '137 座',
        '137',
      ],
    ] as const
  ).map(([id, name, unit, paramUnit, printed, value]): TargetSpec => ({
    id,
    name,
    unit,
    paramUnit,
    ...(paramUnit === 'count' ? { counter: unit } : {}),
    figures: [{ year: 2019, printed, value }],
    citation: roads,
  })),
  ...(
    [
      [
        'waterProjectFunds',
        q('贫困村自来水工程投资', 'Investment in tap-water projects of poor villages'),
        YI,
        'yi',
        '3.99 亿元',
        '3.99',
      ],
      [
        'waterProjectCounties',
        q('自来水工程县（市）', 'Counties (cities) of the tap-water projects'),
        COUNTIES,
        'count',
        '13 个县（市）',
        '13',
      ],
      [
        'waterProjectVillages',
        q('自来水工程建档立卡贫困村', 'Registered poor villages of the tap-water projects'),
        VILLAGES,
        'count',
        '346 个',
        '346',
      ],
    ] as const
  ).map(([id, name, unit, paramUnit, printed, value]): TargetSpec => ({
    id,
    name,
    unit,
    paramUnit,
    ...(paramUnit === 'count' ? { counter: unit } : {}),
    figures: [{ printed, value }],
    citation: water,
  })),
  qualitative(
    'safeDrinkingWater',
    2017,
    q('全部解决贫困人口安全饮水问题', 'safe drinking water for all poor people (strive for)'),
    '到 2017 年底，力争全部解决贫困人口安全饮水问题',
  ),
  qualitative(
    'powerCoverage',
    2020,
    q(
      '建档立卡贫困村基本实现稳定可靠的供电服务全覆盖',
      'stable, reliable power to basically every registered poor village',
    ),
    '到 2020 年，建档立卡贫困村基本实现稳定可靠的供电服务全覆盖',
  ),
  {
    id: 'broadbandLogisticsCoverage',
    name: q(
      '宽带网络和物流设施覆盖建档立卡贫困村',
      'Registered poor villages covered by broadband and logistics',
    ),
    unit: PERCENT,
    paramUnit: 'rate',
    figures: [{ year: 2019, printed: '95% 以上', value: '0.95', bound: '以上' }],
    citation: s3('力争到 2019 年实现宽带网络和物流设施覆盖全省 95% 以上的建档立卡贫困村'),
  },
  {
    id: 'libraryTitlesPerYear',
    perYear: true,
    name: q('每个农家书屋每年补充图书', 'New titles added to each village library each year'),
    unit: q('种', 'titles'),
    paramUnit: 'count',
    counter: q('种', 'titles'),
    figures: [{ printed: '一般不少于 60 种', value: '60', bound: '不少于' }],
    citation: s3('每个农家书屋每年补充图书一般不少于 60 种'),
  },
  qualitative(
    'cultureVenues',
    2019,
    q('村村有文化场地、文化设施', 'a cultural venue and facilities in every registered poor village'),
    '到 2019 年全省建档立卡贫困村实现村村有文化场地、文化设施',
  ),
];

/** Chapters 9 and 12. */
const CHAPTERS_9_AND_12: readonly TargetSpec[] = [
  {
    id: 'dibaoStandardsReachLine',
    name: q(
      '农村低保标准全部达到国家扶贫标准',
      'Rural Dibao standards everywhere at the national poverty line',
    ),
    unit: q('', ''),
    paramUnit: 'count',
    figures: [
      {
        year: 2018,
        kind: 'qualitative',
        printed: '全部达到国家扶贫标准',
        meaning: q(
          '所有地区农村低保标准全部达到国家扶贫标准',
          'every area’s rural Dibao standard at the national line (两线合一)',
        ),
      },
    ],
    citation: c({ chapter: 8, section: 1, quote: '确保 2018 年所有地区农村低保标准全部达到国家扶贫标准' }),
  },
  {
    id: 'villageAssistanceUnits',
    name: q(
      '每个建档立卡贫困村定点帮扶单位',
      'Units giving fixed-point assistance to each registered poor village',
    ),
    unit: q('个', 'units'),
    paramUnit: 'count',
    counter: q('个', 'units'),
    figures: [{ printed: '一个', value: '1' }],
    citation: c({
      chapter: 9,
      section: 2,
      quote: '保证每个建档立卡贫困村都有一个党政机关或企事业单位定点帮扶',
    }),
  },
  {
    id: 'fixedPointAssistanceYears',
    name: q('定点帮扶时限', 'Duration of fixed-point assistance'),
    unit: q('年', 'years'),
    paramUnit: 'years',
    figures: [{ printed: '5年不变', value: '5' }],
    citation: c({ chapter: 9, section: 2, quote: '定点帮扶时限保持5年不变' }),
  },
  {
    id: 'leaderContactHouseholds',
    name: q('每名省级领导直接联系的贫困户', 'Poor households each provincial leader contacts directly'),
    unit: q('个', 'households'),
    paramUnit: 'count',
    counter: q('个', 'households'),
    figures: [{ printed: '5 个', value: '5' }],
    citation: c({
      chapter: 9,
      section: 2,
      quote: '每名省级领导在所包保市（州）或县（市、区）确定一个村作为脱贫包保村，并直接联系 5 个贫困户',
    }),
  },
  {
    id: 'departmentVillages',
    name: q(
      '省直部门包保的建档立卡贫困村',
      'Registered poor villages of the heaviest-burdened counties taken on by provincial departments',
    ),
    unit: VILLAGES,
    paramUnit: 'count',
    counter: VILLAGES,
    figures: [{ printed: '194 个', value: '194' }],
    citation: c({
      chapter: 9,
      section: 2,
      quote: '承担脱贫攻坚任务最重的县（市、区）的 194 个建档立卡贫困村',
    }),
  },
  {
    id: 'provincialFundIncreasePerYear',
    perYear: true,
    name: q('省级财政专项扶贫资金每年增加', 'Yearly increase of the provincial special poverty fund'),
    unit: YI,
    paramUnit: 'yi',
    figures: [{ printed: '每年增加1亿元', value: '1' }],
    citation: c({
      chapter: 12,
      section: 2,
      quote: '省级财政专项扶贫资金从2016年起连续5年每年增加1亿元（5年共计15亿元）',
    }),
  },
  {
    id: 'provincialFundIncreaseTotal',
    name: q(
      '省级财政专项扶贫资金 5 年共计增加',
      'Provincial special poverty fund: increases over the 5 years in all',
    ),
    unit: YI,
    paramUnit: 'yi',
    figures: [{ year: 2020, printed: '5年共计15亿元', value: '15' }],
    citation: c({ chapter: 12, section: 2, quote: '5年共计15亿元' }),
  },
  {
    id: 'keyCountyLandQuotaPerYear',
    perYear: true,
    name: q(
      '国家扶贫开发工作重点县新增建设用地指标',
      'New construction-land quota of each national key county',
    ),
    unit: q('亩', 'mu'),
    paramUnit: 'mu',
    figures: [{ printed: '600亩', value: '600' }],
    citation: c({
      chapter: 12,
      section: 2,
      quote: '对国家扶贫开发工作重点县，每年每县专项安排600亩新增建设用地指标',
    }),
  },
];

/** Builds every target stated in the text (chapters 1–10 and 12), appending their parameters to `params`. */
export function textTargets(params: Param[]): Target[] {
  return [...CONTEXT_SPECS, ...CHAPTERS_1_TO_3, ...CHAPTERS_4_TO_7, ...CHAPTER_10, ...CHAPTERS_9_AND_12].map(
    (s) => defineTarget({ source: 'text', ...s }, params),
  );
}
