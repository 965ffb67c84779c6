import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CharModel, modelLanguage, modelSignal } from '../../src/engine/char-model';
import type { CompiledPacks } from '../../src/engine/compile';
import { detectSignals } from '../../src/engine/detect';
import { withModelSignals } from '../../src/engine/signals';
import type { Signal } from '../../src/engine/types';

/**
 * The models the extension's service worker runs (src/packs/models), by language: the anger models
 * (npm run train:models) and the learned part's per-signal models (npm run train:signals).
 */
export function loadModels(dir = resolve('src/packs/models')): Map<string, CharModel[]> {
  const models = new Map<string, CharModel[]>();
  for (const file of readdirSync(dir).filter((f) => /^(anger|signal-[a-z-]+)-[a-z]{2}\.json$/.test(f))) {
    const model = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CharModel;
    models.set(model.language, [...(models.get(model.language) ?? []), model]);
  }
  return models;
}

/** One message's signals as the extension shows them: the rules', and each model's where the rules found none of its signal. */
export function detectWithModels(text: string, compiled: CompiledPacks, language: string, models: Map<string, CharModel[]>): Signal[] {
  const signals = detectSignals(text, compiled, language);
  // A model only adds a signal the rules did not find (withModelSignals): no need to ask it otherwise.
  const found: Signal[] = [];
  for (const model of models.get(modelLanguage(language)) ?? []) {
    if (signals.some((s) => s.id === model.signal)) continue;
    const signal = modelSignal(model, text, 0, 'latest');
    if (signal) found.push(signal);
  }
  return found.length ? withModelSignals(signals, found) : signals;
}
