import type { GuardFinding } from './types';

const CARD = /(?<![\p{N}\p{L}])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\p{N}\p{L}])/gu;
const IBAN = /(?<![\p{N}\p{L}])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![\p{N}\p{L}])/gu;

/**
 * A payment card number (13–19 digits, Luhn-valid, a card network's first digit) or an IBAN
 * (mod-97-valid): never in a reply, even one the customer sent. Masked numbers ("**** 4242")
 * and numbers that fail their check digit are left alone.
 */
export function paymentData(draft: string): GuardFinding[] {
  const findings: GuardFinding[] = [];
  for (const m of draft.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits))
      findings.push({ id: 'send-payment-data', span: [m.index, m.index + m[0].length], text: m[0], kind: 'card' });
  }
  for (const m of draft.matchAll(IBAN)) {
    const iban = m[0].replace(/ /g, '');
    if (iban.length >= 15 && iban.length <= 34 && mod97(iban) === 1)
      findings.push({ id: 'send-payment-data', span: [m.index, m.index + m[0].length], text: m[0], kind: 'iban' });
  }
  return findings;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616: the country and check digits moved to the end, letters as 10–35, the whole mod 97. */
export function mod97(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const value = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}
