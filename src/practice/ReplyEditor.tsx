import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface ReplyEditorHandle {
  /** Inserts at the cursor (at the end when the editor has not been used yet), as one undo step. */
  insert(text: string): void;
  text(): string;
  clear(): void;
  focus(): void;
}

/**
 * The reply box: a rich-text contenteditable like Gmail's and many helpdesks' own (bold, italic,
 * lists), written to through the browser's editing commands, so insertion and undo behave as in
 * the helpdesk. (An editor library was tried: Quill writes markup strings into the page and ships
 * a string-evaluating fallback, neither of which an extension page should carry.)
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
  const box = useRef<HTMLDivElement>(null);
  // Where the cursor was in the box: a click on a suggestion moves focus to the sidebar.
  const cursor = useRef<Range | undefined>(undefined);
  useEffect(() => {
    const remember = () => {
      const selection = getSelection();
      if (selection?.rangeCount && box.current?.contains(selection.anchorNode)) cursor.current = selection.getRangeAt(0).cloneRange();
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);
  const read = () => box.current?.innerText.trim() ?? '';
  useImperativeHandle(editorRef, () => ({
    insert(text: string) {
      const el = box.current;
      if (!el) return;
      el.focus();
      const selection = getSelection();
      const range = cursor.current ?? document.createRange();
      if (!cursor.current) {
        range.selectNodeContents(el);
        range.collapse(false);
      }
      selection?.removeAllRanges();
      selection?.addRange(range);
      const before = range.startContainer.textContent?.slice(0, range.startOffset) ?? '';
      document.execCommand('insertText', false, before && !/\s$/.test(before) ? ` ${text}` : text);
      onChange(read());
    },
    text: read,
    clear() {
      if (box.current) box.current.textContent = '';
      cursor.current = undefined;
      onChange('');
    },
    focus: () => box.current?.focus(),
  }));
  const format = (command: 'bold' | 'italic' | 'insertUnorderedList') => {
    box.current?.focus();
    document.execCommand(command);
  };
  return (
    <div class="reply-box">
      <div class="format-bar" role="toolbar" aria-label={t('practiceFormat')}>
        {(
          [
            ['bold', 'B', t('practiceBold')],
            ['italic', 'I', t('practiceItalic')],
            ['insertUnorderedList', '•', t('practiceList')],
          ] as const
        ).map(([command, glyph, name]) => (
          <button
            key={command}
            type="button"
            aria-label={name}
            title={name}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format(command)}
          >
            {glyph}
          </button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: rich text (bold, lists) needs contenteditable; a textarea holds plain text only */}
      <div
        ref={box}
        class="reply-editor"
        contentEditable
        tabIndex={0}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        data-practice-reply
        onInput={() => onChange(read())}
      />
    </div>
  );
}
