import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('eslint.config.js: imports across the process lines', () => {
  it('refuses the renderer in electron/, and electron/ in the renderer', async () => {
    expect(
      await restricted('electron/probe.ts', "import type { Host } from '../renderer/host/host';\n"),
    ).toHaveLength(1);
    expect(
      await restricted(
        'renderer/host/probe.ts',
        "import type { SkyplanApi } from '../../electron/preload';\n",
      ),
    ).toContainEqual(expect.stringContaining('must not import the desktop shell'));
  });

  it('refuses other layers and tests in shared/, and tests in production code', async () => {
    expect(await restricted('shared/model/probe.ts', "import '../../renderer/main';\n")).toHaveLength(1);
    expect(await restricted('shared/model/probe.ts', "import '../../test/bench/generate';\n")).toHaveLength(
      1,
    );
    expect(await restricted('renderer/bench/probe.ts', "import '../../test/bench/generate';\n")).toHaveLength(
      1,
    );
    expect(await restricted('cli/probe.ts', "import '../renderer/main';\n")).toHaveLength(1);
  });

  it('lets both processes import the contract in shared/host/', async () => {
    expect(
      await restricted('electron/probe.ts', "import type { Host } from '../shared/host/host';\n"),
    ).toEqual([]);
    expect(
      await restricted('renderer/host/probe.ts', "import type { Host } from '../../shared/host/host';\n"),
    ).toEqual([]);
  });
});
