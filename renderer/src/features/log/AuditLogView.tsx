import type { AuditBatch } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { formatTimestamp } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const ACTIONS: Record<AuditBatch['action'], string> = {
  remove: 'Removed',
  restore: 'Restored',
  purge: 'Purged to tombstones',
  merge: 'Merged',
};

export function AuditLogView() {
  const batches = useStore((s) => s.auditBatches);
  const loaded = useStore((s) => s.auditLoaded);
  const runExport = useStore((s) => s.runExport);
  return (
    <section className="side-view" data-testid="audit-view" aria-labelledby="audit-title" tabIndex={-1} data-focus-home>
      <header className="side-view-header">
        <h2 id="audit-title">Log</h2>
        <Button disabled={batches.length === 0} onClick={() => void runExport('audit-log')}>
          Export CSV
        </Button>
      </header>
      {!loaded ? (
        <LoadingState label="Loading the log…" />
      ) : batches.length === 0 ? (
        <EmptyState testId="audit-empty" title="Nothing removed or restored yet">
          Every removal, restore and purge is written here, with its reason, so you can always see what changed.
        </EmptyState>
      ) : (
        <ul className="audit-list">
          {batches.map((batch) => (
            <li key={batch.id} data-testid="audit-entry">
              <strong>
                {ACTIONS[batch.action]} {batch.count.toLocaleString()}
              </strong>{' '}
              <span className="muted">{formatTimestamp(batch.at)}</span>
              {batch.undoneAt && <span className="muted"> · undone {formatTimestamp(batch.undoneAt)}</span>}
              <div>
                {batch.names.join(', ')}
                {batch.count > batch.names.length
                  ? ` and ${(batch.count - batch.names.length).toLocaleString()} more`
                  : ''}
              </div>
              {batch.reason && <div className="muted">Reason: {batch.reason}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
