/**
 * Files the app was asked to open: `skyplan-desktop shop.skyplan.json`, a double-click on a
 * file (Windows/Linux pass it in argv; macOS sends 'open-file'), or a second launch forwarded
 * by the single-instance lock. Pure, so it is tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';

export const DESIGN_EXTENSION = '.skyplan.json';

/**
 * Design paths in `argv`, made absolute against `cwd`. Skips the executable, the app path in
 * development (`electron .`), Chromium switches (`--foo`) and anything that is not a design.
 */
export function designPathsFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(skip)) {
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(DESIGN_EXTENSION)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!found.includes(path)) found.push(path);
  }
  return found;
}

/** argv entries before the user's own: the binary, plus the app folder when not packaged. */
export function argvSkip(packaged: boolean): number {
  return packaged ? 1 : 2;
}
