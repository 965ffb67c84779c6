import type { ParsedName } from './types';

/**
 * Common Greek first names, as written with their accent: a name stored in capitals (ΝΙΚΟΣ,
 * ΓΕΩΡΓΙΟΣ) has lost it, and Greek without its accent is misspelt, so a capitalised name is
 * greeted only when it is known here. Official forms and the everyday ones beside them.
 */
const FIRST_NAMES = (
  'Γεώργιος Γιώργος Ιωάννης Γιάννης Κωνσταντίνος Κώστας Δημήτριος Δημήτρης Νικόλαος Νίκος Παναγιώτης Πάνος Χρήστος Βασίλειος ' +
  'Βασίλης Αθανάσιος Θανάσης Μιχαήλ Μιχάλης Ευάγγελος Βαγγέλης Σπυρίδων Σπύρος Αντώνιος Αντώνης Ηλίας Εμμανουήλ Μανώλης ' +
  'Αλέξανδρος Αλέξης Θεόδωρος Θοδωρής Πέτρος Στυλιανός Στέλιος Ανδρέας Άγγελος Σταύρος Χαράλαμπος Μπάμπης Παύλος Λάμπρος ' +
  'Στέφανος Φώτιος Φώτης Σωτήριος Σωτήρης Απόστολος Αναστάσιος Τάσος Ευστάθιος Στάθης Μάρκος Λουκάς Θωμάς Μηνάς Άρης ' +
  'Αχιλλέας Οδυσσέας Περικλής Σωκράτης Λεωνίδας Γρηγόριος Γρηγόρης Ζαχαρίας Μάριος Χρυσόστομος Κυριάκος Φίλιππος Ορέστης ' +
  'Διονύσιος Διονύσης Ελευθέριος Λευτέρης Σάββας Νεκτάριος Τιμόθεος Ιάσονας Αριστείδης Ραφαήλ Ιωσήφ Μαρίνος Πολυχρόνης ' +
  'Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Σοφία Αγγελική Γεωργία Ευαγγελία Δήμητρα Κωνσταντίνα Ιωάννα Χριστίνα ' +
  'Αναστασία Ειρήνη Παναγιώτα Δέσποινα Φωτεινή Ευτυχία Αθηνά Αλεξάνδρα Θεοδώρα Ζωή Χαρά Νίκη Μαρίνα Άννα Δανάη Αφροδίτη ' +
  'Πηνελόπη Στέλλα Βαρβάρα Ευγενία Καλλιόπη Ουρανία Χρυσούλα Σταυρούλα Παρασκευή Βούλα Λένα Έφη Μαίρη Ρένα Ιφιγένεια ' +
  'Ελπίδα Αρετή Όλγα Κυριακή Αντωνία Μυρτώ Ηλιάνα Δωροθέα Ξανθή Ευδοκία Ευθυμία Σταματία Χρυσάνθη Ανθή Ματίνα Τίνα'
).split(' ');
const ACCENTED = new Map(FIRST_NAMES.map((name) => [fold(name), name]));
/** Surname endings whose stress is fixed: ΠΑΠΑΔΟΠΟΥΛΟΣ is Παπαδόπουλος. */
const SURNAME_ENDINGS = 'όπουλος οπούλου άκης άκη ίδης ίδη ιάδης ιάδη άτος άτου έας ίου'.split(' ');

export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');
}

/** A known first name's accent where the name came without one (capitals, or typed bare). */
export function restoreGreekAccent(name: ParsedName): ParsedName {
  const given = name.given && accented(name.given);
  const family = name.family && accentedSurname(name.family);
  const lost = (word: string | undefined, fixed: string | undefined) => word !== undefined && fixed === undefined;
  return {
    ...name,
    given: given ?? name.given,
    family: family ?? name.family,
    unaccented: lost(name.given, given) || lost(name.family, family),
    givenUnaccented: lost(name.given, given),
  };
}

function accented(word: string): string | undefined {
  if (/[άέήίόύώΐΰ]/iu.test(word.normalize('NFC')) || !/\p{Script=Greek}/u.test(word) || fold(word).length < 3) return word;
  return ACCENTED.get(fold(word));
}

function accentedSurname(word: string): string | undefined {
  const known = accented(word);
  if (known) return known;
  const folded = fold(word);
  const ending = SURNAME_ENDINGS.find((e) => folded.endsWith(fold(e)));
  return ending ? word.slice(0, word.length - ending.length) + ending : undefined;
}

const VOWELS = 'αεηιουωάέήίόύώϊϋΐΰ';
const DIGRAPH = /^(α[ιίυύ]|ε[ιίυύ]|ο[ιίυύ]|ου|ού|υ[ιί]|η[υύ])/;

/** Syllables, each with whether it carries the accent: Α-λέ-ξαν-δρος → [f, t, f, f]. */
function syllables(word: string): boolean[] {
  const w = word.toLowerCase();
  const out: boolean[] = [];
  for (let i = 0; i < w.length; i++) {
    if (!VOWELS.includes(w[i] as string)) continue;
    const pair = DIGRAPH.exec(w.slice(i))?.[0];
    // Unaccented ι before another vowel is one syllable with it (Γιώρ-γος, Κυ-ριά-κος).
    const glide = !pair && w[i] === 'ι' && i + 1 < w.length && 'αεοουωάέόύώ'.includes(w[i + 1] as string);
    const span = pair ? pair.length : glide ? 2 : 1;
    out.push(/[άέήίόύώΐΰ]/.test(w.slice(i, i + span)));
    i += span - 1;
  }
  return out;
}

/** Everyday names in ‑ιος that keep their ‑ο (the rule makes the learned ‑ιε: Γεώργιε, Αντώνιε). */
const IO_VOCATIVE = new Set(['στελιοσ']);

/**
 * A Greek name in the vocative, as a person is greeted: ‑ος → ‑ε where the stress is three
 * syllables from the end, on the last, or on the second-last of four or more (Αλέξανδρε,
 * Στυλιανέ, Κωνσταντίνε), else ‑ο (Νίκο, Γιώργο, Κυριάκο); learned ‑ιος → ‑ιε (Γεώργιε, Βασίλειε);
 * ‑ης → ‑η, ‑ας → ‑α, ‑άς → ‑ά; women's names, ‑ου surnames and foreign names stay as they are.
 */
export function greekVocative(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('ος') || lower.endsWith('ός')) {
    const stem = name.slice(0, -2);
    if (lower.endsWith('ός')) return `${stem}έ`;
    if (lower.endsWith('ιος')) return IO_VOCATIVE.has(fold(name)) ? `${stem}ο` : `${stem}ε`;
    const s = syllables(name);
    const fromEnd = s.length - s.indexOf(true);
    return fromEnd >= 3 || (fromEnd === 2 && s.length >= 4) ? `${stem}ε` : `${stem}ο`;
  }
  if (/(ης|ής|ας|άς)$/.test(lower)) return name.slice(0, -1);
  return name;
}
