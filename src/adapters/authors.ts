import type { UnmarkedAuthors } from '../engine/site-report';
import type { SiteDefinition } from '../engine/site-schema';
import type { Role } from '../engine/types';

/** A sender as a From line shows them: a name, an e-mail address, or both ("Ann Lee <ann@x.com>"). */
export interface Sender {
  name: string;
  email?: string;
}

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:.]+/;

/** "From: Ann Lee <ANN@x.com>" → { name: 'Ann Lee', email: 'ann@x.com' }; a label before a colon is not the name. */
export function senderOf(line: string): Sender {
  const email = EMAIL.exec(line)?.[0];
  const rest = (email ? line.replace(email, ' ') : line).replace(/[<>()[\]"]/g, ' ');
  const name = rest
    .replace(/^[^:：]{1,20}[:：]/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name, email: email?.toLowerCase() };
}

const fold = (s: string) => s.normalize('NFC').toLowerCase();

/** The same person: the same address, or (where either has no address) the same name. */
export function samePerson(a: Sender, b: Sender | undefined): boolean {
  if (!b) return false;
  if (a.email && b.email) return a.email === b.email;
  return Boolean(a.name) && fold(a.name) === fold(b.name);
}

/**
 * Who wrote each message, from every mark the page has: the page's own role marks first (a
 * hook, a role rule); then the requester's name or address in the author line (where the
 * definition says its authors can be the requester), the agent's own name from the settings;
 * then an address learned from one of those messages marks the others from it. Where the page
 * names the requester in none, and the requester opened the ticket, the first sender is the
 * requester. What is left is the definition's default role — a guess, counted, so the sidebar
 * can say how it was made.
 */
export function authorRoles(
  def: SiteDefinition,
  items: Element[],
  authors: string[],
  requesterText: string | undefined,
  marked: (item: Element) => Role | undefined,
  agentName: string | undefined,
  openerShown = true,
): { roles: (Role | undefined)[]; requester: Sender; guessed: number; readAs: UnmarkedAuthors['readAs'] } {
  const senders = authors.map(senderOf);
  const requester = requesterText ? senderOf(requesterText) : { name: '' };
  const agent = agentName ? senderOf(agentName) : undefined;
  const roles = items.map((item, i): Role | undefined => {
    const role = marked(item);
    if (role) return role;
    const sender = senders[i] as Sender;
    if (def.authorIsRequester && samePerson(sender, requester)) return 'customer';
    return samePerson(sender, agent) ? 'agent' : undefined;
  });
  // An address seen on a message told by name tells the messages that show only the address.
  // (Only a customer's or an agent's: an agent's address also sends notes, which are not replies.)
  const known = new Map<string, Role | null>();
  for (const [i, s] of senders.entries()) {
    const role = roles[i];
    if (!s.email || (role !== 'customer' && role !== 'agent')) continue;
    known.set(s.email, known.has(s.email) && known.get(s.email) !== role ? null : role);
  }
  for (const [i, s] of senders.entries()) if (!roles[i] && s.email) roles[i] = known.get(s.email) ?? undefined;
  if (!requester.email) requester.email = senders.find((s, i) => s.email && roles[i] === 'customer')?.email;

  let readAs: UnmarkedAuthors['readAs'] = def.defaultRole === 'customer' ? 'customer' : 'team';
  const first = def.order === 'newest-first' ? senders.length - 1 : 0;
  const opener = senders[first];
  let guessed = 0;
  const openerUnknown = opener && !roles[first] && (opener.email || opener.name);
  if (def.requesterOpened && def.authorIsRequester && openerShown && openerUnknown && !roles.includes('customer')) {
    readAs = 'opener';
    requester.email ??= opener.email;
    for (const [i, s] of senders.entries())
      if (!roles[i] && samePerson(s, opener)) {
        roles[i] = 'customer';
        guessed++;
      }
  }
  return { roles, requester, guessed: guessed + roles.filter((r) => !r).length, readAs };
}
