import { cite, type Citation } from '../core/citation.js';
import type { Region } from './data.js';
import { findRegion, isWithin } from './lookup.js';
import { PAIRING_BOXES } from '../plan/index.js';

/** The kind of collaboration a box records. */
export type PairingKind = 'eastWest' | 'intraProvincial';

/** One pair of 专栏7–9: who helps whom, as listed and as registry ids. */
export interface Pairing {
  /** 7, 8 or 9. */
  readonly box: 7 | 8 | 9;
  readonly kind: PairingKind;
  /** The helping unit(s): one per row, except 宁海县、奉化区 (专栏7) and 中新食品区 北大壶开发区 (专栏9). */
  readonly helperIds: readonly string[];
  readonly helpersAsListed: readonly string[];
  readonly recipientId: string;
  readonly recipientAsListed: string;
  /** The groups the box pairs: 宁波市 → 延边州, 长春市 → 白城市, 吉林市 → 白山市. */
  readonly helperGroupId: string;
  readonly recipientGroupId: string;
  readonly citation: Citation;
}

function id(name: string): string {
  return findRegion(name).id;
}

/** Every pair of 专栏7, 专栏8 and 专栏9, in box order (4 + 3 + 8 = 15). See rule `regions.pairings`. */
export const PAIRINGS: readonly Pairing[] = Object.freeze(
  PAIRING_BOXES.flatMap((box) =>
    box.pairs.map((p): Pairing =>
      Object.freeze({
        box: box.box,
        kind: box.box === 7 ? 'eastWest' : 'intraProvincial',
        helperIds: Object.freeze(p.helpers.map(id)),
        helpersAsListed: p.helpers,
        recipientId: id(p.recipient),
        recipientAsListed: p.recipient,
        helperGroupId: id(box.helperGroup),
        recipientGroupId: id(box.recipientGroup),
        citation: cite({ chapter: 9, section: 1, box: box.box, quote: p.quote }),
      }),
    ),
  ),
);

/**
 * The pairs `place` takes part in, as helper or recipient, including through a unit it lies in or
 * contains (宁波市 finds all of 专栏7; 靖宇县 finds all of 专栏9; 安图县 finds its pair).
 *
 * @example
 * ```ts
 * pairingsOf('安图县').map((p) => p.helpersAsListed) //=> [['宁海县', '奉化区']]
 * ```
 */
export function pairingsOf(place: string): readonly Pairing[] {
  const region: Region = findRegion(place);
  const related = (otherId: string): boolean => {
    if (otherId === region.id) return true;
    const other = findRegion(otherId);
    return isWithin(other, region.id);
  };
  return Object.freeze(
    // A box's groups (宁波市, 延边州, …) contain its helpers and recipients, so a group is found through them.
    PAIRINGS.filter((p) => p.helperIds.some(related) || related(p.recipientId)),
  );
}

/** Who helps `place` (the helper regions of every pair whose recipient is or lies in `place`). */
export function helpersOf(place: string): readonly Region[] {
  const region = findRegion(place);
  const ids = PAIRINGS.filter(
    (p) => p.recipientId === region.id || isWithin(findRegion(p.recipientId), region.id),
  ).flatMap((p) => p.helperIds);
  return Object.freeze([...new Set(ids)].map((i) => findRegion(i)));
}
