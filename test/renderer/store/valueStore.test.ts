/** The external value store behind session and view state (renderer/store/valueStore.ts). */
import { describe, expect, it } from 'vitest';
import { createValueStore } from '../../../renderer/store/valueStore';

describe('createValueStore', () => {
  it('tells subscribers of a new value, not of the same one, and stops after unsubscribing', () => {
    const store = createValueStore<{ n: number } | null>(null);
    const seen: ({ n: number } | null)[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    const one = { n: 1 };
    store.set(one);
    store.set(one);
    store.set(null);
    stop();
    store.set({ n: 2 });
    expect(seen).toEqual([one, null]);
    expect(store.get()).toEqual({ n: 2 });
  });

  it('tells every subscriber even when one unsubscribes another while they run', () => {
    const store = createValueStore(0);
    const calls: string[] = [];
    let stopSecond = () => {};
    store.subscribe(() => {
      calls.push('first');
      stopSecond();
    });
    stopSecond = store.subscribe(() => calls.push('second'));
    store.set(1);
    store.set(2);
    // The second was already due when the first removed it; after that it is gone.
    expect(calls).toEqual(['first', 'second', 'first']);
  });
});
