import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/engine/normalize';
import { tokenize } from '../../src/engine/tokenize';

// The character tables start small and grow the first time a text has a character beyond U+3000.
// This file's texts run in order in one module instance, as a tab's do: English first.
const words = (text: string) => {
  const t = tokenize(normalizeText(text));
  return Array.from({ length: t.count }, (_, i) => `${t.word(i)}@${t.sentence[i]}`);
};

describe('character tables that grow with the text they meet', () => {
  it('read European text before any wider character is seen', () => {
    expect(words('Ich bin WÜTEND. Θέλω ΕΠΙΣΤΡΟΦΉ!')).toEqual(['ich@0', 'bin@0', 'wutend@0', 'θελω@1', 'επιστροφη@1']);
  });

  it('then Chinese, with its full stops and marks still ending sentences', () => {
    expect(words('退款。为什么！好')).toEqual(['退@0', '款@0', '为@1', '什@1', '么@1', '好@2']);
  });

  it('keep what they learned before growing, and emoji pass through with their offsets', () => {
    expect(words('Ärger 😡 über')).toEqual(['arger@0', 'uber@0']);
    expect(normalizeText('A😡É')).toBe('a😡e');
  });
});
