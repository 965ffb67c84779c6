import type { CompiledPacks } from './compile';
import { NEGATOR as NEGATED, NEGATOR_GREEKLISH as NEGATED_GREEKLISH, ULTIMATUM } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * A threat is the customer's own action to come against the company: going to the press or a
 * regulator, a lawyer or a court, disputing the payment with the bank or the card, a public
 * review, leaving for a competitor — "gehe ich zur Lokalzeitung", "I'm disputing it with Visa",
 * "θα ανοίξω αμφισβήτηση μέσω Visa", "φεύγω για άλλη εταιρεία", "obrátim sa na Národnú banku",
 * "我会向民航局投诉". Read as structure: a first-person future or declared intention (I'll, I'm
 * going to, werde ich / verb-first after a condition, θα, obrátim sa / idem, jeg skal / går jeg,
 * 我会 / 我就) with such a target after it in its sentence. A target that is also everyday (the
 * bank, Google, Facebook, "everywhere") counts only in an ultimatum: a sentence with a condition
 * or "or else". Not in a question, not negated ("I won't go to the press"), not praise ("I'll
 * leave a five-star review"). Quoted text is blanked before this step. Words normalised (lower
 * case, no diacritics; Norwegian ø and æ stay).
 */

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';
const re = (s: string) => new RegExp(`${L}(?:${s})${R}`, 'u');

/** The customer's own future act or declared intention, per language. */
const FUTURE: Record<string, RegExp> = {
  en: re(
    "i'll|i will|i shall|we'll|we will|i'm going to|i am going to|we're going to|we are going to|im going to|i'm gonna|im gonna|i'm (?:\\p{L}+ ){0,2}close to|or i'm|or i am|or we'll|i'm disputing|i am disputing|i'm taking|i'm moving|i'm switching|i'm leaving|i'm reporting|i'm filing",
  ),
  de: re(
    'ich werde|werde ich|wir werden|werden wir|gehe ich|wende ich mich|widerspreche ich|melde ich|schalte ich|ziehe ich|wechsle ich|wechsele ich|kundige ich|schreibe ich|erstatte ich|reiche ich|buche ich|informiere ich|ich gehe|ich wende mich|ich wechsle',
  ),
  el: re('θα(?! (?:ηθελα|μπορουσα|μπορουσατε|ηθελαμε))|tha(?! (?:ithela|hthela|mporousa))|φευγω|πηγαινω|καταγγελλω|feugw|fevgo'),
  sk: re(
    'obratim sa|obratime sa|idem|pojdem|podam|podavam|podame|budem(?! (?:rad|rada|radi|vdacn\\p{L}*|potesen\\p{L}*))|napisem|zverejnim|odidem|prejdem|rozporujem|rozporujeme|dam (?:to|vec)|kontaktujem',
  ),
  no: re(
    'jeg (?:skal|vil(?! gjerne)|kommer til a|kommer til å|gar|går|tar|melder|klager|bytter|anmelder)|eg (?:skal|vil|kjem til a|gar|går|tek|klagar|byter)|vi (?:skal|vil|gar|går|bytter)|(?:gar|går|klager|klagar|melder|bytter|byter|anmelder|tar) (?:jeg|eg|vi)',
  ),
};
/** An act that is its own threat, in either order: "platbu kartou rozporujem", "bestrider jeg kjøpet". */
const SELF: Record<string, RegExp> = {
  en: re("i(?:'ll| will) (?:charge back|dispute) (?:it|the payment|the charge|the transaction)"),
  de: re('(?:zahlung|buchung\\p{L}*|abbuchung\\p{L}*|lastschrift) (?:\\p{L}+ ){0,2}(?:zuruckbuchen|zuruckgehen lassen|widersprechen)'),
  el: re('(?:αμφισβητηση|αμφισβητω) (?:τησ |την )?(?:χρεωση\\p{L}*|πληρωμη\\p{L}*|συναλλαγη\\p{L}*)'),
  sk: re(
    '(?:platb\\p{L}*|transakci\\p{L}*) (?:\\p{L}+ ){0,2}rozporuj\\p{L}*|rozporuj\\p{L}* (?:\\p{L}+ ){0,2}(?:platb\\p{L}*|transakci\\p{L}*)',
  ),
  no: re('(?:bestrider|bestrir) (?:jeg|eg|vi)'),
};
const FUTURE_ZH = /我(?:们|們)?(?:就|会|會|将|將|要|一定|只能|只好|马上|馬上)|本人(?:将|將|会|會)/u;

