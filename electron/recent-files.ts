/**
 * The recent-files list, kept as a small JSON file in the user-data folder (newest first,
 * no duplicates, at most MAX_RECENT). Reading a damaged list gives an empty one: it is a
 * convenience, never worth an error dialog.
 */
import * as fsp from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { RecentFile } from '../shared/host/host';
import { writeFileAtomic } from './file-store';
import { isFileRef } from './validate';

export const MAX_RECENT = 10;

export class RecentFiles {
  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<RecentFile[]> {
    try {
      const value: unknown = JSON.parse(await fsp.readFile(this.path, 'utf8'));
      if (!Array.isArray(value)) return [];
      return value
        .filter(
          (item: unknown): item is RecentFile =>
            isFileRef(item) && typeof (item as { openedAt?: unknown }).openedAt === 'string',
        )
        .slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }

  /** Moves `path` to the top of the list; returns the new list. */
  async add(path: string): Promise<RecentFile[]> {
    const entry: RecentFile = { id: path, name: basename(path), openedAt: this.now().toISOString() };
    const next = [entry, ...(await this.list()).filter((item) => item.id !== path)].slice(0, MAX_RECENT);
    await fsp.mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, JSON.stringify(next, null, 2));
    return next;
  }

  async clear(): Promise<void> {
    await fsp.mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, '[]');
  }

  async has(path: string): Promise<boolean> {
    return (await this.list()).some((item) => item.id === path);
  }
}
