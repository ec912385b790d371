/**
 * Transient messages (a refused drop, a failed save). A tiny external store so any code, React
 * or not, can call showToast; <Toasts/> renders them.
 */
import { createValueStore, useValue } from '../store/valueStore';

export type ToastTone = 'info' | 'error';
export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

const DURATION_MS = 6000;
const toasts = createValueStore<Toast[]>([]);
let nextId = 1;

export function showToast(message: string, tone: ToastTone = 'info'): void {
  const toast = { id: nextId++, message, tone };
  toasts.set([...toasts.get().slice(-3), toast]);
  setTimeout(() => dismissToast(toast.id), DURATION_MS);
}

export function dismissToast(id: number): void {
  const kept = toasts.get().filter((toast) => toast.id !== id);
  if (kept.length !== toasts.get().length) toasts.set(kept);
}

export function useToasts(): Toast[] {
  return useValue(toasts);
}
