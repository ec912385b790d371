import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(process.cwd(), 'scripts/check-imports.mjs');
let tree = '';

function project(files: Record<string, string>): string {
  tree = mkdtempSync(join(tmpdir(), 'skyplan-imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  return tree;
}

function check(root: string) {
  const run = spawnSync(process.execPath, [script, '--json', '--root', root], { encoding: 'utf8' });
  return {
    status: run.status,
    report: JSON.parse(run.stdout) as { cycles: string[][]; boundary: { file: string }[] },
  };
}

afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe('scripts/check-imports.mjs', () => {
  it('passes a layered tree: renderer and electron both import shared, shared reads assets', () => {
    const { status, report } = check(
      project({
        'shared/host/host.ts': 'export interface FileRef { id: string }\n',
        'shared/lessons/bundled.ts':
          "import lesson from '../../assets/lessons/one.json';\nexport default lesson;\n",
        'assets/lessons/one.json': '{}',
        'renderer/host/host.ts': "export type { FileRef } from '../../shared/host/host';\n",
        'electron/files.ts':
          "import type { FileRef } from '../shared/host/host';\nexport const f = (r: FileRef) => r;\n",
        'cli/main.ts': "import '../shared/host/host';\n",
      }),
    );
    expect(report).toMatchObject({ cycles: [], boundary: [] });
    expect(status).toBe(0);
  });

  it('fails on a cycle, type-only imports included', () => {
    const { status, report } = check(
      project({
        'renderer/app/commands.ts':
          "import { edit } from './edit';\nexport const all = [edit];\nexport type C = string;\n",
        'renderer/app/edit.ts': "import type { C } from './commands';\nexport const edit: C = 'x';\n",
      }),
    );
    expect(report.cycles).toEqual([['renderer/app/commands.ts', 'renderer/app/edit.ts']]);
    expect(status).toBe(1);
  });

  it('fails on every cross-process import, both directions, and on production code importing tests', () => {
    const { status, report } = check(
      project({
        'electron/files.ts': "import type { Host } from '../renderer/host/host';\n",
        'renderer/host/host.ts': 'export interface Host { kind: string }\n',
        'renderer/host/electron-host.ts': "import type { Api } from '../../electron/preload-api';\n",
        'electron/preload-api.ts': 'export interface Api { open(): void }\n',
        'shared/model/load.ts': "import '../../cli/main';\n",
        'cli/main.ts': 'export {};\n',
        'renderer/bench/design.ts': "import { generate } from '../../test/bench/generate';\n",
        'test/bench/generate.ts': 'export const generate = 1;\n',
      }),
    );
    expect(report.boundary.map((found) => found.file).sort()).toEqual([
      'electron/files.ts',
      'renderer/bench/design.ts',
      'renderer/host/electron-host.ts',
      'shared/model/load.ts',
    ]);
    expect(status).toBe(1);
  });
});
