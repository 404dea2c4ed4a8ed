/**
 * Sandboxed preload: exposes `window.prune`, named functions built from the contract
 * plus event subscription. ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createPruneApi, ipcChannel, ipcEventChannel, type Channel } from '../../shared/ipc.js';
import type { Result } from '../../shared/result.js';

const api = createPruneApi(
  (channel: Channel, input: unknown) => ipcRenderer.invoke(ipcChannel(channel), input) as Promise<Result<unknown>>,
  (event, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(ipcEventChannel(event), handler);
    return () => {
      ipcRenderer.off(ipcEventChannel(event), handler);
    };
  },
);

contextBridge.exposeInMainWorld('prune', api);
