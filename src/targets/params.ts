import { deepFreeze } from '../core/freeze.js';
import { defineParam, type Param } from '../core/param.js';
import { EXIT_CITATIONS } from './citations.js';
import type { Target } from './model.js';
import { table1Targets } from './table1.js';
import { textTargets } from './text-targets.js';

const threshold = (id: string, zh: string, en: string, value: string, county: boolean): Param =>
  defineParam({
    id: `targets.${id}`,
    area: 'targets',
    title: { zh, en },
    unit: 'rate',
    bound: '以下',
    citation: county ? EXIT_CITATIONS.county : EXIT_CITATIONS.village,
    versions: [{ from: null, value }],
  });

/** 村贫困发生率降至 2% 以下: the village exit threshold outside 延边州 (以下 includes 2%). */
export const VILLAGE_EXIT_INCIDENCE = threshold(
  'villageExitIncidence',
  '贫困村退出：村贫困发生率',
  'Village exit: poverty incidence',
  '0.02',
  false,
);
/** （延边州为 3% 以下）: the village exit threshold in 延边州. */
export const VILLAGE_EXIT_INCIDENCE_YANBIAN = threshold(
  'villageExitIncidenceYanbian',
  '贫困村退出：村贫困发生率（延边州）',
  'Village exit: poverty incidence (Yanbian)',
  '0.03',
  false,
);
/** 县贫困发生率降至 2% 以下: the county exit threshold outside 延边州. */
export const COUNTY_EXIT_INCIDENCE = threshold(
  'countyExitIncidence',
  '贫困县摘帽：县贫困发生率',
  'County exit: poverty incidence',
  '0.02',
  true,
);
/** （延边州为 3% 以下）: the county exit threshold in 延边州. */
export const COUNTY_EXIT_INCIDENCE_YANBIAN = threshold(
  'countyExitIncidenceYanbian',
  '贫困县摘帽：县贫困发生率（延边州）',
  'County exit: poverty incidence (Yanbian)',
  '0.03',
  true,
);

/** The last day of the plan's period (到 2020 年): undated targets are due then (`targets.undatedDeadline`). */
export const PLAN_END_DATE = defineParam({
  id: 'targets.planEndDate',
  area: 'targets',
  title: { zh: '规划期末', en: 'End of the plan’s period' },
  unit: 'date',
  citation: EXIT_CITATIONS.planEnd,
  versions: [{ from: null, value: '2020-12-31' }],
});

const targetParams: Param[] = [];
/** Every indicator of the plan: 表1's ten rows, then the text's targets and context figures, in plan order. */
export const TARGETS: readonly Target[] = deepFreeze([
  ...table1Targets(targetParams),
  ...textTargets(targetParams),
]);
/** The parameters of the targets' figures (`targets.<id>Baseline`, `targets.<id><year>`, `targets.<id>PerYear`). */
export const TARGET_FIGURE_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([...targetParams]);

/** The exit parameters. */
export const EXIT_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([
  VILLAGE_EXIT_INCIDENCE,
  VILLAGE_EXIT_INCIDENCE_YANBIAN,
  COUNTY_EXIT_INCIDENCE,
  COUNTY_EXIT_INCIDENCE_YANBIAN,
  PLAN_END_DATE,
]);

const byId = new Map(TARGET_FIGURE_PARAMS.map((p) => [p.id, p]));
/**
 * A figure's parameter by id (the ids come from the data, so a miss, or a figure without a parameter (`null`),
 * is a bug of this library).
 */
export function targetParam(id: string | null | undefined): Param {
  const p = byId.get(String(id));
  // Stryker disable next-line ConditionalExpression,StringLiteral: every id passed in is a `param` of TARGETS' own figures, read only where the figure has one, so the guard never fires and its message is never shown
  if (p === undefined) throw new Error(`targets: no parameter ${String(id)}`);
  return p;
}
