import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, type Worker, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/browsers';
import { DEMO_MOUNT, serve } from '../../scripts/lib/serve';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  origin: string;
  demoUrl: string;
  close(): Promise<void>;
}

/** Chromium with dist/ loaded, a fresh profile, and the demo helpdesk on 127.0.0.1. */
export async function launch(
  options: { mounts?: Record<string, string>; colorScheme?: 'light' | 'dark'; args?: string[] } = {},
): Promise<Session> {
  const site = await serve({ ...DEMO_MOUNT, ...options.mounts });
  const profile = mkdtempSync(join(tmpdir(), 'composure-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs(resolve('dist')), ...(options.args ?? [])],
    viewport: { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    origin: site.origin,
    demoUrl: `${site.origin}/composure-demo/`,
    async close() {
      await context.close();
      await site.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The sidebar, found the way assistive technology finds it: the accessibility tree's
 * complementary landmark named "Composure". Its shadow root is closed to page scripts; the
 * DevTools protocol reaches it, so tests see exactly what an agent sees.
 */
export class Sidebar {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly objectId: string,
  ) {}

  static async find(page: Page, timeout = 10_000): Promise<Sidebar> {
    const cdp = await page.context().newCDPSession(page);
    const deadline = Date.now() + timeout;
    for (;;) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      let backendNodeId: number | undefined;
      // The page's document, then those of its same-origin frames (ServiceNow's form frame).
      for (const doc of documents(root as DomNode)) {
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: doc, accessibleName: 'Composure', role: 'complementary' });
        backendNodeId = nodes[0]?.backendDOMNodeId;
        if (backendNodeId) break;
      }
      if (backendNodeId) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
        if (object.objectId) return new Sidebar(cdp, object.objectId);
      }
      if (Date.now() > deadline) throw new Error('The Composure sidebar (complementary landmark "Composure") did not appear.');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Runs `fn` with the sidebar's <aside> as `this`. */
  async eval<T>(fn: string, ...args: unknown[]): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: this.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In sidebar: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /**
   * What the sidebar says, with everything shown: the lists behind "+N more" (signals,
   * suggestions, draft notes) are opened first, as an agent would, so a test about a signal never
   * passes because it sits out of sight. `visibleText` is what shows without opening anything.
   */
  text(): Promise<string> {
    return this.eval(`async function () {
      const closed = this.querySelectorAll('[data-more-signals][aria-expanded="false"], [data-more-suggestions][aria-expanded="false"], [data-more-warnings][aria-expanded="false"]');
      for (const more of closed) more.click();
      if (closed.length) await new Promise((r) => setTimeout(r, 20));
      return this.innerText;
    }`);
  }

  /** What is on screen without opening anything: the top signals, the first suggestions. */
  visibleText(): Promise<string> {
    return this.eval('function () { return this.innerText; }');
  }

  /** Waits until the sidebar's text contains `needle` (or matches it), looking every `interval` ms. */
  async waitForText(needle: string | RegExp, timeout = 10_000, interval = 100): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.text();
      if (typeof needle === 'string' ? last.includes(needle) : needle.test(last)) return last;
      await new Promise((r) => setTimeout(r, interval));
    }
    throw new Error(`Sidebar never showed ${String(needle)}. It showed:\n${last}`);
  }

  /** "Not helpful" on a suggestion (the first, unless named), its *?* opened first as an agent would; returns its id. */
  dismissSuggestion(id?: string): Promise<string> {
    // The *?* builds its body when opened (ui/Why.tsx): the button is there a render later.
    return this.eval(
      `async function (id) {
      const item = this.querySelector(id ? '[data-suggestion="' + id + '"]' : '[data-suggestion]');
      item.querySelector('.why > button').click();
      const button = () => [...item.querySelectorAll('button')].find((b) => b.textContent === 'Not helpful');
      for (let i = 0; !button() && i < 100; i++) await new Promise((r) => requestAnimationFrame(r));
      button().click();
      return item.getAttribute('data-suggestion');
    }`,
      id,
    );
  }

  /** Clicks the button whose accessible name (aria-label or text) starts with `name`. */
  click(name: string): Promise<void> {
    return this.eval(
      `function (name) {
      const button = [...this.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || b.textContent || '').trim().startsWith(name));
      if (!button) throw new Error('no button named ' + name);
      button.click();
    }`,
      name,
    );
  }
}

type DomNode = { nodeId: number; nodeName: string; children?: DomNode[]; contentDocument?: DomNode; shadowRoots?: DomNode[] };

function documents(node: DomNode, out: number[] = []): number[] {
  if (node.nodeName === '#document') out.push(node.nodeId);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])])
    documents(child, out);
  return out;
}

/**
 * The content script's own JavaScript world in a page (Chromium names it after the extension),
 * reached over the DevTools protocol: to count what it holds, and to move its clock (shiftClock).
 */
