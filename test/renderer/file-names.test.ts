/**
 * One naming style for files in renderer/ (CONTRIBUTING.md): a file named after the React
 * component it exports is PascalCase, a hook useThing, anything else camelCase. Tools' own
 * conventions keep their suffix: `*.worker.ts` (a Vite worker), `vite.config.ts`.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', 'renderer');
const SOURCE = /\.(ts|tsx|css)$/;
const NAME = /^([a-z][a-zA-Z0-9]*|[A-Z][a-zA-Z0-9]*)(\.worker|\.config)?\.(ts|tsx|css)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

function misnamed(files: readonly string[]): string[] {
  return files.filter((file) => !NAME.test(file.split(/[\\/]/).pop() ?? ''));
}

describe('renderer file names', () => {
  it('tells camelCase and PascalCase from kebab-case and snake_case', () => {
    expect(
      misnamed(['a/routeTargets.ts', 'RuleTable.tsx', 'useThing.ts', 'engine.worker.ts', 'files.css']),
    ).toEqual([]);
    expect(misnamed(['export/menu-commands.ts', 'files/ui_state.ts', 'deploy/canvas-tasks.css'])).toEqual([
      'export/menu-commands.ts',
      'files/ui_state.ts',
      'deploy/canvas-tasks.css',
    ]);
  });

  it('holds for every source file in renderer/', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(50);
    expect(misnamed(files)).toEqual([]);
  });
});
