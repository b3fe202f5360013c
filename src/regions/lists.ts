import { REGIONS, type Region } from './data.js';

function where(predicate: (r: Region) => boolean): readonly Region[] {
  return Object.freeze(REGIONS.filter(predicate));
}

/** The 9 prefecture-level units of Jilin (8 cities and 延边州), in the plan's order. */
export const PREFECTURES: readonly Region[] = where(
  (r) => r.level === 'prefecture' && r.parentId === 'jilin-province',
);

/** The 8 national key counties (国家扶贫开发工作重点县), in registry order. See rule `regions.nationalKeyCounties`. */
export const NATIONAL_KEY_COUNTIES: readonly Region[] = where((r) => r.flags.nationalKeyCounty);

/** The 8 old revolutionary base areas the plan names (rule `regions.oldRevolutionaryBaseAreas`). */
export const OLD_REVOLUTIONARY_BASE_AREAS: readonly Region[] = where((r) => r.flags.oldRevolutionaryBase);

/** The 6 ethnic-minority areas the plan names (rule `regions.ethnicMinorityAreas`). */
export const ETHNIC_MINORITY_AREAS: readonly Region[] = where((r) => r.flags.ethnicMinorityArea);

/** 延边州 and its 8 county-level units, where the 3% poverty-exit threshold applies. */
export const YANBIAN_UNITS: readonly Region[] = where((r) => r.flags.inYanbian);

/** The 12 rows of 表2 / 表3-1 / 表3-2, in table order. */
export const BUDGET_REGIONS: readonly Region[] = Object.freeze(
  [
    'changchun',
    'jilin-city',
    'siping',
    'liaoyuan',
    'tonghua',
    'baishan',
    'songyuan',
    'baicheng',
    'yanbian',
    'changbaishan',
    'gongzhuling',
    'meihekou',
  ].map((id) => {
    const region = REGIONS.find((r) => r.id === id);
    // Stryker disable next-line StringLiteral: a load-time integrity check; every id listed is in the registry, so the message is never shown
    if (region === undefined) throw new Error(`BUDGET_REGIONS: no region ${id}`);
    return region;
  }),
);
