import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcChannel, ipcEventChannel, windowChannels } from '../../shared/ipc.js';
import { fail } from '../../shared/result.js';
import type { Core } from '../core/core.js';
import { dispatch } from '../core/dispatch.js';

/** Decides whether an IPC call comes from our own page (not an injected frame or a navigated-away page). */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** Trusts exactly the renderer's index.html on the app's own origin (app://prune/index.html). */
export function trustAppPage(indexUrl: string): SenderCheck {
  const trusted = new URL(indexUrl);
  return (event) => {
    const url = event.senderFrame?.url;
    if (!url) return false;
    try {
      const actual = new URL(url);
      return (
        actual.protocol === trusted.protocol && actual.host === trusted.host && actual.pathname === trusted.pathname
      );
    } catch {
      return false;
    }
  };
}

/** Binds every window channel of the contract to the shared dispatcher. Returns an unbind function. */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Core,
  isTrusted: SenderCheck,
): () => void {
  for (const channel of windowChannels) {
    ipcMain.handle(ipcChannel(channel), (event, payload: unknown) => {
      if (!isTrusted(event)) return fail('untrusted_sender', `Refused ${channel} from an untrusted frame.`);
      return dispatch(core, channel, payload);
    });
  }
  return () => {
    for (const channel of windowChannels) ipcMain.removeHandler(ipcChannel(channel));
  };
}

/** Forwards core events to a window for as long as it lives. */
export function forwardEvents(core: Core, contents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return core.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcEventChannel(event), payload);
  });
}
