import type { SliceCreator } from './slice.js';

/**
 * Multi-selection over the ordered ids of the current query. The selection is a set of ids,
 * so it survives scrolling, re-sorting and filtering; the anchor makes Shift ranges work
 * the way file managers do.
 */
export interface SelectionSlice {
  selectedIds: ReadonlySet<number>;
  anchorId: number | null;
  clickRow(id: number, modifiers: { toggle: boolean; range: boolean }): void;
  moveFocus(step: number, extend: boolean): number | null;
  toggleFocused(): void;
  selectAllShown(): void;
  clearSelection(): void;
}

function range(ids: readonly number[], from: number, to: number): number[] {
  const a = ids.indexOf(from);
  const b = ids.indexOf(to);
  if (a === -1 || b === -1) return [to];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = () => (set, get) => ({
  selectedIds: new Set(),
  anchorId: null,

  clickRow(id, { toggle, range: extend }) {
    const { selectedIds, anchorId, ids } = get();
    if (extend && anchorId !== null) {
      const next = new Set(toggle ? selectedIds : []);
      for (const rangeId of range(ids, anchorId, id)) next.add(rangeId);
      set({ selectedIds: next });
    } else if (toggle) {
      const next = new Set(selectedIds);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      set({ selectedIds: next, anchorId: id });
    } else {
      set({ selectedIds: new Set([id]), anchorId: id });
    }
    void get().select(id);
  },

  moveFocus(step, extend) {
    const { ids, selectedId, anchorId } = get();
    if (ids.length === 0) return null;
    const current = selectedId === null ? -1 : ids.indexOf(selectedId);
    const index = Math.min(ids.length - 1, Math.max(0, current + step));
    const id = ids[index]!;
    if (extend) {
      const anchor = anchorId ?? selectedId ?? id;
      set({ selectedIds: new Set(range(ids, anchor, id)), anchorId: anchor });
    } else {
      set({ selectedIds: new Set([id]), anchorId: id });
    }
    void get().select(id);
    return index;
  },

  toggleFocused() {
    const { selectedId } = get();
    if (selectedId === null) return;
    const next = new Set(get().selectedIds);
    if (next.has(selectedId)) next.delete(selectedId);
    else next.add(selectedId);
    set({ selectedIds: next });
  },

  selectAllShown: () => set({ selectedIds: new Set(get().ids) }),
  clearSelection: () => set({ selectedIds: new Set(), anchorId: null }),
});
