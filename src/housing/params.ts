import type { BoundTerm } from '../core/bounds.js';
import type { Citation } from '../core/citation.js';
import { Money } from '../core/money.js';
import { HOUSING_CITATIONS } from './citations.js';

/** A limit the plan states, with its limit word and where it says so. */
export interface PlanLimit {
  /** The number, as an exact decimal string. */
  readonly value: string;
  /** The plan's limit word, applied through `meetsBound`. */
  readonly bound: BoundTerm;
  readonly unit: string;
  readonly citation: Citation;
}

/**
 * 人均住房建设面积不超过25平方米: at most 25 m² of building area per registered person; 不超过 includes 25.
 */
export const AREA_CAP_PER_PERSON: PlanLimit = Object.freeze({
  value: '25',
  bound: '不超过',
  unit: 'm² per person',
  citation: HOUSING_CITATIONS.areaCap,
});

/** 集中安置人口超过70%: more than 70% of the people resettled; 超过 excludes 70% itself. */
export const CONCENTRATED_SHARE_FLOOR: PlanLimit = Object.freeze({
  value: '0.7',
  bound: '超过',
  unit: 'share of people resettled',
  citation: HOUSING_CITATIONS.concentratedOver70,
});

/**
 * An ILLUSTRATIVE building subsidy per registered relocating person, for examples and demos only.
 *
 * It is NOT in the plan and NOT an official rate: the plan leaves the rate to local governments
 * (鼓励地方因地制宜采取差异化补助标准). Pass your own locality's rate to {@link buildingSubsidy}.
 */
export const ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON: Money = Money.of('20000.00');
