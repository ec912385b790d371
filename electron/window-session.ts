/**
 * What main remembers about each design window: the files the user granted it (picked in a
 * dialog, opened from the command line or the recent list), what each file looked like when
 * read (to detect changes on disk), the title and unsaved state, its autosave drafts, and the
 * files waiting to be opened when its page asks. Keyed by webContents id; no Electron imports.
 */
import type { FileRef } from '../shared/host/host';
import type { FileStamp } from './file-store';

export class WindowSession {
  /** Paths this window may write without asking again: chosen by the user, never by the page. */
  readonly granted = new Set<string>();
  readonly stamps = new Map<string, FileStamp>();
  readonly drafts = new Set<string>();
  pending: FileRef[] = [];
  title = '';
  dirty = false;
  /** Set when the user chose Save in the close prompt: close once the save succeeds. */
  closeAfterSave = false;
  /** Set once the user has answered the close prompt, so the next close goes through. */
  closeConfirmed = false;

  grant(path: string, stamp?: FileStamp): void {
    this.granted.add(path);
    if (stamp) this.stamps.set(path, stamp);
  }
}

export class WindowSessions {
  private readonly byId = new Map<number, WindowSession>();

  open(id: number): WindowSession {
    const session = new WindowSession();
    this.byId.set(id, session);
    return session;
  }

  get(id: number): WindowSession | undefined {
    return this.byId.get(id);
  }

  close(id: number): void {
    this.byId.delete(id);
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  all(): WindowSession[] {
    return [...this.byId.values()];
  }
}
