import type { HistoryState, UndoResult } from '../../../shared/history.js';
import { people } from './removal-slice.js';
import type { SliceCreator } from './slice.js';

/** The one undo history of user actions, as the core names it ("Merge Lise Meitner"). */
export interface HistorySlice {
  history: HistoryState;
  loadHistory(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Removals and restores say who came back; merges say what was reversed. */
function undoneMessage(result: UndoResult): string {
  return result.action === 'merge' ||
    result.action === 'hide' ||
    result.action === 'review' ||
    result.action === 'subscribe' ||
    result.action === 'dismiss' ||
    result.action === 'protect'
    ? `Undone: ${result.label}.`
    : `Undone: ${people(result.changed)} back as before.`;
}

export const createHistorySlice: SliceCreator<HistorySlice> =
  ({ api }) =>
  (set, get) => ({
    history: { undo: null, redo: null },
    async loadHistory() {
      const history = get().unwrap(await api.historyState({}));
      if (history) set({ history });
    },
    async undo() {
      const result = await api.undo({});
      // Nothing to undo is an answer, not a failure: it goes where the last outcome was said.
      if (!result.ok && result.error.code === 'not_found') {
        get().showToast('Nothing to undo.', null);
        return;
      }
      const value = get().unwrap(result);
      if (value) get().showToast(undoneMessage(value), 'redo');
    },
    async redo() {
      const result = await api.redo({});
      if (!result.ok && result.error.code === 'not_found') {
        get().showToast('Nothing to redo.', null);
        return;
      }
      const value = get().unwrap(result);
      if (value) get().showToast(`Redone: ${value.label}.`, 'undo');
    },
  });