export async function contentScriptWorld(page: Page, frameName?: string) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  type Tree = { frame: { id: string; name?: string }; childFrames?: Tree[] };
  const find = (tree: Tree): string | undefined =>
    !frameName || tree.frame.name === frameName ? tree.frame.id : (tree.childFrames ?? []).map(find).find(Boolean);
  const main = find((await cdp.send('Page.getFrameTree')).frameTree as Tree);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Composure' && c.auxData.frameId === main);
  if (!world) throw new Error(`No Composure content-script world in this page (contexts: ${contexts.map((c) => c.name).join(', ')})`);
  return {
    /** Runs `expression` in the content script's world. */
    async evaluate(expression: string): Promise<void> {
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
      if (exceptionDetails) throw new Error(`In the content script's world: ${exceptionDetails.text}`);
    },
    /** Live MutationObserver objects created by the content script. */
    async observers(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId: world.id });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId as string });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId as string,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      return result.value as number;
    },
    /** What the content script's page view still does (content/context.ts viewStats): observer callbacks and renders. */
    async stats(): Promise<{ observed: number; paints: number }> {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: "({ ...(globalThis[Symbol.for('composure.stats')] ?? { observed: 0, paints: 0 }) })",
        contextId: world.id,
        returnByValue: true,
      });
      return result.value as { observed: number; paints: number };
    },
    /** The page's JavaScript heap after a full garbage collection, in bytes. */
    async heap(): Promise<number> {
      // What is retained is the least of a few readings: a single full GC sometimes leaves a
      // frame's freed documents in the heap (seen: 67 MB one reading, 11 MB the next).
      let least = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        least = Math.min(least, (await cdp.send('Runtime.getHeapUsage')).usedSize);
        await new Promise((r) => setTimeout(r, 200));
      }
      return least;
    },
  };
}

/**
 * Runs `action`, then waits until the content script has painted its sidebar again: the event a
 * draft round trip (typing, an insertion: the 300 ms typing pause, the analysis, the answer) or a
 * re-read ends with. A test waits for that instead of sleeping a guess of how long it takes.
 */
export async function afterRepaint<T>(page: Page, action: () => Promise<T>, timeout = 10_000): Promise<T> {
  const world = await contentScriptWorld(page);
  const before = (await world.stats()).paints;
  const result = await action();
  const deadline = Date.now() + timeout;
  while ((await world.stats()).paints <= before) {
    if (Date.now() > deadline) throw new Error(`The sidebar was not painted again within ${timeout / 1000} s.`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return result;
}

/** The extension's service worker (waited for when it is not started yet). */
export async function serviceWorkerOf(session: Session): Promise<Worker> {
  return session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
}

/** Composure's UI language, as the settings page publishes it (the strings, in storage.local); "en" follows the browser again. */
export async function setUiLanguage(session: Session, lang: string): Promise<void> {
  const worker = await serviceWorkerOf(session);
  if (lang === 'en') return void (await worker.evaluate(() => chrome.storage.local.remove('uiMessages')));
  const locale = JSON.parse(readFileSync(`dist/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const messages = Object.fromEntries(Object.entries(locale).map(([k, v]) => [k, v.message]));
  // Stored as the settings store it (src/options/ui-language.ts): by Composure's code for the language, 'zh' for zh_CN.
  const code = lang === 'zh_CN' ? 'zh' : lang;
  await worker.evaluate((value) => chrome.storage.local.set({ uiMessages: value }), { lang: code, messages });
}

/** The extension's id for the first tab showing `url` (what the side panel and the popup take as ?tab=). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const worker = await serviceWorkerOf(session);
  return worker.evaluate(async (u) => (await chrome.tabs.query({ url: `${u}*` }))[0]?.id ?? -1, url);
}

/**
 * Moves the clock for the browser, not for the test: `Date` is replaced in the service worker,
 * in the page (a helpdesk stamps the replies it sends with it), and in the content script's own
 * world, reached through the DevTools protocol. Pages opened later take SHIFT_CLOCK as an init
 * script. A shift of 0 puts the worker's clock back.
 */
export const SHIFT_CLOCK = `(ms) => {
  const Real = globalThis.__realDate ?? Date;
  globalThis.__realDate = Real;
  globalThis.Date = class extends Real {
    constructor(...a) { if (a.length) super(...a); else super(Real.now() + ms); }
    static now() { return Real.now() + ms; }
  };
}`;

export async function shiftClock(session: Session, page: Page, ms: number): Promise<void> {
  const worker = await serviceWorkerOf(session);
  await worker.evaluate(`(${SHIFT_CLOCK})(${ms})`);
  await page.evaluate(`(${SHIFT_CLOCK})(${ms})`);
  await (await contentScriptWorld(page)).evaluate(`(${SHIFT_CLOCK})(${ms})`);
}
