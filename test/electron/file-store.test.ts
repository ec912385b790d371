// The file store on a real temporary folder: atomic save, backup, conflicts, refusals.
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileStamp } from '../../electron/file-store';
import {
  BACKUP_SUFFIX,
  changedOnDisk,
  readDesignFile,
  saveDesignFile,
  writeFileAtomic,
} from '../../electron/file-store';
import { designText } from './fixtures';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'skyplan-store-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function opened(path: string): Promise<FileStamp> {
  const read = await readDesignFile(path);
  if (!read.ok) throw new Error(`could not open ${path}`);
  return read.stamp;
}

describe('saveDesignFile', () => {
  it('writes a new file and returns its stamp', async () => {
    const path = join(folder, 'shop.skyplan.json');
    const result = await saveDesignFile(path, designText('Shop'));
    expect(result.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(designText('Shop'));
    expect(await readdir(folder)).toEqual(['shop.skyplan.json']);
  });

  it('keeps the previous version as NAME.bak', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('Version 1'));
    const result = await saveDesignFile(path, designText('Version 2'), { expected: await opened(path) });
    expect(result.ok).toBe(true);
    expect(await readFile(path + BACKUP_SUFFIX, 'utf8')).toBe(designText('Version 1'));
    expect(await readFile(path, 'utf8')).toBe(designText('Version 2'));
  });

  it('leaves the old file intact when the rename fails (a crash between write and rename)', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('Good'));
    const failingRename = {
      rename: async () => {
        throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
      },
      copyFile: (from: string, to: string) => import('node:fs/promises').then((fs) => fs.copyFile(from, to)),
    };
    const result = await saveDesignFile(path, designText('New'), {
      expected: await opened(path),
      fs: failingRename,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.conflict).toBe(false);
      expect(result.error.code).toBe('desktop.error.writeFailed');
      expect(result.error.params.reason).toBe('EIO');
    }
    expect(await readFile(path, 'utf8')).toBe(designText('Good'));
    // No temp file is left behind either.
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes a document that does not validate', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('Good'));
    const broken = designText('Broken').replace('"10.0.0.0/16"', '"10.0.0.0/99"');
    const result = await saveDesignFile(path, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('desktop.error.refuseInvalid');
      expect(String(result.error.params.detail)).toContain('shop.skyplan.json');
    }
    expect(await readFile(path, 'utf8')).toBe(designText('Good'));
    expect(await readdir(folder)).toEqual(['shop.skyplan.json']);
    const notJson = await saveDesignFile(join(folder, 'new.skyplan.json'), '{ not json');
    expect(notJson.ok).toBe(false);
    expect(await readdir(folder)).toEqual(['shop.skyplan.json']);
  });

  it('reports a conflict when the file changed on disk since it was opened', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('Mine'));
    const stamp = await opened(path);
    await writeFile(path, designText('Someone else, a longer name'));
    const result = await saveDesignFile(path, designText('Mine, edited'), { expected: stamp });
    expect(result).toMatchObject({ ok: false, conflict: true, error: { code: 'desktop.error.conflict' } });
    expect(await readFile(path, 'utf8')).toBe(designText('Someone else, a longer name'));
    // The user chose to overwrite.
    const forced = await saveDesignFile(path, designText('Mine, edited'), { expected: stamp, force: true });
    expect(forced.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(designText('Mine, edited'));
  });

  it('does not call a touched but unchanged file a conflict', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('Same'));
    const stamp = await opened(path);
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    expect(await changedOnDisk(path, stamp)).toBe(false);
    expect((await saveDesignFile(path, designText('Next'), { expected: stamp })).ok).toBe(true);
  });

  it('detects a same-size edit through the content hash', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await writeFile(path, designText('AAAA'));
    const stamp = await opened(path);
    await writeFile(path, designText('BBBB'));
    const later = new Date(stamp.mtimeMs + 5_000);
    await utimes(path, later, later);
    expect((await stat(path)).size).toBe(stamp.size);
    expect(await changedOnDisk(path, stamp)).toBe(true);
  });
});

describe('readDesignFile', () => {
  it('returns a clear error naming the file and the place for a bad design', async () => {
    const path = join(folder, 'bad.skyplan.json');
    await writeFile(path, '{\n  "format": "skyplan",\n  "version": 1,\n  "name": 3\n}\n');
    const result = await readDesignFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('desktop.error.invalidDesign');
      expect(String(result.error.params.detail)).toMatch(/^bad\.skyplan\.json:\d+:\d+/);
    }
  });

  it('reports unreadable and missing files without throwing', async () => {
    const missing = await readDesignFile(join(folder, 'nope.skyplan.json'));
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'desktop.error.readFailed', params: { reason: 'ENOENT' } },
    });
    const dir = await readDesignFile(folder);
    expect(dir).toMatchObject({ ok: false, error: { code: 'desktop.error.notAFile' } });
  });

  it('reads a valid design with its stamp', async () => {
    const path = join(folder, 'ok.skyplan.json');
    await writeFile(path, designText('Fine'));
    const result = await readDesignFile(path);
    expect(result.ok && result.text).toBe(designText('Fine'));
    expect(result.ok && result.stamp.size).toBe(Buffer.byteLength(designText('Fine')));
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file or nothing', async () => {
    const path = join(folder, 'export.svg');
    await writeFileAtomic(path, '<svg>1</svg>');
    await writeFileAtomic(path, new TextEncoder().encode('<svg>2</svg>'));
    expect(await readFile(path, 'utf8')).toBe('<svg>2</svg>');
    expect(await readdir(folder)).toEqual(['export.svg']);
  });
});
