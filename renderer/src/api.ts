/**
 * The only module that touches the bridge. `window.prune` is defined by the Electron preload
 * or by the browser host's bridge script, both built from shared/ipc.ts's contract.
 */
import type { PruneApi } from '../../shared/ipc.js';

declare global {
  interface Window {
    prune: PruneApi;
  }
}

export const bridgeAvailable = (): boolean => typeof window.prune === 'object' && window.prune !== null;

export const api: PruneApi = window.prune;
