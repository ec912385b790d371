/**
 * Files that are never lost. Plain Node fs, no Electron, so it is unit-tested on a real folder.
 *
 * draw.io desktop users have lost diagrams to files full of zeros after a crash during save and
 * to bad restores. So a save here:
 *  1. refuses a document that does not validate (nothing invalid ever reaches the disk);
 *  2. refuses to overwrite a file that changed on disk since we read it (a conflict the UI asks
 *     about), unless forced;
 *  3. writes the new bytes to a temporary file in the same folder and fsyncs it;
 *  4. keeps the previous version as NAME.bak;
 *  5. renames the temporary file over the target (atomic on one file system), then fsyncs the
 *     folder so the rename itself survives a power cut.
 * A crash at any point leaves either the old file or the new one, never a torn mix.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MessageKey, MessageParams } from '../shared/i18n/index';
import { describeIssue, parseDesign } from '../shared/model/index';
import type { Locale } from '../shared/i18n/index';

/** What we knew about a file when we read or wrote it; used to notice changes made elsewhere. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** sha256 of the bytes, so a touched-but-unchanged file is not reported as a conflict. */
  sha256: string;
}

export interface StoreError {
  code: MessageKey;
  params: MessageParams;
}

export type ReadResult = { ok: true; text: string; stamp: FileStamp } | { ok: false; error: StoreError };

export type WriteResult =
  | { ok: true; stamp: FileStamp }
  | { ok: false; conflict: true; error: StoreError }
  | { ok: false; conflict: false; error: StoreError };

/** The few fs calls a save makes; tests replace one of them to simulate a crash or a full disk. */
export interface SaveFs {
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
}

const realFs: SaveFs = { rename: fsp.rename, copyFile: fsp.copyFile };

/** Far above any real design; stops a huge or wrong file from freezing the app. */
export const MAX_DESIGN_BYTES = 50 * 1024 * 1024;

export const BACKUP_SUFFIX = '.bak';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

function fail(code: MessageKey, params: MessageParams): { ok: false; error: StoreError } {
  return { ok: false, error: { code, params } };
}

async function stampOf(path: string, text?: string): Promise<FileStamp> {
  const info = await fsp.stat(path);
  const bytes = text ?? (await fsp.readFile(path));
  return { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256(bytes) };
}

/** Reads and validates a design file. A bad file is an error naming the file and the place. */
export async function readDesignFile(path: string, locale: Locale = 'en'): Promise<ReadResult> {
  const file = basename(path);
  let text: string;
  try {
    const info = await fsp.stat(path);
    if (!info.isFile()) return fail('desktop.error.notAFile', { file });
    if (info.size > MAX_DESIGN_BYTES) return fail('desktop.error.tooLarge', { file, size: info.size });
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    return fail('desktop.error.readFailed', { file, reason: reason(error) });
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const detail = first ? describeIssue(first, locale, file) : file;
    return fail('desktop.error.invalidDesign', { file, detail, count: parsed.issues.length });
  }
  return { ok: true, text, stamp: await stampOf(path, text) };
}

/**
 * Has the file changed since `expected`? Size and mtime are the cheap test; when they differ we
 * compare content, because sync tools and editors often rewrite identical bytes.
 */
export async function changedOnDisk(path: string, expected: FileStamp): Promise<boolean> {
  let info;
  try {
    info = await fsp.stat(path);
  } catch {
    // Deleted or moved away since we opened it: writing it again loses nothing.
    return false;
  }
  if (info.size === expected.size && info.mtimeMs === expected.mtimeMs) return false;
  return sha256(await fsp.readFile(path)) !== expected.sha256;
}

async function fsyncFolder(folder: string): Promise<void> {
  // POSIX needs the folder synced for a rename to be durable; Windows cannot open folders.
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function renameWithRetry(fs: SaveFs, from: string, to: string): Promise<void> {
  // On Windows a virus scanner or indexer briefly holding the target makes rename fail with
  // EPERM/EBUSY; a few short retries ride that out.
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = reason(error);
      if (attempt >= 4 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 40 * (attempt + 1)));
    }
  }
}

/** Writes bytes atomically (temp file, fsync, rename); keeps `keepBackup` copy of the old file. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { keepBackup?: boolean; fs?: SaveFs } = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.keepBackup) {
      try {
        await fs.copyFile(path, path + BACKUP_SUFFIX);
      } catch (error) {
        if (reason(error) !== 'ENOENT') throw error;
      }
    }
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

/** Why `text` may not be saved as `file` (it does not validate), or null when it may. */
export function refusalFor(text: string, file: string, locale: Locale = 'en'): StoreError | null {
  const parsed = parseDesign(text);
  if (parsed.ok) return null;
  const first = parsed.issues[0];
  const detail = first ? describeIssue(first, locale, file) : file;
  return { code: 'desktop.error.refuseInvalid', params: { file, detail } };
}

export interface SaveDesignOptions {
  /** The stamp from when the file was opened or last saved; absent for a new file. */
  expected?: FileStamp;
  /** Overwrite even if the file changed on disk (the user said so after a conflict). */
  force?: boolean;
  locale?: Locale;
  fs?: SaveFs;
}

/** Saves design text to `path` safely (see the top of this file). */
export async function saveDesignFile(
  path: string,
  text: string,
  options: SaveDesignOptions = {},
): Promise<WriteResult> {
  const file = basename(path);
  const invalid = refusalFor(text, file, options.locale);
  if (invalid) return { ok: false, error: invalid, conflict: false };
  if (options.expected && !options.force && (await changedOnDisk(path, options.expected))) {
    return { ...fail('desktop.error.conflict', { file }), conflict: true };
  }
  try {
    await writeFileAtomic(path, text, { keepBackup: true, ...(options.fs ? { fs: options.fs } : {}) });
    return { ok: true, stamp: await stampOf(path, text) };
  } catch (error) {
    return { ...fail('desktop.error.writeFailed', { file, reason: reason(error) }), conflict: false };
  }
}
