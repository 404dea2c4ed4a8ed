import type { ChecklistItem } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

/** The LinkedIn removal checklist: profiles to remove by hand, ticks saved in the roster. */
export interface ChecklistSlice {
  checklist: ChecklistItem[];
  /** False until the first answer: the view shows loading, not "nobody to remove". */
  checklistLoaded: boolean;
  loadChecklist(): Promise<void>;
  markChecklist(contactId: number, done: boolean): Promise<void>;
}

export const createChecklistSlice: SliceCreator<ChecklistSlice> =
  ({ api }) =>
  (set, get) => ({
    checklist: [],
    checklistLoaded: false,
    async loadChecklist() {
      const items = get().unwrap(await api.checklistList({}));
      if (items) set({ checklist: items, checklistLoaded: true });
    },
    async markChecklist(contactId, done) {
      set({ checklist: get().checklist.map((item) => (item.contactId === contactId ? { ...item, done } : item)) });
      if (!get().unwrap(await api.checklistMark({ contactId, done }))) await get().loadChecklist();
    },
  });
