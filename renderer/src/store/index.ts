import { useStore as useBoundStore } from 'zustand';
import { api } from '../api.js';
import { downloadFile } from '../components/download-file.js';
import { pickFiles } from '../components/pick-files.js';
import { createStore, type Store } from './create-store.js';

export type { Store } from './create-store.js';

/** The window's one store, over the bridge. */
export const store = createStore({
  api,
  saveFile: downloadFile,
  setTimer: (callback, ms) => setTimeout(callback, ms),
  storage: window.localStorage,
  pickFiles,
});

/** Components read the store through selectors. */
export const useStore = <T>(selector: (state: Store) => T): T => useBoundStore(store, selector);
