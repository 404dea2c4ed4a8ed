import type { CSSProperties, Ref } from 'react';
import type { ReviewProposal } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

export const ACCEPT_LABELS = {
  remove: 'Remove',
  flag: 'Mark reviewed',
  tag: 'Tag',
  mute: 'Mute',
  snooze: 'Snooze',
  cap: 'Cap',
} as const;

/**
 * One proposal: its person, why, and what to do. The row itself takes focus (one Tab stop per
 * list, moved with the arrows by ReviewView): Space selects it, Enter accepts it.
 */
export function ReviewRow({
  proposal,
  index,
  total,
  group,
  selected,
  tabbable,
  style,
  measure,
  onSelect,
}: {
  proposal: ReviewProposal;
  index: number;
  total: number;
  group: number;
  selected: boolean;
  tabbable: boolean;
  style: CSSProperties;
  measure: Ref<HTMLLIElement>;
  onSelect(on: boolean): void;
}) {
  const accept = useStore((s) => s.acceptProposals);
  const dismiss = useStore((s) => s.dismissProposals);
  const protect = useStore((s) => s.protectContact);
  const openPerson = useStore((s) => s.openProposalPerson);
  const role = [proposal.contactPosition, proposal.contactCompany].filter(Boolean).join(' · ');
  const verb = ACCEPT_LABELS[proposal.action.kind];
  const name = proposal.contactName;
  return (
    <li
      ref={measure}
      className="review-item"
      data-testid="review-item"
      data-proposal-id={proposal.id}
      data-review-row
      data-group={group}
      data-index={index}
      aria-setsize={total}
      aria-posinset={index + 1}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
        if (event.key === ' ') {
          event.preventDefault();
          onSelect(!selected);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          void accept([proposal.id]);
        }
      }}
    >
      <input
        type="checkbox"
        aria-label={`Select ${name}`}
        tabIndex={-1}
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <div className="review-text">
        <p className="review-name">
          <Button
            variant="ghost"
            className="review-person"
            data-testid="review-person"
            title={`Show ${name} in the roster`}
            onClick={() => openPerson(proposal)}
          >
            {name}
          </Button>
          {role && (
            <span className="review-role" data-testid="review-role" title={role}>
              {role}
            </span>
          )}
        </p>
        <p className="review-why" data-testid="review-why">
          {proposal.why.slice(proposal.why.indexOf(': ') + 2) || proposal.why}
        </p>
        <LookAlikeLinks proposal={proposal} />
      </div>
      <div className="review-actions">
        <Button data-testid="review-accept" aria-label={`${verb} ${name}`} onClick={() => void accept([proposal.id])}>
          {verb}
        </Button>
        <Button
          variant="ghost"
          data-testid="review-dismiss"
          aria-label={`Dismiss ${name}`}
          onClick={() => void dismiss([proposal.id])}
        >
          Dismiss
        </Button>
        <Button
          variant="ghost"
          data-testid="review-protect"
          aria-label={`Never suggest ${name}`}
          onClick={() => void protect(proposal.contactId, name)}
        >
          Never suggest
        </Button>
      </div>
    </li>
  );
}

/** A look-alike's natural next steps: see them side by side in the roster, or compare them as a merge. */
function LookAlikeLinks({ proposal }: { proposal: ReviewProposal }) {
  const openInRoster = useStore((s) => s.openLookAlikes);
  const proposeMerge = useStore((s) => s.proposeLookAlikeMerge);
  const openMerges = useStore((s) => s.setMergePanelOpen);
  const others = proposal.lookAlikeIds ?? [];
  if (others.length === 0) return null;
  const name = proposal.contactName;
  return (
    <p className="review-links">
      <Button
        variant="ghost"
        data-testid="review-open-both"
        aria-label={`Open ${others.length === 1 ? 'both' : `all ${others.length + 1}`} named ${name} in the roster`}
        onClick={() => openInRoster(proposal)}
      >
        {others.length === 1 ? 'Open both in roster' : `Open all ${others.length + 1} in roster`}
      </Button>
      {others.length === 1 &&
        (proposal.mergeProposalId != null ? (
          <Button variant="ghost" data-testid="review-open-merge" onClick={() => openMerges(true)}>
            Compare as a merge
          </Button>
        ) : (
          <Button
            variant="ghost"
            data-testid="review-propose-merge"
            aria-label={`Propose merging the two named ${name}`}
            onClick={() => void proposeMerge(proposal.contactId, others[0]!)}
          >
            Propose merge
          </Button>
        ))}
    </p>
  );
}
