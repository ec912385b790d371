import { describe, expect, it } from 'vitest';
import { displayShortcut, isTyping, matchesShortcut } from '../../../renderer/app/shortcuts';

function key(init: Partial<KeyboardEvent> & { key: string }): KeyboardEvent {
  return {
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    code: '',
    target: null,
    ...init,
  } as KeyboardEvent;
}

describe('shortcuts', () => {
  it('tells Mod+Z from Mod+Shift+Z', () => {
    expect(matchesShortcut(key({ key: 'z', ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(key({ key: 'z' }), 'Mod+Z')).toBe(false);
  });

  it('matches Shift+1 by key position, and plain keys without modifiers', () => {
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', shiftKey: true }), 'Shift+1')).toBe(true);
    expect(matchesShortcut(key({ key: 'f' }), 'F')).toBe(true);
    expect(matchesShortcut(key({ key: 'f', ctrlKey: true }), 'F')).toBe(false);
    expect(matchesShortcut(key({ key: 'Delete' }), 'Delete')).toBe(true);
  });

  it('treats inputs, selects and text areas as typing', () => {
    expect(
      isTyping(
        key({ key: 'a', target: { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget }),
      ),
    ).toBe(true);
    expect(
      isTyping(
        key({ key: 'a', target: { tagName: 'DIV', isContentEditable: false } as unknown as EventTarget }),
      ),
    ).toBe(false);
  });

  it('leaves the keys of an open dialog to the dialog (Delete on its button deletes nothing behind it)', () => {
    const inDialog = (selector: string) => selector === 'dialog[open]';
    const button = { tagName: 'BUTTON', isContentEditable: false, closest: inDialog };
    expect(isTyping(key({ key: 'Delete', target: button as unknown as EventTarget }))).toBe(true);
    const onCanvas = { tagName: 'DIV', isContentEditable: false, closest: () => null };
    expect(isTyping(key({ key: 'Delete', target: onCanvas as unknown as EventTarget }))).toBe(false);
  });

  it('matches and shows Escape (select none) as Esc', () => {
    expect(matchesShortcut(key({ key: 'Escape' }), 'Escape')).toBe(true);
    expect(matchesShortcut(key({ key: 'Escape', ctrlKey: true }), 'Escape')).toBe(false);
    expect(displayShortcut('Escape')).toBe('Esc');
  });
});
