/** @vitest-environment node */
// The native menu: labels follow the system language, items send MenuCommands to the page.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuActions } from '../../electron/menu';
import { buildMenuTemplate } from '../../electron/menu';
import { translator } from '../../shared/i18n/index';

vi.mock('electron', () => import('./electron-mock'));

function actions() {
  return {
    send: vi.fn<MenuActions['send']>(),
    newWindow: vi.fn<MenuActions['newWindow']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    about: vi.fn<MenuActions['about']>(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[]) ?? [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Export and Help, in English or Korean', () => {
    const en = buildMenuTemplate({
      t: translator('en'),
      platform: 'linux',
      recent: [],
      dev: false,
      actions: actions(),
    });
    expect(en.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', 'E&xport', '&Help']);
    const ko = buildMenuTemplate({
      t: translator('ko'),
      platform: 'win32',
      recent: [],
      dev: false,
      actions: actions(),
    });
    expect(ko.map((menu) => menu.label)).toEqual([
      '파일(&F)',
      '편집(&E)',
      '보기(&V)',
      '내보내기(&X)',
      '도움말(&H)',
    ]);
  });

  it('sends every design command to the page', () => {
    const a = actions();
    const all = items(
      buildMenuTemplate({ t: translator('en'), platform: 'linux', recent: [], dev: false, actions: a }),
    );
    const commands = all.filter((item) => item.id?.startsWith('skyplan.'));
    for (const item of commands) click(item);
    expect(a.send.mock.calls.map(([command]) => command).sort()).toEqual(
      [
        'export-cost-csv',
        'export-cost-md',
        'export-pdf',
        'export-png',
        'export-review-md',
        'export-svg',
        'new',
        'open',
        'redo',
        'save',
        'save-as',
        'undo',
      ].sort(),
    );
  });

  it('lists recent files and opens them through main', () => {
    const a = actions();
    const recent = [
      { id: '/home/a/shop.skyplan.json', name: 'shop.skyplan.json', openedAt: '2026-11-22T00:00:00Z' },
    ];
    const all = items(
      buildMenuTemplate({ t: translator('en'), platform: 'linux', recent, dev: false, actions: a }),
    );
    click(all.find((item) => item.label === 'shop.skyplan.json'));
    expect(a.openRecent).toHaveBeenCalledWith('/home/a/shop.skyplan.json');
  });

  it('adds the macOS app menu, and developer tools only in development', () => {
    const mac = buildMenuTemplate({
      t: translator('en'),
      platform: 'darwin',
      recent: [],
      dev: false,
      actions: actions(),
    });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(items(mac).some((item) => item.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate({
      t: translator('en'),
      platform: 'linux',
      recent: [],
      dev: true,
      actions: actions(),
    });
    expect(items(dev).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('leaves shortcuts the page binds itself to the page on Linux and Windows (no double run)', () => {
    const find = (platform: NodeJS.Platform, id: string) =>
      items(
        buildMenuTemplate({ t: translator('en'), platform, recent: [], dev: false, actions: actions() }),
      ).find((item) => item.id === id);
    expect(find('linux', 'skyplan.save')).toMatchObject({
      accelerator: 'CmdOrCtrl+S',
      registerAccelerator: false,
    });
    expect(find('win32', 'skyplan.undo')).toMatchObject({ registerAccelerator: false });
    expect(find('darwin', 'skyplan.save')?.registerAccelerator).toBeUndefined();
    // The page has no shortcut for these, so the menu's accelerator is the one that works.
    expect(find('linux', 'skyplan.new')?.registerAccelerator).toBeUndefined();
    expect(find('linux', 'skyplan.export-pdf')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
  });
});
