/** A top-bar menu: its button, and the list of its commands with their shortcuts. */
import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/index';
import { useT } from '../i18n';
import { useEditor } from '../store/index';
import type { Command, CommandGroup } from './command';
import { displayShortcut, shortcutsOf } from './shortcuts';
import { useRunCommand } from './useCommands';

const GROUP_LABEL: Record<CommandGroup, MessageKey> = {
  file: 'ui.menu.file',
  edit: 'ui.menu.edit',
  view: 'ui.menu.view',
  export: 'ui.menu.export',
  simulate: 'ui.menu.simulate',
};

export function Menu({ group, commands }: { group: CommandGroup; commands: Command[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    }
    // Esc closes the menu and nothing else: first (capture), marked handled for the shortcuts.
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
    }
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={`menu-${group}`}
        onClick={() => setOpen((value) => !value)}
      >
        {t(GROUP_LABEL[group])}
      </button>
      {open && <MenuList commands={commands} close={() => setOpen(false)} />}
    </div>
  );
}

/** Rendered only while open, so closed menus do not re-render on every edit. */
function MenuList({ commands, close }: { commands: Command[]; close: () => void }) {
  const t = useT();
  const run = useRunCommand();
  const state = useEditor((s) => s);
  return (
    <div className="menu-list" role="menu">
      {commands.map((command) => {
        const shortcut = shortcutsOf(command.shortcut)[0];
        const disabled = command.enabled ? !command.enabled(state) : false;
        const checked = command.checked?.(state);
        return (
          <button
            key={command.id}
            type="button"
            role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={checked}
            disabled={disabled}
            data-command={command.id}
            onClick={() => {
              close();
              run(command);
            }}
          >
            <span className="menu-check">{checked ? '✓' : ''}</span>
            <span className="menu-label">{t(command.labelKey)}</span>
            {shortcut && <kbd>{displayShortcut(shortcut)}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
