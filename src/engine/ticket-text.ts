import type { Message, Role } from './types';

const ROLE_PREFIX: Record<string, Role> = {
  customer: 'customer',
  agent: 'agent',
  note: 'internal',
  internal: 'internal',
  system: 'system',
};

/**
 * A ticket written as plain text (the command line, the settings page's test bench): lines
 * starting "Customer:", "Agent:", "Note:" start a message; text with no such line is one
 * customer message.
 */
export function parseTicketText(text: string): Message[] {
  const messages: Message[] = [];
  for (const line of text.split('\n')) {
    const m = /^(customer|agent|note|internal|system):\s?(.*)$/i.exec(line);
    if (m) messages.push({ role: ROLE_PREFIX[(m[1] as string).toLowerCase()] as Role, text: m[2] ?? '' });
    else if (messages.length) (messages[messages.length - 1] as Message).text += `\n${line}`;
    else messages.push({ role: 'customer', text: line });
  }
  return messages.map((m) => ({ ...m, text: m.text.trim() })).filter((m) => m.text);
}
