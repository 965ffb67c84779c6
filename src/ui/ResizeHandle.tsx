import { t } from '../lib/i18n';
import { MAX_WIDTH, MIN_WIDTH } from './types';

const STEP = 20;
const clamp = (w: number) => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(w)));

/** The panel's left edge: drag it, or focus it and use the arrow keys. */
export function ResizeHandle({ width, onResize }: { width: number; onResize(width: number): void }) {
  const onPointerDown = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => onResize(clamp(window.innerWidth - m.clientX));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowLeft') onResize(clamp(width + STEP));
    else if (e.key === 'ArrowRight') onResize(clamp(width - STEP));
    else return;
    e.preventDefault();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable splitter is the ARIA pattern for this; <hr> cannot take focus
    <div
      class="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resize')}
      tabIndex={0}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
