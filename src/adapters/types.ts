import type { ComposerKind, SiteDefinition } from '../engine/site-schema';
import type { ReadContext, Reading, SiteHooks } from './read';

/** The reply box of a helpdesk, reached through the editor's own input path. */
export interface Composer {
  element: HTMLElement;
  kind: ComposerKind;
  readDraft(): string;
  /** Inserts at the cursor, exactly once, undoable. Resolves false if the editor refused. */
  insert(text: string): Promise<boolean>;
}

import type { DefinitionOrigin } from '../engine/site-report';

export type { DefinitionOrigin };

/** A selector's source, for built-in definitions: public evidence, or a marked fallback. */
export interface Citation {
  kind: 'evidence' | 'fallback';
  note: string;
}

/** A site definition with what it inherited resolved, and where each field came from. */
export interface ResolvedSite {
  definition: SiteDefinition;
  origins: Partial<Record<keyof SiteDefinition, DefinitionOrigin>>;
  citations: ReadonlyMap<string, Citation>;
  hooks: SiteHooks;
}

/**
 * One helpdesk (or generic mode). An adapter knows URLs, selectors, how to read a ticket and
 * how to reach the composer — nothing about rules or UI.
 */
export interface Adapter {
  id: string;
  name: string;
  /** The definition it reads with; undefined in generic mode. */
  site?: ResolvedSite;
  matches(url: URL): boolean;
  /** The ticket the URL names, where the URL names one. */
  ticketIdFromUrl(url: URL): string | undefined;
  read(doc: Document, url: URL, context?: ReadContext): Reading;
  composer(doc: Document, url: URL): Composer | null;
  /** The helpdesk's Send button `target` is in, where the adapter knows it (the send guard). */
  sendButton?(target: Element): Element | null;
  /** Attributes whose change means another ticket is shown (watched while waiting). */
  watchAttributes: readonly string[];
}
