/**
 * Tabbed panel areas: the bottom dock and the right column, filled from the panel registry.
 * Each area is resized by dragging its inner edge (or with the arrow keys on that edge) and
 * collapses to free its space for the canvas: the dock keeps its tab strip, the column a narrow
 * strip with the "Show panel" button. Sizes and collapsed state live in App (layout.ts).
 */
import { useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/index';
import { useT } from '../i18n';
import { clamp } from './layout';

export interface DockTab {
  id: string;
  titleKey: MessageKey;
  render: () => ReactNode;
}

/** Which edge of the area faces the canvas: the one that resizes it. */
export type DockEdge = 'left' | 'top';

export interface TabAreaProps {
  tabs: DockTab[];
  className: string;
  testId: string;
  edge: DockEdge;
  size: number;
  limits: { min: number; max: number };
  onResize(size: number): void;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
}

const KEY_STEP = 16;

function ResizeHandle({
  edge,
  size,
  limits,
  onResize,
}: Pick<TabAreaProps, 'edge' | 'size' | 'limits' | 'onResize'>) {
  const t = useT();
  const start = useRef<{ pointer: number; size: number } | null>(null);
  const position = (event: PointerEvent) => (edge === 'left' ? event.clientX : event.clientY);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { pointer: position(event), size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    // The edge faces the canvas: moving it towards the canvas (left, up) makes the area bigger.
    onResize(clamp(start.current.size + start.current.pointer - position(event), limits));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    start.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = edge === 'left' ? 'ArrowLeft' : 'ArrowUp';
    const shrink = edge === 'left' ? 'ArrowRight' : 'ArrowDown';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    onResize(clamp(size + (event.key === grow ? KEY_STEP : -KEY_STEP), limits));
  };
  const label = t(edge === 'left' ? 'polish.panel.resizeRight' : 'polish.panel.resizeDock');
  return (
    <div
      className={`resize-handle resize-handle-${edge}`}
      data-testid="resize-handle"
      role="separator"
      aria-orientation={edge === 'left' ? 'vertical' : 'horizontal'}
      aria-label={label}
      title={label}
      aria-valuenow={size}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

export function TabArea(props: TabAreaProps) {
  const { tabs, className, testId, edge, collapsed, onCollapsedChange } = props;
  const t = useT();
  const [active, setActive] = useState<string | null>(tabs[0]?.id ?? null);
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  const toggleLabel = collapsed ? t('ui.dock.expand') : t('ui.dock.collapse');
  // A hidden side column shrinks to a strip: its tabs would not fit, only the way back does.
  const tabButtons =
    collapsed && edge === 'left'
      ? null
      : tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === current?.id}
            data-panel={tab.id}
            onClick={() => {
              setActive(tab.id);
              onCollapsedChange(false);
            }}
          >
            {t(tab.titleKey)}
          </button>
        ));
  const arrow = edge === 'left' ? (collapsed ? '◂' : '▸') : collapsed ? '▴' : '▾';
  return (
    <section className={`${className}${collapsed ? ' collapsed' : ''}`} data-testid={testId}>
      {!collapsed && <ResizeHandle {...props} />}
      <div className="tabs" role="tablist">
        {tabButtons}
        <span className="tabs-spacer" />
        <button
          type="button"
          className="icon-button"
          data-testid={`${testId}-toggle`}
          aria-expanded={!collapsed}
          aria-label={toggleLabel}
          title={toggleLabel}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          {arrow}
        </button>
      </div>
      {!collapsed && current && (
        <div className="tab-body" role="tabpanel">
          {current.render()}
        </div>
      )}
    </section>
  );
}
