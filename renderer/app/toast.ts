/**
 * Transient messages (a refused drop, a failed save). A tiny external store so any code, React
 * or not, can call showToast; <Toasts/> renders them.
 */
import { useSyncExternalStore } from 'react';

export type ToastTone = 'info' | 'error';
export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

const DURATION_MS = 6000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of [...listeners]) listener();
}

export function showToast(message: string, tone: ToastTone = 'info'): void {
  const toast = { id: nextId++, message, tone };
  toasts = [...toasts.slice(-3), toast];
  emit();
  setTimeout(() => dismissToast(toast.id), DURATION_MS);
}

export function dismissToast(id: number): void {
  const kept = toasts.filter((toast) => toast.id !== id);
  if (kept.length !== toasts.length) {
    toasts = kept;
    emit();
  }
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
