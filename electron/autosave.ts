/**
 * Drafts IPC. The page autosaves (every 30 s and when the window loses focus, see
 * renderer/files/) through host.drafts.write; main keeps each draft in the user-data folder,
 * never over the user's file, remembers which window wrote it (so a clean close can drop it)
 * and offers every remaining draft back after a crash (host.drafts.list).
 */
import type { AppContext } from './context';
import type { IpcRouter } from './ipc';
import { tuple } from './ipc';
import { isDraftId, isDraftRecord } from './validate';

export function setupDraftIpc(ctx: AppContext, router: IpcRouter): void {
  router.handle('drafts:write', tuple(isDraftRecord), async (event, draft) => {
    ctx.sessions.get(event.sender.id)?.drafts.add(draft.id);
    await ctx.drafts.write(draft);
  });
  router.handle('drafts:list', tuple(), () => ctx.drafts.list());
  router.handle('drafts:discard', tuple(isDraftId), async (event, id) => {
    ctx.sessions.get(event.sender.id)?.drafts.delete(id);
    await ctx.drafts.discard(id);
  });
}
