/**
 * The desktop file store, draft store and IPC validators against hostile input and crashes
 * (issue 14, defects 9, 10, 11, 15). Real temporary folders; no Electron needed.
 */
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftStore, MAX_DRAFTS } from '../../electron/draft-store';
import {
  BACKUP_SUFFIX,
  cleanStaleTemps,
  MAX_DESIGN_BYTES,
  readDesignFile,
  saveDesignFile,
} from '../../electron/file-store';
import { suggestedFileName } from '../../electron/file-names';
import { isSafeExternalUrl } from '../../electron/security';
import * as validate from '../../electron/validate';
import { designText } from './fixtures';

vi.mock('electron', () => import('./electron-mock'));

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'skyplan-hard-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('saving keeps what the user set up (defect 9)', () => {
  it('keeps a 0600 file 0600, and its .bak too', async () => {
    const path = join(folder, 'secret.skyplan.json');
    await fs.writeFile(path, designText('One'), { mode: 0o600 });
    await fs.chmod(path, 0o600);
    expect((await saveDesignFile(path, designText('Two'))).ok).toBe(true);
    expect((await fs.stat(path)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path + BACKUP_SUFFIX)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    await fs.mkdir(join(folder, 'real'));
    const target = join(folder, 'real', 'design.skyplan.json');
    const link = join(folder, 'link.skyplan.json');
    await fs.writeFile(target, designText('One'));
    await fs.symlink(target, link);
    expect((await saveDesignFile(link, designText('Two'))).ok).toBe(true);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe(designText('Two'));
    expect(await fs.readFile(target + BACKUP_SUFFIX, 'utf8')).toBe(designText('One'));
    expect((await fs.readdir(folder)).sort()).toEqual(['link.skyplan.json', 'real']);
  });
});

describe('backups and temporary files (defect 10)', () => {
  it('writes the .bak through a temporary file, never in place', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await fs.writeFile(path, designText('One'));
    const copies: string[] = [];
    const spy = {
      rename: fs.rename,
      copyFile: async (from: string, to: string) => {
        copies.push(to);
        await fs.copyFile(from, to);
      },
    };
    expect((await saveDesignFile(path, designText('Two'), { fs: spy })).ok).toBe(true);
    expect(copies).toHaveLength(1);
    expect(copies[0]).not.toBe(path + BACKUP_SUFFIX);
    expect(copies[0]).toMatch(/\.tmp$/);
    expect(await fs.readFile(path + BACKUP_SUFFIX, 'utf8')).toBe(designText('One'));
  });

  it('removes temporary files left by a killed save, on save and on request', async () => {
    const path = join(folder, 'shop.skyplan.json');
    await fs.writeFile(path, designText('One'));
    // Names as a save by a process that no longer exists leaves them (pid 2^22 + 1 is never live).
    const dead = 4194305;
    const stale = [
      `.shop.skyplan.json.${dead}-0a1b2c3d4e5f.tmp`,
      `.shop.skyplan.json.bak.${dead}-0a1b2c3d4e5f.tmp`,
    ];
    for (const name of stale) await fs.writeFile(join(folder, name), 'half a design');
    await fs.writeFile(join(folder, 'unrelated.tmp'), 'not ours');
    expect((await saveDesignFile(path, designText('Two'))).ok).toBe(true);
    expect((await fs.readdir(folder)).sort()).toEqual([
      'shop.skyplan.json',
      'shop.skyplan.json.bak',
      'unrelated.tmp',
    ]);
    for (const name of stale) await fs.writeFile(join(folder, name), 'half a design');
    expect(await cleanStaleTemps(folder)).toBe(2);
    expect(await fs.readdir(folder)).not.toContain(stale[0]);
  });
});

