/**
 * How many full-detail shapes may mount in one frame. A zoom or a change that brings many shapes
 * into view at once (React Flow mounts what is on screen) would draw every one whole in one
 * task: a full shape (icon, fitted name, badges, chips) past the budget mounts as its bare frame
 * and fills in a frame later. A zoom or pan that brings a few hundred shapes into view stays
 * within the budget and draws them whole at once. (Opening a design no longer mounts every shape
 * at the previous zoom: nodes declare their handles, nodeHandles.ts, and the view is framed
 * before the first frame, Canvas.tsx.)
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
