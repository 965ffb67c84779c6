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
