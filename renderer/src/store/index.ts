import { useStore as useBoundStore } from 'zustand';
import { api } from '../api.js';
import { downloadFile } from '../components/download-file.js';
import { pickFiles } from '../components/pick-files.js';
import type { ExportResult } from '../../../shared/domain.js';
import { createStore, type Store } from './create-store.js';
import type { SavedFile } from './slice.js';

export type { Store } from './create-store.js';

/** The desktop app saves through its native dialog; the browser host downloads. */
async function saveFile(result: ExportResult): Promise<SavedFile> {
  if (store.getState().info?.host !== 'electron') {
    downloadFile(result);
    return { kind: 'downloaded' };
  }
  const saved = store.getState().unwrap(await api.exportSave({ fileName: result.fileName, text: result.text }));
  return saved?.savedTo ? { kind: 'saved', path: saved.savedTo } : { kind: 'cancelled' };
}

/** The window's one store, over the bridge. */
export const store = createStore({
  api,
  saveFile,
  setTimer: (callback, ms) => setTimeout(callback, ms),
  storage: window.localStorage,
  // A pause between background requests keeps the host free to answer the user first.
  whenIdle: (callback) => void setTimeout(() => requestIdleCallback(callback, { timeout: 500 }), 50),
  pickFiles,
});

/** Components read the store through selectors. */
export const useStore = <T>(selector: (state: Store) => T): T => useBoundStore(store, selector);
