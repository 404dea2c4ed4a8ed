import { RosterQuery, type ContactStatus } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

export type View = 'roster' | 'trash' | 'removed' | 'checklist' | 'log' | 'feed' | 'rules' | 'review' | 'reconnect';
export type ListView = 'roster' | 'trash' | 'removed';

/** The contact list each list view shows. */
export const VIEW_STATUS: Partial<Record<View, ContactStatus>> = {
  roster: 'active',
  trash: 'trashed',
  removed: 'removed',
};

export const isListView = (view: View): view is ListView => VIEW_STATUS[view] !== undefined;

export interface ViewSlice {
  view: View;
  setView(view: View): void;
  /** After any change to the roster (here or in another window): reload what the current view shows. */
  refreshAfterChange(): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = () => (set, get) => {
  // Each list view keeps its own search, filters and sort: a filter set in the Roster does not follow into the Trash.
  const queries = new Map<ContactStatus, RosterQuery>();
  return {
    view: 'roster',
    setView(view) {
      if (view === get().view) return;
      const leaving = VIEW_STATUS[get().view];
      if (leaving) queries.set(leaving, get().query);
      if (get().view === 'feed') void get().markFeedLooked();
      // A focus request made for the old view must not replay when the new one mounts.
      set({ view, focusRequest: null });
      get().clearSelection();
      void get().select(null);
      const status = VIEW_STATUS[view];
      if (status) {
        // The old view's ids must not show under the new view's title while its query runs.
        set({
          ids: [],
          shownCount: 0,
          queryLoaded: false,
          query: queries.get(status) ?? RosterQuery.parse({ status }),
        });
        void get().runQuery();
        void get().loadFacets(status);
      } else if (view === 'checklist') void get().loadChecklist();
      else if (view === 'feed') get().setFeedSection(get().feedSection);
      else if (view === 'rules') void get().loadRules();
      else if (view === 'review') void get().loadReview();
      else if (view === 'reconnect') void get().loadReconnectList();
      else void get().loadAudit();
    },
    refreshAfterChange() {
      get().invalidateRows();
      void get().runQuery();
      void get().loadFacets();
      void get().loadProposals();
      void get().loadHistory();
      const selected = get().selectedId;
      if (selected !== null) void get().select(selected);
      if (get().view === 'checklist') void get().loadChecklist();
      if (get().view === 'log') void get().loadAudit();
      get().refreshFeedAfterChange();
      void get().loadReview();
      if (get().view === 'rules') void get().loadRules();
      if (get().view === 'reconnect') void get().loadReconnectList();
      void get().loadReconnectPlan();
    },
  };
};
