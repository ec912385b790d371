/**
 * The skyplan command's real files: what node-main.ts hands to `run`, kept apart so tests run
 * the command in process on a real folder.
 *
 * Reading is bounded: a design comes from a regular file of at most MAX_CLI_FILE_BYTES (the
 * desktop app's open limit). A device such as /dev/zero would otherwise be read until memory
 * runs out, and a FIFO would block forever, so the file is opened non-blocking, checked with
 * fstat, and read no further than the limit.
 *
 * Writing (`skyplan format`) goes to a temporary file beside the real target (through symbolic
 * links, which stay links), with the target's mode and, where allowed, its owner; it is synced
 * and renamed over the target, so an interrupted write never leaves half a design.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CliIO } from './context';
import { MAX_CLI_FILE_BYTES } from './context';

export { MAX_CLI_FILE_BYTES };

/** An error with a Node-style code, which `run` turns into a sentence naming the file. */
function failure(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export function readTextFile(path: string, limit = MAX_CLI_FILE_BYTES): string {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const info = fs.fstatSync(fd);
    if (info.isDirectory()) throw failure('EISDIR', `${path} is a directory`);
    if (!info.isFile()) throw failure('ENOTREG', `${path} is not a regular file`);
    if (info.size > limit) throw failure('EFBIG', `${path} is larger than ${limit} bytes`);
    // Read at most limit + 1 bytes: a file that grows while we read is still refused.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) throw failure('EFBIG', `${path} is larger than ${limit} bytes`);
      if (length === buffer.length) break;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `text` over the file at `path` (see the top of this file). */
export function writeTextFileAtomic(path: string, text: string): void {
  let target = path;
  try {
    target = fs.realpathSync(path);
  } catch {
    // A new file (or a dangling link): write at the given path.
  }
  let info: fs.Stats | undefined;
  try {
    info = fs.statSync(target);
  } catch {
    info = undefined;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx', info ? info.mode & 0o7777 : 0o666);
  let open = true;
  try {
    try {
      if (info) {
        fs.fchmodSync(fd, info.mode & 0o7777);
        fs.fchownSync(fd, info.uid, info.gid);
      }
    } catch {
      // Changing the owner needs privileges we may not have; the mode is already kept.
    }
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    open = false;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (open) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function nodeIO(env: CliIO['env']): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readTextFile(path),
    listDir: (path) => fs.readdirSync(path),
    writeFile: (path, text) => writeTextFileAtomic(path, text),
    writeBytes: (path, bytes) => fs.writeFileSync(path, bytes),
    env,
  };
}
