import { formatTimestamp } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const ACTIONS = { remove: 'Removed', restore: 'Restored', purge: 'Purged to tombstones', merge: 'Merged' } as const;

export function AuditLogView() {
  const batches = useStore((s) => s.auditBatches);
  const runExport = useStore((s) => s.runExport);
  return (
    <section className="side-view" data-testid="audit-view" aria-labelledby="audit-title">
      <header className="side-view-header">
        <h2 id="audit-title">Log</h2>
        <button type="button" onClick={() => void runExport('audit-log')}>
          Export CSV
        </button>
      </header>
      {batches.length === 0 ? (
        <p className="muted">Nothing removed or restored yet.</p>
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
