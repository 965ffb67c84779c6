import type { SiteDefinition } from '../engine/site-schema';
import { definitionSelectors } from '../engine/site-fields';
import type { PackError } from '../engine/validate';

/**
 * The selectors of a definition that the browser's own CSS parser refuses, by JSON path. The
 * schema already refused what could stall a page; this catches plain syntax errors, wherever
 * a DOM is at hand (settings page, content script, `packs:check` with happy-dom).
 */
export function invalidSelectors(def: SiteDefinition, doc: Document = document): PackError[] {
  const fragment = doc.createDocumentFragment();
  const errors: PackError[] = [];
  for (const { path, selector } of definitionSelectors(def)) {
    for (const part of selector.split('>>>')) {
      try {
        fragment.querySelector(part.trim().replaceAll('{id}', 'x'));
      } catch {
        errors.push({ path: `sites.${def.id}.${path}`, message: `selector ${JSON.stringify(selector)} is not valid CSS` });
        break;
      }
    }
  }
  return errors;
}
