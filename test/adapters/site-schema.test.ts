import { describe, expect, it } from 'vitest';
import { matchTemplate } from '../../src/adapters/template';
import { selectorProblem } from '../../src/engine/site-selectors';
import { validateSiteDefinition } from '../../src/engine/validate';

describe('templates read values without regular expressions', () => {
  it('take the marked part of a URL or a title', () => {
    expect(matchTemplate('/agent/tickets/{value:digits}', '/agent/tickets/101/events', 'url')).toBe('101');
    expect(matchTemplate('/agent/tickets/{value:digits}', '/agent/tickets/new', 'url')).toBeUndefined();
    expect(matchTemplate('[#{value:digits}] {*}', '[#311] Wrong size : Acme')).toBe('311');
    expect(matchTemplate('[#{*}] {value} : {*}', '[#311] Wrong size : Acme')).toBe('Wrong size');
    expect(matchTemplate('{*}#{*}/{value:alnum}', '/mail/u/1/#label/support/18c2', 'url')).toBe('18c2');
    expect(matchTemplate('/browse/{value:key}', '/browse/SUP-42', 'url')).toBe('SUP-42');
    expect(matchTemplate('/browse/{value:key}', '/browse/settings', 'url')).toBeUndefined();
  });
});

describe('selectors that could stall a page are refused before any DOM sees them', () => {
  it.each([
    ['a 10 kB string', `.a${'b'.repeat(10_000)}`, /characters long/],
    ['nested :has()', 'div:has(p:has(span))', /more than once/],
    ['a :has() bomb over every element', 'div:has(* *)', /inside ":has\("/],
    ['siblings inside :has()', 'li:has(~ li ~ li)', /inside ":has\("/],
    ['a style block', 'div { color: red }', /never has/],
    ['an unbalanced bracket', 'div[data-x="1"', /unbalanced/],
    ['three frames deep', 'a >>> b >>> c >>> d', /more than two/],
  ])('%s', (_what, selector, reason) => {
    expect(selectorProblem(selector)).toMatch(reason);
    const result = validateSiteDefinition({ id: 'x', name: 'x', match: { hosts: ['a.example'] }, message: [selector] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('message[0]');
  });

  it('accept what real helpdesks need', () => {
    for (const s of [
      '.ticket-details__privatenote:not(:has(.emails-info))',
      'ticket-details >>> .heading',
      '[data-ticket-id="{id}"]',
      'iframe[title="Email Body"] >>> iframe.cke_wysiwyg_frame >>> body.cke_editable',
    ])
      expect(selectorProblem(s), s).toBeUndefined();
  });

  it('require a match and messages of a definition that extends nothing', () => {
    const result = validateSiteDefinition({ id: 'x', name: 'x', conversation: ['.c'] });
    expect(result.ok).toBe(false);
  });
});
