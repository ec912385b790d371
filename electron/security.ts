/**
 * The security baseline, in one place (Electron security checklist; drawio-desktop and Electron
 * Fiddle as models). A design file is untrusted input: if a bug ever let it run script in the
 * page, the page must still be unable to reach Node, the network, other origins or the disk
 * except through the narrow bridge, whose every call main validates.
 *
 * - every window: context isolation, sandbox, no Node integration, no webviews (webPreferences);
 * - the app is served from its own `app://skyplan/` scheme (not file://), with a strict CSP
 *   header on every response and no network at all (default-src 'self');
 * - navigation, redirects, new windows and webviews are refused; http(s) links go to the
 *   user's browser through shell.openExternal, nothing else does;
 * - every permission request (camera, notifications, ...) is denied;
 * - fuses in electron-builder.yml turn off run-as-node, NODE_OPTIONS and inspector flags.
 */
import { BrowserWindow } from 'electron';
import type { App, BrowserWindowConstructorOptions, Session, Shell, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'skyplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The page's policy. Styles allow inline because React Flow and html-to-image set style
 * attributes; scripts do not. data:/blob: images are the exported diagram and the icons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly compiled from the app's own files only: the connection router (libavoid).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy of printed reports: no script at all, inline styles, embedded images only. */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * The only place a BrowserWindow is created, so every window gets the same locked-down
 * webPreferences (written out literally here, where Electronegativity can check them).
 * `javascript: false` is for report printing; `preload` only for design windows.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  web: { preload?: string; javascript?: boolean } = {},
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: web.preload,
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
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      javascript: web.javascript ?? true,
    },
  });
}

/** True for URLs of our own pages (app://skyplan/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Hosts a link from a design must never reach through the user's browser: this machine
 * (printers on 127.0.0.1:631, dev servers), link-local addresses (169.254.169.254 is the cloud
 * metadata service) and "any address". The URL parser has already normalised 2130706433,
 * 0x7f.1 and friends to dotted IPv4, and IPv6 to its compressed form in brackets.
 */
function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 0 || (a === 169 && b === 254);
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::1' || v6 === '::') return true;
    if (/^fe[89ab][0-9a-f]:/.test(v6)) return true;
    // IPv4-mapped (::ffff:7f00:1) and IPv4-compatible forms of a local IPv4 address.
    const mapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
    if (mapped) {
      const high = parseInt(mapped[1] ?? '0', 16);
      const a = high >> 8;
      const b = high & 0xff;
      return a === 127 || a === 0 || (a === 169 && b === 254);
    }
  }
  return false;
}

/** Only web links to other machines may leave the app, and only to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.host !== '' &&
      !isLocalHost(parsed.hostname)
    );
  } catch {
    return false;
  }
}

/** Schemes a page may request: our own, inline data and the page's blobs. */
export function isAllowedRequestUrl(url: string): boolean {
  return isAppUrl(url) || /^(data|blob|devtools):/i.test(url);
}

type OpenExternal = Pick<Shell, 'openExternal'>;

/** Per-contents lockdown, applied to every WebContents the app ever creates. */
export function lockDownWebContents(contents: WebContents, shell: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    // The app is one page; links never replace it. Web links open in the browser instead.
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Session-wide rules: CSP on every response, no network, every permission denied. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/** Installs the baseline; call before any window exists. */
export function setupSecurity(deps: { app: App; session: Session; shell: OpenExternal }): void {
  deps.app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, deps.shell));
  lockDownSession(deps.session);
}
