import { parsePlainDate } from '../../core/dates.js';
import { Money } from '../../core/money.js';
import { DISEASE_GROUPS, HOSPITAL_LEVELS } from '../params.js';
import type { Claim } from '../schema.js';

/**
 * A claim read straight to whole fen. The fast checker accepts only the plain shapes (decimal strings with at
 * most two decimals, finite numbers exact to the fen, `Money`, `YYYY-MM-DD` strings, no unknown keys); whatever
 * it refuses goes through the zod schema, so an invalid claim gets exactly the error `reimburse` gives.
 */
export interface FastClaim {
  id: string | null;
  date: string;
  registeredPoor: boolean;
  /** The patient's `specifiedEnrollee`: true only when given as true. */
  specifiedEnrollee: boolean;
  outpatient: number;
  group: number;
  level: number;
  inCounty: boolean;
  designated: boolean;
  total: number;
  inCatalogue: number;
  rehabilitation: number;
}

// Stryker disable all: placeholders: every field is written by readFastClaim or fromParsedClaim before it is read
export const newFastClaim = (): FastClaim => ({
  id: null,
  date: '',
  registeredPoor: false,
  specifiedEnrollee: false,
  outpatient: 0,
  group: 0,
  level: 0,
  inCounty: false,
  designated: false,
  total: 0,
  inCatalogue: 0,
  rehabilitation: 0,
});
// Stryker restore all

const GROUP_INDEX = new Map<unknown, number>(DISEASE_GROUPS.map((g, i) => [g, i]));
const LEVEL_INDEX = new Map<unknown, number>(HOSPITAL_LEVELS.map((l, i) => [l, i]));
const SURGICAL = GROUP_INDEX.get('surgical28');
const CARDIAC = GROUP_INDEX.get('cardiacIntervention');
/** Amounts above this (in fen) go through the schema and, if valid, the exact path. */
const FAST_MAX_FEN = 2 ** 43;
const CLAIM_KEYS = new Set([
  'id',
  'date',
  'patient',
  'careType',
  'diseaseGroup',
  'hospital',
  'totalCost',
  'inCatalogueCost',
  'rehabilitationItemsCost',
]);

/** A decimal string `123` / `123.4` / `123.45` in whole fen, or -1 (hand-parsed: no regex, no allocation). */
function fenOfString(value: string): number {
  const n = value.length;
  if (n > 16) return -1;
  let fen = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    fen = fen * 10 + d;
  }
  if (i === 0) return -1;
  fen *= 100;
  if (i < n) {
    if (value.charCodeAt(i) !== 46 || n - i < 2 || n - i > 3) return -1;
    const d1 = value.charCodeAt(i + 1) - 48;
    const d2 = n - i === 3 ? value.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
    fen += d1 * 10 + d2;
  }
  return fen <= FAST_MAX_FEN ? fen : -1;
}

/**
 * An amount in whole fen, or a negative number where the fast checker does not decide (a negative amount, NaN,
 * a fraction of a fen, an amount above 2^43 fen, anything else): the callers refuse every negative.
 */
export function fenOf(value: unknown): number {
  if (typeof value === 'string') return fenOfString(value);
  if (typeof value === 'number') {
    if (!(value >= 0) || value > FAST_MAX_FEN / 100) return -1;
    const fen = Math.round(value * 100);
    return fen / 100 === value ? fen : -1;
  }
  if (value instanceof Money) {
    const fen = value.toFen().toNumber();
    return fen <= FAST_MAX_FEN ? fen : -1;
  }
  return -1;
}

const VALID_DATES = new Set<string>();

