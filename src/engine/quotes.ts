/**
 * What in a customer's message is not the customer's own voice: an earlier reply quoted under
 * "> ", a forwarded or quoted mail under its header ("On … wrote:", "-----Original Message-----"),
 * an agent's lines in a pasted chat, and words in quotation marks that the customer says someone
 * else wrote or said ("your colleague wrote: '…'"). The agent's "Thank you for your patience" in a
 * quote is not the customer's gratitude. These are blanked out before matching, one space per
 * character (line breaks kept), so offsets into the text stay offsets into the original and
 * evidence still points at the customer's own words.
 */

/** An attribution header line: "On 3 May, Sam <…> wrote:", "Am … schrieb …:", "Στις … έγραψε:", "Dňa … napísal(a):", "… skrev:", "……写道：". */
const HEADER =
  /^[^\n]{0,200}(?:\bwrote|\bschrieb|έγραψε|εγραψε|napísal|napisal|napísala|napisala|\bskrev|\ba écrit|写道|寫道)[^\n]{0,80}[:：][ \t]*$/i;
/** A header names a date, time or address ("On 3 May … wrote:"), not "I wrote this to you:". */
const HEADER_DETAIL = /\d|@|^[ \t]*(?:on|am|στις|dňa|dna|den|på|le|在|於)[ \t]/i;
/** Where a forwarded or pasted earlier mail starts: everything from here on is someone else's. */
const FORWARD =
  /^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|original-nachricht|ursprüngliche nachricht|weitergeleitete nachricht|pôvodná správa|povodna sprava|preposlaná správa|opprinnelig melding|videresendt melding|αρχικό μήνυμα|προωθημένο μήνυμα|原始邮件|原始郵件|转发邮件|轉寄郵件)[ \t]*-*|begin forwarded message:?|(?:from|von|od|fra|από|发件人|寄件者)[:：][^\n]*\n[ \t]*(?:sent|date|gesendet|datum|odoslané|dátum|sendt|dato|στάλθηκε|ημερομηνία|发送时间|日期|寄件日期)[:：])/i;
/** A pasted chat's agent line: "[14:02] Agent Mia:", "Support:", "客服：". */
const AGENT_LINE =
  /^[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*)?(?:agent|support|kundeservice|kundenservice|kundendienst|podpora|υποστήριξη|客服)\b[^\n:：]{0,30}[:：]/i;
/**
 * Words before an opening quotation mark that give the quote to someone else: "your colleague
 * wrote: '…'", "the agent told me „…“", "μου είπε «…»", "napísala doslova: '…'", "客服跟我说：“…”".
 */
