import type { View } from '../../store/view-slice.js';

/** The views in the sidebar, in groups: the roster and what was removed from it; updates; rules; reconnect. */
export const VIEW_TABS: { id: View; label: string; startsGroup?: true }[] = [
  { id: 'roster', label: 'Roster' },
  { id: 'trash', label: 'Trash' },
  { id: 'removed', label: 'Removed' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'log', label: 'Log' },
  { id: 'feed', label: 'Feed', startsGroup: true },
  { id: 'rules', label: 'Rules', startsGroup: true },
  { id: 'reconnect', label: 'Reconnect', startsGroup: true },
];

/** Review lives under Rules (its own sub-view). */
export const tabOf = (view: View): View => (view === 'review' ? 'rules' : view);

export const viewLabel = (view: View): string => VIEW_TABS.find((tab) => tab.id === tabOf(view))?.label ?? '';
