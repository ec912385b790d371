/**
 * The renderer's only door to the outside world (docs/architecture.md), and the data both
 * processes exchange. It lives in shared/ because both sides speak it: the renderer implements
 * `Host` twice (renderer/host/: the browser host with file picker, downloads and localStorage,
 * and the Electron host over the preload bridge), and electron/ sends and receives these same
 * records over IPC (ipc-contract.ts). Nothing here needs the DOM, Node or Electron, so neither
 * process imports the other.
 */
import type { Design } from '../model/types';

/** A file the user opened or saved; `id` is host-specific (a path in Electron). */
export interface FileRef {
  id: string;
  /** File name shown in the title bar, e.g. "shop.skyplan.json". */
  name: string;
}

export type OpenResult =
  | { ok: true; file: FileRef | null; text: string }
  /** The user cancelled the picker: nothing to do, nothing to report. */
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: string };

export type SaveResult =
  | { ok: true; file: FileRef }
  | { ok: false; cancelled: true }
  /** `conflict`: the file changed on disk since it was opened; the UI asks before overwriting. */
  | { ok: false; cancelled: false; error: string; conflict?: boolean };

export interface RecentFile extends FileRef {
  openedAt: string;
}

/** An unsaved copy of the work, kept apart from the user's file, offered back after a crash. */
export interface Draft {
  id: string;
  /** The file the draft belongs to, if the design was ever saved. */
  file: FileRef | null;
  savedAt: string;
  text: string;
}

export interface SaveOptions {
  /** Always ask where to save. */
  saveAs?: boolean;
  /** Overwrite even if the file changed on disk since it was opened. */
  force?: boolean;
}

export interface ExportFile {
  /** Suggested file name with extension. */
  name: string;
  mime: string;
  /** Text, or binary data as a data: URL / bytes. */
  data: string | Uint8Array;
}

/** Commands the host may send from native menus; the browser host sends none. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'undo'
  | 'redo'
  | 'export-png'
  | 'export-svg'
  | 'export-pdf'
  | 'export-cost-csv'
  | 'export-cost-md'
  | 'export-review-md'
  | 'close-requested';

export interface Host {
  readonly kind: 'browser' | 'electron';
  /** Lets the user pick a design file and returns its text (the UI parses and validates it). */
  openDesign(): Promise<OpenResult>;
  /** Opens a file from the recent list or a path given on the command line. */
  openFile(file: FileRef): Promise<OpenResult>;
  /** Saves the design (serialized by the caller) to `file`, or asks where when there is none. */
  saveDesign(text: string, design: Design, file: FileRef | null, options?: SaveOptions): Promise<SaveResult>;
  recentFiles(): Promise<RecentFile[]>;
  /** Writes an export (image, report) where the user chooses, or downloads it in a browser. */
  exportFile(file: ExportFile): Promise<SaveResult>;
  /** Prints an HTML report to PDF (Electron) or opens the print dialog (browser). */
  printToPdf?(html: string, suggestedName: string): Promise<SaveResult>;
  drafts: {
    write(draft: Draft): Promise<void>;
    list(): Promise<Draft[]>;
    discard(id: string): Promise<void>;
  };
  /** Title bar and unsaved marker (the browser host sets document.title). */
  setWindowState(state: { title: string; dirty: boolean }): void;
  /** Native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the app was asked to open at start (command line, file association). */
  pendingOpenFiles(): Promise<FileRef[]>;
}
