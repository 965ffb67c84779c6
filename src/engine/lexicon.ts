/**
 * Word lists the structure steps share (service-failure, sarcasm, threat-action, money-back,
 * dated-contact, repeat-contact): one list per sense, so the steps cannot disagree about what a
 * condition, a time to come or a willing wait is. Words normalised as the steps read them (lower
 * case, no diacritics; Norwegian ø and æ stay; Greek final ς as σ).
 */

/**
 * A wait that ended well, or one the customer is willing to make: "I waited 3 days and it works
 * perfectly now", "endlich", "终于到了", "I can wait 2 days", "ich warte gern", "kein Problem".
 */
export const WAIT_WELL =
  /(?<![\p{L}])(?:finally|at last|endlich|τελικα|konecne|endelig|omsider|(?:works?|working) (?:\p{L}+ )?now|funktioniert (?:\p{L}+ )?jetzt|fungerer (?:\p{L}+ )?na|funguje (?:\p{L}+ )?uz|no problem|no rush|no hurry|kein problem|keine eile|ingen hast|ziadny problem|don't mind|dont mind|do not mind|happy to wait|glad to wait|willing to wait|gern|gerne|gjerne|(?:can|could|kann|konnen|kan(?: godt)?|mozem|mozeme|μπορω να) (?:\p{L}+ ){0,2}(?:wait|warten|vente|pockat|περιμενω))(?![\p{L}])|终于|終於|总算|總算|可以等|不急/u;

/** A word on its own: not inside another word. */
const word = (s: string, after = '') => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])${after ? `|${after}` : ''}`, 'u');

/** Condition words, per language (Greeklish "an" apart: English "an" is an article, German "an" a preposition). */
const IF = 'if|unless|in case|wenn|falls|sofern|αν|εαν|ean|ak|pokial|keby|hvis|viss|dersom';
const IF_ZH = '如果|要是|万一|萬一|假如|若是';
/** "Whether": a condition of a kind for a failure ("ob es ankommt"), not for a contact or an ultimatum. */
const WHETHER = 'whether|ob|μηπωσ|ci';
const WHETHER_ZH = '的话|的話|会不会|會不會|是否';
/** "Or else": the demand before it, the act after. */
const OR_ELSE = 'or|otherwise|or else|sollte|sollten|sonst|ansonsten|andernfalls|αλλιωσ|εκτοσ αν|inak|alebo|ellers|eller';
const OR_ELSE_ZH = '若|否则|否則|不然|要么|要麼';

/** A condition word: "if I have not heard by Monday" (dated-contact.ts, repeat-contact.ts). */
export const CONDITION_WORD = word(IF, IF_ZH);
/** A condition or "whether" before a failure: no report (service-failure.ts). */
export const CONDITION = word(`${IF}|${WHETHER}`, `${IF_ZH}|${WHETHER_ZH}`);
/** Greeklish condition words, only where the message is Greek. */
export const CONDITION_GREEKLISH = word('an|mhpws|mipos');
/** An ultimatum: a condition or "or else" (threat-action.ts, threat-mentions.ts). */
export const ULTIMATUM = word(`${IF}|${OR_ELSE}`, `${IF_ZH}|${OR_ELSE_ZH}`);

/** A hypothesis or a time to come: "I will get no reply", "I'll be late", "估计". */
export const NOT_YET = word(
  'would|could|might|will|going to|hope|hopefully|werde|wird|hoffe|θα|tha|bude|dufam|ville|skulle|kommer til|haper',
  "(?<=\\p{L})'ll(?![\\p{L}])|以后|以後|将来|將來|估计|估計",
);

/** A negator every step reads: not, never, nicht, kein, δεν, ikke, aldri, 不会, 不要. */
const NOT = 'not|never|nicht|nie|kein\\p{L}*|δεν|ikke|ikkje|aldri';
const NOT_ZH = '不会|不會|不想|不要';
export const NEGATOR = word(NOT, NOT_ZH);
/** Greeklish "den", "dn": a negator only in Greek (German "den" is an article: "Ich erwarte den Betrag zurück"). */
export const NEGATOR_GREEKLISH = word('den|dn');
/** A negator before a request: also "no", "don't", "μην", "nechcem", "不用", "不是" ("I don't want my money back"). */
export const NOT_ASKING = word(`${NOT}|no|don't|dont|do not|μην|nechcem|neziadam`, `${NOT_ZH}|不用|不是`);
