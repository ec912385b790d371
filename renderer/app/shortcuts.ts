/** Matching keyboard events against the registry's shortcut strings. */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcutsOf(shortcut: string | readonly string[] | undefined): readonly string[] {
  if (!shortcut) return [];
  return typeof shortcut === 'string' ? [shortcut] : shortcut;
}

/** "Mod+Shift+Z" as shown in menus: "Ctrl+Shift+Z" or "⌘⇧Z"; "Escape" as "Esc". */
export function displayShortcut(shortcut: string): string {
  if (shortcut === 'Escape') return 'Esc';
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1] as string;
  const mods = new Set(parts.slice(0, -1));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mods.has('Mod') !== mod) return false;
  if (mods.has('Alt') !== event.altKey) return false;
  // Shift is checked only when asked for or when the key is a letter (Mod+Z vs Mod+Shift+Z);
  // "Shift+1" comes as key "!" on US layouts, so digits match on event.code too.
  const wantsShift = mods.has('Shift');
  if (wantsShift !== event.shiftKey && (wantsShift || /^[A-Za-z]$/.test(key))) return false;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key.toLowerCase();
}

/**
 * True when the event comes from a field where keys mean text, not commands, or from an open
 * dialog, whose keys are its own (Esc answers it, Delete must not delete behind it).
 */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  const tag = target.tagName;
  if (typeof target.closest === 'function' && target.closest('dialog[open]')) return true;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}
