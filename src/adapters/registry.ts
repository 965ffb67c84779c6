import { demo } from './demo';
import type { Adapter } from './types';

/** Every helpdesk Composure knows, in the order they are tried. */
export const ADAPTERS: readonly Adapter[] = [demo];

export function adapterFor(url: URL): Adapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}
