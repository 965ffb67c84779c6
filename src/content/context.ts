import { contextAlive } from './messages';

/** Why a page view ended: the sidebar was taken down, or the extension was updated under the tab. */
export type EndReason = 'unmount' | 'invalidated';

/**
 * Counters of what a page view's script still does, on the isolated world's global (the page
 * cannot see them): tests and the bench read them over the DevTools protocol to prove an ended
 * view does nothing.
 */
export interface ViewStats {
  /** MutationObserver callbacks that reached the watcher. */
  observed: number;
  /** Sidebar renders. */
  paints: number;
}
const STATS = Symbol.for('composure.stats');
export function viewStats(): ViewStats {
  const world = globalThis as Record<symbol, ViewStats | undefined>;
  world[STATS] ??= { observed: 0, paints: 0 };
  return world[STATS];
}

/**
 * One page view's lifetime, as WXT's content-script context: every observer, listener, timer and
 * port takes `signal`; every mount registers its unmount with `onEnd`. It ends once — when the
 * sidebar is taken down, or the first time `alive()` finds the extension gone (an update under
 * an open ticket) — and then nothing of the view runs again.
 */
export class PageContext {
  readonly #controller = new AbortController();
  readonly #onEnd: ((reason: EndReason) => void)[] = [];
  #reason: EndReason | undefined;

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get ended(): EndReason | undefined {
    return this.#reason;
  }

  /** True while the view runs and the extension is still there; ends the view as invalidated otherwise. */
  alive(): boolean {
    if (this.#reason) return false;
    if (contextAlive()) return true;
    this.end('invalidated');
    return false;
  }

  /** Runs `fn` when the view ends (at once if it has). Later registrations run first, as unmounts nest. */
  onEnd(fn: (reason: EndReason) => void): void {
    if (this.#reason) fn(this.#reason);
    else this.#onEnd.unshift(fn);
  }

  end(reason: EndReason): void {
    if (this.#reason) return;
    this.#reason = reason;
    this.#controller.abort(reason);
    for (const fn of this.#onEnd.splice(0)) {
      try {
        fn(reason);
      } catch {
        // One part failing to let go must not keep the others.
      }
    }
  }
}
