/** View menu: fit, zoom, tidy layout, theme, language. */
import { layoutOf } from '../engine/layout';
import { applyLayout } from '../../shared/edit/index';
import { isNetworkDetails, setNetworkDetails } from '../canvas/viewOptions';
import type { Command } from './command';

export const viewCommands: Command[] = [
  {
    id: 'view.fit',
    labelKey: 'ui.cmd.fitView',
    shortcut: ['Shift+1', 'F'],
    group: 'view',
    run: ({ canvas }) => canvas.fitView(),
  },
  {
    id: 'view.zoomIn',
    labelKey: 'ui.cmd.zoomIn',
    shortcut: 'Mod+=',
    group: 'view',
    run: ({ canvas }) => canvas.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    labelKey: 'ui.cmd.zoomOut',
    shortcut: 'Mod+-',
    group: 'view',
    run: ({ canvas }) => canvas.zoomOut(),
  },
  {
    id: 'view.autoLayout',
    labelKey: 'ui.cmd.autoLayout',
    group: 'view',
    enabled: (s) => s.design.resources.length > 0,
    // Lays the whole design out again (AZ columns and public/private rows, ELK around them):
    // one undo entry, so a bad result is one Ctrl+Z.
    // ELK runs in the engine worker; if the design changed while it ran, lay out the new one.
    run: async ({ store, canvas }) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const design = store.getState().design;
        const boxes = await layoutOf(design);
        if (!boxes) return; // a newer layout request took over
        if (store.getState().design !== design && attempt < 2) continue;
        store.perform(applyLayout, { boxes });
        break;
      }
      requestAnimationFrame(() => canvas.fitView());
    },
  },
  {
    id: 'view.networkDetails',
    labelKey: 'diagram.cmd.networkDetails',
    shortcut: 'Shift+N',
    group: 'view',
    // Route tables, NACLs and security groups are chips by default; this draws them as nodes.
    checked: () => isNetworkDetails(),
    run: ({ canvas }) => {
      setNetworkDetails(!isNetworkDetails());
      requestAnimationFrame(() => canvas.fitView());
    },
  },
  {
    id: 'view.theme',
    labelKey: 'ui.cmd.toggleTheme',
    group: 'view',
    checked: (s) => s.theme === 'dark',
    run: ({ store }) => store.setTheme(store.getState().theme === 'dark' ? 'light' : 'dark'),
  },
  {
    id: 'view.locale',
    labelKey: 'ui.cmd.toggleLocale',
    group: 'view',
    run: ({ store }) => store.setLocale(store.getState().locale === 'ko' ? 'en' : 'ko'),
  },
];
