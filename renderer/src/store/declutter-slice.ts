import type { StateCreator } from 'zustand';
import type { AuditBatch, ChecklistItem, ExportFormat, ExportResult } from '../../../shared/domain.js';
import { api } from '../api.js';
import type { Store } from './index.js';

export type View = 'roster' | 'trash' | 'removed' | 'checklist' | 'log';

export interface Toast {
  id: number;
  message: string;
  undoable: boolean;
}

export interface DeclutterSlice {
  view: View;
  /** People awaiting the remove confirmation. */
  pendingRemoval: { ids: number[]; names: string[] } | null;
  toast: Toast | null;
  checklist: ChecklistItem[];
  auditBatches: AuditBatch[];
  /** A Mastodon export waiting for the user to confirm its unfollows. */
  pendingExport: ExportResult | null;
  setView(view: View): void;
  requestRemoval(ids?: readonly number[]): Promise<void>;
  cancelRemoval(): void;
  confirmRemoval(reason: string): Promise<void>;
  restore(ids?: readonly number[]): Promise<void>;
  undo(): Promise<void>;
  dismissReappearance(ids: readonly number[]): Promise<void>;
  showToast(message: string, undoable: boolean): void;
  hideToast(): void;
  loadChecklist(): Promise<void>;
  markChecklist(contactId: number, done: boolean): Promise<void>;
  loadAudit(): Promise<void>;
  runExport(format: ExportFormat): Promise<void>;
  saveExport(result: ExportResult): void;
  cancelExport(): void;
}

let toastCounter = 0;
const people = (n: number): string => (n === 1 ? '1 person' : `${n.toLocaleString()} people`);

function download(result: ExportResult): void {
  const url = URL.createObjectURL(new Blob([result.text], { type: `${result.mediaType};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: result.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const createDeclutterSlice: StateCreator<Store, [], [], DeclutterSlice> = (set, get) => ({
  view: 'roster',
  pendingRemoval: null,
  toast: null,
  checklist: [],
  auditBatches: [],
  pendingExport: null,

  setView(view) {
    set({ view, selectedIds: new Set(), anchorId: null, selectedId: null, detail: null });
    if (view === 'checklist') void get().loadChecklist();
    else if (view === 'log') void get().loadAudit();
    else {
      get().updateQuery({ status: view === 'roster' ? 'active' : view === 'trash' ? 'trashed' : 'removed' });
      void get().loadFacets(view === 'roster' ? 'active' : view === 'trash' ? 'trashed' : 'removed');
    }
  },

  async requestRemoval(ids) {
    const chosen = ids ? [...ids] : [...get().selectedIds];
    if (chosen.length === 0) return;
    // The confirmation names the first few people; they may be scrolled out of the row cache.
    const first = chosen.slice(0, 3);
    const missing = first.filter((id) => !get().rowCache.has(id));
    const fetched = missing.length > 0 ? (get().unwrap(await api.rosterRows({ ids: missing })) ?? []) : [];
    const names = first.map(
      (id) => get().rowCache.get(id)?.name ?? fetched.find((row) => row.id === id)?.name ?? `#${id}`,
    );
    set({ pendingRemoval: { ids: chosen, names } });
  },
  cancelRemoval: () => set({ pendingRemoval: null }),

  async confirmRemoval(reason) {
    const pending = get().pendingRemoval;
    if (!pending) return;
    set({ pendingRemoval: null });
    const result = get().unwrap(await api.contactsRemove({ ids: pending.ids, reason: reason.trim() || null }));
    if (!result) return;
    get().clearSelection();
    get().showToast(`Removed ${people(result.changed)}. Nobody was notified.`, true);
  },

  async restore(ids) {
    const chosen = ids ? [...ids] : [...get().selectedIds];
    if (chosen.length === 0) return;
    const result = get().unwrap(await api.contactsRestore({ ids: chosen }));
    if (!result) return;
    get().clearSelection();
    get().showToast(`Restored ${people(result.changed)}.`, true);
  },

  async undo() {
    const result = get().unwrap(await api.undo({}));
    if (result) get().showToast(`Undone: ${people(result.changed)} back as before.`, false);
  },

  async dismissReappearance(ids) {
    get().unwrap(await api.reappearedDismiss({ ids: [...ids] }));
  },

  showToast(message, undoable) {
    const id = ++toastCounter;
    set({ toast: { id, message, undoable } });
    setTimeout(() => {
      if (get().toast?.id === id) set({ toast: null });
    }, 10_000);
  },
  hideToast: () => set({ toast: null }),

  async loadChecklist() {
    const items = get().unwrap(await api.checklistList({}));
    if (items) set({ checklist: items });
  },
  async markChecklist(contactId, done) {
    set({ checklist: get().checklist.map((item) => (item.contactId === contactId ? { ...item, done } : item)) });
    if (!get().unwrap(await api.checklistMark({ contactId, done }))) await get().loadChecklist();
  },

  async loadAudit() {
    const batches = get().unwrap(await api.auditList({}));
    if (batches) set({ auditBatches: batches });
  },

  async runExport(format) {
    const result = get().unwrap(await api.exportRoster({ format }));
    if (!result) return;
    // An overwrite import of the follows file unfollows everyone missing from it: show who first.
    if (format === 'mastodon-following') set({ pendingExport: result });
    else get().saveExport(result);
  },
  saveExport(result) {
    set({ pendingExport: null });
    download(result);
  },
  cancelExport: () => set({ pendingExport: null }),
});
