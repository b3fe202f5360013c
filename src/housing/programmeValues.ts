import { Dec, type DecimalValue } from '../core/decimal.js';
import { Money } from '../core/money.js';
import { formatParamLimit, type Param } from '../core/param.js';
import {
  AREA_CAP_PARAM,
  CONCENTRATED_SHARE_PARAM,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
  PROGRAMME_PARAMS as PP,
  RELOCATION_DEADLINE_PARAM,
} from './params.js';

/**
 * The programme's figures as exact values, read from the parameters (the plan's values for the frozen data, the
 * values in force for an evaluation). Internal: shared by the programme data, its derived figures and the audit.
 */
export interface ProgrammeValues {
  readonly housingYuan: DecimalValue;
  readonly infraYuan: DecimalValue;
  readonly relocationYuan: DecimalValue;
  readonly sites: DecimalValue;
  readonly area: DecimalValue;
  readonly people: DecimalValue;
  /** The per-person area cap, m². */
  readonly cap: DecimalValue;
  /** The concentrated-share floor (0.7). */
  readonly share: DecimalValue;
  /** The floor with its limit word, in English (`more than 70%`). */
  readonly shareLimitEn: string;
  readonly relocationDeadline: string;
  readonly dangerousHouseDeadline: string;
}

const YUAN_PER_YI = new Dec(100_000_000);

/** How the programme's values are read: a parameter → its value in force, as a decimal or as a date. */
export interface ProgrammeReader {
  readonly decimal: (param: Param) => DecimalValue;
  readonly plainDate: (param: Param) => string;
}

/** Reads the programme's values through `read`. */
export function programmeValues(read: ProgrammeReader): ProgrammeValues {
  const d = read.decimal;
  const share = d(CONCENTRATED_SHARE_PARAM);
  return {
    housingYuan: d(PP.housingInvestment).times(YUAN_PER_YI),
    infraYuan: d(PP.siteInfrastructureInvestment).times(YUAN_PER_YI),
    relocationYuan: d(PP.relocationProjectInvestment).times(YUAN_PER_YI),
    sites: d(PP.concentratedSites),
    area: d(PP.housingAreaM2),
    people: d(PP.registeredPeopleToRelocate),
    cap: d(AREA_CAP_PARAM),
    share,
    // Stryker disable next-line StringLiteral: formatParamLimit words every lang but 'zh' in English, so '' gives the same text
    shareLimitEn: formatParamLimit(CONCENTRATED_SHARE_PARAM, share.toFixed(), 'en'),
    relocationDeadline: read.plainDate(RELOCATION_DEADLINE_PARAM),
    dangerousHouseDeadline: read.plainDate(DANGEROUS_HOUSE_DEADLINE_PARAM),
  };
}

/** Every parameter the programme reads. */
export const PROGRAMME_VALUE_PARAMS: readonly Param[] = /* @__PURE__ */ Object.freeze([
  ...Object.values(PP),
  AREA_CAP_PARAM,
  CONCENTRATED_SHARE_PARAM,
  RELOCATION_DEADLINE_PARAM,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
]);

/** Groups the integer part in thousands: `128000000` → `128,000,000`. */
function grouped(plain: string): string {
  // The first run of digits is the integer part (a sign before it is left as it is).
  return plain.replace(/\d+/u, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/gu, ','));
}

/** A number as written in the texts: exact, grouped in thousands (`12,233`, `8,563.1`). */
export function num(value: DecimalValue): string {
  return grouped(value.toFixed());
}

/** A number half up to 2 decimals, grouped (`10,463.50`). */
export function num2(value: DecimalValue): string {
  return grouped(value.toFixed(2, Dec.ROUND_HALF_UP));
}

/** Yuan as 亿元, exact (`128000000` → `1.28`). */
export function yi(yuan: DecimalValue): string {
  return yuan.dividedBy(YUAN_PER_YI).toFixed();
}

/** Half up to 2 decimals, as a Decimal. */
export function round2(value: DecimalValue): DecimalValue {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** “more than twice” / “more than” / “not more than”: how `ratio` compares with 1 and 2, in words. */
export function timesWords(ratio: DecimalValue): { en: string; zh: string } {
  if (ratio.gt(2)) return { en: 'more than twice', zh: '两倍以上' };
  if (ratio.gt(1)) return { en: 'more than', zh: '超过' };
  return { en: 'not more than', zh: '不超过' };
}

/** Money for yuan, half up to the fen. */
export function yuanMoney(yuan: DecimalValue): Money {
  return Money.round(yuan);
}
