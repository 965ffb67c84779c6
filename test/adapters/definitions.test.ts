import { describe, expect, it } from 'vitest';
import { BUILT_INS, adapterFor, resolveSites } from '../../src/adapters/registry';
import { definitionMatches } from '../../src/adapters/site';
import { definitionSelectors } from '../../src/engine/site-fields';
import { validateSiteDefinition } from '../../src/engine/validate';

const helpdesks = BUILT_INS.filter((b) => b.definition.id !== 'demo');

describe('built-in site definitions', () => {
  it('are valid site definitions', () => {
    for (const b of BUILT_INS) expect(validateSiteDefinition(b.definition), b.definition.id).toMatchObject({ ok: true });
  });

  // ../shared/reference/helpdesk-dom.md is the evidence; a selector no source knows says so.
  it.each(helpdesks.map((b) => [b.definition.id, b] as const))(
    '%s: every selector cites its evidence or is marked a fallback',
    (_id, b) => {
      const uncited = definitionSelectors(b.definition)
        .map((s) => s.selector)
        .filter((selector) => !b.citations.has(selector));
      expect(uncited).toEqual([]);
    },
  );

  it.each(helpdesks.map((b) => [b.definition.id, b] as const))('%s: reads its own ticket URLs and no other helpdesk does', (id, b) => {
    for (const url of b.urls) {
      expect(definitionMatches(b.definition, new URL(url)), url).toBe(true);
      expect(adapterFor(new URL(url))?.id, url).toBe(id);
      for (const other of BUILT_INS.filter((o) => o !== b))
        expect(definitionMatches(other.definition, new URL(url)), `${other.definition.id} on ${url}`).toBe(false);
    }
  });

  it('take the ticket id from the URL where the helpdesk puts it there', () => {
    const id = (url: string) => adapterFor(new URL(url))?.ticketIdFromUrl(new URL(url));
    expect(id('https://acme.zendesk.com/agent/tickets/101')).toBe('101');
    expect(id('https://acme.zendesk.com/agent/filters/360')).toBeUndefined();
    expect(id('https://acme.freshdesk.com/a/tickets/311')).toBe('311');
    expect(id('https://app.intercom.com/a/inbox/acme/inbox/shared/all/conversation/9002')).toBe('9002');
    expect(id('https://secure.helpscout.net/conversation/2002/78?folderId=1')).toBe('78');
    expect(id('https://mail.google.com/mail/u/1/#label/support/18c2')).toBe('18c2');
    expect(id('https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-41')).toBe('SUP-41');
    expect(id('https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1')).toBeUndefined();
    expect(id('https://acme.lightning.force.com/lightning/r/Case/5001x00000AbCdE/view')).toBe('5001x00000AbCdE');
    expect(id('https://acme.gorgias.com/app/views/1200/88001')).toBe('88001');
  });
});

describe("a team's definitions", () => {
  const fix = { id: 'zendesk-fix', name: 'Zendesk fix', extends: 'zendesk', conversation: ['[data-test-id="omni-log-v2"]'] };

  it('change a built-in everywhere when they extend it without a match of their own', () => {
    const { sites } = resolveSites({ team: [fix], policy: [] });
    const zendesk = sites.find((s) => s.definition.id === 'zendesk');
    expect(zendesk?.definition.conversation).toEqual(['[data-test-id="omni-log-v2"]']);
    expect(zendesk?.definition.message).toEqual(BUILT_INS[0]?.definition.message);
    expect(zendesk?.origins.conversation).toBe('team');
    expect(zendesk?.origins.message).toBe('built-in');
  });

  it("lose to the policy's for the same helpdesk", () => {
    const policy = { ...fix, id: 'zendesk-policy', conversation: ['[data-test-id="omni-log-policy"]'] };
    const zendesk = resolveSites({ team: [fix], policy: [policy] }).sites.find((s) => s.definition.id === 'zendesk');
    expect(zendesk?.definition.conversation).toEqual(['[data-test-id="omni-log-policy"]']);
    expect(zendesk?.origins.conversation).toBe('policy');
  });

  it('describe a custom domain, tried before the built-ins', () => {
    const acme = { id: 'acme-desk', name: 'Acme Desk', match: { hosts: ['support.acme.example'] }, message: ['.msg'] };
    const { sites } = resolveSites({ team: [acme], policy: [] });
    expect(adapterFor(new URL('https://support.acme.example/t/1'), sites)?.name).toBe('Acme Desk');
    expect(adapterFor(new URL('https://acme.zendesk.com/agent/tickets/1'), sites)?.id).toBe('zendesk');
  });

  it('that extend an unknown helpdesk are ignored, and said', () => {
    expect(resolveSites({ team: [{ ...fix, extends: 'nodesk' }], policy: [] }).warnings[0]).toMatch(/not a built-in helpdesk/);
  });
});
