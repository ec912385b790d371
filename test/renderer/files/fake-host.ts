// A Host for the file-flow tests: scripted picker answers, recorded saves, in-memory drafts.
import type { Draft, FileRef, Host, OpenResult, SaveOptions, SaveResult } from '../../../renderer/host/host';

export interface FakeHost extends Host {
  opens: OpenResult[];
  saves: { text: string; file: FileRef | null; options: SaveOptions | undefined }[];
  saveResults: SaveResult[];
  draftStore: Map<string, Draft>;
  titles: { title: string; dirty: boolean }[];
}

export function fakeHost(): FakeHost {
  const host: FakeHost = {
    kind: 'browser',
    opens: [],
    saves: [],
    saveResults: [],
    draftStore: new Map(),
    titles: [],
    async openDesign() {
      return host.opens.shift() ?? { ok: false, cancelled: true };
    },
    async openFile() {
      return host.opens.shift() ?? { ok: false, cancelled: true };
    },
    async saveDesign(text, design, file, options) {
      host.saves.push({ text, file, options });
      return (
        host.saveResults.shift() ?? {
          ok: true,
          file: file ?? { id: 'new', name: `${design.name}.skyplan.json` },
        }
      );
    },
    async recentFiles() {
      return [];
    },
    async exportFile(file) {
      return { ok: true, file: { id: file.name, name: file.name } };
    },
    drafts: {
      async write(draft) {
        host.draftStore.set(draft.id, draft);
      },
      async list() {
        return [...host.draftStore.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
      },
      async discard(id) {
        host.draftStore.delete(id);
      },
    },
    setWindowState(state) {
      host.titles.push(state);
    },
    onMenuCommand() {
      return () => undefined;
    },
    async pendingOpenFiles() {
      return [];
    },
  };
  return host;
}
