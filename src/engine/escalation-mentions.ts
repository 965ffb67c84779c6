import { FORMULA } from './cancel-requests';
import type { CompiledPacks } from './compile';

/**
 * A manager named is not a manager asked for. "Your password manager", "the hotline promised a
 * call back", "Lederen deres, Kristin, sa…", "Office Manager" under a signature, "项目经理张某电话
 * 不接" mention someone; "please pass this on to your manager", "πείτε το και στον προϊστάμενό
 * του", "转告她的主管" send praise up. An escalation word on its own (manager, hotline, 主管) is a
 * request only in a sentence that asks — a request formula, a question, a demand, "now" — and
 * never in one that passes something on. Phrases that ask in themselves ("speak to your
 * manager", "connect me to a human") are left alone. Words per language, normalised.
 */

/** Other ways a sentence asks or demands: wanting, needing, insisting, "now". */
const DEMAND =
  /[?？;]|(?<![\p{L}])(?:want|need|demand|insist|require|expect|get me|let me|now|today|immediately|asap|verlange|fordere|erwarte|brauche|will|sofort|jetzt|heute|ζητω|ζηταω|ζητουμε|απαιτω|χρειαζομαι|αμεσως|τωρα|σημερα|zhtw|thelw|8elw|amesws|twra|pozadujem|ziadam|potrebujem|chcem|hned|ihned|dnes|krever|trenger|vil ha|vil snakke|med en gang|na|i dag|naa)(?![\p{L}])|要求|我要|需要|马上|馬上|立刻|现在|現在|今天/u;
/** A sentence that opens as a question asks, with or without its mark ("what is the time when call center is working"). */
const QUESTION_OPENER =
  /^\s*(?:when|what|how|where|who|which|can|could|is|are|do|does|wann|wie|wo|was|wer|kann|konnen|ποτε|πωσ|που|τι|ποιοσ|ποια|μπορω|μπορειτε|kedy|ako|kde|co|kto|mozem|mozete|nar|hvordan|hvor|hva|hvem|kan)(?![\p{L}])/u;
/** Passing something on to the superior: praise sent up, not a request for them. */
const PASS_ON =
  /(?<![\p{L}])(?:pass (?:this|it|that|my thanks|on)|pass \p{L}+ on|let \p{L}+ know|forward (?:this|it)|tell (?:your|their|her|his)|weitergeben|weiterleiten|ausrichten|μεταφερετε|μεταφερεις|πειτε το|πες το|metaferete|peite to|dostalo|odovzdajte|odovzdat|tlmocte|videreformidle|gi beskjed|si fra til|send (?:dette|det) videre)(?![\p{L}])|转告|轉告|转达|轉達|表扬|表揚/u;
const SENTENCE_END = /[.!?。！？\n]/;
/** How many words a message may have and still be a chat query, a request by itself. */
const SHORT = 6;

/** Drops escalation hits that mention rather than ask, in place. */
export function dropEscalationMentions(
  result: Map<number, { start: number; end: number }[]>,
  compiled: CompiledPacks,
  normalized: string,
): void {
  // A message of a few words is a request by itself, as people type into a chat: "customer care number".
  if (wordCount(normalized) <= SHORT && !/[.!?。！？\n]\s*\S/.test(normalized.trim())) return;
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (rule?.signal !== 'escalation-request') continue;
    const kept = hits.filter((h) => asks(normalized, h));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}

function asks(text: string, h: { start: number; end: number }): boolean {
  let from = h.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = h.end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  // The question mark that ends the sentence belongs to it.
  const sentence = text.slice(from, Math.min(text.length, to + 1));
  if (PASS_ON.test(sentence)) return false;
  const words = text.slice(h.start, h.end);
  const bare = /\p{Script=Han}/u.test(words)
    ? words.length <= 4
    : !/\s/.test(words.trim()) || /^(?:customer (?:care|service|support)|call cent(?:er|re))$/.test(words);
  return !bare || FORMULA.test(sentence) || DEMAND.test(sentence) || QUESTION_OPENER.test(sentence);
}

/** Words in a text; Chinese has no spaces, so two characters count as one word. */
function wordCount(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const other = text.replace(/\p{Script=Han}+/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return other + Math.ceil(han / 2);
}
