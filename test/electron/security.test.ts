/** @vitest-environment node */
// The security baseline: window settings, navigation and window.open denied, permissions
// denied, no network, CSP on every response, only our own files served.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportPages, resolveAppPath, serveAppRequest } from '../../electron/app-protocol';
import {
  CONTENT_SECURITY_POLICY,
  isSafeExternalUrl,
  lockDownWebContents,
  setupSecurity,
} from '../../electron/security';
import { createDesignWindow } from '../../electron/windows';
import { printHtmlToPdf } from '../../electron/export';
import { BrowserWindow, FakeWebContents, app, createFakeSession, shell } from './electron-mock';
import type { Harness } from './harness';
import { createHarness } from './harness';

vi.mock('electron', () => import('./electron-mock'));

type Session = Parameters<typeof setupSecurity>[0]['session'];
type Contents = Parameters<typeof lockDownWebContents>[0];

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  vi.clearAllMocks();
});
afterEach(async () => {
  await h.dispose();
});

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('design windows', () => {
  it('are created isolated, sandboxed, without Node and without webviews', async () => {
    const win = (await createDesignWindow(h.ctx)) as unknown as BrowserWindow;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      javascript: true,
      preload: h.ctx.paths.preload,
    });
    expect(win.webContents.url).toBe('app://skyplan/index.html');
  });

  it('print reports in a hidden window with no script and no preload', async () => {
    const pdf = await printHtmlToPdf(h.ctx, '<h1>Review</h1>');
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF/);
    const printer = BrowserWindow.instances.at(-1)!;
    expect(printer.options).toMatchObject({ show: false });
    expect(printer.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: undefined,
    });
    expect(printer.webContents.url).toMatch(/^app:\/\/skyplan\/__report\/r\w+\.html$/);
    expect(printer.destroyed).toBe(true);
    // The page is served once: gone after printing.
    expect(h.ctx.reports.get(printer.webContents.url)).toBeUndefined();
  });
});

describe('lockDownWebContents', () => {
  it('denies navigation, redirects and webviews', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as Contents, shell);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = preventable();
      contents.emit(event, e, 'https://evil.example/');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
  });

  it('denies window.open; web links go to the browser, anything else nowhere', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as Contents, shell);
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://docs.aws.amazon.com/vpc/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.aws.amazon.com/vpc/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://skyplan/x']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('is applied to every web contents the app creates', () => {
    const session = createFakeSession();
    setupSecurity({ app: app as never, session: session as unknown as Session, shell });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeDefined();
  });
});

describe('the session', () => {
  it('denies every permission, cancels network requests and adds the CSP', () => {
    const session = createFakeSession();
    setupSecurity({ app: app as never, session: session as unknown as Session, shell });
    const permission = vi.fn();
    session.permissionRequestHandler!({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler!({}, 'notifications')).toBe(false);
  });

  it('has a CSP that allows no remote content and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('only lets http(s) links out', () => {
    expect(isSafeExternalUrl('https://aws.amazon.com')).toBe(true);
    expect(isSafeExternalUrl('file:///c:/windows')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('request filtering', () => {
  it('cancels requests to the network and to local files, allows our own pages', async () => {
    const mock = await import('./electron-mock');
    setupSecurity({ app: app as never, session: mock.session.defaultSession as unknown as Session, shell });
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      mock.session.defaultSession.beforeRequest!({ url }, (response: { cancel: boolean }) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('http://169.254.169.254/latest/meta-data')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://127.0.0.1:9229')).toBe(true);
    expect(decide('app://skyplan/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    let headers: Record<string, string[]> = {};
    mock.session.defaultSession.headersReceived!(
      { responseHeaders: { 'content-type': ['text/html'] } },
      (response: { responseHeaders: Record<string, string[]> }) => {
        headers = response.responseHeaders;
      },
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('the app:// protocol', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'skyplan-dist-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Skyplan</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('maps URLs inside dist/ and refuses anything that escapes it', () => {
    expect(resolveAppPath(root, 'app://skyplan/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://skyplan/assets/app.js?v=1')).toBe(join(root, 'assets', 'app.js'));
    // Dot segments, encoded or not, are resolved inside dist/ or refused; never outside it.
    for (const evil of [
      'app://skyplan/../../etc/passwd',
      'app://skyplan/%2e%2e/%2e%2e/etc/passwd',
      'app://skyplan/..%2f..%2f..%2fetc%2fpasswd',
      'app://skyplan/assets/..%2f..%2f..%2fsecret',
    ]) {
      const resolved = resolveAppPath(root, evil);
      expect(resolved === null || resolved.startsWith(join(root, '/')), evil).toBe(true);
    }
    expect(resolveAppPath(root, 'app://skyplan/a%5c..%5c..%5cx')).toBeNull();
    expect(resolveAppPath(root, 'app://skyplan/a%00.js')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('serves files with the CSP header and 404s the rest', async () => {
    const reports = new ReportPages();
    const page = await serveAppRequest(root, reports, 'app://skyplan/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await serveAppRequest(root, reports, 'app://skyplan/%2e%2e/secret')).status).toBe(404);
    expect((await serveAppRequest(root, reports, 'app://skyplan/missing.js')).status).toBe(404);
  });

  it('serves a report page once, under a script-free policy', async () => {
    const reports = new ReportPages();
    const url = reports.add('<h1>Review</h1>');
    const response = await serveAppRequest(root, reports, url);
    expect(await response.text()).toBe('<h1>Review</h1>');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(response.headers.get('content-security-policy')).not.toContain('script-src');
    reports.remove(url);
    expect((await serveAppRequest(root, reports, url)).status).toBe(404);
  });
});
