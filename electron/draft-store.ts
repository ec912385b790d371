/**
 * Autosave drafts: unsaved copies of the work kept in the app's own data folder, never next to
 * or over the user's file (a draft written over a good file is how draw.io users lost work).
 * One JSON file per draft, written atomically; a draft that cannot be read is skipped and left
 * on disk rather than deleted, so a bug here can never destroy the last copy of someone's work.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../renderer/host/host';
import { isDraftRecord } from './validate';
import { writeFileAtomic } from './file-store';

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
    await fsp.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path, JSON.stringify(draft));
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
        if (isDraftRecord(value) && value.id + SUFFIX === name) drafts.push(value);
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
