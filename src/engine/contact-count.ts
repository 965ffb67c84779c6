import type { CompiledPacks } from './compile';
import { otherParty } from './repeat-contact';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * Repeat contact said in passing, as a count of the contacts themselves, with words between the
 * number and what was counted: "five of your agents", "three different answers", "Fire telefoner
 * til kundeservice", "dve rôzne odpovede", "drei verschiedene Mitarbeiter", "τρία διαφορετικά
 * μηνύματα" — or an ordinal of one ("min femte henvendelse", "už tretí operátor"). Each counts
 * the customer's dealings with the company, so the message is not a first contact. A count of
 * the company's own mailings ("three emails a week") and contact with another party ("two calls
 * to my bank") are none. Words per language, normalised (lower case, no diacritics).
 */

const NUMBER =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|countless|zwei|drei|vier|funf|sechs|mehrere|δυο|τρια|τρεισ|τεσσερα|τεσσερισ|πεντε|dyo|tria|treis|tessera|pente|dva|dve|tri|troch|styri|styroch|pat|piatich|to|tre|fire|fem|seks)';
/** What was counted: the people dealt with, or the contacts and answers themselves. */
const CONTACTS =
  '(?:agents|advisers|advisors|reps|representatives|operators|emails|e-mails|calls|phone calls|messages|reminders|chats|tickets|complaints|letters|replies|answers|anrufe|telefonate|mails|e-mails|nachrichten|tickets|erinnerungen|beschwerden|briefe|antworten|mitarbeiter\\p{L}*|berater\\p{L}*|υπαλληλουσ|υπαλληλοι|τηλεφωνα|τηλεφωνηματα|μηνυματα|απαντησεισ|υπαλληλ\\p{L}*|thlefwnhmata|mhnymata|apanthseis|maily|mailov|mailoch|emaily|emailov|spravy|sprav|spravach|telefonaty|telefonatov|hovory|hovorov|operator\\p{L}*|odpovede|odpovedi|reklamaci\\p{L}*|e-poster|e-postar|mailer|mailar|meldinger|meldingar|telefoner|samtaler|paminnelser|purringer|henvendelser|henvendingar|saksbehandlere|agenter|svar)';
/** Words that may stand between: "different", "of your", "separate", "customer service". */
const BETWEEN =
  '(?:different|separate|of|your|customer|service|support|phone|verschiedene|verschiedenen|unterschiedliche|ihrer|eurer|διαφορετικ\\p{L}*|διαφορετικεσ|diaforetik\\p{L}*|roznych|rozne|roznymi|poslednych|vasich|vasim|forskjellige|ulike|ulike|dykkar|deres)';
const COUNTED = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}(?: ${BETWEEN}){0,2} ${CONTACTS}(?![\\p{L}])`, 'u');
/** An ordinal of a contact: "my fifth email", "der dritte Mitarbeiter", "min femte henvendelse", "tretí operátor". */
const ORDINAL = new RegExp(
  `(?<![\\p{L}])(?:third|fourth|fifth|sixth|dritte|dritten|vierte|vierten|funfte|funften|τριτο|τριτοσ|τριτη|τεταρτο|treti|tretia|stvrty|stvrta|piaty|tredje|fjerde|femte)(?: ${BETWEEN})? (?:agent|adviser|advisor|email|e-mail|message|call|complaint|mitarbeiter\\p{L}*|berater\\p{L}*|mail|anruf|nachricht|beschwerde|υπαλληλ\\p{L}*|μηνυμα|τηλεφωνο|operator\\p{L}*|specialista|mail|email|sprava|reklamacia|henvendelse|henvending|e-post|melding|saksbehandler)(?![\\p{L}])`,
  'u',
);
/** A rate is the company's mailings, not the customer's contacts: "three emails a week". */
const RATE =
  /^\s*(?:a|per|every|each|am|pro|jede\p{L}*|την|τη|το|denne|za|denn\p{L}*|i|om|hver|kvar)\s+(?:day|week|month|tag|woche|monat|μερα|εβδομαδα|μηνα|tyzden|mesiac|dag|uke|veke|maned|manad)/u;

const SENTENCE = /[^.!?\n]+/g;

/** The counted contact in a sentence, as a span of it; undefined if none. */
export function countedContact(sentence: string): { start: number; end: number } | undefined {
  for (const re of [COUNTED, ORDINAL]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (RATE.test(sentence.slice(span.end)) || otherParty(sentence, span)) continue;
    return span;
  }
  return undefined;
}

/**
 * Adds a repeat contact for each sentence that counts the customer's contacts (scan.ts), as
 * evidence of the strongest repeat-contact rule, where no repeat-contact hit stands in it yet.
 */
export function addCountedContacts(result: ScanResult, compiled: CompiledPacks, normalized: string): ScanResult {
  const strongest = compiled.strongestOf['repeat-contact'];
  if (strongest === undefined) return result;
  for (const s of normalized.matchAll(SENTENCE)) {
    const found = countedContact(s[0]);
    if (!found) continue;
    const hits = result.get(strongest);
    if (hits?.some((h) => h.start < s.index + s[0].length && h.end > s.index)) continue;
    const hit = { start: s.index + found.start, end: s.index + found.end };
    if (hits) hits.push(hit);
    else result.set(strongest, [hit]);
  }
  return result;
}
