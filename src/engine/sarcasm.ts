import type { CompiledPacks } from './compile';
import { WAIT_WELL } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * Sarcasm: praise that opens a sentence ("Great service.", "Ganz toller Support", "Τέλεια
 * εξυπηρέτηση", "Skvelé", "Kjempebra", "太棒了") beside a failure is a complaint, and no thanks in
 * the message is gratitude. The failure is a cue of its own kind, not the praise's words: an eye
 * roll or slow clap (🙄 🙃 😒 🤦 👏), "still no …", "… and then nothing", a waiting time
 * ("three weeks waiting"), a bare "Again.", or a complaint, anger or insult the packs found. A
 * turn ("but", "leider", "αλλά", "ale", "men", "但是") between the praise and its cue keeps it
 * sincere ("Great, the parts came. But the manual is missing."). Praise without any cue is praise.
 * Words per language, normalised (lower case, no diacritics; Norwegian ø and æ stay).
 */

/** Praise or delight that opens a sentence (within its first words). */
const PRAISE =
  /(?<![\p{L}])(?:great|brilliant|fantastic|amazing|wonderful|excellent|superb|awesome|perfect|wow|loving|impressive|bravo|congratulations|well done|stellar|outstanding|toll(?:e|er|es)?|super|klasse|genial|spitze|prima|wunderbar|fantastisch|großartig|grossartig|hervorragend|perfekt|chapeau|beeindruckend|τελει\p{L}*|υπεροχ\p{L}*|φανταστικ\p{L}*|μπραβο|εξαιρετικ\p{L}*|καταπληκτικ\p{L}*|συγχαρητηρια|teleia|yperoxa|fantastika|mpravo|skvel\p{L}*|vyborn\p{L}*|parada|perfektn\p{L}*|uzasn\p{L}*|gratulujem|genialn\p{L}*|flott|fantastisk|stralende|strålende|kjempebra|kjempeflott|imponerende|imponerande|imponert|framifra|topp|gratulerer|herlig)(?![\p{L}])|太棒了|太牛了|真棒|真厉害|厉害了|好样的|佩服|太好了|真行|牛逼|绝了/u;
/** How many words into its sentence praise may start and still open it ("Wow, just great"; "Ganz toller Service"). */
const OPENING_WORDS = 3;

/** An eye roll, an upside-down smile, a slow clap, a facepalm. */
const IRONY_EMOJI = /🙄|🙃|😒|🤦|👏|🤡/u;
/** Still no …, and then nothing: a failure said in structure words. */
const STILL_NOT =
  /(?<![\p{L}])(?:still (?:no|not|nothing|waiting)|and (?:then )?nothing|nothing since|immer noch (?:nicht|kein\p{L}*|nichts)|noch immer (?:nicht|kein\p{L}*|nichts)|seitdem:? nichts|und (?:dann )?nichts|ακομα (?:δεν|τιποτα|καμια|κανενα)|και (?:μετα )?τιποτα|akoma (?:den|tipota)|stale (?:nic|ne\p{L}*|ziadn\p{L}*)|este stale|a (?:potom )?nic|fortsatt (?:ingen|ikke|ingenting)|framleis (?:ingen|ikkje|ingenting)|og (?:sa )?ingenting|ingenting (?:mer|meir))(?![\p{L}])|(?:还是|仍然|依然|到现在|至今)[^，。！？,!?\n]{0,6}(?:没|沒|不)|什么都没|什麼都沒/u;
/** A waiting time: a count of minutes to months beside waiting (either order, a few words apart). */
const UNIT =
  /(?:minutes?|mins?|hours?|days?|weeks?|months?|minuten|stunden|tage|tagen|wochen|monate|monaten|λεπτα|ωρες|μερες|ημερες|εβδομαδες|μηνες|minut\p{L}*|hodin\p{L}*|dni|dn[ií]|tyzd\p{L}*|mesiac\p{L}*|minutter|timer|timar|dager|dagar|uker|veker|maneder|manader)/u;
const WAITING =
  /(?<![\p{L}])(?:wait(?:ing|ed)?|on hold|in (?:the )?queue|warte\p{L}*|gewartet|warteschleife|περιμεν\p{L}*|cakam|cakal\p{L}*|cakame|venter|ventet|venta|i ko|i kø)(?![\p{L}])|等了|等了快|排队/u;
const WAITED = new RegExp(
  `(?:\\d+|two|three|four|five|six|ten|zwei|drei|vier|funf|zehn|δυο|τρεισ|τεσσερισ|dva|dve|tri|styri|to|tre|fire|fem|ni|ti)\\s+${UNIT.source}(?![\\p{L}])`,
  'u',
);
const WAITED_ZH =
  /(?:等了|排队)[^，。！？,!?\n]{0,6}(?:分钟|小时|天|星期|周|个月|月)|[\d一二三四五六七八九十两几]+(?:分钟|小时|天|个星期|星期|周|个月)[^，。！？,!?\n]{0,4}(?:还|都)/u;
/**
 * Whether the sentence around a span tells a wait that ended well (WAIT_WELL): the sentences are
 * found once and each read once, so a message of many waits stays linear.
 */
function waitEndedWell(text: string): (at: Span) => boolean {
  const bounds = [...text.matchAll(/[^.!?。！？\n]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const well = new Map<number, boolean>();
  return (at) => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bounds[mid] as Span).start <= at.start) lo = mid;
      else hi = mid - 1;
    }
    let answer = well.get(lo);
    if (answer === undefined) {
      const b = bounds[lo];
      answer = b ? WAIT_WELL.test(text.slice(b.start, b.end)) : false;
      well.set(lo, answer);
    }
    return answer;
  };
}
/** A bare "Again." as a sentence of its own. */
const AGAIN_ALONE = /(?:^|[.!?…—–]\s*)(?:again|schon wieder|wieder mal|ξανα|παλι|zase|znova|opat|igjen|又来了)\s*[.!…]/u;
/** A turn between praise and a failure keeps the praise sincere. */
const CONTRAST =
  /(?<![\p{L}])(?:but|however|unfortunately|though|aber|leider|jedoch|allerdings|αλλα|δυστυχως|ομως|ale|bohuzial|avsak|men|dessverre|likevel)(?![\p{L}])|但是|可是|不过|不過|可惜/u;

