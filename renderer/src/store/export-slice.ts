import type { ExportFormat, ExportResult } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

export interface ExportSlice {
  /** A Mastodon export waiting for the user to confirm its unfollows. */
  pendingExport: ExportResult | null;
  /** `ids`: only these people (address-book formats). */
  runExport(format: ExportFormat, ids?: readonly number[]): Promise<void>;
  saveExport(result: ExportResult): Promise<void>;
  cancelExport(): void;
}

export const createExportSlice: SliceCreator<ExportSlice> =
  ({ api, saveFile }) =>
  (set, get) => ({
    pendingExport: null,
    async runExport(format, ids) {
      const result = get().unwrap(await api.exportRoster({ format, ids: ids ? [...ids] : null }));
      if (!result) return;
      // An overwrite import of the follows file unfollows everyone missing from it: show who first.
      if (format === 'mastodon-following') set({ pendingExport: result });
      else await get().saveExport(result);
    },
    async saveExport(result) {
      set({ pendingExport: null });
      const saved = await saveFile(result);
      // Say where the file went: a desktop app's save dialog, or the browser's downloads.
      if (saved.kind === 'saved') get().showToast(`Saved ${result.fileName} to ${saved.path}`, false);
      else if (saved.kind === 'downloaded') get().showToast(`Downloaded ${result.fileName}`, false);
    },
    cancelExport: () => set({ pendingExport: null }),
  });
