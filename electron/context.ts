/**
 * Everything the setup modules share, built once in main.ts and passed in (no module-level
 * singletons, so each test builds its own).
 */
import { join } from 'node:path';
import type { Locale, Translate } from '../shared/i18n/index';
import { localeFrom, translator } from '../shared/i18n/index';
import { ReportPages } from './app-protocol';
import { DraftStore } from './draft-store';
import { RecentFiles } from './recent-files';
import { WindowSessions } from './window-session';

export interface AppPaths {
  /** The built renderer (dist/). */
  renderer: string;
  /** The bundled preload script (dist-electron/preload.cjs). */
  preload: string;
  /** Per-user data folder (app.getPath('userData')). */
  userData: string;
  /** Window icon for Linux/Windows, or undefined when not built. */
  icon?: string;
}

export interface AppContext {
  readonly locale: Locale;
  readonly t: Translate;
  readonly version: string;
  readonly paths: AppPaths;
  readonly sessions: WindowSessions;
  readonly recent: RecentFiles;
  readonly drafts: DraftStore;
  readonly reports: ReportPages;
  readonly boundsFile: string;
  /** Set on before-quit, so a window closed after its prompt lets the quit carry on. */
  quitting: boolean;
  /** Called after the recent list changed (the menu rebuilds its Open Recent submenu). */
  onRecentChanged: () => void;
}

export function createContext(options: {
  systemLocale: string;
  version: string;
  paths: AppPaths;
}): AppContext {
  const locale = localeFrom(options.systemLocale);
  const { userData } = options.paths;
  return {
    locale,
    t: translator(locale),
    version: options.version,
    paths: options.paths,
    sessions: new WindowSessions(),
    recent: new RecentFiles(join(userData, 'recent-files.json')),
    drafts: new DraftStore(join(userData, 'drafts')),
    reports: new ReportPages(),
    boundsFile: join(userData, 'window-bounds.json'),
    quitting: false,
    onRecentChanged: () => undefined,
  };
}
