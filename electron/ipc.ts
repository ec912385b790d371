/**
 * The one choke point for renderer→main calls (Electron Fiddle's ipc.ts idea, typed). Every
 * handler registered here:
 *  - answers only our own windows' top frames showing our own pages (not a subframe, not a
 *    webview, not a page that somehow navigated elsewhere);
 *  - checks the payload's shape before the handler runs (validate.ts);
 *  - is typed by the contract, so channel names and payloads cannot drift from the preload.
 * A rejected call throws, which rejects the renderer's promise with a plain message.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeArgs, InvokeChannel, InvokeResult } from '../shared/host/ipc-contract';
import { isAppUrl } from './security';

export type ArgsCheck<C extends InvokeChannel> = (args: unknown[]) => args is InvokeArgs<C>;

export type Handler<C extends InvokeChannel> = (
  event: IpcMainInvokeEvent,
  ...args: InvokeArgs<C>
) => InvokeResult<C> | Promise<InvokeResult<C>>;

export class IpcRejected extends Error {
  constructor(channel: string, why: string) {
    super(`${channel}: ${why}`);
    this.name = 'IpcRejected';
  }
}

/** True when the call comes from the top frame of one of our windows, showing our page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  isOwnWindow: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url) && isOwnWindow(event.sender);
}

/** Argument checks for a fixed-length tuple, one predicate per position. */
export function tuple<C extends InvokeChannel>(...checks: Array<(value: unknown) => boolean>): ArgsCheck<C> {
  return (args: unknown[]): args is InvokeArgs<C> =>
    args.length <= checks.length && checks.every((check, index) => check(args[index]));
}

export class IpcRouter {
  readonly channels: InvokeChannel[] = [];

  constructor(
    private readonly ipcMain: Pick<IpcMain, 'handle'>,
    private readonly isOwnWindow: (contents: WebContents) => boolean,
  ) {}

  handle<C extends InvokeChannel>(channel: C, check: ArgsCheck<C>, handler: Handler<C>): void {
    this.channels.push(channel);
    this.ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, this.isOwnWindow)) throw new IpcRejected(channel, 'sender not trusted');
      if (!check(args)) throw new IpcRejected(channel, 'invalid payload');
      return handler(event, ...args);
    });
  }
}
