// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readSite } from '../../src/adapters/read';
import { blankSite, extendSite } from '../../src/adapters/site';
import { deriveDefinition, editorKind } from '../../src/teach/derive';
import { hashedClass } from '../../src/teach/selectors';

const url = new URL('https://desk.acme.example/tickets/4411');

function page(html: string) {
  document.body.replaceChildren();
  const holder = document.createElement('div');
  holder.setAttribute('data-fixture', '');
  // Test markup built from a string in a test DOM; the product never does this.
  holder.append(document.createRange().createContextualFragment(html));
  document.body.append(holder);
}
const read = (def: ReturnType<typeof deriveDefinition>['definition']) => {
  const site = extendSite(blankSite(), def, 'team');
  const reading = readSite(site.definition, document, url);
  return reading.ok ? reading.ticket.messages.map((m) => `${m.role}: ${m.text}`) : reading.problem;
};
const $ = (s: string, root: ParentNode = document) => root.querySelector(s) as Element;

beforeEach(() => document.body.replaceChildren());

describe('a definition from clicks', () => {
  it('generalises one clicked message to all, tells roles by what differs, and avoids hashed classes', () => {
    page(`<main class="sc-a1b2c3-0 kPqRsT">
      <div class="Thread__List-sc-9z8y7x-1 hSyxrf">
        <div class="Message__Row-sc-1x2y3z-0 aBcDeF" data-part-group-category="1"><b>Ana</b><p class="Body__Text-sc-4d5e6f-2 xyz">I was charged twice</p></div>
        <div class="Message__Row-sc-1x2y3z-0 gHiJkL" data-part-group-category="3"><b>Kim</b><p class="Body__Text-sc-4d5e6f-2 xyz">Sorry, checking</p></div>
        <div class="Message__Row-sc-1x2y3z-0 mNoPqR" data-part-group-category="4"><b>Kim</b><p class="Body__Text-sc-4d5e6f-2 xyz">Note: refund ok</p></div>
        <div class="Message__Row-sc-1x2y3z-0 sTuVwX" data-part-group-category="1"><b>Ana</b><p class="Body__Text-sc-4d5e6f-2 xyz">Third time. Refund now.</p></div>
      </div>
      <div class="ProseMirror" contenteditable="true"><p></p></div>
    </main>`);
    const rows = document.querySelectorAll('[data-part-group-category]');
    const { definition, gaps } = deriveDefinition(
      { customer: $('p', rows[3]), agent: $('p', rows[1]), note: $('p', rows[2]), composer: $('.ProseMirror p') },
      { url, top: document },
    );
    expect(gaps).toEqual([]);
    expect(definition.message).toEqual(['[class*="Message__Row"]']);
    expect(definition.roles).toEqual([
      { role: 'internal', selector: '[data-part-group-category="4"]' },
      { role: 'customer', selector: '[data-part-group-category="1"]' },
      { role: 'agent', selector: '[data-part-group-category="3"]' },
    ]);
    expect(definition.body).toEqual(['[class*="Body__Text"]']);
    expect(definition.composer).toEqual({ selector: ['.ProseMirror'], kind: 'prosemirror' });
    expect(definition.match).toEqual({ hosts: ['desk.acme.example'] });
    expect(definition.ticketId).toEqual([{ url: '/tickets/{value:digits}' }]);
    expect(JSON.stringify(definition)).not.toMatch(/sc-|kPqRsT|Ana|charged/);
    expect(read(definition)).toEqual([
      'customer: I was charged twice',
      'agent: Sorry, checking',
      'internal: Note: refund ok',
      'customer: Third time. Refund now.',
    ]);
  });

  it('reads through an open shadow root', () => {
    page('<conversation-view></conversation-view>');
    const host = $('conversation-view');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(
      document.createRange().createContextualFragment(
        `<ol aria-label="Thread Items">
        <li class="is-customer"><span class="text">Where is my parcel?</span></li>
        <li class="is-agent"><span class="text">On its way</span></li>
        <li class="is-customer"><span class="text">Still nothing</span></li>
      </ol>`,
      ),
    );
    const items = shadow.querySelectorAll('li');
    const { definition } = deriveDefinition({ customer: $('.text', items[2]), agent: $('.text', items[1]) }, { url, top: document });
    expect(definition.message?.[0]).toMatch(/^conversation-view >>> /);
    expect(read(definition)).toEqual(['customer: Where is my parcel?', 'agent: On its way', 'customer: Still nothing']);
  });

  it('says what it could not work out instead of guessing', () => {
    page('<div><p>Only one message here</p></div>');
    const { gaps } = deriveDefinition({ customer: $('p') }, { url, top: document });
    expect(gaps[0]).toMatch(/not repeated on the page/);
  });
});

describe('selectors that survive a deploy', () => {
  it.each(['sc-1x2y3z-0', 'css-7uss0q', 'kPqRsT', 'x12q', 'MessageBubble--body--1aB2c', 'Name__Styled-sc-9k8j7h-3'])(
    '%s is generated',
    (c) => expect(hashedClass(c)).toBe(true),
  );
  it.each(['tk-entry', 'tk-entry--inbound', 'is-customer', 'messageBody', 'ticket-details__item'])('%s is kept', (c) =>
    expect(hashedClass(c)).toBe(false),
  );
  it('name the editor by its library', () => {
    page(
      '<div class="ql-editor" contenteditable="true"></div><textarea></textarea><div data-slate-editor="true" contenteditable="true"></div>',
    );
    expect(editorKind($('.ql-editor'))).toBe('quill');
    expect(editorKind($('textarea'))).toBe('textarea');
    expect(editorKind($('[data-slate-editor]'))).toBe('slate');
  });
});
