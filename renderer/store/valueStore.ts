/**
 * One value kept outside React and the editor store: session and view state that is neither in
 * the document nor in its history (the lesson being worked on, toasts, the question the app is
 * asking, a view option, the shape under the pointer). Any code sets it; components read it with
 * `useValue`, through useSyncExternalStore, so only those whose reading changed re-render.
 */
import { useSyncExternalStore } from 'react';

export interface ValueStore<T> {
  get(): T;
  /** Replaces the value and tells every subscriber; the same value (Object.is) tells no one. */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // A copy: a listener may unsubscribe (its component unmounting) while they run.
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The store's value, or what `select` makes of it: the component re-renders only when that
 * changes, so `select` must return the same thing for the same value (a boolean, an id, a part
 * of the value, never a new object).
 */
export function useValue<T>(store: ValueStore<T>): T;
export function useValue<T, S>(store: ValueStore<T>, select: (value: T) => S): S;
export function useValue<T, S>(store: ValueStore<T>, select?: (value: T) => S): T | S {
  const read = (): T | S => (select ? select(store.get()) : store.get());
  return useSyncExternalStore<T | S>(store.subscribe, read, read);
}
