import { useState } from 'react';
import type { ReviewProposal } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const ACCEPT_LABELS = {
  remove: 'Remove',
  flag: 'Mark reviewed',
  tag: 'Tag',
  mute: 'Mute',
  snooze: 'Snooze',
  cap: 'Cap',
} as const;

/** One rule's proposals: accept one, the selected or all; dismiss; never suggest a person. */
export function ReviewGroup({ ruleName, proposals }: { ruleName: string; proposals: ReviewProposal[] }) {
  const accept = useStore((s) => s.acceptProposals);
  const dismiss = useStore((s) => s.dismissProposals);
  const protect = useStore((s) => s.protectContact);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const kind = proposals[0]!.action.kind;
  const verb = ACCEPT_LABELS[kind];
  const chosen = proposals.filter((proposal) => selected.has(proposal.id)).map((proposal) => proposal.id);
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const headingId = `review-group-${proposals[0]!.ruleId}`;
  return (
    <section className="review-group" data-testid="review-group" aria-labelledby={headingId}>
      <div className="review-group-head">
        <h3 id={headingId}>
          {ruleName} <span className="muted">· {formatCount(proposals.length)}</span>
        </h3>
        <span className="spacer" />
        <Button data-testid="review-accept-selected" disabled={chosen.length === 0} onClick={() => void accept(chosen)}>
          {kind === 'flag' ? 'Mark selected reviewed' : `${verb} selected`}
          {chosen.length ? ` (${formatCount(chosen.length)})` : ''}
        </Button>
        <Button data-testid="review-accept-all" onClick={() => void accept(proposals.map((proposal) => proposal.id))}>
          {kind === 'flag'
            ? `Mark all ${formatCount(proposals.length)} reviewed`
            : `${verb} all ${formatCount(proposals.length)}`}
        </Button>
      </div>
      <ul className="review-list">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="review-item" data-testid="review-item" data-proposal-id={proposal.id}>
            <input
              type="checkbox"
              aria-label={`Select ${proposal.contactName}`}
              checked={selected.has(proposal.id)}
              onChange={(event) => toggle(proposal.id, event.target.checked)}
            />
            <div className="review-text">
              <p className="review-name">{proposal.contactName}</p>
              <p className="review-why" data-testid="review-why">
                {proposal.why.slice(proposal.why.indexOf(': ') + 2) || proposal.why}
              </p>
            </div>
            <div className="review-actions">
              <Button
                data-testid="review-accept"
                aria-label={`${verb} ${proposal.contactName}`}
                onClick={() => void accept([proposal.id])}
              >
                {verb}
              </Button>
              <Button
                variant="ghost"
                data-testid="review-dismiss"
                aria-label={`Dismiss ${proposal.contactName}`}
                onClick={() => void dismiss([proposal.id])}
              >
                Dismiss
              </Button>
              <Button
                variant="ghost"
                data-testid="review-protect"
                aria-label={`Never suggest ${proposal.contactName}`}
                onClick={() => void protect(proposal.contactId, proposal.contactName)}
              >
                Never suggest
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
