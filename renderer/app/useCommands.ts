/** Builds the command context and binds command shortcuts to the window. */
import { useCallback, useEffect, useMemo } from 'react';
import { useCanvasActions } from '../canvas/actions';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { COMMANDS } from './commands';
import type { Command, CommandContext } from './command';
import { askConfirm } from './confirm';
import { useHost } from './host';
import { isTyping, matchesShortcut, shortcutsOf } from './shortcuts';
import { showToast } from './toast';

export function useCommandContext(): CommandContext {
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const host = useHost();
  const t = useT();
  return useMemo(
    () => ({
      store,
      canvas,
      host,
      t,
      toast: showToast,
      confirm: askConfirm,
    }),
    [store, canvas, host, t],
  );
}

export function useRunCommand(): (command: Command) => void {
  const ctx = useCommandContext();
  return useCallback(
    (command: Command) => {
      if (command.enabled && !command.enabled(ctx.store.getState())) return;
      void command.run(ctx);
    },
    [ctx],
  );
}

export function useCommandShortcuts(): void {
  const run = useRunCommand();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event)) return;
      for (const command of COMMANDS) {
        if (shortcutsOf(command.shortcut).some((s) => matchesShortcut(event, s))) {
          event.preventDefault();
          run(command);
          return;
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
