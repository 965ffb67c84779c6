import type { Pack } from './pack-schema';

type Listed = { id: string };
const LISTS = ['signals', 'methods', 'suggestions', 'draftChecks', 'scenarios'] as const;

export class ResolveError extends Error {}

/**
 * Flattens `extends` like Vale styles: the child inherits the parent's rules, a rule with
 * the same id replaces the parent's, and `disable` switches inherited rules off.
 */
export function flattenPack(pack: Pack, byId: ReadonlyMap<string, Pack>, seen: string[] = []): Pack {
  if (!pack.extends) return pack;
  if (seen.includes(pack.id)) throw new ResolveError(`"${pack.id}" extends itself through ${seen.join(' → ')}`);
  const parentPack = byId.get(pack.extends);
  if (!parentPack) throw new ResolveError(`"${pack.id}" extends "${pack.extends}", which is not installed`);
  const parent = flattenPack(parentPack, byId, [...seen, pack.id]);
  const disabled = new Set(pack.disable ?? []);
  const merged: Pack = { ...parent, ...pack, extends: pack.extends };
  for (const list of LISTS) {
    const own = (pack[list] ?? []) as Listed[];
    const ownIds = new Set(own.map((r) => r.id));
    const inherited = ((parent[list] ?? []) as Listed[]).filter((r) => !ownIds.has(r.id) && !disabled.has(r.id));
    (merged as Record<string, unknown>)[list] = [...inherited, ...own];
  }
  merged.examples = [...(pack.examples ?? [])];
  return merged;
}

/**
 * The packs to compile: each enabled pack flattened, minus any pack that another enabled
 * pack inherits from (its rules already come through the child and must not count twice).
 * A pack that cannot be flattened (missing parent, cycle) is reported, not thrown.
 */
export function resolvePacks(all: readonly Pack[], enabled: readonly string[]): { packs: Pack[]; errors: string[] } {
  const byId = new Map(all.map((p) => [p.id, p]));
  const errors: string[] = [];
  const flattened: Pack[] = [];
  for (const id of enabled) {
    const pack = byId.get(id);
    if (!pack) continue;
    try {
      flattened.push(flattenPack(pack, byId));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  const inherited = new Set<string>();
  for (const pack of flattened) {
    for (let parent = byId.get(pack.id)?.extends; parent && !inherited.has(parent); parent = byId.get(parent)?.extends) {
      inherited.add(parent);
    }
  }
  return { packs: flattened.filter((p) => !inherited.has(p.id)), errors };
}
