import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

export function ShownCount() {
  const shown = useStore((s) => s.ids.length);
  const total = useStore((s) => s.totalInStatus);
  return (
    <span className="shown-count" data-testid="shown-count" aria-live="polite">
      {shown === total ? `${formatCount(total)} contacts` : `${formatCount(shown)} of ${formatCount(total)} contacts`}
    </span>
  );
}
