import Quill from 'quill';
import { useEffect, useImperativeHandle, useRef } from 'preact/hooks';
import type { Ref } from 'preact';

export interface ReplyEditorHandle {
  /** Inserts at the cursor (at the end when the editor has not been clicked), as one undo step. */
  insert(text: string): void;
  text(): string;
  clear(): void;
  focus(): void;
}

/**
 * The reply box: Quill, a real rich-text editor (as Gorgias and many helpdesks use), so
 * practising inserting, undoing and editing feels like the helpdesk.
 */
export function ReplyEditor({
  editorRef,
  label,
  onChange,
}: {
  editorRef: Ref<ReplyEditorHandle>;
  label: string;
  onChange(text: string): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const quill = useRef<Quill | undefined>(undefined);
  useEffect(() => {
    if (!host.current || quill.current) return;
    const q = new Quill(host.current, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] } });
    q.root.setAttribute('role', 'textbox');
    q.root.setAttribute('aria-multiline', 'true');
    q.root.setAttribute('aria-label', label);
    q.root.setAttribute('data-practice-reply', '');
    q.on('text-change', () => onChange(q.getText().trim()));
    quill.current = q;
  }, [label, onChange]);
  useImperativeHandle(editorRef, () => ({
    insert(text: string) {
      const q = quill.current;
      if (!q) return;
      const at = q.getSelection()?.index ?? Math.max(0, q.getLength() - 1);
      const before = at > 0 ? q.getText(at - 1, 1) : '';
      const piece = before && !/\s/.test(before) ? ` ${text}` : text;
      q.insertText(at, piece, 'user');
      q.setSelection(at + piece.length, 0, 'user');
    },
    text: () => quill.current?.getText().trim() ?? '',
    clear() {
      quill.current?.setText('', 'user');
      quill.current?.history.clear();
    },
    focus: () => quill.current?.focus(),
  }));
  return <div ref={host} class="reply-editor" />;
}
