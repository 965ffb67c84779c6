/**
 * A debounced task tied to the page view: never runs after abort, never on the keystroke's
 * own path (the timer fires after typing pauses).
 */
export function debounced(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) fn();
    }, ms);
  };
}

/**
 * Debounced, but never postponed past `maxWait` from the first call: a page that keeps changing
 * (a helpdesk rendering a long thread) is still read within `maxWait`, and a burst is read once.
 */
export function batched(fn: () => void, wait: number, maxWait: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const fire = () => {
    timer = undefined;
    first = 0;
    if (!signal.aborted) fn();
  };
  return () => {
    if (signal.aborted) return;
    const now = performance.now();
    if (!first) first = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(wait, first + maxWait - now)));
  };
}
