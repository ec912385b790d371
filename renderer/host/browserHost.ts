/**
 * The Host for a plain browser tab (`npm run web`, workshops, Playwright): files come from the
 * file picker and leave as downloads (or through showSaveFilePicker), recent designs and drafts
 * live in localStorage. Everything it touches is passed in, so the unit tests run it against a
 * fake Storage and fake files without a DOM.
 */
import type { Locale } from '../../shared/i18n/index';
import { t } from '../../shared/i18n/index';
import { parseDesign } from '../../shared/model/load';
import type { BrowserFiles, WritableFileHandle } from './browserFiles';
import type { KeyValueStorage } from './browserStorage';
import {
  readDrafts,
  readRecent,
  readRecentText,
  rememberRecent,
  removeDraft,
  writeDraft,
} from './browserStorage';
import type { ExportFile, FileRef, Host, OpenResult, SaveResult } from './host';

export const DESIGN_EXTENSION = '.skyplan.json';
const DESIGN_MIME = 'application/json';
const ACCEPT = '.json,.skyplan.json,application/json';
/** Far larger than any hand-drawn design (5,000 resources is about 2 MB); protects the tab. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

export interface BrowserHostOptions {
  storage: KeyValueStorage;
  files: BrowserFiles;
  /** The UI's current language, for the few messages the host itself writes. */
  locale(): Locale;
  now?(): Date;
  setTitle?(title: string): void;
}

const UNSAFE_IN_FILE_NAMES = '/\\:*?"<>|';

/** "Shop: 2 AZs" -> "Shop- 2 AZs.skyplan.json": characters no file system accepts become "-". */
export function fileNameFor(designName: string): string {
  const cleaned = [...designName]
    .map((char) => (char.charCodeAt(0) < 32 || UNSAFE_IN_FILE_NAMES.includes(char) ? '-' : char))
    .join('')
    .trim()
    .replace(/^\.+/, '');
  const base = cleaned.length > 0 ? cleaned.slice(0, 120) : 'design';
  return base.endsWith(DESIGN_EXTENSION) ? base : base + DESIGN_EXTENSION;
}

/** The browser title: an unsaved marker in front, so it shows even in a narrow tab. */
export function windowTitle(title: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${title} — Skyplan`;
}

function dataToBlob(data: string | Uint8Array, mime: string): Blob {
  if (typeof data !== 'string') return new Blob([data.slice()], { type: mime });
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(data);
  if (!match) return new Blob([data], { type: mime });
  const body = match[3] ?? '';
  if (!match[2]) return new Blob([decodeURIComponent(body)], { type: match[1] || mime });
  const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  return new Blob([bytes], { type: match[1] || mime });
}

export interface BrowserHost extends Host {
  readonly kind: 'browser';
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const { storage, files } = options;
  const now = options.now ?? (() => new Date());
  const setTitle =
    options.setTitle ??
    ((title: string) => {
      document.title = title;
    });
  // Handles from showSaveFilePicker, so that Save writes the same file again without asking.
  // They live only as long as the page: after a reload the next Save asks once more.
  const handles = new Map<string, WritableFileHandle>();
  const message = (key: Parameters<typeof t>[1], params?: Record<string, string | number>): string =>
    t(options.locale(), key, params);

  function remember(file: FileRef, text: string): void {
    // Only designs that load go to the recent list; a broken file is reported by the UI instead.
    if (!parseDesign(text).ok) return;
    try {
      rememberRecent(storage, file, text, now());
    } catch {
      // A full or disabled localStorage must never fail an open or a save.
    }
  }

  async function write(
    data: Blob,
    suggestedName: string,
    file: FileRef | null,
    saveAs: boolean,
  ): Promise<SaveResult> {
    const handle = file && !saveAs ? handles.get(file.id) : undefined;
    try {
      const written = await files.write(data, suggestedName, handle);
      if (!written) return { ok: false, cancelled: true };
      const saved: FileRef = { id: written.name, name: written.name };
      if (written.handle) handles.set(saved.id, written.handle);
      return { ok: true, file: saved };
    } catch (error) {
      return {
        ok: false,
        cancelled: false,
        error: message('files.writeFailed', { file: suggestedName, reason: String(error) }),
      };
    }
  }

  return {
    kind: 'browser',

    async openDesign(): Promise<OpenResult> {
      const picked = await files.pick(ACCEPT);
      if (!picked) return { ok: false, cancelled: true };
      if (picked.size > MAX_OPEN_BYTES) {
        return {
          ok: false,
          cancelled: false,
          error: message('files.tooLarge', {
            file: picked.name,
            size: Math.round(picked.size / 1024 / 1024),
            max: MAX_OPEN_BYTES / 1024 / 1024,
          }),
        };
      }
      let text: string;
      try {
        text = await picked.text();
      } catch (error) {
        return {
          ok: false,
          cancelled: false,
          error: message('files.readFailed', { file: picked.name, reason: String(error) }),
        };
      }
      const file: FileRef = { id: picked.name, name: picked.name };
      remember(file, text);
      return { ok: true, file, text };
    },

    async openFile(file: FileRef): Promise<OpenResult> {
      const text = readRecentText(storage, file.id);
      if (text === null) {
        return { ok: false, cancelled: false, error: message('files.recentMissing', { file: file.name }) };
      }
      remember(file, text);
      return { ok: true, file, text };
    },

    async saveDesign(text, design, file, saveOptions = {}): Promise<SaveResult> {
      const name = file?.name ?? fileNameFor(design.name);
      const result = await write(
        new Blob([text], { type: DESIGN_MIME }),
        name,
        file,
        saveOptions.saveAs ?? false,
      );
      if (result.ok) remember(result.file, text);
      return result;
    },

    async recentFiles() {
      return readRecent(storage);
    },

    async exportFile(exported: ExportFile): Promise<SaveResult> {
      return write(dataToBlob(exported.data, exported.mime), exported.name, null, true);
    },

    async printToPdf(html, suggestedName): Promise<SaveResult> {
      await files.print(html);
      // The print dialog does not say where (or whether) the PDF was written.
      return { ok: true, file: { id: suggestedName, name: suggestedName } };
    },

    drafts: {
      async write(draft) {
        writeDraft(storage, draft);
      },
      async list() {
        return readDrafts(storage);
      },
      async discard(id) {
        removeDraft(storage, id);
      },
    },

    setWindowState(state) {
      setTitle(windowTitle(state.title, state.dirty));
    },

    // A web page has no native menu: the top bar and keyboard shortcuts drive the commands.
    onMenuCommand() {
      return () => undefined;
    },

    // Nothing asks a web page to open a file at start (no command line, no file association).
    async pendingOpenFiles() {
      return [];
    },
  };
}
