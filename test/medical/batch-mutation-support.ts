import { expect, vi } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import {
  claimSchema,
  compileScheme,
  PAYERS,
  reimburse,
  reimburseYear,
  type ClaimInput,
  type MedicalSchemeProfileInput,
  type ReimbursementBatch,
  type ReimbursementFigures,
  type ReimburseOptions,
} from '../../src/medical/index.js';
import { PROFILE } from './support.js';

/**
 * Helpers of the batch-engine tests (batch-paths, batch.property and the batch-mutation tests of issue 15):
 * compare a batch with `reimburse` / `reimburseYear` to the fen, and count how often the claim schema runs (the
 * fast reader decides a plain claim without it).
 */

export type Flat = Record<string, string | boolean | null>;

/** Every figure as a string, so equality is to the fen (and ratios exactly). */
export function flat(f: ReimbursementFigures): Flat {
  const r = f.ratios;
  return {
    claimId: f.claimId,
    totalCost: f.totalCost.toString(),
    inCatalogueCost: f.inCatalogueCost.toString(),
    outOfCatalogueCost: f.outOfCatalogueCost.toString(),
    ...Object.fromEntries(PAYERS.map((p) => [p, f.shares[p].toString()])),
    reimbursed: f.reimbursed.toString(),
    outOfPocket: f.outOfPocket.toString(),
    outOfPocketInCatalogue: f.outOfPocketInCatalogue.toString(),
    outOfPocketOutOfCatalogue: f.outOfPocketOutOfCatalogue.toString(),
    overall: r.overall?.toString() ?? null,
    inCatalogue: r.inCatalogue?.toString() ?? null,
    inCounty: r.inCounty?.toString() ?? null,
    depositRequired: f.depositRequired,
  };
}

/** What `reimburse` gives for one item: its figures, or the message of the PolicyInputError it throws. */
export function single(
  claim: unknown,
  profile: MedicalSchemeProfileInput,
  options?: ReimburseOptions,
): Flat | string {
  try {
    return flat(reimburse(claim as ClaimInput, profile, options));
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return error.message;
  }
}

/** What the batch gives for item i, in the same shape. */
export function item(batch: ReimbursementBatch, i: number): Flat | string {
  try {
    return flat(batch.get(i));
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return error.message;
  }
}

/** Runs the batch and checks every item (and the totals) against `reimburse`; returns the batch. */
export function expectSameAsReimburse(
  claims: readonly unknown[],
  profile: MedicalSchemeProfileInput = PROFILE,
  options?: ReimburseOptions,
): ReimbursementBatch {
  const batch = compileScheme(profile, options).reimburseMany(claims);
  expect(batch.length).toBe(claims.length);
  const singles = claims.map((claim) => single(claim, profile, options));
  claims.forEach((_, i) => {
    expect(item(batch, i)).toEqual(singles[i]);
  });
  expect(batch.totals.count).toBe(singles.filter((s) => typeof s !== 'string').length);
  return batch;
}

/** Calls of the claim schema while `run` runs (a plain claim on the fast path makes none). */
export function schemaCalls(run: () => void): number {
  const spy = vi.spyOn(claimSchema._zod, 'run');
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

/** Runs the years and checks each patient against `reimburseYear` (figures, totals, year to date, or the error). */
export function expectSameYears(
  patients: readonly unknown[],
  profile: MedicalSchemeProfileInput = PROFILE,
  options?: ReimburseOptions,
) {
  const batch = compileScheme(profile, options).reimburseYears(patients as never);
  expect(batch.length).toBe(patients.length);
  patients.forEach((claims, p) => {
    let expected: ReturnType<typeof reimburseYear> | string;
    try {
      expected = reimburseYear(claims as ClaimInput[], profile, options);
    } catch (error) {
      if (!(error instanceof PolicyInputError)) throw error;
      expected = error.message;
    }
    if (typeof expected === 'string') {
      expect(() => batch.get(p)).toThrow(expected);
      expect(() => batch.explain(p)).toThrow(expected);
      return;
    }
    const got = batch.get(p);
    expect(got.claims.map(flat)).toEqual(expected.claims.map(flat));
    expect(JSON.stringify(got.totals)).toBe(JSON.stringify(expected.totals));
    expect(JSON.stringify(got.yearToDate)).toBe(JSON.stringify(expected.yearToDate));
    expect(batch.explain(p)).toEqual(expected);
  });
  return batch;
}
