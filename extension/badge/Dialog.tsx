import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { closeBreakdown } from './model.ts';

/**
 * The badge's non-modal dialog: a heading that takes focus when `focusKey` changes, a Close button,
 * and Escape to close (focus then returns to the badge). Shared by the breakdown and the course list.
 */
export function Dialog({ title, focusKey, children }: { title: string; focusKey: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby="cpd-panel-title"
      id="cpd-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeBreakdown();
        }
      }}
    >
      <div class="panel-head">
        <h2 id="cpd-panel-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <button type="button" class="close" onClick={closeBreakdown} aria-label="Close CPD Lens breakdown">
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
