import { useEffect, useRef, useState } from 'preact/hooks';
import { modelMessages } from '../engine/signals';
import type { Message, Signal } from '../engine/types';
import { browser } from './browser';
import type { WorkerAnswer } from './protocol';

/**
 * What the service worker's anger model finds in a ticket on one of our own pages (the settings
 * page's test bench, practice), so a lead testing a pack and an agent practising see what the
 * sidebar would show. Asked again only when the customer's words or their language change.
 */
export function useModelSignals(messages: readonly Message[], language: string): Signal[] {
  const asked = modelMessages(messages);
  const key = `${language}\u0000${asked.map((m) => `${m.index}:${m.text}`).join('\u0000')}`;
  const [found, setFound] = useState<{ key: string; signals: Signal[] }>({ key: '', signals: [] });
  // The request as of this render, read by the effect, which runs again only when the key changes.
  const request = useRef({ language, messages: asked });
  request.current = { language, messages: asked };
  useEffect(() => {
    const { language: lang, messages: latest } = request.current;
    if (!latest.length || lang === 'en' || lang === 'und') return;
    let current = true;
    void (browser.runtime.sendMessage({ type: 'model-signals', language: lang, messages: latest }) as Promise<WorkerAnswer | undefined>)
      .then((answer) => current && setFound({ key, signals: answer?.ok ? (answer.signals ?? []) : [] }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [key]);
  return found.key === key ? found.signals : [];
}
