import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserMessages, setPublishedMessages, setUiMessages, t } from '../../src/lib/i18n';

/** A browser's i18n as Chrome's behaves: "$1"… replaced by the substitutions, counted. */
function fakeBrowser(strings: Record<string, string>, lang = 'de') {
  const getMessage = vi.fn((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (strings[key] ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
  (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage, getUILanguage: () => lang } };
  return getMessage;
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  setPublishedMessages(undefined);
  setUiMessages(undefined);
});

describe('UI strings in a content script', () => {
  it('the worker resolves every string once, keeping "$1" for the page to fill', () => {
    fakeBrowser({ signalsFound: '$1 Signale gefunden', close: 'Schließen' });
    const published = browserMessages(['signalsFound', 'close', 'missing']);
    expect(published).toEqual({ lang: 'de', messages: { signalsFound: '$1 Signale gefunden', close: 'Schließen' } });
  });

  it('a tab with the published strings never asks the browser for one', () => {
    const getMessage = fakeBrowser({ signalsFound: 'asked the browser' });
    setPublishedMessages({ lang: 'de', messages: { signalsFound: '$1 Signale gefunden', close: 'Schließen' } });
    expect(t('signalsFound', '3')).toBe('3 Signale gefunden');
    expect(t('close')).toBe('Schließen');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('a string the publication lacks (a newer key) still comes from the browser', () => {
    const getMessage = fakeBrowser({ newer: 'Neu' });
    setPublishedMessages({ lang: 'de', messages: {} });
    expect(t('newer')).toBe('Neu');
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  it('the language the agent chose wins over the browser’s', () => {
    fakeBrowser({});
    setPublishedMessages({ lang: 'de', messages: { close: 'Schließen' } });
    setUiMessages({ lang: 'el', messages: { close: 'Κλείσιμο' } });
    expect(t('close')).toBe('Κλείσιμο');
  });

  it('a malformed publication is ignored, not thrown on', () => {
    fakeBrowser({ close: 'Schließen' });
    setPublishedMessages({ lang: 7, messages: 'no' });
    expect(t('close')).toBe('Schließen');
  });
});
