import { describe, expect, it } from 'vitest';
import { isTyping, matchesShortcut } from '../../../renderer/app/shortcuts';

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
});
