/**
 * The one IPC contract between preload and main (types, plus the channel list for tests). Each invoke
 * channel lists its argument tuple and its result; main registers handlers against it and the
 * preload's api object calls it, so a renamed channel or a changed payload fails the type check
 * on both sides. Main also validates every payload at run time (validate.ts): types are not
 * trust.
 *
 * Lives in shared/ so that main (electron/ipc.ts), the preload (electron/preload.ts) and the tests
 * read one declaration; it has no runtime dependency on either process.
 */
import type {
  Draft,
  ExportFile,
  FileRef,
  MenuCommand,
  OpenResult,
  RecentFile,
  SaveOptions,
  SaveResult,
} from './host';

export interface InvokeContract {
  'design:open': { args: []; result: OpenResult };
  'design:open-file': { args: [file: FileRef]; result: OpenResult };
  'design:save': {
    args: [text: string, file: FileRef | null, options: SaveOptions | undefined];
    result: SaveResult;
  };
  'design:recent': { args: []; result: RecentFile[] };
  'design:pending': { args: []; result: FileRef[] };
  'export:file': { args: [file: ExportFile]; result: SaveResult };
  'export:pdf': { args: [html: string, suggestedName: string]; result: SaveResult };
  'drafts:write': { args: [draft: Draft]; result: void };
  'drafts:list': { args: []; result: Draft[] };
  'drafts:discard': { args: [id: string]; result: void };
  'window:state': { args: [state: { title: string; dirty: boolean }]; result: void };
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];

/** Messages main sends to the renderer. */
export interface EventContract {
  'menu:command': MenuCommand;
}
export type EventChannel = keyof EventContract;

export const INVOKE_CHANNELS = [
  'design:open',
  'design:open-file',
  'design:save',
  'design:recent',
  'design:pending',
  'export:file',
  'export:pdf',
  'drafts:write',
  'drafts:list',
  'drafts:discard',
  'window:state',
] as const satisfies readonly InvokeChannel[];
