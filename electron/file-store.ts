/**
 * Files that are never lost. Plain Node fs, no Electron, so it is unit-tested on a real folder.
 *
 * draw.io desktop users have lost diagrams to files full of zeros after a crash during save and
 * to bad restores. So a save here:
 *  1. refuses a document that does not validate (nothing invalid ever reaches the disk);
 *  2. refuses to overwrite a file that changed on disk since we read it (a conflict the UI asks
 *     about), unless forced;
 *  3. writes the new bytes to a temporary file in the same folder as the real file (a symbolic
 *     link is followed, so the link stays a link), with the file's mode and owner, and fsyncs it;
 *  4. keeps the previous version as NAME.bak, itself written through a temporary file and a
 *     rename, so a crash never leaves a torn backup;
 *  5. renames the temporary file over the target (atomic on one file system), then fsyncs the
 *     folder so the rename itself survives a power cut.
 * A crash at any point leaves either the old file or the new one, never a torn mix. Temporary
 * files are named `.NAME.PID-RANDOM.tmp`; those of processes that no longer run are removed on
 * every open and save (and for the drafts folder at start), so crashes do not pile them up.
 * Saves refuse text over MAX_DESIGN_BYTES in UTF-8 bytes: the same limit open applies.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { MessageKey, MessageParams } from '../shared/i18n/index';
import { checkDesignTextAsync } from './design-check';
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
    await cleanStaleTemps(dirname(await realTarget(path)));
  } catch (error) {
    return fail('desktop.error.readFailed', { file, reason: reason(error) });
  }
  const problem = await checkDesignTextAsync(text, file, locale);
  if (problem) return fail('desktop.error.invalidDesign', { file, ...problem });
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

/** `.NAME.PID-RANDOM.tmp`: the pid tells a live save's file from one a crash left behind. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return reason(error) === 'EPERM';
  }
}

/**
 * Removes temporary files that saves of processes no longer running left in `folder` (a crash
 * or kill between writing and renaming). Returns how many were removed. Never throws.
 */
export async function cleanStaleTemps(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    try {
      await fsp.rm(join(folder, name), { force: true });
      removed++;
    } catch {
      // Someone else's or not ours to remove: leave it.
    }
  }
  return removed;
}

/** The file a save really replaces: the target of a symbolic link (followed to the end). */
async function realTarget(path: string): Promise<string> {
  try {
    return await fsp.realpath(path);
  } catch {
    // A new file, or a link to a file that does not exist yet: write where the link points.
    try {
      return resolve(dirname(path), await fsp.readlink(path));
    } catch {
      return path;
    }
  }
}

/** Mode and owner of the file being replaced, so a save does not widen or change them. */
async function ownershipOf(path: string): Promise<{ mode: number; uid: number; gid: number } | undefined> {
  try {
    const info = await fsp.stat(path);
    return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch {
    return undefined;
  }
}

async function applyOwnership(
  handle: fsp.FileHandle,
  owner: { mode: number; uid: number; gid: number } | undefined,
): Promise<void> {
  if (!owner) return;
  await handle.chmod(owner.mode);
  // Only root may give a file away; for the owner this is a no-op, elsewhere best effort.
  await handle.chown(owner.uid, owner.gid).catch(() => undefined);
}

/** Copies `from` to `to` atomically: copy to a temporary file, fsync, rename. */
async function copyAtomic(fs: SaveFs, from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await fs.copyFile(from, temp);
    const handle = await fsp.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, to);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes bytes atomically (temp file, fsync, rename) to `path`, or to the file it links to;
 * keeps the file's mode and owner, and with `keepBackup` an atomic copy of the old file.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { keepBackup?: boolean; fs?: SaveFs } = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  const target = await realTarget(path);
  const folder = dirname(target);
  await cleanStaleTemps(folder);
  const owner = await ownershipOf(target);
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(temp, 'wx', owner?.mode ?? 0o644);
    await applyOwnership(handle, owner);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.keepBackup && owner) {
      try {
        await copyAtomic(fs, target, target + BACKUP_SUFFIX);
      } catch (error) {
        if (reason(error) !== 'ENOENT') throw error;
      }
    }
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

/**
 * Why `text` may not be saved as `file` (too large to open again, or not a valid design), or
 * null when it may. Large text is checked off the main thread (design-check.ts).
 */
export async function refusalFor(
  text: string,
  file: string,
  locale: Locale = 'en',
): Promise<StoreError | null> {
  // The open limit, in bytes as open measures it: never save what could not be opened again.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_DESIGN_BYTES) return { code: 'desktop.error.tooLarge', params: { file, size } };
  const problem = await checkDesignTextAsync(text, file, locale);
  return problem ? { code: 'desktop.error.refuseInvalid', params: { file, detail: problem.detail } } : null;
}

export interface SaveDesignOptions {
  /** The stamp from when the file was opened or last saved; absent for a new file. */
  expected?: FileStamp;
  /** Overwrite even if the file changed on disk (the user said so after a conflict). */
  force?: boolean;
  locale?: Locale;
  fs?: SaveFs;
  /** The text already passed `refusalFor` (so a large design is not checked twice). */
  checked?: boolean;
}

/** Saves design text to `path` safely (see the top of this file). */
export async function saveDesignFile(
  path: string,
  text: string,
  options: SaveDesignOptions = {},
): Promise<WriteResult> {
  const file = basename(path);
  // The caller may have checked already (files.ts refuses before asking where to save).
  const invalid = options.checked ? null : await refusalFor(text, file, options.locale);
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
