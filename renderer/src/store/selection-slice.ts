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
  /** Home/End and jumps: focus (and select) the row at `index`. */
  moveFocusTo(index: number, extend: boolean): number | null;
  /** Type-ahead: the next row whose name starts with `prefix`, after the focused one. */
  typeAhead(prefix: string): Promise<number | null>;
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

const startsWith = (name: string, prefix: string): boolean =>
  name.slice(0, prefix.length).localeCompare(prefix, undefined, { sensitivity: 'base' }) === 0;

export const createSelectionSlice: SliceCreator<SelectionSlice> =
  ({ api }) =>
  (set, get) => ({
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
      const { ids, selectedId } = get();
      const current = selectedId === null ? -1 : ids.indexOf(selectedId);
      return get().moveFocusTo(current + step, extend);
    },

    moveFocusTo(target, extend) {
      const { ids, shownCount, selectedId, anchorId } = get();
      if (shownCount === 0) return null;
      const index = Math.min(shownCount - 1, Math.max(0, target));
      const id = ids[index];
      if (id === undefined) {
        // Beyond the first screen of a fresh search: move once the whole list is here.
        void get()
          .allIds()
          .then(() => get().idsComplete && get().moveFocusTo(target, extend));
        return index;
      }
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

    async typeAhead(prefix) {
      const ids = await get().allIds();
      const { selectedId, rowCache, query } = get();
      const from = selectedId === null ? 0 : ids.indexOf(selectedId) + 1;
      const order = [...ids.slice(from), ...ids.slice(0, from)];
      // Rows already fetched answer at once; otherwise the core's search narrows the candidates.
      let found = order.find((id) => {
        const row = rowCache.get(id);
        return row !== undefined && startsWith(row.name, prefix);
      });
      if (found === undefined) {
        const matches = get().unwrap(await api.rosterQuery({ ...query, search: prefix }));
        const candidates = new Set(matches?.ids.slice(0, 1000) ?? []);
        const rows = candidates.size > 0 ? (get().unwrap(await api.rosterRows({ ids: [...candidates] })) ?? []) : [];
        const named = new Set(rows.filter((row) => startsWith(row.name, prefix)).map((row) => row.id));
        found = order.find((id) => named.has(id));
      }
      return found === undefined ? null : get().moveFocusTo(get().ids.indexOf(found), false);
    },

    selectAllShown() {
      // Everyone the query matches, not only the first screen a fresh search brought.
      if (get().idsComplete) set({ selectedIds: new Set(get().ids) });
      else
        void get()
          .allIds()
          .then((ids) => get().idsComplete && set({ selectedIds: new Set(ids) }));
    },
    clearSelection: () => set({ selectedIds: new Set(), anchorId: null }),
  });
