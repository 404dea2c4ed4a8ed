import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';

function describe(names: readonly string[], total: number): string {
  const others = total - names.length;
  if (others <= 0) return names.length === 2 ? `${names[0]} and ${names[1]}` : names.join(', ');
  return `${names.join(', ')} and ${others.toLocaleString()} more`;
}

export function ConfirmRemovalDialog() {
  const pending = useStore((s) => s.pendingRemoval);
  // A new key per request starts each confirmation with an empty reason.
  return pending ? <RemovalDialog key={pending.ids.join(',')} pending={pending} /> : null;
}

/** Enter confirms (also from the reason field), Esc cancels; focus goes back to the list. */
function RemovalDialog({ pending }: { pending: { ids: number[]; names: string[] } }) {
  const confirm = useStore((s) => s.confirmRemoval);
  const cancel = useStore((s) => s.cancelRemoval);
  const trashDays = useStore((s) => s.info?.trashDays ?? null);
  const [reason, setReason] = useState('');
  const count = pending.ids.length;
  return (
    <Dialog
      testId="confirm-removal"
      title={`Remove ${count === 1 ? pending.names[0] : `${count.toLocaleString()} people`}?`}
      onCancel={cancel}
      onConfirm={() => void confirm(reason)}
      actions={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="destructive" data-testid="confirm-remove" onClick={() => void confirm(reason)}>
            Remove{count === 1 ? '' : ` ${count.toLocaleString()}`}
          </Button>
        </>
      }
    >
      {count > 1 && <p data-testid="removal-names">{describe(pending.names, count)}</p>}
      <p>
        <strong>Nobody is notified.</strong> This only changes your Prune roster; they go to the Trash, where you can
        restore them {trashDays === null ? 'for a while' : `for ${trashDays === 1 ? '1 day' : `${trashDays} days`}`}. To
        remove them on LinkedIn or Mastodon too, use the checklist and exports afterwards.
      </p>
      <label className="field-label">
        Reason (optional, kept with them)
        <input
          type="text"
          className="text-input"
          data-testid="removal-reason"
          data-autofocus
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          placeholder="e.g. never met, recruiter spam"
        />
      </label>
    </Dialog>
  );
}
