import { eld } from 'eld/small';
import { guessLanguage, refineLanguage } from '../../src/engine/language';

/**
 * Language for the command line and evaluation: eld (the "small" n-gram database, 60
 * languages, pure JS) refined by the engine for the pairs detectors confuse. The extension
 * uses the browser's own detector instead, which costs it no bundle bytes.
 */
export function detectLanguageNode(text: string): string {
  const sample = text.slice(0, 2_000);
  const script = guessLanguage(sample);
  // Writing systems settle Greek and Chinese outright; eld is for Latin-script text.
  if (script.reliable && (script.language === 'el' || script.language === 'zh')) return script.language;
  const result = eld.detect(sample);
  return result.language ? refineLanguage(result.language, sample) : script.language;
}
