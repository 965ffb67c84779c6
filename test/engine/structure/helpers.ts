import { compilePacks } from '../../../src/engine/compile';
import { detectSignals } from '../../../src/engine/detect';
import { resolvePacks } from '../../../src/engine/resolve';
import type { Signal } from '../../../src/engine/types';
import { BUNDLED_PACKS } from '../../../src/packs';

/** The bundled packs a new install enables, compiled once for the structure tests. */
export const bundled = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);

/** The signals shown for one customer message in `language`. */
export const shown = (text: string, language: string): Signal[] => detectSignals(text, bundled, language);
export const ids = (text: string, language: string): string[] => shown(text, language).map((s) => s.id);
