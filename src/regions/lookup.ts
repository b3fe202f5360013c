import { parseInput, refuse } from '../core/errors.js';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../core/limits.js';
import { nearest } from '../core/suggest.js';
import { REGIONS, type Region, type RegionLevel } from './data.js';
import { regionQuerySchema, regionLevelSchema } from './schema.js';

/** The rule id of every lookup refusal. */
export const LOOKUP_RULE_ID = 'regions.lookup';

/**
 * The form a query is matched in: Unicode NFKC (full-width brackets and letters become ASCII), lower case,
 * without white space, brackets, hyphens, apostrophes, dots or underscores. So `长春市（市辖区）`,
 * `长春市(市辖区)` and `长春市 市辖区` match alike, as do `Qian Gorlos` and `qian-gorlos`.
 */
export function normalizeRegionQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()[\]{}'’‘`\-_.·]/gu, '')
    .replace(/ü/gu, 'v');
}

interface Index {
  /** Tier 1: id, current or former code, name, official name. Tier 2: aliases and English name. */
  readonly tiers: readonly ReadonlyMap<string, readonly Region[]>[];
  readonly byId: ReadonlyMap<string, Region>;
}

function buildIndex(): Index {
  const tier1 = new Map<string, Region[]>();
  const tier2 = new Map<string, Region[]>();
  const add = (map: Map<string, Region[]>, key: string, region: Region): void => {
    const k = normalizeRegionQuery(key);
    if (k === '') return;
    const list = map.get(k) ?? [];
    if (!list.includes(region)) list.push(region);
    map.set(k, list);
  };
  const byId = new Map<string, Region>();
  for (const region of REGIONS) {
    // Stryker disable next-line StringLiteral: a load-time integrity check of the registry, which has no duplicate id (the message is never shown)
    if (byId.has(region.id)) throw new Error(`duplicate region id ${region.id}`);
    byId.set(region.id, region);
    for (const key of [region.id, region.name, region.officialName, ...region.formerCodes])
      add(tier1, key, region);
    if (region.code !== null) add(tier1, region.code, region);
    for (const key of [...region.aliases, region.nameEn]) add(tier2, key, region);
  }
  return { tiers: [tier1, tier2], byId };
}

const INDEX = buildIndex();

/** Every name a user may type for some region, for suggestions. */
const SUGGESTABLE_NAMES: readonly string[] = REGIONS.flatMap((r) => [r.name, r.officialName, ...r.aliases]);

type Match =
  | { readonly kind: 'found'; readonly region: Region }
  | { readonly kind: 'ambiguous'; readonly regions: readonly Region[] }
  | { readonly kind: 'none' };

function matchKey(key: string): Match {
  for (const tier of INDEX.tiers) {
    const hits = tier.get(key) ?? [];
    const [first] = hits;
    if (first === undefined) continue;
    return hits.length === 1 ? { kind: 'found', region: first } : { kind: 'ambiguous', regions: hits };
  }
  return { kind: 'none' };
}

/** Whether `ancestorId` is `region`'s parent, grandparent, ... */
export function isWithin(region: Region, ancestorId: string): boolean {
  let parent = region.parentId;
  while (parent !== null) {
    if (parent === ancestorId) return true;
    // Stryker disable next-line OptionalChaining: every parentId of the registry names a region (test/regions checks it), so `?.` never short-circuits
    parent = INDEX.byId.get(parent)?.parentId ?? null;
  }
  return false;
}

/** The labels a province or prefecture may be written with as a prefix, normalized, longest first. */
const CONTAINER_LABELS: readonly { readonly prefix: string; readonly container: Region }[] = REGIONS.filter(
  (r) => r.level === 'province' || r.level === 'prefecture',
)
  .flatMap((container) =>
    [container.name, container.officialName, ...container.aliases].map((label) => ({
      prefix: normalizeRegionQuery(label),
      container,
    })),
  )
  .filter(
    (entry, index, all) =>
      entry.prefix !== '' &&
      all.findIndex((e) => e.prefix === entry.prefix && e.container === entry.container) === index,
  );

/**
 * Finds a query written with its containing units first (`吉林省白山市长白县`, `延边州汪清县`): strips a
 * prefix naming a province or prefecture and looks up the rest within it. Each further prefix must name a
 * unit strictly inside the one before (`吉林省吉林省…` or `jilinjilin…` names nothing), so the units nest at
 * most as deep as the registry (province → prefecture) and the work is linear in the query's length: no
 * backtracking over repeated prefixes.
 */
function matchWithPrefix(key: string, outer: Region | null = null): Match {
  for (const { prefix, container } of CONTAINER_LABELS) {
    if (outer !== null && !isWithin(container, outer.id)) continue;
    // An empty rest (the query is only the label) matches no key and no label: it ends in `none` below.
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const inner = matchKey(rest);
    if (inner.kind === 'found' && isWithin(inner.region, container.id)) return inner;
    if (inner.kind === 'ambiguous') {
      const within = inner.regions.filter((r) => isWithin(r, container.id));
      const [only, ...others] = within;
      if (only !== undefined && others.length === 0) return { kind: 'found', region: only };
    }
    const deeper = matchWithPrefix(rest, container);
    if (deeper.kind === 'found') return deeper;
  }
  return { kind: 'none' };
}

