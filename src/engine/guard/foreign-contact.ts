import { perThread } from './per-thread';
import type { GuardFinding, GuardTicket } from './types';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Addresses a company gives out in every reply: its own, not another customer's. */
const ROLE =
  /^(support|help|helpdesk|info|service|customerservice|kundenservice|kundeservice|kundeservice|service|kontakt|contact|hello|hallo|sales|billing|noreply|no-reply|team|office|podpora|zakaznicky|info|kf|post)$/i;

/** Order, ticket, case and invoice numbers named as such, in the six languages. */
const ORDER_WORDS =
  'order|order number|order no|ticket|case|invoice|reference|ref|booking|tracking number|' +
  'bestellung|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|vorgang|vorgangsnummer|sendungsnummer|' +
  'ordre|ordrenummer|bestilling|bestillingsnummer|sak|saksnummer|faktura|fakturanummer|sporingsnummer|' +
  'objednávka|objednávky|objednávku|číslo objednávky|faktúra|faktúry|reklamácia|reklamácie|zásielka|zásielky|' +
  'παραγγελία|παραγγελίας|αίτημα|αιτήματος|τιμολόγιο|τιμολογίου|αποστολή|αποστολής';
const ORDER = new RegExp(
  `(?:(?<![\\p{L}])(?:${ORDER_WORDS})(?:[ \\t]*(?:no\\.?|nr\\.?|number|nummer|č\\.|číslo|αρ\\.|αριθμός|#|:))*[ \\t]*|(?:订单|訂單|工单|單號|单号|发票|快递单|物流单)(?:号|編號|编号)?[：: \\t]*|(?<![\\p{L}\\p{N}&])#)` +
    '([A-Z]{0,4}-?\\d[\\dA-Z-]{3,})',
  'giu',
);
/** A phone number as written in the six countries, with its prefix or its grouping. */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d ()./-]{5,}\d(?![\p{L}\p{N}])/gu;
const PHONE_WORDS = /(?:phone|tel|telefon|telefón|telefonnummer|mobil|mobile|handy|ring|τηλ|τηλέφωνο|κινητό|电话|手机|電話)\.?[:\s]*$/iu;

/**
 * An e-mail address, phone number or order/ticket number in the draft that appears nowhere in
 * this ticket (its messages, notes, requester, id, subject): likely pasted from another ticket.
 * The company's own addresses (role addresses, the domain its agents write from) are not flagged.
 */
export function foreignContact(ticket: GuardTicket, draft: string, taken: [number, number][]): GuardFinding[] {
  const { emails, ownDomains, ids, numbers } = contactsOf(ticket);
  const findings: GuardFinding[] = [];
  const free = (span: [number, number]) => ![...taken, ...findings.map((f) => f.span)].some(([a, b]) => a < span[1] && span[0] < b);

  for (const m of draft.matchAll(EMAIL)) {
    const address = m[0].toLowerCase();
    if (emails.has(address) || ROLE.test(address.split('@')[0] ?? '') || ownDomains.has(domainOf(address))) continue;
    findings.push({ id: 'send-foreign-contact', span: [m.index, m.index + m[0].length], text: m[0], kind: 'email' });
  }

  for (const m of draft.matchAll(ORDER)) {
    const id = (m[1] ?? '').replace(/-+$/, '');
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const span: [number, number] = [start, start + id.length];
    // Five digits, or four with letters ("AB-1234"): "Rechnung 2024" names a year.
    const digits = (id.match(/\d/g) ?? []).length;
    if (digits < (/[a-z]/i.test(id) ? 4 : 5) || ids.has(idKey(id)) || !free(span)) continue;
    findings.push({ id: 'send-foreign-contact', span, text: id, kind: 'order' });
  }

  for (const m of draft.matchAll(PHONE)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (!looksLikePhone(m[0], PHONE_WORDS.test(draft.slice(Math.max(0, m.index - 20), m.index))) || !free(span)) continue;
    const digits = m[0].replace(/\D/g, '').replace(/^00/, '');
    const tail = digits.slice(-8);
    if (numbers.some((n) => n.endsWith(tail))) continue;
    findings.push({ id: 'send-foreign-contact', span, text: m[0], kind: 'phone' });
  }
  return findings.sort((a, b) => a.span[0] - b.span[0]);
}

/** The addresses, the company's own domains, the numbers and the phone numbers this ticket has. */
const contactsOf = perThread((ticket) => {
  const thread = [
    ticket.subject ?? '',
    ticket.id ?? '',
    ticket.requester?.email ?? '',
    ...ticket.messages.map((m) => `${m.author ?? ''} ${m.text}`),
  ].join('\n');
  return {
    emails: new Set((thread.match(EMAIL) ?? []).map((e) => e.toLowerCase())),
    ownDomains: new Set(
      ticket.messages
        .filter((m) => m.role === 'agent' || m.role === 'internal')
        .flatMap((m) => `${m.author ?? ''} ${m.text}`.match(EMAIL) ?? [])
        .map(domainOf),
    ),
    ids: new Set((thread.match(/[\p{L}\p{N}-]+/gu) ?? []).map(idKey)),
    numbers: (thread.match(PHONE) ?? []).map((p) => p.replace(/\D/g, '')).filter((d) => d.length >= 6),
  };
});

function domainOf(address: string): string {
  return address.split('@')[1]?.toLowerCase() ?? '';
}

function idKey(id: string): string {
  return id.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A phone number, not a date, an amount or a bare number: an international prefix, a trunk 0, a
 * Chinese mobile (1[3-9] and 11 digits), a Greek one (2… or 69…, 10 digits), a Norwegian
 * grouping ("912 34 567"), or any 7–15 digits after "Tel.", "Telefon", "τηλ.", "电话".
 */
function looksLikePhone(raw: string, named: boolean): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw.trim())) return false;
  // Free and service numbers are the company's own, not another customer's.
  if (/^(?:0800|0900|0180|800|400|1800)/.test(digits)) return false;
  if (named) return true;
  if (/^(?:\+|00)/.test(raw)) return digits.length >= 9;
  if (/^\(?0\d/.test(raw)) return digits.length >= 9 && !/^0800|^0900|^0180/.test(digits);
  if (/^1[3-9]\d{9}$/.test(digits) || /^(?:69\d{8}|2\d{9})$/.test(digits)) return /[ -]/.test(raw) || raw === digits;
  return /^[49]\d{2} \d{2} \d{3}$|^[2-9]\d \d{2} \d{2} \d{2}$/.test(raw.trim());
}
