/**
 * The browser's ways to read and write files the user chooses: `<input type=file>` to open;
 * `showSaveFilePicker` to save where Chromium offers it (then Save writes the same file again
 * without asking), else a download (a design's name is asked first, in the app's own dialog). Kept behind the small `BrowserFiles`
 * interface so the host's logic is tested without a DOM.
 */
import { askFileName } from '../app/confirm';

export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** A place a save went to; `handle` is set when the File System Access API gave us one. */
export interface WrittenFile {
  name: string;
  handle?: WritableFileHandle;
}

/** The slice of FileSystemFileHandle we use (the API is not in TypeScript's DOM library). */
export interface WritableFileHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}

export interface BrowserFiles {
  /** Resolves null when the user closes the picker without choosing. */
  pick(accept: string): Promise<PickedFile | null>;
  /** Writes `data` to `handle` when given, else asks where (or downloads); null when cancelled. */
  write(data: Blob, suggestedName: string, handle?: WritableFileHandle): Promise<WrittenFile | null>;
  /** Opens the browser's print dialog on an HTML document ("Save as PDF" is one of its printers). */
  print(html: string): Promise<void>;
}

interface SavePickerOptions {
  suggestedName: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
type SavePicker = (options: SavePickerOptions) => Promise<WritableFileHandle>;

function savePickerOf(win: Window): SavePicker | undefined {
  const picker = (win as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(win) : undefined;
}

function extensionOf(name: string): string {
  if (name.endsWith('.skyplan.json')) return '.json';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** Starts a download of `data` as `name`; the browser decides the folder. */
function download(doc: Document, data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time click() returns in Chromium, but Firefox reads the URL
  // a moment later: revoke it well after.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function writeTo(handle: WritableFileHandle, data: Blob): Promise<void> {
  const stream = await handle.createWritable();
  await stream.write(data);
  await stream.close();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** `askName` asks which name a downloaded design gets (null: cancelled); the app's own dialog. */
export function domFiles(
  win: Window = window,
  askName: (suggested: string) => Promise<string | null> = askFileName,
): BrowserFiles {
  const doc = win.document;
  return {
    pick(accept) {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      input.dataset.testid = 'open-file-input';
      doc.body.append(input);
      return new Promise((resolve) => {
        const finish = (file: PickedFile | null): void => {
          input.remove();
          resolve(file);
        };
        input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
        // Chromium 113+ and Firefox 91+ fire `cancel` when the picker closes without a file.
        input.addEventListener('cancel', () => finish(null), { once: true });
        input.click();
      });
    },

    async write(data, suggestedName, handle) {
      if (handle) {
        await writeTo(handle, data);
        return { name: handle.name, handle };
      }
      const picker = savePickerOf(win);
      if (picker) {
        try {
          const chosen = await picker({
            suggestedName,
            types: [
              {
                description: suggestedName,
                accept: { [data.type || 'application/octet-stream']: [extensionOf(suggestedName)] },
              },
            ],
          });
          await writeTo(chosen, data);
          return { name: chosen.name, handle: chosen };
        } catch (error) {
          if (isAbort(error)) return null;
          // SecurityError / NotAllowedError (no user gesture, sandboxed frame): fall back to a
          // download rather than losing the save.
        }
      }
      // A design saved as a download is named here, as a save dialog would ask; exports keep
      // their suggested name.
      const name = suggestedName.endsWith('.skyplan.json') ? await askName(suggestedName) : suggestedName;
      if (name === null) return null;
      download(doc, data, name);
      return { name };
    },

    print(html) {
      const frame = doc.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.srcdoc = html;
      return new Promise((resolve) => {
        frame.addEventListener(
          'load',
          () => {
            frame.contentWindow?.print();
            // print() blocks until the dialog closes in Chromium; remove the frame afterwards.
            setTimeout(() => frame.remove(), 1000);
            resolve();
          },
          { once: true },
        );
        doc.body.append(frame);
      });
    },
  };
}