/** Signals whose strong hits report a failure. */
const FAILURE = new Set(['complaint', 'anger', 'insult', 'profanity', 'disappointment']);
const STRONG = 0.7;
/** How far apart praise and its cue may stand: the same sentence or the next ones of a short message. */
const REACH = 200;

interface Span {
  start: number;
  end: number;
}

/** Praise that opens a sentence, as spans of `normalized`. */
export function openingPraise(normalized: string): Span[] {
  const out: Span[] = [];
  for (const s of normalized.matchAll(/[^.!?。！？\n]+[.!?。！？]*/g)) {
    const m = s[0].match(PRAISE);
    if (m?.index === undefined) continue;
    const before = s[0].slice(0, m.index);
    const words = before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const han = before.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (words > OPENING_WORDS || han > 2) continue;
    out.push({ start: s.index + m.index, end: s.index + m.index + m[0].length });
  }
  return out;
}

/** The failure cues of a message: spans of `normalized`. */
function cues(normalized: string, failures: Span[]): Span[] {
  const out = [...failures];
  for (const re of [IRONY_EMOJI, STILL_NOT, AGAIN_ALONE]) {
    for (const m of normalized.matchAll(new RegExp(re.source, `${re.flags}g`))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  const endedWell = waitEndedWell(normalized);
  for (const m of normalized.matchAll(new RegExp(WAITED_ZH.source, 'gu'))) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (!endedWell(at)) out.push(at);
  }
  for (const m of normalized.matchAll(new RegExp(WAITED.source, 'gu'))) {
    const around = normalized.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    const at = { start: m.index, end: m.index + m[0].length };
    if (WAITING.test(around) && !endedWell(at)) out.push(at);
  }
  return out;
}

/** The sarcastic praise of a message and the failure beside each: [praise, cue] pairs. */
export function sarcasmOf(normalized: string, failures: Span[] = []): [Span, Span][] {
  const praise = openingPraise(normalized);
  if (!praise.length) return [];
  const found = cues(normalized, failures);
  const out: [Span, Span][] = [];
  for (const p of praise)
    for (const c of found) {
      if (c.end > p.start - REACH && c.start < p.end + REACH && !(c.start < p.end && p.start < c.end)) {
        const between = normalized.slice(Math.min(p.end, c.end), Math.max(p.start, c.start));
        if (!CONTRAST.test(between)) {
          out.push([p, c]);
          break;
        }
      }
    }
  return out;
}

/**
 * Reads sarcasm in a customer message's hits (scan.ts): each sarcastic praise with its cue becomes
 * evidence of the strongest complaint rule, and the message's gratitude hits are dropped. Returns
 * the hits (a new map when there were none and sarcasm was found), or null when there are none.
 */
export function readSarcasm(result: ScanResult | null, compiled: CompiledPacks, normalized: string): ScanResult | null {
  // Most messages open no sentence with praise: nothing to read.
  if (!PRAISE.test(normalized)) return result;
  const failures: Span[] = [];
  const thanks: number[] = [];
  const complaint = compiled.strongestOf.complaint;
  for (const r of compiled.signalRules) {
    const hits = result?.get(r.matcher);
    if (!hits) continue;
    if (r.rule.signal === 'gratitude') thanks.push(r.matcher);
    else if (FAILURE.has(r.rule.signal) && r.rule.weight >= STRONG) failures.push(...hits);
  }
  const pairs = sarcasmOf(normalized, failures);
  if (!pairs.length || complaint === undefined) return result;
  const out = result ?? new Map();
  const hits = out.get(complaint) ?? [];
  for (const [p, c] of pairs) hits.push(p, c);
  out.set(complaint, hits);
  for (const id of thanks) out.delete(id);
  return out;
}
