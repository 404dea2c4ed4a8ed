import { useState } from 'react';
import type { MergeCandidate, MergeProposal } from '../../../../shared/domain.js';
import type { MergeField, MergeSurvivors } from '../../../../shared/history.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { formatCount, formatDay } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { MergeCombined } from './MergeCombined.js';

type Side = 'a' | 'b';

const FIELDS: { field: MergeField; label: string; show(c: MergeCandidate): string }[] = [
  { field: 'name', label: 'Name', show: (c) => c.name },
  { field: 'company', label: 'Company', show: (c) => c.company ?? '' },
  { field: 'position', label: 'Position', show: (c) => c.position ?? '' },
  { field: 'profileUrl', label: 'LinkedIn', show: (c) => c.profileUrl ?? '' },
  { field: 'connectedOn', label: 'Connected on', show: (c) => formatDay(c.connectedOn) },
  { field: 'note', label: 'Note', show: (c) => c.note ?? '' },
];

/** Which side is shown as kept before the user picks: a real value over an empty one, a name over an address. */
function defaultSide(field: MergeField, a: string, b: string): Side {
  if (!a && b) return 'b';
  if (field === 'name' && a.includes('@') && !b.includes('@')) return 'b';
  return 'a';
}

export function MergeButton() {
  const count = useStore((s) => s.proposals.length);
  const open = useStore((s) => s.setMergePanelOpen);
  if (count === 0) return null;
  return (
    <Button data-testid="merge-button" title="Review possible duplicates" onClick={() => open(true)}>
      <Badge tone="warning">{formatCount(count)}</Badge> <span className="hide-narrow">possible</span>{' '}
      {count === 1 ? 'duplicate' : 'duplicates'}
    </Button>
  );
}

/** Possible duplicates, one pair at a time: both sides field by field, the user picks what survives. */
export function MergePanel() {
  const open = useStore((s) => s.mergePanelOpen);
  const proposals = useStore((s) => s.proposals);
  const close = useStore((s) => s.setMergePanelOpen);
  if (!open || proposals.length === 0) return null;
  const proposal = proposals[0]!;
  return <MergeCard key={proposal.id} proposal={proposal} remaining={proposals.length} onClose={() => close(false)} />;
}

function MergeCard({ proposal, remaining, onClose }: { proposal: MergeProposal; remaining: number; onClose(): void }) {
  const resolve = useStore((s) => s.resolveProposal);
  const [picks, setPicks] = useState<MergeSurvivors>({});
  const rows = FIELDS.map((spec) => {
    const a = spec.show(proposal.a);
    const b = spec.show(proposal.b);
    return {
      ...spec,
      a,
      b,
      differ: a !== b && a !== '' && b !== '',
      side: picks[spec.field] ?? defaultSide(spec.field, a, b),
    };
  }).filter((row) => row.a !== '' || row.b !== '');
  // What the card shows as kept is what the merge keeps: every field where the two differ is sent.
  const survivors: MergeSurvivors = Object.fromEntries(
    rows.filter((row) => row.differ).map((row) => [row.field, row.side]),
  );
  const accept = () => void resolve(proposal.id, 'accept', survivors);
  return (
    <Dialog
      testId="merge-panel"
      wide
      title={`Possible duplicate${remaining > 1 ? ` (1 of ${formatCount(remaining)})` : ''}`}
      onCancel={onClose}
      onConfirm={accept}
      actions={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button data-testid="merge-dismiss" onClick={() => void resolve(proposal.id, 'dismiss')}>
            Different people
          </Button>
          <Button variant="primary" data-testid="merge-accept" onClick={accept}>
            Same person: merge
          </Button>
        </>
      }
    >
      <p className="muted">{proposal.reason}. Pick what the merged person keeps; addresses and history are combined.</p>
      <table className="merge-table" data-testid="merge-item">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Field</span>
            </th>
            <th scope="col">This one</th>
            <th scope="col">That one</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-testid={`merge-field-${row.field}`}>
              <th scope="row">{row.label}</th>
              {(['a', 'b'] as const).map((side) => (
                <td key={side} className={row.side === side || !row.differ ? 'merge-kept' : 'merge-dropped'}>
                  {row.differ ? (
                    <label className="merge-pick">
                      <input
                        type="radio"
                        name={`merge-${proposal.id}-${row.field}`}
                        checked={row.side === side}
                        data-testid={`merge-pick-${row.field}-${side}`}
                        onChange={() => setPicks({ ...picks, [row.field]: side })}
                      />
                      <span className="merge-value">{row[side]}</span>
                    </label>
                  ) : (
                    <span className="merge-value">{row[side] || <span className="muted">—</span>}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
          <MergeCombined a={proposal.a} b={proposal.b} />
        </tbody>
      </table>
    </Dialog>
  );
}
