/**
 * What an edit replaced in place. The editor never changes a record in place (immer gives an
 * edited resource or connection a new object and keeps the others), so comparing two versions
 * of a list by identity, place by place, finds what an inspector edit touched without a map of
 * every id. Several incremental derivations start from this: the engine worker's patches
 * (renderer/engine/patch.ts), the attachments (shared/diagram/attachments.ts) and the canvas's
 * flow model (renderer/canvas/flowDocument.ts). Each adds its own condition on what it can follow.
 */
import type { Resource } from './types';

/** A record of the edited list and the one it took the place of. */
export interface Replacement<T> {
  was: T;
  now: T;
}

/**
 * The records of `after` that are new objects at the place of one of `before` with the same id,
 * in list order; null when the lists differ in any other way (an id moved, came or went) or more
 * than `max` were replaced.
 */
export function replacedInPlace<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  max = Infinity,
): Replacement<T>[] | null {
  if (before.length !== after.length) return null;
  const replaced: Replacement<T>[] = [];
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!;
    const now = after[i]!;
    if (was === now) continue;
    if (replaced.length >= max || was.id !== now.id) return null;
    replaced.push({ was, now });
  }
  return replaced;
}

/**
 * Like replacedInPlace, but also null when a replaced resource changed its type or its parent:
 * then where it is drawn and what it is grouped with may change, which an edit of its settings
 * (a route, a name, a size) never does.
 */
export function resourcesEditedInPlace(
  before: readonly Resource[],
  after: readonly Resource[],
  max = Infinity,
): Replacement<Resource>[] | null {
  const replaced = replacedInPlace(before, after, max);
  if (!replaced) return null;
  for (const { was, now } of replaced) {
    if (was.type !== now.type || was.parent !== now.parent) return null;
  }
  return replaced;
}
