/**
 * Marks added and changed resources on the canvas while a comparison is shown. The canvas draws
 * every node with `data-id` (replicas of multi-subnet resources as `id@subnet`), so one style
 * element outlines them without the canvas knowing about comparisons.
 */
import type { DesignDiff } from '../../shared/interop/index';

const STYLE_ID = 'skyplan-compare-marks';

function selectorFor(id: string): string {
  const quoted = JSON.stringify(id);
  const prefix = JSON.stringify(`${id}@`);
  return `.react-flow__node[data-id=${quoted}], .react-flow__node[data-id^=${prefix}]`;
}

export function markDiff(diff: DesignDiff | null): void {
  let style = document.getElementById(STYLE_ID);
  if (!diff) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  const added = diff.resources.added.map((r) => selectorFor(r.id));
  const changed = diff.resources.changed.map((r) => selectorFor(r.id));
  style.textContent = [
    added.length
      ? `${added.join(', ')} { outline: 3px solid var(--diff-added, #1a7f37); outline-offset: 3px; }`
      : '',
    changed.length
      ? `${changed.join(', ')} { outline: 3px dashed var(--diff-changed, #b35900); outline-offset: 3px; }`
      : '',
  ].join('\n');
}
