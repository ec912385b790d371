/**
 * The one stand-in for the `electron` module in unit tests (the real one throws under Node when
 * the binary is not installed). Use: `vi.mock('electron', () => import('./electron-mock'))`.
 * Fakes record what main asked for (window options, handlers, dialogs) so tests can assert on
 * it, and expose `emit` helpers to fire events the way Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  url = '';
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  title = '';
  destroyed = false;
  maximized = false;
  documentEdited = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((win) => !win.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((win) => win.webContents === contents && !win.destroyed) ?? null;
  }
  static reset(): void {
    BrowserWindow.instances.length = 0;
    BrowserWindow.focused = null;
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  /** Fires 'close' like Electron: listeners may preventDefault; otherwise the window goes. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

const handlers = new Map<string, Listener>();
export const ipcMain = {
  handle: vi.fn((channel: string, listener: Listener) => {
    handlers.set(channel, listener);
  }),
  handlers,
};

export const dialog = {
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBoxSync: vi.fn(() => 2),
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const shell = { openExternal: vi.fn(async () => undefined) };

const appEvents = new EventEmitter();
export const app = Object.assign(appEvents, {
  isPackaged: false,
  getLocale: vi.fn(() => 'en-US'),
  getVersion: vi.fn(() => '0.1.0'),
  getPath: vi.fn(() => '/tmp/skyplan-test-user-data'),
  addRecentDocument: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
});

export function createFakeSession() {
  const fake = {
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
    setPermissionRequestHandler(handler: Listener) {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      fake.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest: (handler: Listener) => {
        fake.beforeRequest = handler;
      },
      onHeadersReceived: (handler: Listener) => {
        fake.headersReceived = handler;
      },
    },
  };
  return fake;
}
const fakeSession = createFakeSession();
export const session = { defaultSession: fakeSession };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    exposed.set(key, api);
  }),
  exposed,
};

const rendererListeners = new Map<string, Set<Listener>>();
export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown),
  on: vi.fn((channel: string, listener: Listener) => {
    if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
    rendererListeners.get(channel)!.add(listener);
  }),
  removeListener: vi.fn((channel: string, listener: Listener) => {
    rendererListeners.get(channel)?.delete(listener);
  }),
  /** Test helper: deliver a main→renderer message. */
  emitFromMain(channel: string, payload: unknown) {
    for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, payload);
  },
};

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
};
