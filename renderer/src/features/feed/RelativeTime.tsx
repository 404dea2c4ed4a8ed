import { formatTimestamp } from '../../components/format.js';
import { useMinuteClock } from './minute-clock.js';
import { relativeTime } from './relative-time.js';

/** "3 minutes ago", kept current by the shared minute clock; the exact time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useMinuteClock();
  return (
    <time dateTime={iso} title={formatTimestamp(iso)}>
      {relativeTime(iso, now)}
    </time>
  );
}
