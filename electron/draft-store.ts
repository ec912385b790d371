/**
 * Autosave drafts: unsaved copies of the work kept in the app's own data folder, never next to
 * or over the user's file (a draft written over a good file is how draw.io users lost work).
 * One JSON file per draft, written atomically; a draft that cannot be read is skipped and left
 * on disk rather than deleted, so a bug here can never destroy the last copy of someone's work.
 *
 * The folder is bounded, because the page asking to write is untrusted: at most MAX_DRAFTS
 * drafts (one per open window is the normal case), each at most the design size limit. A new
 * draft beyond the cap is refused (an error for the page) rather than evicting someone's work.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../shared/host/host';
import { checkDesignTextAsync } from './design-check';
import { isDraftShape } from './validate';
import { cleanStaleTemps, MAX_DESIGN_BYTES, writeFileAtomic } from './file-store';

/** Far more than the windows anyone keeps open; drafts are discarded when work is saved. */
export const MAX_DRAFTS = 32;

const SUFFIX = '.draft.json';
const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class DraftStore {
  constructor(readonly folder: string) {}

  private pathOf(id: string): string {
    // Ids come from the renderer: only plain names, so a draft can never escape the folder.
    if (!DRAFT_ID.test(id)) throw new Error(`invalid draft id "${id}"`);
    return join(this.folder, id + SUFFIX);
  }

  async write(draft: Draft): Promise<void> {
    const path = this.pathOf(draft.id);
    const text = JSON.stringify(draft);
    if (Buffer.byteLength(text, 'utf8') > MAX_DESIGN_BYTES + 64 * 1024) {
      throw new Error(`draft ${draft.id} is larger than the design size limit`);
    }
    await fsp.mkdir(this.folder, { recursive: true });
    const names = await fsp.readdir(this.folder);
    const drafts = names.filter((name) => name.endsWith(SUFFIX));
    if (!drafts.includes(draft.id + SUFFIX) && drafts.length >= MAX_DRAFTS) {
      throw new Error(`too many drafts (${drafts.length}); at most ${MAX_DRAFTS} are kept`);
    }
    await writeFileAtomic(path, text);
  }

  /** Removes temporary files that crashed draft writes left behind; called at start. */
  async clean(): Promise<number> {
    return cleanStaleTemps(this.folder);
  }

  /** Every readable draft, newest first. */
  async list(): Promise<Draft[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch {
      return [];
    }
    const drafts: Draft[] = [];
    for (const name of names) {
      if (!name.endsWith(SUFFIX)) continue;
      try {
        const value: unknown = JSON.parse(await fsp.readFile(join(this.folder, name), 'utf8'));
        if (!isDraftShape(value) || value.id + SUFFIX !== name) continue;
        // A large draft is checked off the main thread (design-check.ts), like a large save.
        if ((await checkDesignTextAsync(value.text, name, 'en')) === null) drafts.push(value);
      } catch {
        // Unreadable: leave it for a person to look at; never delete it automatically.
      }
    }
    return drafts.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  async discard(id: string): Promise<void> {
    await fsp.rm(this.pathOf(id), { force: true });
  }
}
