import { demo } from './demo';
import type { Adapter } from './types';
import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { servicenow } from './servicenow';
import { intercom } from './intercom';
import { jsm } from './jsm';
import { zendesk } from './zendesk';
import { zoho } from './zoho';

/** Every helpdesk Composure knows, in the order they are tried. */
export const ADAPTERS: readonly Adapter[] = [zendesk, freshdesk, intercom, helpscout, gmail, jsm, hubspot, zoho, servicenow, demo];

export function adapterFor(url: URL): Adapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}

/** An adapter by id, for a custom domain the agent turned on ("generic" included). */
export function adapterById(id: string): Adapter | undefined {
  return id === generic.id ? generic : ADAPTERS.find((a) => a.id === id);
}
