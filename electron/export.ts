/**
 * Export IPC: writes an exported file (PNG, SVG, CSV, Markdown) where the user chooses, and
 * prints the HTML design review to PDF with Chromium's own printer (webContents.printToPDF) in
 * a hidden window that runs no script and loads nothing from outside.
 */
import { extname } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { SaveResult } from '../shared/host/host';
import type { AppContext } from './context';
import { writeFileAtomic } from './file-store';
import type { IpcRouter } from './ipc';
import { tuple } from './ipc';
import { createSecureWindow } from './security';
import { isExportFile, isReportHtml, isSafeFileName } from './validate';
import { fileRefFor } from './files';

/** Bytes of an export payload: raw bytes, a data: URL (base64 or percent-encoded), or text. */
export function exportBytes(data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data;
  const match = /^data:[^,]*?(;base64)?,/s.exec(data);
  if (!match) return new TextEncoder().encode(data);
  const body = data.slice(match[0].length);
  return match[1]
    ? new Uint8Array(Buffer.from(body, 'base64'))
    : new TextEncoder().encode(decodeURIComponent(body));
}

function filtersFor(name: string) {
  const extension = extname(name).replace(/^\./, '');
  return extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
}

async function askAndWrite(
  ctx: AppContext,
  win: BrowserWindow | null,
  name: string,
  produce: () => Promise<Uint8Array>,
): Promise<SaveResult> {
  const options = {
    defaultPath: name,
    filters: filtersFor(name),
    properties: ['showOverwriteConfirmation' as const],
  };
  const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return { ok: false, cancelled: true };
  try {
    await writeFileAtomic(picked.filePath, await produce());
    return { ok: true, file: fileRefFor(picked.filePath) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      cancelled: false,
      error: ctx.t('desktop.error.exportFailed', { file: name, reason }),
    };
  }
}

/** Renders report HTML to PDF bytes in a hidden, script-less window. */
export async function printHtmlToPdf(ctx: AppContext, html: string): Promise<Uint8Array> {
  const url = ctx.reports.add(html);
  const printer = createSecureWindow({ show: false, width: 1024, height: 1400 }, { javascript: false });
  try {
    await printer.loadURL(url);
    const pdf = await printer.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      margins: { marginType: 'default' },
      generateTaggedPDF: true,
    });
    return new Uint8Array(pdf);
  } finally {
    ctx.reports.remove(url);
    printer.destroy();
  }
}

export function setupExportIpc(ctx: AppContext, router: IpcRouter): void {
  router.handle('export:file', tuple(isExportFile), (event, file) =>
    askAndWrite(ctx, BrowserWindow.fromWebContents(event.sender), file.name, async () =>
      exportBytes(file.data),
    ),
  );
  router.handle('export:pdf', tuple(isReportHtml, isSafeFileName), (event, html, name) =>
    askAndWrite(ctx, BrowserWindow.fromWebContents(event.sender), name, () => printHtmlToPdf(ctx, html)),
  );
}
