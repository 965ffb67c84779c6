import type { Message, Role, Ticket } from './types';

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

/**
 * A ticket file: first lines may say who asked and about what ("Requester: Maria Lopez
 * <maria@example.com>", "Subject: …", "Ticket: 4821"); then the messages, as parseTicketText.
 */
export function parseTicketFile(text: string): Pick<Ticket, 'requester' | 'subject' | 'id' | 'messages'> {
  const lines = text.split('\n');
  const ticket: Pick<Ticket, 'requester' | 'subject' | 'id'> = {};
  while (lines.length) {
    const m = /^(requester|subject|ticket):\s*(.*)$/i.exec(lines[0] ?? '');
    if (!m) break;
    lines.shift();
    const value = (m[2] ?? '').trim();
    const field = (m[1] as string).toLowerCase();
    if (field === 'subject') ticket.subject = value;
    else if (field === 'ticket') ticket.id = value.replace(/^#/, '');
    else {
      const address = /<([^<>\s]+@[^<>\s]+)>|([^\s<>]+@[^\s<>]+)/.exec(value);
      const name = value
        .replace(/<[^>]*>|[^\s<>]+@[^\s<>]+/g, '')
        .replace(/["“”]/g, '')
        .trim();
      ticket.requester = { name: name || undefined, email: address?.[1] ?? address?.[2] };
    }
  }
  return { ...ticket, messages: parseTicketText(lines.join('\n')) };
}
