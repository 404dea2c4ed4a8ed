import type { ContactDetail } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

export interface DetailSlice {
  selectedId: number | null;
  detail: ContactDetail | null;
  select(id: number | null): Promise<void>;
}

export const createDetailSlice: SliceCreator<DetailSlice> =
  ({ api }) =>
  (set, get) => ({
    selectedId: null,
    detail: null,
    async select(id) {
      set({ selectedId: id, detail: id === get().detail?.id ? get().detail : null });
      if (id === null) return;
      const result = await api.rosterDetail({ id });
      if (get().selectedId !== id) return;
      if (!result.ok && result.error.code === 'not_found') {
        set({ selectedId: null, detail: null });
        return;
      }
      set({ detail: get().unwrap(result) });
    },
  });
