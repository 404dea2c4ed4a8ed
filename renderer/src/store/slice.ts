import type { StateCreator } from 'zustand';
import type { PruneApi } from '../../../shared/ipc.js';
import type { ExportResult } from '../../../shared/domain.js';
import type { Store } from './create-store.js';

/** What the store needs from the world: the core's API, and a way to hand the user a file. */
/** Where an export went: a path the user chose, the browser's downloads, or nowhere (cancelled). */
export type SavedFile = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

export interface StoreDependencies {
  api: PruneApi;
  saveFile(result: ExportResult): Promise<SavedFile>;
  /** Schedules the toast's expiry; tests pass a fake. */
  setTimer(callback: () => void, ms: number): unknown;
}

/** A slice is made per store from the store's dependencies, so nothing is module-level state. */
export type SliceCreator<T> = (dependencies: StoreDependencies) => StateCreator<Store, [], [], T>;
