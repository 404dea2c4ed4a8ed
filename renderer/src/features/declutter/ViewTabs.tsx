import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../components/format.js';
import type { View } from '../../store/view-slice.js';
import { tabOf, VIEW_TABS } from '../shell/main-views.js';
import { useStore } from '../../store/index.js';

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * The sidebar's views: eight destinations do not fit a 900 px window as a row of tabs, so they
 * stand in a column, as in Mail or Contacts. One Tab stop; arrows (either axis), Home and End
 * move between views (and open them).
 */
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
    const next = NEXT_KEYS.has(event.key)
      ? (index + 1) % VIEW_TABS.length
      : PREVIOUS_KEYS.has(event.key)
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
    <div
      ref={list}
      className="sidebar-tabs"
      role="tablist"
      aria-label="Views"
      aria-orientation="vertical"
      onKeyDown={onKeyDown}
    >
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
          className={tab.startsGroup ? 'starts-group' : undefined}
          onClick={() => setView(tab.id)}
        >
          <span className="tab-label">{tab.label}</span>
          {count[tab.id] !== undefined && <span className="tab-count">{formatCount(count[tab.id]!)}</span>}
        </button>
      ))}
    </div>
  );
}
