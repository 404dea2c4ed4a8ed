import type { HandleListKind, ImportProgress, ImportSummary } from '../../../shared/domain.js';
import type { EventPayload } from '../../../shared/ipc.js';
import type { Result } from '../../../shared/result.js';
import type { SliceCreator } from './slice.js';

type ImportFileBytes = EventPayload<'filesOffered'>['files'][number];

export interface ImportSlice {
  importRunning: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  setProgress(progress: ImportProgress): void;
  /** `listKind`: what header-less Mastodon lists among the files hold, when the user said. */
  importFiles(files: readonly File[], listKind?: HandleListKind): Promise<void>;
  /** Files that arrive as bytes: opened with Prune from the OS, or File › Import… in the desktop app. */
  importBytes(files: readonly ImportFileBytes[]): Promise<void>;
  loadSample(): Promise<void>;
  cancelImport(): Promise<void>;
  dismissSummary(): void;
}

export const createImportSlice: SliceCreator<ImportSlice> =
  ({ api }) =>
  (set, get) => {
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
      importBytes: (files) => run(() => api.importFiles({ files: [...files] })),
      loadSample: () => run(() => api.sampleLoad({})),
      async cancelImport() {
        await api.importCancel({});
      },
      dismissSummary: () => set({ summary: null }),
    };
  };
