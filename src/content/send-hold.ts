import type { GuardFinding } from '../engine/guard/types';
import { t } from '../lib/i18n';
import { publishedHoldCss } from '../lib/storage';
import { guardText } from '../ui/guard-text';
import type { View } from './view';

/**
 * Holds the helpdesk's own Send once, where the team turned it on and the adapter knows the
 * button: a click on Send while the reply has a send-guard finding is stopped before the
 * helpdesk sees it, and a confirmation lists the findings with "Don't send" focused. Enter and
 * Escape never send; only a click (or Space) on "Send anyway" does, by clicking Send again.
 * The findings are the draft check's, from wherever analysis runs (the guard is engine code and
 * stays out of this script): a draft changed within the last typing pause is judged as it was.
 */
export function holdSend(view: View): void {
  let passing = false;
  const onClick = (event: MouseEvent) => {
    if (passing || !view.config.holdSend || view.state.kind !== 'ready') return;
    const findings = view.state.coaching.draft.guard ?? [];
    const button = findings.length && event.target instanceof Element ? view.adapter.sendButton?.(event.target) : null;
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void confirmSend(findings, view.ctx.signal).then((send) => {
      if (!send || !button.isConnected) return;
      passing = true;
      try {
        (button as HTMLElement).click();
      } finally {
        passing = false;
      }
    });
  };
  document.addEventListener('click', onClick, { capture: true, signal: view.ctx.signal });
}

/** The confirmation, in its own closed shadow root: resolves true only for "Send anyway". */
function confirmSend(findings: GuardFinding[], signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const host = document.createElement('composure-send-hold');
    const root = host.attachShadow({ mode: 'closed' });
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
      const node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const style = el('style', publishedHoldCss());
    const back = el('div');
    back.className = 'back';
    const box = el('div');
    box.className = 'box';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    const title = el('h2', t('guardHoldTitle'));
    title.id = 'title';
    box.setAttribute('aria-labelledby', 'title');
    const list = el('ul');
    for (const f of findings) {
      const item = el('li', `${guardText(f)} `);
      item.dataset.finding = f.id;
      item.append(el('mark', f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text));
      list.append(item);
    }
    const keep = el('button', t('guardHoldCancel'));
    keep.className = 'keep';
    keep.dataset.holdCancel = '';
    const send = el('button', t('guardHoldSend'));
    send.dataset.holdSend = '';
    const row = el('div');
    row.className = 'row';
    row.append(send, keep);
    box.append(title, list, row);
    back.append(box);
    root.append(style, back);
    const before = document.activeElement as HTMLElement | null;
    const close = (answer: boolean) => {
      host.remove();
      before?.focus?.();
      resolve(answer);
    };
    for (const b of [keep, send]) b.type = 'button';
    keep.addEventListener('click', () => close(false));
    send.addEventListener('click', () => close(true));
    // Enter and Escape never send, whichever button has focus; the page never sees these keys.
    box.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' || e.key === 'Escape') {
        e.preventDefault();
        close(false);
      }
    });
    signal.addEventListener('abort', () => close(false), { once: true });
    document.documentElement.append(host);
    keep.focus();
  });
}