/** A target against the company that is no everyday word: press, regulator, lawyer, court, a dispute, a competitor. */
export const STRONG: Record<string, RegExp> = {
  en: re(
    'the press|the papers|a newspaper|the newspapers?|the (?:local )?paper|the media|journalists?|trustpilot|the caa|the ombudsman|an ombudsman|ofcom|ofgem|the fca|trading standards|citizens advice|(?:your |the )?adr scheme|small claims|money claim online|court|a lawyer|my lawyer|a solicitor|my solicitor|legal action|chargeback|charge back|dispute|disputing|another (?:bank|provider|company|supplier|airline|shop|network|carrier)|a competitor|your competitors?',
  ),
  de: re(
    'presse|zeitung|lokalzeitung|medien|journalist\\p{L}*|trustpilot|verbraucherzentrale|konsumentenschutz|schlichtungsstelle|bundesnetzagentur|bafin|ombudsstelle|ombudsmann|anwalt|anwaltin|rechtsanwalt\\p{L}*|gericht|klage|rechtliche schritte|ruckbuchung|zuruckbuchen|zuruckbuchung|widersprech\\p{L}*|widerspreche|chargeback|kreditkartenfirma|kreditkartengesellschaft|konkurrenz|(?:einem |einen )?anderen anbieter',
  ),
  el: re(
    'δικηγορ\\p{L}*|δικαστ\\p{L}*|εκποιζω|συνηγορ\\p{L}*|καταγγελ\\p{L}*|αμφισβητηση|chargeback|αλλη εταιρεια|αλλο παροχο|αλλον παροχο|ανταγωνισμο|ανταγωνιστη|dikhgoro|dikigoro|katagelia|kataggelia|allh etaireia|alli etaireia',
  ),
  sk: re(
    'pravnik\\p{L}*|pravnick\\p{L}*|advokat\\p{L}*|sud|sudu|soi|inspekci\\p{L}*|ursu|urso|narodn\\p{L}* bank\\p{L}*|(?:ochran\\p{L}*|skupin\\p{L}*|zdruzen\\p{L}*|organizac\\p{L}*|poradn\\p{L}*) spotrebitel\\p{L}*|spotrebitelsk\\p{L}* (?:organizac\\p{L}*|poradn\\p{L}*|ombudsman\\p{L}*|zdruzen\\p{L}*)|chargeback|rozporova\\p{L}*|rozporujem|novinar\\p{L}*|konkurenci\\p{L}*|inemu operatorovi|k o2|k orange|k telekomu|k 4ke|inej firme|inu firmu',
  ),
  no: re(
    'forbrukerradet|forbrukertilsynet|finansklagenemnda|advokat|retten|forliksradet|avisen|avisa|pressen|media|trustpilot|politiet|kortselskapet|bestride|bestrider|konkurrent\\p{L}*|(?:en |ein )?annen leverandør|annan leverandør|et annet selskap|eit anna selskap',
  ),
};
export const STRONG_ZH =
  /律师|律師|法院|起诉|起訴|消协|消協|12315|工商局|市场监管|市場監管|监管局|監管局|民航局|银保监|銀保監|工信部|媒体|媒體|记者|記者|曝光|抖音|小红书|小紅書|知乎|微博|拒付/u;
/**
 * The press is a threat only with a verb of exposing between the act and it (or in the act: "gehe
 * ich", "I'm going to"): "I'll go to the local paper", "ich wende mich an die Presse", "我会把经过发到
 * 小红书上" — not "I'll send you the paper copy", "die Zeitung kündigen", "ha avisen levert", "在小红书上
 * 看到", "绑定微博账号".
 */
