/**
 * Serves the built renderer (dist/) from `app://skyplan/` instead of file://. A custom scheme
 * gives the page a real origin for CSP 'self', keeps it from reading arbitrary local files, and
 * lets every response carry the CSP header (file:// responses have no headers). Printed reports
 * are served from memory under /__report/, with their own script-free policy.
 */
import * as fsp from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  REPORT_CONTENT_SECURITY_POLICY,
} from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  // The connection router (libavoid), compiled as it streams in.
  '.wasm': 'application/wasm',
};

export const REPORT_PREFIX = '/__report/';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Must run before app 'ready'. `standard` + `secure` give app:// a real origin (CSP 'self',
 * relative URLs, storage); `supportFetchAPI` lets html-to-image fetch icons for exports;
 * `corsEnabled` is what Chromium needs to load Vite's `<script type="module" crossorigin>`
 * from a custom scheme. No other origin exists in the app (no network, navigation denied),
 * so nothing else can read app:// through it.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/**
 * The file under `root` an app:// URL names, or null if it would escape `root` (../, encoded
 * slashes, other hosts). "/" means index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
  const full = join(root, relative);
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** Report pages waiting to be printed, by token; printing removes them. */
export class ReportPages {
  private readonly pages = new Map<string, string>();
  private next = 0;

  add(html: string): string {
    const token = `r${Date.now().toString(36)}${(this.next++).toString(36)}`;
    this.pages.set(token, html);
    return `${APP_ORIGIN}${REPORT_PREFIX}${token}.html`;
  }

  get(url: string): string | undefined {
    const match = new RegExp(`^${APP_ORIGIN}${REPORT_PREFIX}([a-z0-9]+)\\.html$`).exec(url);
    return match?.[1] ? this.pages.get(match[1]) : undefined;
  }

  remove(url: string): void {
    const match = /([a-z0-9]+)\.html$/.exec(url);
    if (match?.[1]) this.pages.delete(match[1]);
  }
}

function respond(body: BodyInit | null, status: number, type: string, csp: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Answers one app:// request: a report page, a file of the built renderer, or 404. */
export async function serveAppRequest(root: string, reports: ReportPages, url: string): Promise<Response> {
  const report = reports.get(url.split(/[?#]/)[0] ?? url);
  if (report !== undefined) return respond(report, 200, MIME['.html']!, REPORT_CONTENT_SECURITY_POLICY);
  const path = resolveAppPath(root, url);
  if (!path) return respond('Not found', 404, 'text/plain', CONTENT_SECURITY_POLICY);
  try {
    const body = await fsp.readFile(path);
    return respond(
      body,
      200,
      MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
      CONTENT_SECURITY_POLICY,
    );
  } catch {
    return respond('Not found', 404, 'text/plain', CONTENT_SECURITY_POLICY);
  }
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string, reports: ReportPages): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, reports, request.url));
}
