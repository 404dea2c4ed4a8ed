import type { StateCreator } from 'zustand';
import type { PruneApi } from '../../../shared/ipc.js';
import type { ExportResult } from '../../../shared/domain.js';
import type { Store } from './create-store.js';

/** The part of localStorage the store uses, so tests can pass a Map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What the store needs from the world: the core's API, and a way to hand the user a file. */
/** Where an export went: a path the user chose, the browser's downloads, or nowhere (cancelled). */
export type SavedFile = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

export interface StoreDependencies {
  api: PruneApi;
  saveFile(result: ExportResult): Promise<SavedFile>;
  /** Schedules the toast's expiry; tests pass a fake. */
  setTimer(callback: () => void, ms: number): unknown;
  /** Where the user's view preferences (theme, columns) are remembered. */
  storage: KeyValueStorage;
  /** Runs background work when the window has nothing better to do; tests pass a no-op. */
  whenIdle(callback: () => void): void;
  /** Asks the user for files to import (the application menu's Import…). */
  pickFiles(): Promise<File[]>;
}

/** A slice is made per store from the store's dependencies, so nothing is module-level state. */
export type SliceCreator<T> = (dependencies: StoreDependencies) => StateCreator<Store, [], [], T>;
