import type { HandleListKind, ImportProgress, ImportSummary } from '../../../shared/domain.js';
import type { EventPayload } from '../../../shared/ipc.js';
import type { Result } from '../../../shared/result.js';
import type { SliceCreator } from './slice.js';

type ImportFileBytes = EventPayload<'filesOffered'>['files'][number];

export interface ImportSlice {
  importRunning: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  /**
   * Files of the last import that were header-less Mastodon lists: the summary asks what they
   * hold, whichever way they came (picked, dropped, opened from the OS, File › Import…).
   */
  listKindAsked: readonly string[];
  setProgress(progress: ImportProgress): void;
  /** `listKind`: what header-less Mastodon lists among the files hold, when the user said. */
  importFiles(files: readonly File[], listKind?: HandleListKind): Promise<void>;
  /** Files that arrive as bytes: opened with Prune from the OS, or File › Import… in the desktop app. */
  importBytes(files: readonly ImportFileBytes[]): Promise<void>;
  /** Imports one of `listKindAsked` again as what the user said it holds. */
  importListAs(fileName: string, listKind: HandleListKind): Promise<void>;
  loadSample(): Promise<void>;
  cancelImport(): Promise<void>;
  dismissSummary(): void;
}

export const createImportSlice: SliceCreator<ImportSlice> =
  ({ api }) =>
  (set, get) => {
    /** The bytes behind `listKindAsked`, kept only until the next import. */
    let askedFiles: ImportFileBytes[] = [];

    async function run(work: () => Promise<Result<ImportSummary>>): Promise<ImportSummary | null> {
      if (get().importRunning) return null;
      set({ importRunning: true, progress: null, summary: null });
      try {
        const summary = get().unwrap(await work());
        if (summary) set({ summary });
        return summary;
      } finally {
        set({ importRunning: false, progress: null });
      }
    }

    /**
     * `read` runs inside the import, so the window shows it running while big files are read.
     * While the sample is loaded the user is asked first (replace it, add to it, or cancel).
     */
    async function importPayload(read: () => Promise<ImportFileBytes[]>, answered = false): Promise<void> {
      if (!answered && get().holdImportOverSample(() => importPayload(read, true))) return;
      askedFiles = [];
      set({ listKindAsked: [] });
      let files: ImportFileBytes[] = [];
      const summary = await run(async () => api.importFiles({ files: (files = await read()) }));
      if (!summary) return;
      const asked = new Set(
        summary.files.filter((file) => file.error?.code === 'unknown-list-kind').map((file) => file.name),
      );
      askedFiles = files.filter((file) => asked.has(file.name));
      set({ listKindAsked: askedFiles.map((file) => file.name) });
    }

    return {
      importRunning: false,
      progress: null,
      summary: null,
      listKindAsked: [],
      setProgress: (progress) => set({ progress }),
      importFiles: (files, listKind) =>
        importPayload(() =>
          Promise.all(
            files.map(async (file) => ({
              name: file.name,
              bytes: new Uint8Array(await file.arrayBuffer()),
              ...(listKind ? { listKind } : {}),
            })),
          ),
        ),
      importBytes: (files) => importPayload(async () => [...files]),
      async importListAs(fileName, listKind) {
        const file = askedFiles.find((asked) => asked.name === fileName);
        if (file) await importPayload(async () => [{ ...file, listKind }], true);
      },
      loadSample: async () => {
        await run(() => api.sampleLoad({}));
      },
      async cancelImport() {
        await api.importCancel({});
      },
      dismissSummary: () => set({ summary: null }),
    };
  };
