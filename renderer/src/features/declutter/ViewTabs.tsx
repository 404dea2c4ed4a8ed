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
  { id: 'feed', label: 'Feed' },
  { id: 'rules', label: 'Rules' },
  { id: 'review', label: 'Review' },
  { id: 'reconnect', label: 'Reconnect' },
];

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
    review: review || undefined,
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = VIEW_TABS.findIndex((tab) => tab.id === view);
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
          aria-selected={view === tab.id}
          aria-controls="workspace"
          tabIndex={view === tab.id ? 0 : -1}
          title={tab.id === 'checklist' ? 'LinkedIn removal checklist' : undefined}
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