describe('the save limit is the open limit (defect 11)', () => {
  it('refuses to save text whose UTF-8 bytes exceed what open accepts', async () => {
    const path = join(folder, 'big.skyplan.json');
    // Under the limit in characters, over it in bytes (each é is two bytes).
    const padding = 'é'.repeat(Math.ceil(MAX_DESIGN_BYTES / 2) + 10);
    const text = designText('Big').replace('"name": "Big"', `"name": "Big", "description": "${padding}"`);
    expect(text.length).toBeLessThan(MAX_DESIGN_BYTES);
    expect(validate.isDesignText(text)).toBe(false);
    const result = await saveDesignFile(path, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('desktop.error.tooLarge');
    await expect(fs.stat(path)).rejects.toThrow();
    expect((await readDesignFile(path)).ok).toBe(false);
  });
});

describe('IPC validators never throw (defect 15)', () => {
  const hostile: unknown[] = [
    undefined,
    null,
    0,
    -1,
    NaN,
    'x',
    [],
    {},
    { id: 1, name: 2 },
    { toString: 1 },
    Object.create(null),
    `${'['.repeat(50000)}${']'.repeat(50000)}`,
    JSON.stringify({
      format: 'skyplan',
      version: 1,
      name: 'x',
      region: 'us-east-1',
      resources: [{ id: 'a', type: 'vpc', props: null }],
      connections: [],
    }),
    { id: 'ok', file: null, savedAt: 'x'.repeat(1000), text: 1 },
    {
      id: 'ok',
      file: null,
      savedAt: '2026-01-01T00:00:00Z',
      text: `${'{"a":'.repeat(30000)}1${'}'.repeat(30000)}`,
    },
    { name: 'a.png', mime: 'image/png', data: { byteLength: 1 } },
  ];
  const validators = Object.entries(validate).filter(([, value]) => typeof value === 'function') as [
    string,
    (value: unknown) => boolean,
  ][];

  it.each(validators)('%s returns a boolean for every hostile value', (_name, check) => {
    for (const value of hostile) expect(typeof check(value)).toBe('boolean');
  });
});

describe('draft store cap (defect 15)', () => {
  it(`keeps at most MAX_DRAFTS drafts and refuses more`, async () => {
    const store = new DraftStore(join(folder, 'drafts'));
    for (let i = 0; i < MAX_DRAFTS; i++) {
      await store.write({
        id: `d${i}`,
        file: null,
        savedAt: new Date(2026, 0, 1, 0, i).toISOString(),
        text: designText(`D${i}`),
      });
    }
    await expect(
      store.write({ id: 'one-more', file: null, savedAt: '2026-02-01T00:00:00.000Z', text: designText('X') }),
    ).rejects.toThrow(/drafts/);
    // Rewriting an existing draft is always allowed.
    await store.write({ id: 'd0', file: null, savedAt: '2026-02-01T00:00:00.000Z', text: designText('D0b') });
    expect(await store.list()).toHaveLength(MAX_DRAFTS);
  });
});

describe('external links (defect 15)', () => {
  it.each([
    'http://127.0.0.1:631/',
    'http://localhost:8080/',
    'http://app.localhost/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/',
    'http://0.0.0.0/',
    'http://0x7f.1/',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each(['https://aws.amazon.com/', 'http://example.com/x?y=1', 'https://10.1.2.3.nip.io/'])(
    'allows %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );
});

describe('file names (defect 15)', () => {
  it.each([
    ['CON', /^_CON/],
    ['con.txt', /^_con/],
    ['LPT1', /^_LPT1/],
    ['a:b', /^a-b/],
    ['evil\u202Egnp.exe', /^evilgnp\.exe/],
    ['  . ', /^design/],
  ])('suggests a portable name for %j', (name, expected) => {
    const suggested = suggestedFileName(name, '.skyplan.json');
    expect(suggested).toMatch(expected);
    expect(suggested.endsWith('.skyplan.json')).toBe(true);
    expect(validate.isSafeFileName(suggested)).toBe(true);
  });

  it.each(['CON', 'con.png', 'a:b.png', 'x\u202Egnp.exe', 'NUL.skyplan.json', 'name.', 'name '])(
    'refuses %j as an export file name',
    (name) => {
      expect(validate.isSafeFileName(name)).toBe(false);
    },
  );
});
