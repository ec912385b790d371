/**
 * Chooses the Host: the Electron bridge when the preload script exposed `window.skyplan`, else
 * the browser host (file picker, downloads, localStorage).
 */
import { localeFrom } from '../../shared/i18n/index';
import { domFiles } from './browserFiles';
import { createBrowserHost } from './browserHost';
import { pageStorage } from './browserStorage';
import { createElectronHost } from './electronHost';
import type { Host } from './host';

type Bridge = Parameters<typeof createElectronHost>[0];

export function chooseHost(win: Window = window): Host {
  const bridge = (win as Window & { skyplan?: Bridge }).skyplan;
  if (bridge) return createElectronHost(bridge);
  return createBrowserHost({
    storage: pageStorage(win),
    files: domFiles(win),
    // App keeps <html lang> in step with the editor's locale.
    locale: () => localeFrom(win.document.documentElement.lang || win.navigator.language),
  });
}

export type { Host } from './host';
