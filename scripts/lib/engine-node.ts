import { compilePacks } from '../../src/engine/compile';
import { resolvePacks } from '../../src/engine/resolve';
import { BUNDLED_PACKS } from '../../src/packs';

/** The default-enabled bundled packs (or the named ones), compiled, for the CLI and scripts. */
export function compiledFor(packIds?: string[]) {
  const ids = packIds ?? BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id);
  const unknown = ids.filter((id) => !BUNDLED_PACKS.some((p) => p.id === id));
  if (unknown.length) throw new Error(`Unknown pack(s): ${unknown.join(', ')}. Known: ${BUNDLED_PACKS.map((p) => p.id).join(', ')}`);
  return compilePacks(resolvePacks(BUNDLED_PACKS, ids).packs);
}