/** Resolves a query of at most MAX_NAME_LENGTH characters (the callers refuse or skip longer ones first). */
function resolve(query: string): Match {
  const key = normalizeRegionQuery(query);
  const direct = matchKey(key);
  if (direct.kind !== 'none') return direct;
  return matchWithPrefix(key);
}

/**
 * Finds a region by id, GB/T 2260 code (current or former), name as the plan writes it, official name,
 * alias or English name. Case, white space and the bracket style of `（市辖区）` do not matter; a query may
 * name its containing units first (`白山市长白县`).
 *
 * An unknown query, or one that names two places (`通化`: 通化市 or 通化县? `吉林`: 吉林省 or 吉林市?), is a
 * {@link PolicyInputError} of rule `regions.lookup` at path `query`, with code `unknown_region` or
 * `ambiguous_region` and the nearest names as `suggestions`.
 *
 * @example
 * ```ts
 * findRegion('长白朝鲜族自治县').id          //=> 'changbai'
 * findRegion('220623').name                 //=> '长白县'
 * findRegion('长春市(市辖区)').id            //=> 'changchun-districts'
 * findRegion('Yanbian').officialName        //=> '延边朝鲜族自治州'
 * findRegion('长百县')                        // throws PolicyInputError, suggestions include '长白县'
 * ```
 */
export function findRegion(query: string): Region {
  return resolveRegion(query, LOOKUP_RULE_ID, 'query');
}

/**
 * {@link findRegion} for another rule: validates `query` and refuses an unknown or ambiguous place as bad
 * input of rule `ruleId` at `path` (codes `unknown_region`, `ambiguous_region`), with suggestions.
 */
export function resolveRegion(query: unknown, ruleId: string, path: string): Region {
  if (typeof query === 'string' && query.length > MAX_NAME_LENGTH) {
    return refuse(
      ruleId,
      path,
      query,
      `is longer than MAX_NAME_LENGTH (${MAX_NAME_LENGTH} characters)`,
      'too_big',
    );
  }
  const q = parseInput(ruleId, regionQuerySchema, query, path);
  const match = resolve(q);
  switch (match.kind) {
    case 'found':
      return match.region;
    case 'ambiguous':
      return refuse(
        ruleId,
        path,
        query,
        `names more than one place (${match.regions.map((r) => r.name).join(', ')}); say which`,
        'ambiguous_region',
        match.regions.map((r) => r.name),
      );
    case 'none':
      return refuse(
        ruleId,
        path,
        query,
        'is not a place in the registry (a name, official name, alias, id or GB/T 2260 code)',
        'unknown_region',
        nearest(q, SUGGESTABLE_NAMES),
      );
  }
}

/** Like {@link findRegion}, but `undefined` for a query that finds no single region (never throws). */
export function tryFindRegion(query: unknown): Region | undefined {
  if (typeof query !== 'string' || query.length > MAX_NAME_LENGTH) return undefined;
  const match = resolve(query);
  // Stryker disable next-line ConditionalExpression: a match that is not `found` has no `region` field, so reading it gives undefined as well
  return match.kind === 'found' ? match.region : undefined;
}

/** The region with this exact id; an unknown id is a {@link PolicyInputError} (path `id`). */
export function regionById(id: string): Region {
  if (typeof id === 'string' && id.length > MAX_ID_LENGTH) {
    return refuse(
      LOOKUP_RULE_ID,
      'id',
      id,
      `is longer than MAX_ID_LENGTH (${MAX_ID_LENGTH} characters)`,
      'too_big',
    );
  }
  const value = parseInput(LOOKUP_RULE_ID, regionQuerySchema, id, 'id');
  return (
    INDEX.byId.get(value) ??
    refuse(
      LOOKUP_RULE_ID,
      'id',
      id,
      'is not a region id',
      'unknown_region',
      nearest(
        value,
        REGIONS.map((r) => r.id),
      ),
    )
  );
}

/** The region `place` lies in (its parent), or null for a province. `place` is any {@link findRegion} query. */
export function parentOf(place: string): Region | null {
  const region = findRegion(place);
  return region.parentId === null ? null : regionById(region.parentId);
}

/** The chain of containing regions, nearest first: 长白县 → [白山市, 吉林省]. */
export function ancestorsOf(place: string): readonly Region[] {
  const out: Region[] = [];
  let region: Region | null = parentOf(place);
  while (region !== null) {
    out.push(region);
    region = region.parentId === null ? null : regionById(region.parentId);
  }
  return Object.freeze(out);
}

/** The regions directly under `place`, in registry order, optionally of one level only. */
export function childrenOf(place: string, options?: { readonly level?: RegionLevel }): readonly Region[] {
  const region = findRegion(place);
  const level =
    options?.level === undefined
      ? undefined
      : parseInput(LOOKUP_RULE_ID, regionLevelSchema, options.level, 'options.level');
  return Object.freeze(
    REGIONS.filter((r) => r.parentId === region.id && (level === undefined || r.level === level)),
  );
}

/** Every region at one level, in registry order. */
export function regionsAtLevel(level: RegionLevel): readonly Region[] {
  const value = parseInput(LOOKUP_RULE_ID, regionLevelSchema, level, 'level');
  return Object.freeze(REGIONS.filter((r) => r.level === value));
}

/** Whether `place` lies within `container` (strictly: a region is not within itself). */
export function isPlaceWithin(place: string, container: string): boolean {
  return isWithin(findRegion(place), findRegion(container).id);
}
