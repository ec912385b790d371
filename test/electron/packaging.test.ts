// The packaging config's shape, checked against electron-builder's own schema. A real build needs
// the Electron zip from GitHub, so this is what can be verified offline; see also the manual
// `electron-builder --linux dir` run with a stand-in Electron in the desktop report.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { add(): void; isEnabled: boolean }): Promise<void>;
};

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));
type Config = Record<string, unknown> & {
  files: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};
const config = yaml.load(read('electron-builder.yml').toString('utf8')) as Config;
const pkg = JSON.parse(read('package.json').toString('utf8')) as Record<string, unknown>;
const logger = { add: () => undefined, isEnabled: false };

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    // The validator does reject mistakes (so the line above can fail).
    await expect(
      validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, logger),
    ).rejects.toThrow();
    // Loading electron-builder's schema takes seconds on a busy machine.
  }, 60_000);

  it('packages only the built app: no sources, configs or tests', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['dist/**', 'dist-electron/**', 'package.json']);
    expect(config.npmRebuild).toBe(false);
    expect(pkg.main).toBe('dist-electron/main.cjs');
    // Renderer libraries are bundled by Vite, main and preload by esbuild: nothing to copy in.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage, deb, NSIS and DMG and opens .skyplan.json files', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['skyplan.json']);
  });

  it('points at icons that exist and are well formed', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = read(`${config.linux.icon}/${size}x${size}.png`);
      expect(png.readUInt32BE(16), `${size}px width`).toBe(size);
      expect(png.readUInt32BE(20), `${size}px height`).toBe(size);
    }
    const ico = read(config.win.icon);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = read(config.mac.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(existsSync(new URL('assets/icons/app/skyplan.svg', root))).toBe(true);
  });
});

describe('package.json', () => {
  it('never downloads Electron during npm install (npm start fetches it once instead)', () => {
    expect((pkg.allowScripts as Record<string, boolean>).electron).toBe(false);
    expect((pkg.scripts as Record<string, string>).start).toBe('node scripts/start-electron.mjs');
  });
});
