/**
 * The editor window: top bar, palette (left), canvas (centre), inspector and right panels,
 * bottom dock. Providers: the editor store, the host, the locale, React Flow (so panels can
 * call useCanvasActions outside the canvas).
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { Host } from '../host/host';
import { Canvas } from '../canvas/Canvas';
import { LocaleProvider } from '../i18n';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { EditorProvider, useEditor } from '../store/index';
import type { EditorStore } from '../store/index';
import { ConfirmDialog } from './ConfirmDialog';
import { TabArea } from './Dock';
import type { DockTab } from './Dock';
import { HostProvider } from './host';
import { COLLAPSED_RIGHT_WIDTH, DOCK_LIMITS, RIGHT_LIMITS, usePanelLayout } from './layout';
import { PANELS } from './panels';
import { Toasts } from './Toasts';
import { TopBar } from './TopBar';
import { useCommandShortcuts } from './useCommands';
import { useMenuCommands } from '../export/menuCommands';
import { FilesLayer } from '../files/FilesLayer';

export interface AppProps {
  store: EditorStore;
  host: Host | null;
}

export function App({ store, host }: AppProps) {
  return (
    <EditorProvider store={store}>
      <HostProvider host={host}>
        <ReactFlowProvider>
          <LocalizedShell />
        </ReactFlowProvider>
      </HostProvider>
    </EditorProvider>
  );
}

function LocalizedShell() {
  const locale = useEditor((s) => s.locale);
  const theme = useEditor((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
  }, [locale, theme]);
  return (
    <LocaleProvider locale={locale}>
      <Shell />
    </LocaleProvider>
  );
}

function Shell() {
  useCommandShortcuts();
  // Native menu items (Electron) arrive as host menu commands; the browser host sends none.
  useMenuCommands();
  const right = useMemo<DockTab[]>(
    () => [
      { id: 'inspector', titleKey: 'ui.inspector.title', render: () => <Inspector /> },
      ...PANELS.filter((p) => p.area === 'right').map((p) => ({
        id: p.id,
        titleKey: p.titleKey,
        render: () => <p.component />,
      })),
    ],
    [],
  );
  const bottom = useMemo<DockTab[]>(
    () =>
      PANELS.filter((p) => p.area === 'bottom').map((p) => ({
        id: p.id,
        titleKey: p.titleKey,
        render: () => <p.component />,
      })),
    [],
  );
  const [layout, setLayout] = usePanelLayout();
  // The grid reads the sizes from custom properties (styles/app.css); a collapsed column keeps
  // only its strip, so the canvas gets the space.
  const sizes = {
    '--right-width': `${layout.rightCollapsed ? COLLAPSED_RIGHT_WIDTH : layout.rightWidth}px`,
    '--dock-height': `${layout.dockHeight}px`,
  } as CSSProperties;
  return (
    <div className="app" style={sizes}>
      <TopBar />
      <aside className="left">
        <Palette />
      </aside>
      <main className="center">
        <Canvas />
      </main>
      <TabArea
        tabs={right}
        className="right"
        testId="right-area"
        edge="left"
        size={layout.rightWidth}
        limits={RIGHT_LIMITS}
        onResize={(rightWidth) => setLayout({ rightWidth })}
        collapsed={layout.rightCollapsed}
        onCollapsedChange={(rightCollapsed) => setLayout({ rightCollapsed })}
      />
      <TabArea
        tabs={bottom}
        className="dock"
        testId="dock"
        edge="top"
        size={layout.dockHeight}
        limits={DOCK_LIMITS}
        onResize={(dockHeight) => setLayout({ dockHeight })}
        collapsed={layout.dockCollapsed}
        onCollapsedChange={(dockCollapsed) => setLayout({ dockCollapsed })}
      />
      <FilesLayer />
      <Toasts />
      <ConfirmDialog />
    </div>
  );
}
