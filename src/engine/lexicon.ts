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
