import type { SliceCreator } from './slice.js';

export interface RemovalSlice {
  /** People awaiting the remove confirmation. */
  pendingRemoval: { ids: number[]; names: string[] } | null;
  requestRemoval(ids?: readonly number[]): Promise<void>;
  cancelRemoval(): void;
  confirmRemoval(reason: string): Promise<void>;
  restore(ids?: readonly number[]): Promise<void>;
  /** "Delete now" and "Empty trash": final, so they ask first. */
  pendingDeletion: { ids: number[] | 'all'; count: number } | null;
  requestDeletion(all: boolean): void;
  cancelDeletion(): void;
  confirmDeletion(): Promise<void>;
  dismissReappearance(ids: readonly number[]): Promise<void>;
}

export const people = (n: number): string => (n === 1 ? '1 person' : `${n.toLocaleString()} people`);

export const createRemovalSlice: SliceCreator<RemovalSlice> =
  ({ api }) =>
  (set, get) => ({
    pendingRemoval: null,

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

    pendingDeletion: null,
    requestDeletion(all) {
      const ids = [...get().selectedIds];
      if (all) set({ pendingDeletion: { ids: 'all', count: get().facets?.statusCounts.trashed ?? get().shownCount } });
      else if (ids.length > 0) set({ pendingDeletion: { ids, count: ids.length } });
    },
    cancelDeletion: () => set({ pendingDeletion: null }),
    async confirmDeletion() {
      const pending = get().pendingDeletion;
      if (!pending) return;
      set({ pendingDeletion: null });
      const result = get().unwrap(
        pending.ids === 'all' ? await api.trashEmpty({}) : await api.trashDelete({ ids: pending.ids }),
      );
      if (!result) return;
      get().clearSelection();
      get().showToast(`Deleted ${people(result.changed)} for good. Prune keeps only their names and addresses.`, null);
    },

    async confirmRemoval(reason) {
      const pending = get().pendingRemoval;
      if (!pending) return;
      set({ pendingRemoval: null });
      const result = get().unwrap(await api.contactsRemove({ ids: pending.ids, reason: reason.trim() || null }));
      if (!result) return;
      get().clearSelection();
      get().showToast(`Removed ${people(result.changed)}. Nobody was notified.`, 'undo');
    },

    async restore(ids) {
      const chosen = ids ? [...ids] : [...get().selectedIds];
      if (chosen.length === 0) return;
      const result = get().unwrap(await api.contactsRestore({ ids: chosen }));
      if (!result) return;
      get().clearSelection();
      get().showToast(`Restored ${people(result.changed)}.`, 'undo');
    },

    async dismissReappearance(ids) {
      get().unwrap(await api.reappearedDismiss({ ids: [...ids] }));
    },
  });