function isDate(value: unknown): value is string {
  // Stryker disable next-line ConditionalExpression: parsePlainDate refuses a value that is not a string itself
  if (typeof value !== 'string') return false;
  // Stryker disable next-line ConditionalExpression: a cache of dates already checked; checking again gives the same answer
  if (VALID_DATES.has(value)) return true;
  if (parsePlainDate(value) === undefined) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound keeps the cache small; a date left out is checked again, with the same answer
  if (VALID_DATES.size < 100_000) VALID_DATES.add(value);
  return true;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function readPatient(p: unknown, out: FastClaim): boolean {
  if (!isObject(p)) return false;
  for (const k in p) if (k !== 'registeredPoor' && k !== 'specifiedEnrollee') return false;
  const s = p.specifiedEnrollee;
  if (typeof p.registeredPoor !== 'boolean' || (s !== undefined && typeof s !== 'boolean')) return false;
  out.registeredPoor = p.registeredPoor;
  out.specifiedEnrollee = s === true;
  return true;
}

function readHospital(h: unknown, out: FastClaim): boolean {
  if (!isObject(h)) return false;
  for (const k in h) if (k !== 'level' && k !== 'inCounty' && k !== 'designated') return false;
  const level = LEVEL_INDEX.get(h.level);
  if (level === undefined || typeof h.inCounty !== 'boolean' || typeof h.designated !== 'boolean')
    return false;
  out.level = level;
  out.inCounty = h.inCounty;
  out.designated = h.designated;
  return true;
}

function readAmounts(c: Record<string, unknown>, out: FastClaim): boolean {
  const total = fenOf(c.totalCost);
  const inCat = fenOf(c.inCatalogueCost);
  const rehab = c.rehabilitationItemsCost === undefined ? 0 : fenOf(c.rehabilitationItemsCost);
  if (total < 0 || inCat < 0 || rehab < 0 || inCat > total || inCat + rehab > total) return false;
  out.total = total;
  out.inCatalogue = inCat;
  out.rehabilitation = rehab;
  return true;
}

/** Reads a claim into `out`; false where the fast checker does not decide (the schema must). */
export function readFastClaim(input: unknown, out: FastClaim): boolean {
  if (!isObject(input)) return false;
  for (const k in input) if (!CLAIM_KEYS.has(k)) return false;
  const { id, date, careType } = input;
  if (id !== undefined && typeof id !== 'string') return false;
  if (!isDate(date)) return false;
  const group = GROUP_INDEX.get(input.diseaseGroup);
  if (group === undefined || (careType !== 'inpatient' && careType !== 'outpatient')) return false;
  const outpatient = careType === 'outpatient' ? 1 : 0;
  if (outpatient === 1 && (group === SURGICAL || group === CARDIAC)) return false;
  if (!readPatient(input.patient, out) || !readHospital(input.hospital, out)) return false;
  if (!readAmounts(input, out)) return false;
  out.id = id ?? null;
  out.date = date;
  out.outpatient = outpatient;
  out.group = group;
  return true;
}

/** Reads a claim the schema validated; false where an amount is too large for the fast path. */
export function fromParsedClaim(claim: Claim, out: FastClaim): boolean {
  const total = fenOf(claim.totalCost);
  const inCat = fenOf(claim.inCatalogueCost);
  const rehab = claim.rehabilitationItemsCost === undefined ? 0 : fenOf(claim.rehabilitationItemsCost);
  // The schema keeps inCatalogueCost and rehabilitationItemsCost within totalCost: they fit where it does.
  if (total < 0) return false;
  out.id = claim.id ?? null;
  out.date = claim.date;
  out.registeredPoor = claim.patient.registeredPoor;
  out.specifiedEnrollee = claim.patient.specifiedEnrollee === true;
  out.outpatient = claim.careType === 'outpatient' ? 1 : 0;
  out.group = DISEASE_GROUPS.indexOf(claim.diseaseGroup);
  out.level = HOSPITAL_LEVELS.indexOf(claim.hospital.level);
  out.inCounty = claim.hospital.inCounty;
  out.designated = claim.hospital.designated;
  out.total = total;
  out.inCatalogue = inCat;
  out.rehabilitation = rehab;
  return true;
}
