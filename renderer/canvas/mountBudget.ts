/**
 * How many full-detail shapes may mount in one frame. Opening a design mounts every shape at
 * once: React Flow renders each node once before it knows its handles (even off screen), at the
 * zoom of the previous document, and only then does the new document get framed, usually far
 * out, where the shapes draw as tiles. A full shape (icon, fitted name, badges, chips) past the
 * budget mounts as its bare frame and fills in a frame later, by which time most have switched to
 * tiles and never need their content. A zoom or pan that brings a few hundred shapes into view
 * stays within the budget and draws them whole at once.
 */

/** A counter of mounts that starts over each frame. `take()` is false once the frame's budget is spent. */
export function createMountBudget(
  limit: number,
  nextFrame: (callback: () => void) => void,
): { take(): boolean } {
  let used = 0;
  let scheduled = false;
  return {
    take() {
      if (!scheduled) {
        scheduled = true;
        nextFrame(() => {
          used = 0;
          scheduled = false;
        });
      }
      used++;
      return used <= limit;
    },
  };
}

/** Full shapes per frame (a screen of a dense design is a few hundred). */
export const FULL_SHAPES_PER_FRAME = 300;

export const fullShapeBudget = createMountBudget(FULL_SHAPES_PER_FRAME, (callback) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(callback);
  else setTimeout(callback, 16);
});
