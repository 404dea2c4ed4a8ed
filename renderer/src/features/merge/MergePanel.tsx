import type { ContactRow } from '../../../../shared/domain.js';
import { SourceBadges } from '../../components/SourceBadges.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { formatCount, formatDay, plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

function Side({ row }: { row: ContactRow }) {
  return (
    <div className="merge-side">
      <strong>{row.name}</strong>
      <span>{[row.position, row.company].filter(Boolean).join(' at ')}</span>
      <span className="muted">{row.primaryEmail ?? 'no email'}</span>
      <span className="muted">{row.connectedOn ? `connected ${formatDay(row.connectedOn)}` : ''}</span>
      <SourceBadges sources={row.sources} />
    </div>
  );
}

export function MergeButton() {
  const count = useStore((s) => s.proposals.length);
  const open = useStore((s) => s.setMergePanelOpen);
  if (count === 0) return null;
  return (
    <Button data-testid="merge-button" title={plural(count, 'possible duplicate')} onClick={() => open(true)}>
      Duplicates <Badge tone="warning">{formatCount(count)}</Badge>
    </Button>
  );
}

export function MergePanel() {
  const open = useStore((s) => s.mergePanelOpen);
  const proposals = useStore((s) => s.proposals);
  const resolve = useStore((s) => s.resolveProposal);
  const close = useStore((s) => s.setMergePanelOpen);
  if (!open) return null;
  return (
    <section className="merge-panel" data-testid="merge-panel" aria-label="Possible duplicates">
      <header>
        <h2>Possible duplicates</h2>
        <button type="button" className="link-button" onClick={() => close(false)}>
          Close
        </button>
      </header>
      {proposals.length === 0 ? (
        <p className="muted">Nothing left to review.</p>
      ) : (
        <ul className="merge-list">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="merge-item" data-testid="merge-item">
              <p className="muted">{proposal.reason}</p>
              <div className="merge-pair">
                <Side row={proposal.a} />
                <Side row={proposal.b} />
              </div>
              <div className="merge-actions">
                <button
                  type="button"
                  className="primary"
                  data-testid="merge-accept"
                  onClick={() => void resolve(proposal.id, 'accept')}
                >
                  Same person: merge
                </button>
                <button type="button" data-testid="merge-dismiss" onClick={() => void resolve(proposal.id, 'dismiss')}>
                  Different people
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
