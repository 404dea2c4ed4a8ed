import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../components/format.js';
import type { View } from '../../store/view-slice.js';
import { useStore } from '../../store/index.js';

export function ViewTabs() {
  const { view, setView, counts } = useStore(
    useShallow((s) => ({ view: s.view, setView: s.setView, counts: s.facets?.statusCounts })),
  );
  const tabs: { id: View; label: string; count?: number }[] = [
    { id: 'roster', label: 'Roster', count: counts?.active },
    { id: 'trash', label: 'Trash', count: counts?.trashed },
    { id: 'removed', label: 'Removed', count: counts?.removed },
    { id: 'checklist', label: 'LinkedIn checklist' },
    { id: 'log', label: 'Log' },
  ];
  return (
    <nav className="view-tabs" role="tablist" aria-label="Views">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={view === tab.id}
          data-testid={`view-${tab.id}`}
          onClick={() => setView(tab.id)}
        >
          {tab.label}
          {tab.count !== undefined && <span className="chip-count"> {formatCount(tab.count)}</span>}
        </button>
      ))}
    </nav>
  );
}
