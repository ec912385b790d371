import { describe, expect, it } from 'vitest';
import { askConfirm, askFileName, confirmStore, designFileName } from '../../../renderer/app/confirm';

describe('askConfirm', () => {
  it('shows the question until it is answered, then resolves with the answer', async () => {
    const answer = askConfirm({ message: 'Delete 3 items?', confirmLabel: 'Delete', danger: true });
    const shown = confirmStore.get();
    expect(shown).toMatchObject({ message: 'Delete 3 items?', confirmLabel: 'Delete', danger: true });
    shown?.answer(true);
    await expect(answer).resolves.toBe(true);
    expect(confirmStore.get()).toBeNull();
  });

  it('answers an open question "no" when another is asked, so no caller waits forever', async () => {
    const first = askConfirm({ message: 'first' });
    const second = askConfirm({ message: 'second' });
    await expect(first).resolves.toBe(false);
    expect(confirmStore.get()?.message).toBe('second');
    confirmStore.get()?.answer(false);
    await expect(second).resolves.toBe(false);
  });

  it('tells subscribers when the question changes', () => {
    let calls = 0;
    const unsubscribe = confirmStore.subscribe(() => calls++);
    void askConfirm({ message: 'x' });
    confirmStore.get()?.answer(true);
    unsubscribe();
    expect(calls).toBe(2);
  });
});

describe('askFileName', () => {
  it('offers the suggested name and adds the design extension to what is typed', async () => {
    const name = askFileName('My design.skyplan.json');
    expect(confirmStore.get()?.fileName).toBe('My design.skyplan.json');
    confirmStore.get()?.answer(true, '  shop ');
    await expect(name).resolves.toBe('shop.skyplan.json');
  });

  it('resolves null when cancelled or left empty', async () => {
    const cancelled = askFileName('a.skyplan.json');
    confirmStore.get()?.answer(false, 'b');
    await expect(cancelled).resolves.toBeNull();
    const empty = askFileName('a.skyplan.json');
    confirmStore.get()?.answer(true, '   ');
    await expect(empty).resolves.toBeNull();
  });

  it('keeps a name that already ends in .skyplan.json', () => {
    expect(designFileName('x.skyplan.json')).toBe('x.skyplan.json');
    expect(designFileName('x.SKYPLAN.JSON')).toBe('x.SKYPLAN.JSON');
    expect(designFileName('x.json')).toBe('x.json.skyplan.json');
  });
});
