// Files given on the command line or by the file association.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argvSkip, designPathsFromArgv } from '../../electron/launch-args';

describe('designPathsFromArgv', () => {
  it('finds designs after the binary (packaged) or the app folder (development)', () => {
    const packaged = ['/opt/Skyplan/skyplan', '--enable-features=X', 'shop.skyplan.json', 'notes.txt'];
    expect(designPathsFromArgv(packaged, '/home/me', argvSkip(true))).toEqual([
      resolve('/home/me', 'shop.skyplan.json'),
    ]);
    const dev = [
      '/repo/node_modules/electron/dist/electron',
      '.',
      '/abs/a.SKYPLAN.JSON',
      '/abs/a.SKYPLAN.JSON',
    ];
    expect(designPathsFromArgv(dev, '/repo', argvSkip(false))).toEqual(['/abs/a.SKYPLAN.JSON']);
  });

  it('ignores switches even when they end like a design', () => {
    expect(designPathsFromArgv(['exe', '--open=x.skyplan.json'], '/', 1)).toEqual([]);
  });
});
