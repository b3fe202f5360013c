/** The pairings of boxes 7–9 from both ends (fast-check over every pairing). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpersOf, PAIRINGS, pairingsOf, regionById } from '../../src/regions/index.js';

describe('regions.pairings', () => {
  it('a pairing is found from its recipient and from each helper, and its helpers are the recipient’s helpers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAIRINGS), (p) => {
        const recipient = regionById(p.recipientId).name;
        expect(pairingsOf(recipient)).toContainEqual(p);
        for (const id of p.helperIds) expect(pairingsOf(regionById(id).name)).toContainEqual(p);
        const helpers = helpersOf(recipient).map((h) => h.id);
        for (const id of p.helperIds) expect(helpers).toContain(id);
      }),
    );
  });
});
