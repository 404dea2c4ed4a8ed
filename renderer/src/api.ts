/**
 * The only module that touches the bridge. `window.prune` is defined by the Electron preload
 * or by the browser host's bridge script, both built from shared/ipc.ts's contract (which
 * also declares it on Window). The store takes it as an injected dependency.
 */
import type { PruneApi } from '../../shared/ipc.js';

export const bridgeAvailable = (): boolean => typeof window.prune === 'object' && window.prune !== null;

export const api: PruneApi = window.prune;
