import type { StateCreator } from 'zustand';
import type { HandleListKind, ImportProgress, ImportSummary } from '../../../shared/domain.js';
import type { Result } from '../../../shared/result.js';
import { api } from '../api.js';
import type { Store } from './index.js';

export interface ImportSlice {
  importRunning: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  setProgress(progress: ImportProgress): void;
  /** `listKind`: what header-less Mastodon lists among the files hold, when the user said. */
  importFiles(files: readonly File[], listKind?: HandleListKind): Promise<void>;
  loadSample(): Promise<void>;
  cancelImport(): Promise<void>;
  dismissSummary(): void;
}

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => {
  async function run(work: () => Promise<Result<ImportSummary>>): Promise<void> {
    if (get().importRunning) return;
    set({ importRunning: true, progress: null, summary: null });
    try {
      const summary = get().unwrap(await work());
      if (summary) set({ summary });
    } finally {
      set({ importRunning: false, progress: null });
    }
  }
  return {
    importRunning: false,
    progress: null,
    summary: null,
    setProgress: (progress) => set({ progress }),
    importFiles: (files, listKind) =>
      run(async () => {
        const payload = await Promise.all(
          files.map(async (file) => ({
            name: file.name,
            bytes: new Uint8Array(await file.arrayBuffer()),
            ...(listKind ? { listKind } : {}),
          })),
        );
        return api.importFiles({ files: payload });
      }),
    loadSample: () => run(() => api.sampleLoad({})),
    async cancelImport() {
      await api.importCancel({});
    },
    dismissSummary: () => set({ summary: null }),
  };
};
