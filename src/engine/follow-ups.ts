import type { FollowUpState } from './follow-up-state';
import { type ReadOptions, readDeadline } from './deadline';
import { MAX_MESSAGE_CHARS } from './normalize';
import { guessLanguage } from './language';
import { type ResolvedTime, unicodeWords, withUnicodeEdges } from './time-words';

/**
 * What an agent promised a customer in a sent reply, and by when: "I'll update you by tomorrow
 * noon", "ich melde mich bis Freitag", "ozvem sa do piatku", "明天中午前给您答复". HELP's last step
 * is responsible follow-up, and "call back when you promised" is the first thing customers value
 * (seeds 001, 002). A promise is a sentence with a commitment (first person, future, to this
 * customer) and a deadline; a question, a negation ("I can't promise…") or quoted text is not.
 */

/** First-person commitments, per language. Packs add their own (`commitments` in a pack). */
const COMMITMENT_WORDS: Record<string, RegExp> = {
  // A future (will, shall, going to), what the customer will get, or the time the agent asks for; what is
  // scheduled, planned, expected or booked ('is scheduled for', 'should arrive', 'I've booked your callback for').
  en: /\b(I'll|I will|I am going to|I'm going to|we'll|we will|we are going to|we're going to|I shall|we shall|(he|she|they|it|someone|[a-z]+|[#\w-]{0,24}\d) (will|should|shall) (be|get|have|call|contact|reach|send|hear|update|email|reply|review|look|follow)|(they|he|she|someone|[a-z]+|[#\w-]{0,24}\d)('ll| will| shall) (?!not\b)[a-z]+|you('ll| will| should) (hear|receive|get|have|see)|expect (an? )?(update|answer|reply|call|email)|please allow|I promise|(I|we) expect(?! (you|your)\b)|(is|are|'s|'re|has been|have been) (scheduled|planned|expected(?! (from|of) you\b)|booked|guaranteed|due to (arrive|ship|be|go|start|reach|land|take))|(I|we)('ve| have) (booked|scheduled|arranged|reserved|set up)|(he|she|they|it|someone|(?!you\b)[a-z]+) (will|should|shall) (arrive|ship|reach|land|go out|take effect|start|be with you))\b/i,
  // The future (werden), a first-person present (ich prüfe, wir antworten: German's near future, also with the verb first:
  // "schicken wir Ihnen"), someone doing it to the customer (ruft Sie an, meldet sich) or what the customer gets.
  de: /\b(ich melde mich|wir melden uns|ich werde|wir werden|wird|werden|ich rufe|ich schicke|ich sende|wir schicken|wir senden|Sie hören|Sie erhalten|Sie bekommen|bekommen Sie|erhalten Sie|hören Sie|haben Sie|bekommst du|erhältst du|ich gebe Ihnen|ich verspreche|ich kümmere mich|erfolgt|folgt|kümmert sich|\p{L}{3,}(e|en) (ich|wir)|\p{L}{3,}t (Sie|sich|dich)|(ich|wir) (\p{L}+e|\p{L}+en|\p{L}+t) (mir|mich|uns|Ihnen|dir|das|die|den|es|sie|Ihre|Ihren|Ihr|deine|dein))\b/iu,
  // θα: Greek's future, whoever does it; a first-person plural present ("Κλείνουμε … θα"). What has been scheduled
  // for the customer ("ορίστηκε για", "έχει προγραμματιστεί για", "αναμένεται"); a first person present done to the
  // customer ("σας ξαναπαίρνω", "σας στέλνουμε"), not asking, advising, reminding or thanking, nor telling "that …".
  // A label of what is scheduled ("Ημερομηνία παράδοσης: Δευτέρα 4/3", "Εκτιμώμενη παράδοση: Παρ. 15/2"), an appointment that
  // "is" at a time, and what was booked or moved for the customer ("κλείστηκε", "μετατίθεται για").
  // Typed in Latin letters (Greeklish): "tha sas kalesoume".
  el: /(\btha (?=[a-z])|(ημερομηνία|ημ\/νία|ώρα)( νέα)? (παράδοσης|αποστολής|επίσκεψης|ραντεβού|παραλαβής|εγκατάστασης)[^:.;]{0,40}:|(^|[.:;]\s*)(νέα |εκτιμώμενη |προγραμματισμένη )?(παράδοση|αποστολή|επίσκεψη|παραλαβή|εγκατάσταση)[^:.;]{0,40}:|ραντεβού σας[^.;:]{0,60}\b(είναι|θα είναι)\b|\b(κλείστηκε|έχει κλειστεί|μετατίθεται|μεταφέρεται|μετατέθηκε|μεταφέρθηκε) (για|στις|την|τη|το)\b|θα |υπόσχομαι|\b(ορίστηκε|ορίστηκαν|έχει οριστεί|προγραμματίστηκε|έχει προγραμματιστεί|είναι προγραμματισμέν[α-ωά-ώ]*|κανονίστηκε|έχει κανονιστεί|επιβεβαιώθηκε|έχει επιβεβαιωθεί|αναμένεται|αναμένονται) |(?<!\b(να|δεν|μην|μη) )\bσας (?!ευχαριστ|παρακαλ|ζητ|προτείν|συνιστ|συμβουλεύ|υπενθυμίζ|ενημερών)[α-ωά-ώ]{3,}(ω|ώ|ουμε|ούμε)\b(?! (ότι|πως|να)\b))/i,
  // A first-person verb (ozvem sa, pošleme, skontrolujem, zavolám) or a sentence to the customer (vám, vás) with a future.
  sk: /\b(ozvem sa|ozveme sa|dám vám vedieť|dáme vám vedieť|budete mať|dostanete|sľubujem|vám|vás|vaš\p{L}*|budem|budeme|\p{L}{2,}(íme|eme|ime|ujem|ujeme|iem|ím|em|ám|áme))\b/iu,
  // A first person (jeg/vi …, or with the verb first: "sender vi"), someone doing it to the customer (ringer deg),
  // what the customer gets, or a passive of the future (blir behandlet, sendes).
  no: /\b(jeg (skal|vil|kommer til å|lover|sender|ringer|gir deg|\p{L}+r)|vi (skal|vil|kommer til å|sender|ringer|\p{L}+r)|du (får|vil få|skal få|hører)|jeg tar kontakt|vi tar kontakt|tar kontakt med deg|\p{L}{2,}r (vi|jeg)|\p{L}{3,}r (deg|dere)|får du|kommer|blir|er klart|\p{L}{3,}es)\b/iu,
  // Simplified and traditional: 我们会 / 我們會, 给您 / 給您.
  zh: /([我][们們]?[^，。！？]{0,10}?([会會将將就发發寄]|联系|聯繫|聯絡|跟进|跟進|检查|檢查|处理|處理|回复|回覆|答复|答覆)|您[将將]|您[会會]收到|[给給]您(回复|回覆|答复|答覆|回电|回電)|(回复|回覆|答复|答覆|联系|聯繫|聯絡|通知)您|[为為]您|保证|保證|承诺|承諾|[将將]|[会會](?![员員议議话話计計儿])|就能|就给您|第一件事)/,
};

/**
 * Chinese marks no tense: a statement with a time to come ("师傅周三上门", "新卡周5寄出") is what
 * the team will do, unless it asks the customer to act, states opening hours or tells what is done.
 */
const ZH_NO_COMMITMENT =
  /如果|假如|假使|要是|若是|倘若|万一|萬一|的[话話]|(早上|上午|中午|下午|晚上)好|早安|晚安|[请請]|麻[烦煩]|您(需要|可以|可|能|得|要)|需要您|(营业|營業|工作|办公|辦公|服务|服務)(时间|時間)[为為是]|[开開关關]门|[开開关關]門|营业|營業|[已曾刚剛]|通常|一般|(?<![不超经經通再])[过過](?![来來去0-9０-９一二三四五六七八九十两兩半几幾])|打[来來]/;

/** A Chinese condition: "如果 …", "假如", "要是", "万一", "… 的话". */
const ZH_CONDITION = /如果|假如|假使|要是|若是|倘若|万一|萬一|的[话話]/u;

/** Words Norwegian writes and German and English do not: the fallback below must not take their sentences. */
const NORWEGIAN = withUnicodeEdges(
  /\b(deg|din|ditt|dine|dere|vi|jeg|ikke|og|om|av|nye|kommer|blir|får|hos|igjen|senest|vil|skal|kl\.?|klokka|klokken|innen|fra|til|i morgen|i dag|neste|uke|uka|dager|timer|minutter|gjelder|trer i kraft|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|mars|desember)\b|[æøå]/iu,
);

/**
 * Norwegian says the future in the present ("Du mottar pakken om 2 dager", "Teknikeren er hos deg
 * kl. 9") or with vil/skal whatever the subject: a statement with a time to come is a commitment,
 * unless it tells what was done (ble, var, hadde, har … -et/-t), asks the customer to act, states
 * opening hours or is conditional.
 */
const NO_NO_COMMITMENT = withUnicodeEdges(
  /\b(ble|var|hadde|har (blitt|vært|sendt|fått|mottatt|gjort|tatt|ringt|prøvd|sjekket|\p{L}+et|\p{L}+te|\p{L}+dd))\b|\b(vennligst|venligst|husk|send oss|ring oss|kontakt oss|ta kontakt med oss|gi oss beskjed)\b|\b(åpen|åpent|stengt|åpningstid\p{L}*|betjent|bemannet|hvis|dersom|kanskje|muligens)\b|\?/iu,
);

/**
 * German states what is to come in the present ("Der Techniker kommt morgen", "Ihr Zugang ist um 20 Uhr
 * wieder aktiv", "Die Lieferung erfolgt in KW 9"): a German statement with a time to come is what the team
 * will do, unless it asks the customer to act, states opening hours or what is so every week, is
 * conditional, thanks, or tells what is done (a past tense, or a perfect).
 */
const DE_STATEMENT = unicodeWords(
  /\b(ich|wir|sie|ihnen|dir|dich|der|die|das|des|dem|ihr|ihre[mnrs]?|dein|deine[mnrs]?|unser|unsere[mnrs]?|ist|sind|bei|und|zu|sich|wieder|heute|uhr)\b/iu,
);
const DE_NO_COMMITMENT = unicodeWords(
  new RegExp(
    [
      // asks the customer to act ("Bitte senden Sie…", "Sie müssen…", "Schicken Sie uns…", "Sie senden uns das Gerät…")
      '\\bbitte\\b|\\bSie \\p{L}+en uns\\b|\\b(Sie|du) (müssen|muss|musst|sollten|sollen|können|könnten|dürfen|brauchen)\\b|\\b(müssen|sollten|können|könnten|dürfen) (Sie|du)\\b|^\\s*\\p{L}+en Sie\\b',
      // opening hours, absence, what is so every week
      '\\b(geöffnet|geschlossen|Öffnungszeit\\p{L}*|Sprechzeit\\p{L}*|Geschäftszeit\\p{L}*|Feiertag\\p{L}*|Urlaub|abwesend|nicht im Büro)\\b|\\b(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|werktags|täglich|jeden|immer|stets)\\b',
      // a condition, a due date of the customer's, thanks for what the customer sent
      '\\b(wenn|falls|sofern|fällig|Frist|zahlbar|danke|Dank)\\b',
      // done: a past tense, "schon", "bereits", or a perfect (its auxiliary with the participle last, or after it in a clause)
      '\\b(hatte|hatten|hattest|wurde|wurden|war|waren|bereits|schon|soeben|gerade)\\b|\\b(habe|hat|haben|hast|habt)\\b.*\\p{L}+(t|en)\\s*[.!]*\\s*$|\\p{L}+(t|en) (ist|sind|hat|habe|haben|worden)\\s*([,.!]|$)',
    ].join('|'),
    'iu',
  ),
);

/**
 * The languages that say the future without a future tense: a statement written in one of them with a
 * time to come is a commitment, unless it is one of the things its rule lists.
 */
const STATEMENTS: Record<string, { written: RegExp; notACommitment: RegExp }> = {
  zh: { written: /\p{sc=Han}/u, notACommitment: ZH_NO_COMMITMENT },
  no: { written: NORWEGIAN, notACommitment: NO_NO_COMMITMENT },
  de: { written: DE_STATEMENT, notACommitment: DE_NO_COMMITMENT },
};

/** An arrival told in the perfect ("ist … eingegangen"): what it dates is done, in its own clause. */
const ARRIVED: Record<string, RegExp> = {
  de: /\b(ist|sind) (\p{L}+ ){0,6}(angekommen|eingegangen|eingetroffen|zugestellt worden|abgelaufen)\b/iu,
};
/** The word that joins two clauses with no comma ("ist eingegangen und wird morgen umgesetzt"). */
const AND: Record<string, string> = { de: 'und' };

/** Not a promise: the agent says they cannot commit, or that someone else may. */
const NEGATION_WORDS: Record<string, RegExp> = {
  en: /\b(I|we) (will not|won't|am not|'m not|are not|aren't) |\bif (that|it) (suits|works)|\bif you('d| would)? (like|prefer)|\bif convenient\b|\b(can't|cannot|can not|won't|will not|unable to|not able to|no way to) (promise|guarantee|commit|say|give (you )?(a|an) (date|time))|\b(can't|cannot|won't) (be able|get back|update)|\bnot (sure|certain) (when|if)\b|\b(we|office|team|store|shop|branch|line|lines|support)('ll be| will be| are| is|'re) (closed|shut|open|unavailable|away|out of (the )?office)\b/i,
  de: /\b(wenn|falls) (Ihnen|es Ihnen) (das )?(passt|recht ist)|\bwenn Sie (möchten|wollen|mögen)|\bich bin (morgen|heute)? ?nicht\b|\b(kann|können) (ich|wir) (Ihnen )?(nicht|kein\w*) (versprechen|garantieren|zusagen|sagen)|\bnicht (versprechen|zusagen|garantieren)\b|\bkeine Zusage\b/i,
  el: /(δεν θα |αν σας βολεύει|αν θέλετε|αν το επιθυμείτε|δεν μπορώ να (σας )?(το )?(υποσχεθώ|εγγυηθώ|πω)|δεν μπορούμε να (σας )?(το )?(υποσχεθούμε|εγγυηθούμε)|δεν θα (μπορέσω|μπορέσουμε))/i,
  sk: /\bne(bud|môž|vie|dok|poš|zavol)\p{L}*\b|\bak (vám|Vám) to vyhovuje\b|\bak (chcete|si želáte)\b|\b(nemôžem|nemôžeme|nedokážem) (sľúbiť|zaručiť|povedať|garantovať)\b|\bnevieme (povedať|sľúbiť)\b/iu,
  no: /\b(er|blir|kan|vil|skal|får) (dessverre )?ikke\b|\b(hvis|om) det passer\b|\b(hvis|om) du (vil|ønsker)\b|\b(kan ikke|kan dessverre ikke) (love|garantere|si)\b|\bikke (love|garantere)\b/i,
  zh: /(不在|不会|不能|无法|如果您方便|如您方便|如果您需要|如果您愿意|无法保证|不能保证|不能承诺|无法承诺|无法确定|不确定什么时候)/,
};

/**
 * Not a promise either: what usually happens ("refunds usually appear within 5–10 business days,
 * depending on your bank"), terms (what expires, renews or is valid until a date, when the team is
 * closed) and what the customer must do are information, not a time this agent committed to.
 */
const USUALLY_WORDS: Record<string, RegExp> = {
  en: /\b(usually|normally|typically|generally|as a rule|depending on|expires?|expired|expiry|lapses?|renews?|renewal (date|is due|falls|on)|next renewal|valid (until|through|till)|you('ll| will)? (need|have) to|you must)\b/i,
  de: /\b(normalerweise|in der Regel|üblicherweise|gewöhnlich|meistens|je nach|abläuft|gültig|läuft .{0,40}\baus|leider (\p{L}+ ){0,8}nicht)\b/iu,
  // κανονικά closing its clause is the manner ("θα συνδεθείτε κανονικά"), not what usually happens.
  el: /(συνήθως|κανονικά(?!\s*([.!,;·]|$))|ανάλογα με|ανάλογα (την|το|τον|τη)|λήγει|ισχύει (έως|μέχρι))/i,
  sk: /\b(zvyčajne|zvycajne|obvykle|spravidla|bežne|v závislosti od|platí do|vyprší|nemám(e)?|nemam(e)?|nestihn\p{L}*)\b/iu,
  no: /\b(vanligvis|normalt|som regel|avhengig av|forfaller|utløper|gyldig til|(?<!før (\p{L}+ )?)stenger)\b/iu,
  zh: /(通常|[是为為]\s*\d{1,2}\s*[点點時时:：]\S{0,3}\s*(到|至|-|~|～)\s*\d{1,2}\s*[点點時时]|一般(情况下|情況下|来说|來說|需要|會|会|在|都)|取决于|取決於|[视視][^，。]{1,10}而定|休息|不上班|放假|每天|每周|每日|(客服|营业|營業)(时间|時間)|到期|有效期|(请|請|麻烦|麻煩)您[^，。！？]{0,12}(内|內|前))/,
};

export const COMMITMENTS: Record<string, RegExp> = withUnicodeEdges(COMMITMENT_WORDS);
const NEGATED: Record<string, RegExp> = withUnicodeEdges(
  Object.fromEntries(
    Object.entries(NEGATION_WORDS).map(([lang, p]) => [lang, new RegExp(`${p.source}|${USUALLY_WORDS[lang]?.source ?? '(?!)'}`, p.flags)]),
  ),
);

/** Accents dropped, one character for one: "Dame vam vediet" is read as "Dáme vám vedieť". */
const plain = (s: string) => Array.from(s, (c) => (c.length === 1 ? (c.normalize('NFD')[0] ?? c) : c)).join('');
const unaccented = (table: Record<string, RegExp>) =>
  Object.fromEntries(Object.entries(table).map(([lang, p]) => [lang, new RegExp(plain(p.source), p.flags)]));
const COMMITMENTS_PLAIN = unaccented(COMMITMENTS);
const NEGATED_PLAIN = unaccented(NEGATED);

/**
 * Quoted earlier mail ("On Tue, … wrote:", lines starting with ">") is the customer's or an
 * old reply, not what the agent promised now: everything from the first quote marker on is cut.
 */
const QUOTE_START = unicodeWords(
  /^(>|On .{4,80} wrote:|Am .{4,80} schrieb|Στις .{4,80} έγραψε|Dňa .{4,80} napísal|Den .{4,80} skrev|-{2,} ?(Original Message|Ursprüngliche Nachricht|Opprinnelig melding|Pôvodná správa|Αρχικό μήνυμα) ?-{2,}|在.{2,60}写道)/im,
);

/** The deadline `sentence` names in `lang` from `ref`, or undefined (chrono-node for en/de/zh). */
export type TimeResolver = (sentence: string, lang: string, ref: number) => ResolvedTime | undefined;

export interface FoundPromise {
  lang: string;
  due: number;
  /** The promise's words in the message text (commitment through deadline). */
  start: number;
  end: number;
}

/** The text before quoted mail. */
export function ownText(text: string): string {
  const m = QUOTE_START.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/**
 * Sentences with their offsets. A full stop ends one only before a capital letter, a line or
 * the end ("kl. 14", "o 10.30" stay whole); a question keeps its mark so it can be told apart.
 */
function sentences(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  // "Fr, 18. Juli", "am 3. Oktober", "am 1. Montag im April": a German ordinal's full stop before a month or weekday (capitalised,
  // as German writes them) ends nothing.
  const end =
    /(?<!\b\d{1,2})[.!?]+(?=\s+[\p{Lu}\p{Lo}]|\s*$)|(?<=\b\d{1,2})[.!?]+(?=\s*$|\s+(?!(?:[Jj]an|[Ff]eb|[Mm][aä]r|[Aa]pr|[Mm]a[iy]|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo][kc]t|[Nn]ov|[Dd]e[zc])\p{L}*|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Werktag|Arbeitstag)\b)[\p{Lu}\p{Lo}])|[。！？]+|\n+/gu;
  let at = 0;
  for (const m of text.matchAll(end)) {
    const stop = m.index + m[0].length;
    if (text.slice(at, stop).trim()) out.push({ text: text.slice(at, stop), at });
    at = stop;
  }
  if (text.slice(at).trim()) out.push({ text: text.slice(at), at });
  return out;
}

/**
 * The first promise an agent's message makes, with the deadline from `ref` (when it was sent),
 * or undefined. A deadline already past when it was written ("by yesterday") is not one.
 */
/** The reply's language when its text says so clearly, among the six the reader knows. */
function replyLanguage(text: string): string | undefined {
  const guess = guessLanguage(text);
  return guess.reliable && guess.language in COMMITMENTS ? guess.language : undefined;
}

export function findPromise(
  text: string,
  ref: number,
  resolve: TimeResolver,
  extra: Readonly<Record<string, readonly string[]>> = {},
  lang?: string,
  options: ReadOptions = {},
): FoundPromise | undefined {
  // The language the reply is in (given, or guessed from its text as the extension does) is tried
  // first; a phrase of another still counts.
  const languageOfReply = lang ?? replyLanguage(text);
  const langs = Object.keys(COMMITMENTS).sort((a, b) => Number(b === languageOfReply) - Number(a === languageOfReply));
  for (const sentence of sentences(ownText(text))) {
    if (/[?？;]\s*$/.test(sentence.text.trim())) continue;
    // A refusal, a usual time or terms in the reply's own language is not read again in another.
    if (languageOfReply && (NEGATED[languageOfReply]?.test(sentence.text) || NEGATED_PLAIN[languageOfReply]?.test(plain(sentence.text))))
      continue;
    // A time the reply's own language reads as gone by ("recorded … at 2:15 this morning") is not read again in another.
    const known = languageOfReply ? readDeadline(sentence.text, languageOfReply, ref, options) : undefined;
    if (known === 'past' || (known && known.due <= ref)) continue;
    for (const lang of langs) {
      // A Norwegian commitment needs a Norwegian word: "Deliveries usually take…" is no s-passive.
      if (lang === 'no' && !NORWEGIAN.test(sentence.text)) continue;
      const commitment = commitmentIn(sentence.text, lang, extra[lang]);
      if (!commitment || NEGATED[lang]?.test(sentence.text) || NEGATED_PLAIN[lang]?.test(plain(sentence.text))) continue;
      // The grammar of deadline.ts first; chrono (en, de, zh) reads what it does not.
      const own = lang === languageOfReply ? known : readDeadline(sentence.text, lang, ref, options);
      // A phrase that points back ("last Sunday") is no deadline in any language.
      if (own === 'past') break;
      // A commitment read in another language keeps the time the reply's own language reads, where both read one.
      const read = own ?? resolve(sentence.text, lang, ref);
      const time = read && known && lang !== languageOfReply ? known : read;
      if (!time || time.due <= ref) continue;
      // A Chinese statement holding a request or what is done elsewhere ("礼拜一发给您，请您留意") is read by the clause the time is in.
      if (commitment.byClause && STATEMENTS[lang]?.notACommitment.test(clauseAt(sentence.text, time.start))) continue;
      // "Ihre Rücksendung ist eingegangen, die Gutschrift erfolgt innerhalb von 3 Werktagen": an arrival told in the
      // perfect dates its own clause ("Ihr Paket ist am Montag eingegangen"), not the promise beside it.
      if (ARRIVED[lang]?.test(clauseAt(sentence.text, time.start, AND[lang]))) continue;
      return {
        lang,
        due: time.due,
        start: sentence.at + Math.min(commitment.index, time.start),
        end: sentence.at + Math.max(commitment.index + commitment.length, time.end),
      };
    }
  }
  return undefined;
}

/** The clause of a sentence that holds offset `at`: clauses end at a comma, semicolon or colon, and (given) at a joining word. */
function clauseAt(sentence: string, at: number, and?: string): string {
  const stops = new RegExp(`[，,；;：:]${and ? `|\\s${and}\\s` : ''}`, 'giu');
  let from = 0;
  for (const m of sentence.matchAll(stops)) {
    if (m.index >= at) return sentence.slice(from, m.index);
    from = m.index + 1;
  }
  return sentence.slice(from);
}

function commitmentIn(
  sentence: string,
  lang: string,
  extra: readonly string[] = [],
): { index: number; length: number; byClause?: boolean } | undefined {
  const m = COMMITMENTS[lang]?.exec(sentence) ?? COMMITMENTS_PLAIN[lang]?.exec(plain(sentence));
  if (m) return { index: m.index, length: m[0].length };
  const statement = STATEMENTS[lang];
  if (statement?.written.test(sentence)) {
    if (!statement.notACommitment.test(sentence)) return { index: sentence.search(/\S/), length: 0 };
    // Chinese: a clause of its own may ask or tell what is done; the time's clause decides.
    // A condition holds the whole sentence ("如果厂家同意，一周左右可以完成").
    if (lang === 'zh' && /[，,；;：:]/u.test(sentence) && !ZH_CONDITION.test(sentence))
      return { index: sentence.search(/\S/), length: 0, byClause: true };
  }
  const lower = sentence.toLowerCase();
  for (const phrase of extra) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at >= 0) return { index: at, length: phrase.length };
  }
  return undefined;
}

export type { FollowUpState };

/** One message of a thread as far as follow-ups go: who sent it and when (epoch ms, if the page says). */
export interface SentMessage {
  role: 'agent' | 'customer';
  text: string;
  sentAt?: number;
}

export interface FollowUp extends FoundPromise {
  /** Index of the promising message in the thread given. */
  message: number;
  madeAt: number;
  state: FollowUpState;
  /** When an agent next wrote, if they did. */
  answeredAt?: number;
}

/**
 * The promises of a thread and where each stands, from the thread alone: pending until due,
 * kept once an agent writes again, late when due passes with no agent reply. `seenAt` gives a
 * message's time where the page shows none (when Composure first read it).
 */
export function followUpsOf(
  thread: readonly SentMessage[],
  now: number,
  resolve: TimeResolver,
  seenAt: (index: number) => number = () => now,
  extra?: Readonly<Record<string, readonly string[]>>,
  options: ReadOptions = {},
): FollowUp[] {
  const found: FollowUp[] = [];
  thread.forEach((message, index) => {
    if (message.role !== 'agent') return;
    const madeAt = message.sentAt ?? seenAt(index);
    // Read as far as a message is analysed (engine/normalize.ts): a 100 kB reply would hold the one worker for a second.
    const promise = findPromise(message.text.slice(0, MAX_MESSAGE_CHARS), madeAt, resolve, extra, undefined, options);
    if (!promise) return;
    const next = thread.findIndex((m, j) => j > index && m.role === 'agent');
    const answeredAt = next < 0 ? undefined : (thread[next]?.sentAt ?? seenAt(next));
    const state: FollowUpState = answeredAt !== undefined ? 'kept' : now > promise.due ? 'late' : 'pending';
    found.push({ ...promise, message: index, madeAt, state, answeredAt });
  });
  return found;
}

/** A promise of the ticket's thread as the sidebar shows it: where its words are, when it is due, where it stands. */
export interface FollowUpView {
  /** Where the worker keeps it (helpdesk, ticket, a hash of the message): for "Not needed". */
  id?: string;
  message: number;
  start: number;
  end: number;
  due: number;
  state: FollowUpState;
  answeredAt?: number;
}
