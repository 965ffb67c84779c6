// Runs in the page's own world on helpdesks that use CKEditor 5 (Zendesk). It holds no data and
// no privilege: it inserts the text of one event into the editor the event was dispatched on,
// which the page could do itself. Nothing else crosses between worlds.
import { CKEDITOR_INSERT_EVENT as INSERT_EVENT } from '../adapters/ckeditor';

interface Position {
  nodeBefore: { data?: string } | null;
  nodeAfter: { data?: string } | null;
}
interface Editor {
  editing: { view: { focus(): void } };
  model: {
    document: { selection: { getFirstPosition(): Position | null } };
    change(fn: (writer: { createText(text: string): unknown }) => void): void;
    insertContent(content: unknown): void;
  };
}

document.addEventListener(
  INSERT_EVENT,
  (event) => {
    const target = event.target as (Element & { ckeditorInstance?: Editor }) | null;
    const editor = target?.ckeditorInstance;
    const raw = (event as CustomEvent<unknown>).detail;
    if (!editor || typeof raw !== 'string' || raw.length > 10_000) return;
    // Tells the content script this editor was handled here (it falls back otherwise).
    event.preventDefault();
    editor.editing.view.focus();
    const position = editor.model.document.selection.getFirstPosition();
    const before = position?.nodeBefore?.data ?? '';
    const after = position?.nodeAfter?.data ?? '';
    const text = `${before && !/\s$/.test(before) ? ' ' : ''}${raw}${after && !/^[\s.,!?;:]/.test(after) ? ' ' : ''}`;
    editor.model.change((writer) => editor.model.insertContent(writer.createText(text)));
  },
  true,
);
