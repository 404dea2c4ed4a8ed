import { formatCount, plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

export function ShownCount() {
  const shown = useStore((s) => s.shownCount);
  const total = useStore((s) => s.totalInStatus);
  return (
    <span className="shown-count" data-testid="shown-count" aria-live="polite">
      {shown === total ? plural(total, 'contact') : `${formatCount(shown)} of ${plural(total, 'contact')}`}
    </span>
  );
}
