import type { MergeProposal } from '../../../shared/domain.js';
import type { MergeSurvivors } from '../../../shared/history.js';
import type { SliceCreator } from './slice.js';

export interface MergeSlice {
  proposals: MergeProposal[];
  mergePanelOpen: boolean;
  setMergePanelOpen(open: boolean): void;
  loadProposals(): Promise<void>;
  /** Accept merges the pair keeping the picked side of each field; dismiss keeps them apart. */
  resolveProposal(id: number, action: 'accept' | 'dismiss', survivors?: MergeSurvivors): Promise<void>;
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
    async resolveProposal(id, action, survivors = {}) {
      const proposal = get().proposals.find((p) => p.id === id);
      // Optimistic: the pair leaves the list at once; rosterChanged reloads the truth.
      set({ proposals: get().proposals.filter((p) => p.id !== id) });
      const result = get().unwrap(await api.mergeResolve({ id, action, survivors }));
      if (!result) {
        await get().loadProposals();
        return;
      }
      if (action === 'accept' && proposal) {
        const name = (survivors.name === 'b' ? proposal.b : proposal.a).name;
        get().showToast(`Merged ${name}.`, 'undo');
      }
    },
  });
