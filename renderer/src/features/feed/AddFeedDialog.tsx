import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';

/** "Add feed…" for one person: a feed URL, a website (its feeds are found) or @user@domain. */
export function AddFeedDialog() {
  const open = useStore((s) => s.addFeedFor);
  if (!open) return null;
  return <AddFeedForm key={open.contactId} />;
}

function AddFeedForm() {
  const open = useStore((s) => s.addFeedFor)!;
  const close = useStore((s) => s.closeAddFeed);
  const subscribe = useStore((s) => s.subscribe);
  const [address, setAddress] = useState('');
  const confirm = () => {
    if (address.trim() && !open.busy) void subscribe(open.contactId, address.trim());
  };
  return (
    <Dialog
      testId="add-feed-dialog"
      title={`Add a feed for ${open.name}`}
      onCancel={close}
      onConfirm={confirm}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            disabled={!address.trim() || open.busy}
            data-testid="add-feed-confirm"
            onClick={confirm}
          >
            {open.busy ? 'Looking…' : 'Add feed'}
          </Button>
        </>
      }
    >
      <label className="field-label">
        Feed, website or Mastodon address
        <input
          className="text-input"
          value={address}
          placeholder="https://example.com or @name@mastodon.social"
          aria-invalid={open.error !== null}
          aria-describedby={open.error ? 'add-feed-error' : undefined}
          data-autofocus
          data-testid="add-feed-address"
          onChange={(event) => setAddress(event.target.value)}
        />
      </label>
      {open.error && (
        <p id="add-feed-error" className="field-error" role="alert" data-testid="add-feed-error">
          {open.error}
        </p>
      )}
      <p className="muted">Prune fetches it now and then every hour. Nothing is posted or followed on any service.</p>
    </Dialog>
  );
}
