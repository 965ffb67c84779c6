import { describe, expect, it } from 'vitest';
import { authorRoles, samePerson, senderOf } from '../../src/adapters/authors';
import { hubspot } from '../../src/adapters/hubspot';
import type { SiteDefinition } from '../../src/engine/site-schema';
import type { Role } from '../../src/engine/types';

// Items stand for message elements; `marks` is what the page's own role marks say of each.
function read(def: SiteDefinition, authors: string[], requester?: string, agentName?: string, marks: (Role | undefined)[] = []) {
  const items = authors.map((_, i) => ({ i }) as unknown as Element);
  return authorRoles(def, items, authors, requester, (item) => marks[(item as unknown as { i: number }).i], agentName);
}

describe('a From line', () => {
  it('gives the name and the address, whichever it shows; a label is not the name', () => {
    expect(senderOf('From: Ann Lee <ANN.Lee@Example.com>')).toEqual({ name: 'Ann Lee', email: 'ann.lee@example.com' });
    expect(senderOf('From: lucia.fernandez@example.com')).toEqual({ name: '', email: 'lucia.fernandez@example.com' });
    expect(senderOf('Lucía Fernández')).toEqual({ name: 'Lucía Fernández', email: undefined });
    expect(senderOf('"Wang, Xiaoming" (wang@example.cn)')).toEqual({ name: 'Wang, Xiaoming', email: 'wang@example.cn' });
  });

  it('is the same person by address where both show one, else by name', () => {
    expect(samePerson(senderOf('ann@x.com'), senderOf('Ann Lee <ANN@x.com>'))).toBe(true);
    expect(samePerson(senderOf('Ann Lee <ann@y.com>'), senderOf('Ann Lee <ann@x.com>'))).toBe(false);
    expect(samePerson(senderOf('ANN  LEE'), senderOf('Ann Lee <ann@x.com>'))).toBe(true);
    expect(samePerson(senderOf('ann@x.com'), senderOf('Ann Lee'))).toBe(false);
  });
});

describe('who wrote a HubSpot message', () => {
  const def = hubspot.definition;
  const lucia = 'From: lucia.fernandez@example.com';
  const support = 'From: support@acme-shop.example';

  it('reads the contact who opened the ticket as the customer when the From lines hold addresses only, and says it guessed', () => {
    const r = read(def, [lucia, support, lucia], 'Lucía Fernández');
    expect(r.roles).toEqual(['customer', undefined, 'customer']);
    expect(r.requester).toEqual({ name: 'Lucía Fernández', email: 'lucia.fernandez@example.com' });
    expect(r).toMatchObject({ guessed: 3, readAs: 'opener' });
  });

  it('reads the contact by name, and the address seen with the name on the messages that show only the address: nothing guessed about the customer', () => {
    const r = read(def, [support, 'From: Lucía Fernández <lucia.fernandez@example.com>', lucia], 'Lucía Fernández');
    expect(r.roles).toEqual([undefined, 'customer', 'customer']);
    expect(r).toMatchObject({ guessed: 1, readAs: 'team' });
  });

  it('does not take an agent who opened the ticket for the contact', () => {
    const r = read(def, ['From: Mark Weber <support@acme-shop.example>', lucia, support], 'Lucía Fernández', 'Mark Weber');
    expect(r.roles).toEqual(['agent', undefined, 'agent']);
    expect(r).toMatchObject({ guessed: 1, readAs: 'team' });
  });
});

describe('who wrote a message elsewhere', () => {
  it("Front: unmarked messages are the customer's, except those under the agent's own name", () => {
    const def: SiteDefinition = { id: 'front', name: 'Front', defaultRole: 'customer' };
    const r = read(def, ['Ann Lee', 'Mark Weber', 'Ann Lee'], undefined, 'mark weber');
    expect(r.roles).toEqual([undefined, 'agent', undefined]);
    expect(r).toMatchObject({ guessed: 2, readAs: 'customer' });
  });

  it("an address seen on a note does not make the agent's replies notes", () => {
    const def: SiteDefinition = { id: 'x', name: 'X', authorIsRequester: true, defaultRole: 'agent' };
    const r = read(def, ['mark@acme.example', 'mark@acme.example', 'ann@x.com'], 'ann@x.com', undefined, ['internal']);
    expect(r.roles).toEqual(['internal', undefined, 'customer']);
  });
});
