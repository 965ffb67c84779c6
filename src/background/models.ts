import { type CharModel, modelLanguage, modelSignal } from '../engine/char-model';
import type { Signal } from '../engine/types';
/**
 * The models, by language: the anger models (npm run train:models) and the learned part's
 * per-signal models (npm run train:signals); only languages and signals where one beat the rules
 * in cross-validation have a file. Kept as text until a ticket in that language needs them: the
 * worker starts often, and reading a string costs far less than building a 20,000-key object.
 */
const FILES = import.meta.glob<string>('../packs/models/*.json', { query: '?raw', import: 'default', eager: true });
const RAW = new Map<string, string[]>();
for (const [path, raw] of Object.entries(FILES)) {
  const lang = /-([a-z]{2})\.json$/.exec(path)?.[1];
  if (lang) RAW.set(lang, [...(RAW.get(lang) ?? []), raw]);
}
const parsed = new Map<string, CharModel[]>();

function modelsFor(language: string): CharModel[] {
  const lang = modelLanguage(language);
  let models = parsed.get(lang);
  if (!models) {
    models = (RAW.get(lang) ?? []).map((raw) => JSON.parse(raw) as CharModel);
    parsed.set(lang, models);
  }
  return models;
}

/** What the models of the customer's language find in each message; none where it has no model. */
export function modelSignals(language: string, messages: { index: number; text: string; scope: Signal['scope'] }[]): Signal[] {
  const models = modelsFor(language);
  if (!models.length) return [];
  return messages.flatMap((m) => models.flatMap((model) => modelSignal(model, m.text, m.index, m.scope) ?? []));
}
