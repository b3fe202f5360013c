import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import {
  compileScheme,
  reimburse,
  type ClaimInput,
  type ReimbursementBatch,
} from '../../src/medical/index.js';
import { claimFromCsv, claimFromJson, resultLine, splitCsv } from '../../scripts/batch-io.js';
import { inpatient, outpatient, PROFILE } from './support.js';

const claims: unknown[] = Array.from({ length: 10 }, (_, i) =>
  i === 5
    ? { nonsense: true }
    : (i % 2 === 0 ? inpatient : outpatient)({ totalCost: String(10000 + i * 731) }),
);

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

async function collect(chunks: AsyncIterable<ReimbursementBatch>): Promise<ReimbursementBatch[]> {
  const out: ReimbursementBatch[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('reimburseMany over an async iterable: chunks in input order, nothing else held', () => {
  it('10 claims in chunks of 4 = 4 + 4 + 2, offsets 0, 4, 8; each item equals reimburse', async () => {
    const scheme = compileScheme(PROFILE);
    const chunks = await collect(scheme.reimburseMany(slowly(claims), { chunkSize: 4 }));
    expect(chunks.map((c) => [c.offset, c.length])).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.length; i++) {
        const index = chunk.offset + i;
        if (index === 5) continue;
        const expected = reimburse(claims[index] as ClaimInput, PROFILE);
        expect(chunk.get(i).outOfPocket.toString()).toBe(expected.outOfPocket.toString());
        expect(chunk.explain(i)).toEqual(expected);
      }
    }
  });

  it('an invalid item is reported with its index in the whole stream (5), in the chunk that holds it', async () => {
    const chunks = await collect(compileScheme(PROFILE).streamMany(claims, { chunkSize: 4 }));
    expect(chunks.map((c) => c.errors.map((e) => e.index))).toEqual([[], [5], []]);
    expect(() => chunks[1]?.get(1)).toThrow(PolicyInputError);
    const counted = chunks.reduce((n, c) => n + c.totals.count, 0);
    expect(counted).toBe(9);
  });
});

describe('the batch script’s reader and writer', () => {
  it('splits CSV with quotes: a,"b,c","d ""e""" → a | b,c | d "e"', () => {
    expect(splitCsv('a,"b,c","d ""e"""')).toEqual(['a', 'b,c', 'd "e"']);
  });

  it('reads a CSV row into the claim reimburse takes', () => {
    const header = splitCsv(
      'id,date,registeredPoor,specifiedEnrollee,careType,diseaseGroup,level,inCounty,designated,totalCost,inCatalogueCost,rehabilitationItemsCost',
    );
    const claim = claimFromCsv(
      header,
      splitCsv('x1,2018-05-02,true,,inpatient,other,county,true,true,12000,10000,'),
    );
    expect(claim).toEqual({ id: 'x1', ...inpatient() });
  });

  it('passes an unreadable JSON line on as a string, which the schema refuses', () => {
    const line = claimFromJson('{oops');
    expect(line).toBe('{oops');
    const batch = compileScheme(PROFILE).reimburseMany([line]);
    expect(batch.errors[0]?.error.issues[0]?.path).toBe('claim');
  });

  it('writes a result as JSONL and CSV, and an error in the item’s place', () => {
    const r = reimburse(inpatient(), PROFILE);
    expect(JSON.parse(resultLine('jsonl', 7, r))).toMatchObject({
      index: 7,
      outOfPocket: r.outOfPocket.toString(),
    });
    expect(resultLine('csv', 7, r).split(',')[0]).toBe('7');
    const error = new PolicyInputError({
      ruleId: 'medical.fourLayers',
      issues: [{ path: 'claim', value: 1, message: 'bad', code: 'custom' }],
    });
    expect(JSON.parse(resultLine('jsonl', 2, error))).toMatchObject({
      index: 2,
      error: { ruleId: 'medical.fourLayers' },
    });
    expect(resultLine('csv', 2, error).endsWith('bad')).toBe(true);
  });
});

describe('a batch of something that is not a list is refused, not a TypeError', () => {
  it.each([42, null, 'x'.length])(
    'reimburseMany(%s) and reimburseYears(%s) throw a PolicyInputError',
    (value) => {
      const scheme = compileScheme(PROFILE);
      expect(() => scheme.reimburseMany(value as never)).toThrow(PolicyInputError);
      expect(() => scheme.reimburseYears(value as never)).toThrow(PolicyInputError);
    },
  );
});
