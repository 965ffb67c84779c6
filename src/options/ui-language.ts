import browser from 'webextension-polyfill';
import de from '../../public/_locales/de/messages.json';
import el from '../../public/_locales/el/messages.json';
import en from '../../public/_locales/en/messages.json';
import no from '../../public/_locales/no/messages.json';
import sk from '../../public/_locales/sk/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { UI_MESSAGES_KEY, type UiMessages, setUiMessages } from '../lib/i18n';

type Locale = Record<string, { message: string }>;
/** The UI languages, by the code Composure uses for them (and their own names). */
export const UI_LANGUAGES: Record<string, { name: string; locale: Locale }> = {
  en: { name: 'English', locale: en },
  de: { name: 'Deutsch', locale: de },
  el: { name: 'Ελληνικά', locale: el },
  sk: { name: 'Slovenčina', locale: sk },
  zh: { name: '中文（简体）', locale: zh },
  no: { name: 'Norsk bokmål', locale: no },
};

/**
 * Publishes the chosen UI language's strings where every page and content script reads them
 * (storage.local), or removes them to follow the browser's language again.
 */
export async function publishUiLanguage(lang: string | undefined): Promise<void> {
  const entry = lang ? UI_LANGUAGES[lang] : undefined;
  if (!entry) {
    await browser.storage.local.remove(UI_MESSAGES_KEY);
    setUiMessages(undefined);
    return;
  }
  const value: UiMessages = {
    lang: lang as string,
    messages: Object.fromEntries(Object.entries(entry.locale).map(([k, v]) => [k, v.message])),
  };
  await browser.storage.local.set({ [UI_MESSAGES_KEY]: value });
  setUiMessages(value);
}
