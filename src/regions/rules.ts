import type { Param } from '../core/param.js';
import { cite } from '../core/citation.js';
import { defineInterpretation, defineRule, type Interpretation, type Rule } from '../core/registry.js';
import {
  BORDER_AREA_CITATIONS,
  BOX6_TITLE,
  BUDGET_SOURCES_NOTE,
  BUDGET_ROW_CITATIONS,
  BUDGET_TABLE_TITLE,
  CONTIGUOUS_AREA_CITATIONS,
  ETHNIC_AUTONOMOUS_AREA_CITATIONS,
  ETHNIC_MINORITY_AREA_CITATIONS,
  NATIONAL_KEY_COUNTY_CITATIONS,
  OLD_REVOLUTIONARY_BASE_CITATIONS,
  PAIRING_BOX_TITLES,
  PAIRING_CLAUSE_CITATIONS,
  YANBIAN_THRESHOLD_CITATIONS,
} from '../plan/index.js';

const BOX_TITLES = PAIRING_BOX_TITLES;

// Each definition is built in a pure-annotated function: a bundle that never reads REGIONS_RULES drops them all
// (a bare `defineRule(...)` call, or a property read in its arguments, would be kept as a possible side effect).
/** The rules of the regions area, in the order its docs present them. */
export const REGIONS_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.registry',
      area: 'regions',
      kind: 'table',
      title: { zh: '规划所列地区', en: 'Places the plan names' },
      summary:
        'Every place the plan names, as it writes it, with official name, GB/T 2260 code, parent and what the plan ' +
        'says of it: the 9 prefecture-level units, the 51 units of 专栏6, the 12 rows of 表2/表3, the key ' +
        'counties and the partners of 专栏7–9.',
      citations: [BOX6_TITLE, BUDGET_TABLE_TITLE, BUDGET_SOURCES_NOTE, ...BOX_TITLES],
      interpretations: ['regions.borderAreas', 'regions.planPeriodParents'],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.lookup',
      area: 'regions',
      kind: 'procedure',
      title: { zh: '地区查找', en: 'Finding a place by name, alias or code' },
      summary:
        'A place is found by id, GB/T 2260 code, the name the plan writes, its official name, a short form, pinyin ' +
        'or English; an unknown or ambiguous name is refused with the nearest names as suggestions.',
      citations: [cite({ chapter: 8, section: 1, box: 6, quote: '“两线合一”地区' })],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.nationalKeyCounties',
      area: 'regions',
      kind: 'table',
      title: { zh: '国家扶贫开发工作重点县', en: 'National key counties for poverty alleviation' },
      summary:
        'The 8 national key counties: 靖宇, 大安, 和龙, 通榆, 汪清, 镇赉 (专栏1) together with 龙井 and 安图 ' +
        '(chapter 10) — the union of the two lists the plan gives is the 8 it counts in chapter 6.',
      citations: [...NATIONAL_KEY_COUNTY_CITATIONS],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.oldRevolutionaryBaseAreas',
      area: 'regions',
      kind: 'table',
      title: { zh: '革命老区', en: 'Old revolutionary base areas' },
      summary:
        'The 8 old revolutionary base areas the plan names for larger transfer payments: 靖宇, 和龙, 汪清, 安图, 龙井, 图们, 柳河, 长白.',
      citations: [...OLD_REVOLUTIONARY_BASE_CITATIONS],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.ethnicMinorityAreas',
      area: 'regions',
      kind: 'table',
      title: { zh: '民族地区', en: 'Ethnic-minority areas' },
      summary:
        'The ethnic-minority areas the plan names: the 4 national key counties 和龙, 龙井, 汪清, 安图 and the 2 provincial ' +
        'contiguous-area counties 图们, 长白 (the western poor ethnic townships are not named). Separately, the ' +
        'ethnicAutonomousArea flag marks the "一州三县" of chapter 6.',
      citations: [
        ...ETHNIC_MINORITY_AREA_CITATIONS,
        ...ETHNIC_AUTONOMOUS_AREA_CITATIONS,
        ...CONTIGUOUS_AREA_CITATIONS,
      ],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.yanbianThreshold',
      area: 'regions',
      kind: 'parameter',
      title: { zh: '延边州贫困发生率退出标准', en: 'Yanbian’s poverty-incidence exit threshold' },
      summary:
        'Villages and counties exit at a poverty incidence of 2% 以下, 3% 以下 in 延边州: the inYanbian flag marks 延边州 ' +
        'and its 8 county-level units.',
      citations: [...YANBIAN_THRESHOLD_CITATIONS],
    }))(),
  /* @__PURE__ */ (() =>
    defineRule({
      id: 'regions.pairings',
      area: 'regions',
      kind: 'table',
      title: { zh: '扶贫协作结对名单', en: 'Collaboration pairings (boxes 7–9)' },
      summary:
        'Who helps whom: 宁波市’s five units and 延边州’s four (专栏7), 长春市’s districts and 白城市’s key counties ' +
        '(专栏8), 吉林市’s units and 靖宇县’s eight towns (专栏9).',
      citations: [...BOX_TITLES, ...PAIRING_CLAUSE_CITATIONS],
    }))(),
]);

/** The readings this area chose where the plan is ambiguous. */
export const REGIONS_INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ Object.freeze([
  defineInterpretation({
    id: 'regions.borderAreas',
    area: 'regions',
    question: 'Which places are the border areas (边境地区, 边境县市) the plan supports?',
    chosen: {
      id: 'notDetermined',
      description:
        'The plan names no border county, so the registry does not decide: flags.borderArea is null for every ' +
        'place in Jilin (false outside it). A caller with an official list applies it itself.',
    },
    alternatives: [
      {
        id: 'callerList',
        description:
          'Treat as border areas the counties and cities on the state border from an official list outside the ' +
          'plan, supplied by the caller.',
      },
    ],
    rationale:
      'The plan speaks of 边境地区 and 边境县市 in chapters 10 and 12 but lists none; encoding a list from outside ' +
      'the plan would present it as the plan’s.',
    citations: [...BORDER_AREA_CITATIONS],
  }),
  defineInterpretation({
    id: 'regions.planPeriodParents',
    area: 'regions',
    question:
      'Units changed parent or code during or after the plan (公主岭市 moved to 长春市 in 2020): which is recorded?',
    chosen: {
      id: 'planPeriodParentCurrentCode',
      description:
        'parentId is the parent during the plan’s period (公主岭市 under 四平市); code is the current GB/T 2260 code, ' +
        'with earlier codes in formerCodes (220381) and the change in codeNote; every code finds the place.',
    },
    alternatives: [
      { id: 'currentParent', description: 'Record today’s parent (公主岭市 under 长春市).' },
      { id: 'planPeriodCode', description: 'Record the code in force when the plan was issued (220381).' },
    ],
    rationale:
      'The plan’s lists (专栏6 lists 公主岭市 beside 四平市) are read against the divisions of its time, while users ' +
      'hold today’s codes; keeping both codes searchable serves both.',
    citations: [
      cite({ chapter: 8, section: 1, box: 6, quote: '四平市（市辖区）、公主岭市、梨树县' }),
      BUDGET_ROW_CITATIONS.get('公主岭市') ?? BUDGET_TABLE_TITLE,
    ],
  }),
]);

/** The plan's figures this area reads, as dated, cited parameters. */
export const REGIONS_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([]);
