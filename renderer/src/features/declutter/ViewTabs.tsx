import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../components/format.js';
import type { View } from '../../store/view-slice.js';
import { useStore } from '../../store/index.js';

export const VIEW_TABS: { id: View; label: string }[] = [
  { id: 'roster', label: 'Roster' },
  { id: 'trash', label: 'Trash' },
  { id: 'removed', label: 'Removed' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'log', label: 'Log' },
  { id: 'rules', label: 'Rules' },
];

/** Review lives under the Rules tab (its own sub-view), so the toolbar keeps room at 900 px. */
const tabOf = (view: View): View => (view === 'review' ? 'rules' : view);

/** One Tab stop; arrows, Home and End move between views (and open them). */
export function ViewTabs() {
  const { view, setView, counts, review } = useStore(
    useShallow((s) => ({ view: s.view, setView: s.setView, counts: s.facets?.statusCounts, review: s.review?.length })),
  );
  const list = useRef<HTMLDivElement>(null);
  const count: Partial<Record<View, number>> = {
    roster: counts?.active,
    trash: counts?.trashed,
    removed: counts?.removed,
    rules: review || undefined,
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = VIEW_TABS.findIndex((tab) => tab.id === tabOf(view));
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % VIEW_TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + VIEW_TABS.length) % VIEW_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? VIEW_TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setView(VIEW_TABS[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div ref={list} className="view-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {VIEW_TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tabOf(view) === tab.id}
          aria-controls="workspace"
          tabIndex={tabOf(view) === tab.id ? 0 : -1}
          title={
            tab.id === 'checklist'
              ? 'LinkedIn removal checklist'
              : tab.id === 'rules'
                ? 'Rules and their proposals'
                : undefined
          }
          data-testid={`view-${tab.id}`}
          onClick={() => setView(tab.id)}
        >
          {tab.label}
          {count[tab.id] !== undefined && <span className="tab-count">{formatCount(count[tab.id]!)}</span>}
        </button>
      ))}
    </div>
  );
}
