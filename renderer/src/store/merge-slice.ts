import type { MergeProposal } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

export interface MergeSlice {
  proposals: MergeProposal[];
  mergePanelOpen: boolean;
  setMergePanelOpen(open: boolean): void;
  loadProposals(): Promise<void>;
  resolveProposal(id: number, action: 'accept' | 'dismiss'): Promise<void>;
}

export const createMergeSlice: SliceCreator<MergeSlice> =
  ({ api }) =>
  (set, get) => ({
    proposals: [],
    mergePanelOpen: false,
    setMergePanelOpen: (open) => set({ mergePanelOpen: open }),
    async loadProposals() {
      const proposals = get().unwrap(await api.mergeList({}));
      if (proposals) set({ proposals, mergePanelOpen: get().mergePanelOpen && proposals.length > 0 });
    },
    async resolveProposal(id, action) {
      // Optimistic: the pair leaves the list at once; rosterChanged reloads the truth.
      set({ proposals: get().proposals.filter((p) => p.id !== id) });
      if (!get().unwrap(await api.mergeResolve({ id, action }))) await get().loadProposals();
    },
  });