const PRESS =
  /(?<![\p{L}])(?:the press|the papers|a newspaper|the newspapers?|the (?:local )?paper|the media|journalists?|presse|zeitung|lokalzeitung|medien|journalist\p{L}*|novinar\p{L}*|avisen|avisa|pressen|media)(?![\p{L}])|媒体|媒體|记者|記者|抖音|小红书|小紅書|知乎|微博/u;
const EXPOSE =
  /(?<![\p{L}])(?:go|going|goes|gonna|take|taking|contact\p{L}*|tell\p{L}*|talk\p{L}*|speak\p{L}*|writ\p{L}*|reach out|alert\p{L}*|inform\p{L}*|expos\p{L}*|shar\p{L}*|post\p{L}*|publish\p{L}*|report\p{L}*|tip off|send (?:this|it|everything|the (?:story|photos|pictures|details))|geh\p{L}*|wende\p{L}*|schalte\p{L}*|informier\p{L}*|kontaktier\p{L}*|schreib\p{L}*|erzahl\p{L}*|melde\p{L}*|veroffentlich\p{L}*|zur|zu den|an die|an den|pojdem|idem|obratim\p{L}*|napisem|kontaktuj\p{L}*|zverejn\p{L}*|poviem|gar|går|gå|ga|tar|ta|kontakt\p{L}*|tips\p{L}*|skriv\p{L}*|varsl\p{L}*|til)(?![\p{L}])|发|發|曝光|爆料|找|联系|聯繫|投诉|投訴|举报|舉報|告诉|告訴/u;
/** Exposing said after the target in Chinese: "在微博上曝光". */
const EXPOSE_AFTER_ZH = /曝光|爆料|发帖|發帖|发文|發文|吐槽|揭露|写出来|寫出來|说出来|說出來|发出来|發出來|公开|公開/u;
/** A court or a dispute is a threat only with an act: "take you to court", "file a dispute", "see you in court" — not "I'll be in court tomorrow", "send you the dispute reference". */
const LEGAL = /(?<![\p{L}])(?:court|dispute|disputing)(?![\p{L}])/u;
const LEGAL_ACT =
  /(?<![\p{L}])(?:go|going|goes|take|taking|file|filing|open|opening|raise|raising|lodge|lodging|submit\p{L}*|start\p{L}*|begin|bring\p{L}*|initiate|request|issue|do|make|put in|see you|sue|pursue|launch)(?![\p{L}])/u;
/** Only words of manner between the act and a dispute said as its verb ("I'll dispute", "I'm going to charge back"). */
const ADVERBS_ONLY = /^\s*(?:(?:then|just|simply|also|definitely|now|immediately|be)\s+)*$/u;

/** A target that is also everyday: counts only in an ultimatum. */
const WEAK: Record<string, RegExp> = {
  en: re('my bank|the bank|visa|mastercard|amex|social media|facebook|instagram|tiktok|twitter|reddit|google|reviews?|everywhere'),
  de: re('meine bank|meiner bank|die bank|instagram|facebook|tiktok|google|bewertung\\p{L}*|social media|uberall'),
  el: re(
    'τραπεζα|visa|mastercard|facebook|google|skroutz|instagram|tiktok|κριτικ\\p{L}*|παντου|μεσα κοινωνικησ δικτυωσησ|social media|trapeza',
  ),
  sk: re('bank\\p{L}*|visa|mastercard|facebook|fb|google|recenzi\\p{L}*|media|medi\\p{L}*|vsade'),
  no: re('banken|visa|mastercard|sosiale medier|facebook|instagram|google|anmeldelse|overalt'),
};
const WEAK_ZH = /银行|銀行|网上|網上|朋友圈|差评|差評/u;

