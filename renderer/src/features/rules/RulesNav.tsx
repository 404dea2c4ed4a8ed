import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/** Rules and Review, the two halves of the Rules tab: a segmented switch at the top of each. */
export function RulesNav() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const open = useStore((s) => s.review?.length ?? 0);
  return (
    <nav className="rules-nav" aria-label="Rules and review">
      <button
        type="button"
        className="rules-nav-item"
        aria-current={view === 'review' ? 'page' : undefined}
        data-testid="view-review"
        onClick={() => setView('review')}
      >
        Review{open > 0 && <span className="tab-count">{formatCount(open)}</span>}
      </button>
      <button
        type="button"
        className="rules-nav-item"
        aria-current={view === 'rules' ? 'page' : undefined}
        data-testid="view-rules-list"
        onClick={() => setView('rules')}
      >
        Rules
      </button>
    </nav>
  );
}