const SAID_BY =
  /(?:wrote|writes|said|says|told (?:me|us)|forwarded|forwarding|weitergeleitet|leite (?:es|das|ihn|sie) weiter|videresender|videresendte|videresendt|preposielam|preposlal|preposlala|προωθώ|προώθησα|转发|轉發|replied|answered|promised|claimed|schrieb|schreibt|sagte|sagt|meinte|geschrieben|gesagt|geantwortet|versprochen|mitgeteilt|antwortete|versprach|behauptete|έγραψε|εγραψε|είπε|ειπε|απάντησε|απαντησε|υποσχέθηκε|napísal|napisal|napísala|napisala|povedal|povedala|odpísal|odpisal|odpísala|odpisala|sľúbil|sľúbila|tvrdil|tvrdila|skrev|(?:hun|han|de|dere|dei|ho|agenten) sa|svarte|lovet|lovte|说|說|写|寫|回复|回覆|表示|告诉|告訴|承诺|答复)[^\n"“„«'‘「『]{0,24}(?:[:：][ \t]*\n(?:[ \t]*\n)?[ \t]*)?$/i;
/**
 * Whose words a quotation gives: the company's side or words said to the customer ("your agent",
 * "Ihr Kollege … mir", "συνάδελφός σας", "váš kolega mi", "kundeservice", "客服跟我说"). A quotation
 * of anyone else — "Tupac said '…'", "a wise man once said '…'" — is language the customer chose to
 * repeat, and is read (the public hostility corpora's quoted slurs are hostile).
 */
const ADDRESSED =
  /(?<![\p{L}])(?:you|your|yours|agent|support|colleague|team|staff|rep|representative|advisor|adviser|customer service|employee|operator|someone|somebody|they|(?:told|wrote|to) (?:me|us)|ihr|ihre|ihrem|ihren|ihrer|sie|kollege|kollegin|mitarbeiter\p{L}*|kundendienst|kundenservice|hotline|mir|uns|σας|συνάδελφ\p{L}*|συναδελφ\p{L}*|υπάλληλ\p{L}*|υπαλληλ\p{L}*|εκπρόσωπ\p{L}*|εκπροσωπ\p{L}*|εξυπηρέτηση|εξυπηρετηση|μου|μας|váš|vaša|vaše|vášho|vas|vasa|vase|kolega|kolegyňa|kolegyna|operátor\p{L}*|podpora|zákaznícka|zakaznicka|mi|nám|nam|dere|deres|kollega\p{L}*|kundeservice|kundeservicen|agenten|meg|oss|du|din)(?![\p{L}])|客服|你们|你們|您|我|工作人员|工作人員|店家|商家/iu;
const OPENERS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "'": "'", '‘': '’', '「': '」', '『': '』' };
/** The longest quotation followed: a stray mark must not blank a whole message. */
const MAX_QUOTE = 600;

/** Cheap test whether a text can hold anything this module blanks. */
const MAYBE = /[>"“„«'‘「『:：-]/;

/** The message with what others wrote blanked out, or the message itself when nothing is. */
export function maskQuoted(text: string): string {
  if (!MAYBE.test(text)) return text;
  const spans: [number, number][] = [];
  quotedLines(text, spans);
  attributedQuotes(text, spans);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + blank(text.slice(from, e));
    at = e;
  }
  return out + text.slice(at);
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** "> " lines, agent lines of a pasted chat, and everything after a forward marker or a header not followed by "> " lines. */
function quotedLines(text: string, spans: [number, number][]): void {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const rest = text.slice(start);
    if (/^[ \t]*>/.test(line) || AGENT_LINE.test(line)) spans.push([start, end]);
    else if (FORWARD.test(rest.slice(0, 400))) {
      spans.push([start, text.length]);
      return;
    } else if (HEADER.test(line) && HEADER_DETAIL.test(line) && start > 0) {
      // Top-posting: the customer's words come first and the quoted mail follows to the end; with
      // "> " lines after the header, only those lines (and the header) are someone else's.
      const next = text.slice(end).match(/^\s*(\S)/);
      if (next?.[1] === '>') spans.push([start, end]);
      else {
        spans.push([start, text.length]);
        return;
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
}

/** Quotations the customer attributes to someone else, up to their closing mark. */
function attributedQuotes(text: string, spans: [number, number][]): void {
  for (let i = 0; i < text.length; i++) {
    const close = OPENERS[text[i] as string];
    if (!close) continue;
    // An apostrophe inside a word ("don't") opens nothing.
    if ((text[i] === "'" || text[i] === '‘') && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string)) continue;
    const before = text.slice(Math.max(0, i - 80), i);
    if (!SAID_BY.test(before) || !ADDRESSED.test(before)) continue;
    let end = text.indexOf(close, i + 1);
    // The same mark closing and opening ("…'s") aside, a quote ends at its closing mark or the paragraph's end.
    if (close === "'")
      while (end > 0 && /[\p{L}]/u.test(text[end + 1] ?? '') && /[\p{L}]/u.test(text[end - 1] ?? '')) end = text.indexOf(close, end + 1);
    const paragraph = text.indexOf('\n\n', i + 1);
    if (end < 0 || (paragraph >= 0 && paragraph < end)) end = paragraph >= 0 ? paragraph : text.length;
    if (end - i > MAX_QUOTE) continue;
    spans.push([i, Math.min(text.length, end + 1)]);
    i = end;
  }
}
