/**
 * The native menu (File, Edit, View, Export, Help), labelled in the system language (en/ko,
 * from app.getLocale()). Items that act on the design send a MenuCommand to the focused
 * window's page, which runs the same command as its own toolbar and shortcuts; the shell never
 * edits the document itself. The template is built by a pure function so tests can read it.
 */
import { Menu, app } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MessageKey, Translate } from '../shared/i18n/index';
import type { MenuCommand, RecentFile } from '../shared/host/host';
import type { AppContext } from './context';

export interface MenuActions {
  send(command: MenuCommand): void;
  newWindow(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  about(): void;
}

export interface MenuOptions {
  t: Translate;
  platform: NodeJS.Platform;
  recent: RecentFile[];
  /** Developer tools only in unpackaged builds. */
  dev: boolean;
  actions: MenuActions;
}

function command(
  t: Translate,
  key: MessageKey,
  id: MenuCommand,
  actions: MenuActions,
  accelerator?: string,
  pageShortcut?: { mac: boolean },
): MenuItemConstructorOptions {
  return {
    id: `skyplan.${id}`,
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    // The page binds this shortcut itself (renderer/app/commands.ts, in both hosts). On Linux and
    // Windows the menu only shows it, so one key press never runs the command twice; macOS
    // routes key equivalents to the menu first, so there the menu keeps it.
    ...(pageShortcut && !pageShortcut.mac ? { registerAccelerator: false } : {}),
    click: () => actions.send(id),
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { t, actions } = options;
  const mac = options.platform === 'darwin';
  const page = { mac };
  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: t('desktop.menu.noRecent'), enabled: false }]
      : options.recent.map((file) => ({
          label: file.name,
          toolTip: file.id,
          click: () => actions.openRecent(file.id),
        }));

  const file: MenuItemConstructorOptions = {
    label: t('desktop.menu.file'),
    submenu: [
      command(t, 'desktop.menu.new', 'new', actions, 'CmdOrCtrl+N'),
      {
        label: t('desktop.menu.newWindow'),
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWindow(),
      },
      command(t, 'desktop.menu.open', 'open', actions, 'CmdOrCtrl+O', page),
      {
        label: t('desktop.menu.openRecent'),
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            label: t('desktop.menu.clearRecent'),
            enabled: options.recent.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      command(t, 'desktop.menu.save', 'save', actions, 'CmdOrCtrl+S', page),
      command(t, 'desktop.menu.saveAs', 'save-as', actions, 'CmdOrCtrl+Shift+S', page),
      { type: 'separator' },
      { label: t('desktop.menu.close'), role: 'close' },
      ...(mac
        ? []
        : [{ type: 'separator' as const }, { label: t('desktop.menu.quit'), role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('desktop.menu.edit'),
    submenu: [
      command(t, 'desktop.menu.undo', 'undo', actions, 'CmdOrCtrl+Z', page),
      command(t, 'desktop.menu.redo', 'redo', actions, mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', page),
      { type: 'separator' },
      // Clipboard roles act on text fields natively (the inspector's inputs).
      { label: t('desktop.menu.cut'), role: 'cut' },
      { label: t('desktop.menu.copy'), role: 'copy' },
      { label: t('desktop.menu.paste'), role: 'paste' },
      { label: t('desktop.menu.selectAll'), role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      { label: t('desktop.menu.resetZoom'), role: 'resetZoom' },
      { label: t('desktop.menu.zoomIn'), role: 'zoomIn' },
      { label: t('desktop.menu.zoomOut'), role: 'zoomOut' },
      { type: 'separator' },
      { label: t('desktop.menu.fullscreen'), role: 'togglefullscreen' },
      ...(options.dev ? [{ label: t('desktop.menu.devTools'), role: 'toggleDevTools' as const }] : []),
    ],
  };

  const exportMenu: MenuItemConstructorOptions = {
    label: t('desktop.menu.export'),
    submenu: [
      command(t, 'desktop.menu.exportPng', 'export-png', actions, 'CmdOrCtrl+Shift+E'),
      command(t, 'desktop.menu.exportSvg', 'export-svg', actions),
      { type: 'separator' },
      command(t, 'desktop.menu.exportPdf', 'export-pdf', actions, 'CmdOrCtrl+P'),
      command(t, 'desktop.menu.exportReviewMd', 'export-review-md', actions),
      { type: 'separator' },
      command(t, 'desktop.menu.exportCostCsv', 'export-cost-csv', actions),
      command(t, 'desktop.menu.exportCostMd', 'export-cost-md', actions),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('desktop.menu.help'),
    role: 'help',
    submenu: [{ label: t('desktop.menu.about'), click: () => actions.about() }],
  };

  const appMenu: MenuItemConstructorOptions = { role: 'appMenu' };
  return [...(mac ? [appMenu] : []), file, edit, view, exportMenu, help];
}

/** Installs the application menu and keeps its Open Recent list current. */
export function setupMenu(ctx: AppContext, actions: MenuActions): void {
  const rebuild = async () => {
    const template = buildMenuTemplate({
      t: ctx.t,
      platform: process.platform,
      recent: await ctx.recent.list(),
      dev: !app.isPackaged,
      actions,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  ctx.onRecentChanged = () => void rebuild();
  void rebuild();
}
