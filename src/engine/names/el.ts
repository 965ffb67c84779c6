import { greekVocative } from './greek';
import type { ParsedName } from './types';

/**
 * Greek greets by the first name in the vocative ("Γεια σας Γεώργιε"); with only a surname and a
 * gender, "κύριε Παπαδόπουλε" / "κυρία Παπαδοπούλου". A name in capitals whose accent cannot be
 * restored, or "κ." with a surname (either gender), gets no name.
 */
export function greetEl(p: ParsedName): string | undefined {
  if (p.script === 'han' || p.ambiguous) return p.full;
  if (p.given) return p.givenUnaccented ? undefined : p.script === 'greek' ? greekVocative(p.given) : p.given;
  if (p.unaccented) return undefined;
  if (!p.family || !p.gender) return undefined;
  if (p.script !== 'greek') return `${p.gender === 'm' ? 'κύριε' : 'κυρία'} ${p.family}`;
  return p.gender === 'm' ? `κύριε ${greekVocative(p.family)}` : `κυρία ${p.family}`;
}
