import { type CharModel, modelLanguage, modelSignal } from '../engine/char-model';
import type { Signal } from '../engine/types';
/**
 * The anger models, by language (npm run train:models writes them; only languages where one beat
 * the rules in cross-validation have a file). Kept as text until a ticket in that language needs
 * one: the worker starts often, and reading a string costs far less than building a 20,000-key object.
 */
const FILES = import.meta.glob<string>('../packs/models/anger-*.json', { query: '?raw', import: 'default', eager: true });
const RAW: Record<string, string> = Object.fromEntries(
  Object.entries(FILES).map(([path, raw]) => [path.replace(/^.*anger-([a-z]{2})\.json$/, '$1'), raw]),
);
const parsed = new Map<string, CharModel>();

function modelFor(language: string): CharModel | undefined {
  const lang = modelLanguage(language);
  const raw = RAW[lang];
  if (raw === undefined) return undefined;
  let model = parsed.get(lang);
  if (!model) {
    model = JSON.parse(raw) as CharModel;
    parsed.set(lang, model);
  }
  return model;
}

/** What the model of the customer's language finds in each message; none where it has no model. */
export function modelSignals(language: string, messages: { index: number; text: string; scope: Signal['scope'] }[]): Signal[] {
  const model = modelFor(language);
  if (!model) return [];
  return messages.flatMap((m) => modelSignal(model, m.text, m.index, m.scope) ?? []);
}
