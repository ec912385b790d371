/**
 * Drafts IPC. The page autosaves (at the next idle moment after every edit, and when the page
 * is hidden or closed, see renderer/files/autosave.ts) through host.drafts.write; main keeps
 * each draft in the user-data folder, never over the user's file, remembers which window wrote
 * it (so a clean close can drop it) and offers every remaining draft back after a crash
 * (host.drafts.list).
 */
import type { AppContext } from './context';
import type { IpcRouter } from './ipc';
import { IpcRejected, tuple } from './ipc';
import { checkDesignTextAsync } from './design-check';
import { isDraftId, isDraftShape } from './validate';

export function setupDraftIpc(ctx: AppContext, router: IpcRouter): void {
  // Runs once at start: temporary files of draft writes a crash interrupted are removed.
  void ctx.drafts.clean();
  router.handle('drafts:write', tuple(isDraftShape), async (event, draft) => {
    // Never keep a draft that is not a design; a large one is checked off the main thread.
    const problem = await checkDesignTextAsync(draft.text, `draft ${draft.id}`, ctx.locale);
    if (problem) throw new IpcRejected('drafts:write', `invalid payload (${problem.detail})`);
    ctx.sessions.get(event.sender.id)?.drafts.add(draft.id);
    await ctx.drafts.write(draft);
  });
  router.handle('drafts:list', tuple(), () => ctx.drafts.list());
  router.handle('drafts:discard', tuple(isDraftId), async (event, id) => {
    ctx.sessions.get(event.sender.id)?.drafts.delete(id);
    await ctx.drafts.discard(id);
  });
}