/** Asking whether, not a condition: "I'll ask my bank if…", "Θα ρωτήσω στην τράπεζα αν…", "zistím v banke, či…". */
const WHETHER =
  /(?<![\p{L}])(?:ask|check|see|find out|ρωτ\p{L}*|ελεγξ\p{L}*|δω|δουμε|μαθω|zisti\p{L}*|over\p{L}*|opyta\p{L}*|sporre|spørre|spor|spør|sjekke|sjekker|hore|høre|fragen|frage|nachfragen|prufen)(?: [\p{L}\p{N}]+){0,4} (?:if|whether|αν|ak|ci|om|ob)(?![\p{L}])/gu;
/** An ultimatum in the sentence, once "whether" after asking is set aside. */
export function ultimatumIn(sentence: string): boolean {
  const rest = sentence.replace(WHETHER, ' ');
  // In a question "or" offers a choice ("Mám sa obrátiť na právnika, alebo to vyriešime?"): only a condition counts.
  return ULTIMATUM.test(/[?？]/.test(rest) ? rest.replace(CHOICE, ' ') : rest);
}
const CHOICE = /(?<![\p{L}])(?:or|oder|alebo|eller|ή|ή)(?![\p{L}])|还是|還是|要么|要麼/gu;
/** A condition said after the act that still makes it an ultimatum: "I'll go to my bank unless you refund me". */
const UNLESS = /(?<![\p{L}])(?:unless|es sei denn|med mindre|εκτοσ αν|pokial ne\p{L}*)(?![\p{L}])|除非/u;
/**
 * Where the sentence's ultimatum word stands (a condition or "or else"; "whether" after asking set
 * aside, and in a question "or"), or -1. An act is an ultimatum's only after it: "Refund me or I'll
 * go to my bank", "Falls …, gehe ich …" — not "Ich werde die Bank anrufen, falls die Zahlung nicht
 * ankommt", "Jeg skal sjekke med banken eller vente".
 */
function ultimatumAt(sentence: string): number {
  const blank = (m: string) => ' '.repeat(m.length);
  const rest = sentence.replace(WHETHER, blank);
  return (/[?？]/.test(rest) ? rest.replace(CHOICE, blank) : rest).search(ULTIMATUM);
}

/** A negation between the act and its target: "I won't go to the press", "δεν θα" (Greeklish "den" only in Greek: German "den" is an article). */
export { NEGATOR as NEGATED, NEGATOR_GREEKLISH as NEGATED_GREEKLISH } from './lexicon';
/** Praise: "I'll leave a five-star review". */
export const PRAISE =
  /(?<![\p{L}])(?:5|five|funf|5-star|positive|good|great|gute|positive|θετικ\p{L}*|pozitivn\p{L}*|god|positiv)(?:[ -](?:star|sterne|stars|αστερια|hviezd\p{L}*|stjerner))?(?: \p{L}+)? (?:review|bewertung|κριτικη|recenzi\p{L}*|anmeldelse)|好评|好評/u;

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu;
/** How far after the act its target may stand (characters; in Chinese, fewer). */
const NEAR = 90;
const NEAR_HAN = 24;
const HAN = /\p{Script=Han}/u;

interface Span {
  start: number;
  end: number;
}

function langsFor(language: string | undefined): string[] {
  const base = language?.split('-')[0];
  if (!base || base === 'und' || !(base in FUTURE)) return base === 'zh' ? [] : Object.keys(FUTURE);
  return base === 'en' ? ['en'] : [base, 'en'];
}

/** How many characters past its allowed distance a target may run (the longest target's length). */
const TARGET_LEN = 60;
/** The acts per language, compiled once to run over a sentence. */
const FUTURE_ALL: Record<string, RegExp> = Object.fromEntries(Object.entries(FUTURE).map(([l, r]) => [l, new RegExp(r.source, 'gu')]));
const FUTURE_ZH_ALL = new RegExp(FUTURE_ZH.source, 'gu');

/** Whether a target found after an act stands as a threat: the press exposed, a court or dispute acted on. */
function actedOn(sentence: string, act: number, actEnd: number, target: RegExpExecArray, at: number): boolean {
  const between = sentence.slice(act, at);
  if (
    PRESS.test(target[0]) &&
    !EXPOSE.test(between) &&
    !EXPOSE_AFTER_ZH.test(sentence.slice(at + target[0].length, at + target[0].length + 14))
  )
    return false;
  if (LEGAL.test(target[0]) && !LEGAL_ACT.test(between) && !ADVERBS_ONLY.test(sentence.slice(actEnd, at))) return false;
  return true;
}

/** The customer's threats in `normalized`: each the span from the act to its target. */
export function threatActions(normalized: string, language?: string): Span[] {
  const langs = langsFor(language);
  const greek = language?.startsWith('el') ?? false;
  const out: Span[] = [];
  for (const s of normalized.matchAll(SENTENCE)) {
    const sentence = s[0];
    if (/[?？]/.test(sentence) || PRAISE.test(sentence)) continue;
    const han = HAN.test(sentence);
    const ult = ultimatumAt(sentence);
    // An act is an ultimatum's when the condition or "or" stands before it, or "unless" after it.
    const ultimatum = (at: number, end: number) => (ult >= 0 && ult < at) || UNLESS.test(sentence.slice(end, end + NEAR + TARGET_LEN));
    const acts: { at: RegExpExecArray; strong: RegExp[]; weak: RegExp[]; near: number }[] = [];
    for (const l of langs) {
      for (const m of sentence.matchAll(FUTURE_ALL[l] as RegExp))
        acts.push({ at: m, strong: [STRONG[l] as RegExp, STRONG.en as RegExp], weak: [WEAK[l] as RegExp, WEAK.en as RegExp], near: NEAR });
    }
    if (han) for (const m of sentence.matchAll(FUTURE_ZH_ALL)) acts.push({ at: m, strong: [STRONG_ZH], weak: [WEAK_ZH], near: NEAR_HAN });
    let found: Span | undefined;
    for (const a of acts) {
      const from = a.at.index + a.at[0].length;
      // Each target is looked for in a bounded window after its act: a sentence of many acts stays linear.
      const window = sentence.slice(from, from + a.near + TARGET_LEN);
      const targets = ultimatum(a.at.index, from) ? [...a.strong, ...a.weak] : a.strong;
      for (const t of targets) {
        const m = t.exec(window);
        if (!m || m.index > a.near) continue;
        const at = from + m.index;
        const span = sentence.slice(Math.max(0, a.at.index - 8), at);
        if (NEGATED.test(span) || (greek && NEGATED_GREEKLISH.test(span))) continue;
        if (!actedOn(sentence, a.at.index, from, m, at)) continue;
        found = { start: s.index + a.at.index, end: s.index + at + m[0].length };
        break;
      }
      if (found) break;
    }
    if (!found && ult >= 0)
      for (const l of langs) {
        const m = (SELF[l] as RegExp).exec(sentence);
        if (m && !NEGATED.test(m[0]) && (ult < m.index || ultimatum(m.index, m.index + m[0].length))) {
          found = { start: s.index + m.index, end: s.index + m.index + m[0].length };
          break;
        }
      }
    if (found) out.push(found);
  }
  return out;
}

/**
 * Adds each threat of the customer's own action (scan.ts), as evidence of the strongest threat
 * rule, where no threat hit stands in its span yet.
 */
export function addThreatActions(result: ScanResult, compiled: CompiledPacks, normalized: string, language?: string): ScanResult {
  const strongest = compiled.strongestOf.threat;
  if (strongest === undefined) return result;
  for (const found of threatActions(normalized, language)) {
    let overlaps = false;
    for (const r of compiled.signalRules)
      if (r.rule.signal === 'threat' && result.get(r.matcher)?.some((h) => h.start < found.end && h.end > found.start)) overlaps = true;
    if (overlaps) continue;
    const hits = result.get(strongest);
    if (hits) hits.push(found);
    else result.set(strongest, [found]);
  }
  return result;
}
