import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { LoadingState } from '../../components/EmptyState.js';
import { formatDay } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { AddAddressForm } from './AddAddressForm.js';
import { AddressChooser } from './AddressChooser.js';
import { AttemptStatus } from './AttemptStatus.js';
import { Composer } from './Composer.js';
import { RemovalFacts } from './RemovalFacts.js';

const IN_ROSTER_WORDS = {
  active: null,
  trashed: 'In the Trash',
  removed: 'Removed (Prune kept their name and addresses)',
} as const;

/**
 * Reconnecting with one person: their addresses with the marks and the suggestion, an address
 * by hand, the message, and the attempt's state. Sending is the one main action.
 */
export function ReconnectDialog() {
  const contactId = useStore((s) => s.reconnectContactId);
  const plan = useStore((s) => s.reconnectPlan);
  const closeReconnect = useStore((s) => s.closeReconnect);
  const mark = useStore((s) => s.markReconnect);
  const restore = useStore((s) => s.restore);
  const [picked, setChosen] = useState<string | null>(null);
  // Where Restore is enough, writing is a choice the user makes, not the default.
  const [writing, setWriting] = useState(false);
  if (contactId === null) return null;
  const close = () => {
    setWriting(false);
    closeReconnect();
  };
  // The user's pick while it is one of this plan's usable addresses, else the suggestion.
  const chosen =
    plan && picked && plan.addresses.some((a) => a.value === picked && !a.blocked) ? picked : (plan?.suggested ?? null);
  const attempt = plan?.attempt ?? null;
  const open = attempt !== null && ['drafted', 'sent', 'withdrawn'].includes(attempt.status);
  // The core says when the three-week wait is over (a due reminder of a withdrawn attempt).
  const waiting = attempt?.status === 'withdrawn' && !attempt.reminderDue;
  const restoreFirst = plan !== null && plan.restoreIsEnough && !open && !writing;
  const canSend = plan !== null && (!open || attempt.status !== 'sent') && !waiting && !restoreFirst;
  const where = plan ? IN_ROSTER_WORDS[plan.contactStatus] : null;
  return (
    <Dialog
      testId="reconnect-dialog"
      title={plan ? `Reconnect with ${plan.name}` : 'Reconnect'}
      onCancel={close}
      large={!restoreFirst}
      wide={restoreFirst}
      actions={
        <>
          {restoreFirst && (
            <Button data-testid="reconnect-write-anyway" onClick={() => setWriting(true)}>
              Write to them anyway
            </Button>
          )}
          {plan && !open && !restoreFirst && (
            <Button data-testid="reconnect-save-draft" onClick={() => void mark(plan.contactId, 'drafted')}>
              Save as draft
            </Button>
          )}
          <Button onClick={close}>Close</Button>
          {restoreFirst && (
            <Button
              variant="primary"
              data-testid="reconnect-restore"
              autoFocus
              onClick={() => {
                close();
                void restore([plan.contactId]);
              }}
            >
              Restore
            </Button>
          )}
          {canSend && (
            <Button
              variant="primary"
              data-testid="reconnect-mark-sent"
              disabled={chosen === null}
              title={chosen === null ? 'Choose or add an address first' : undefined}
              onClick={() => void mark(plan.contactId, 'sent', chosen)}
            >
              Mark as sent
            </Button>
          )}
        </>
      }
    >
      {!plan ? (
        <LoadingState label="Looking up their addresses…" />
      ) : (
        <div className={`reconnect-layout${restoreFirst ? ' reconnect-layout-lead' : ''}`}>
          <div className="reconnect-side">
            {where && !restoreFirst && <p className="muted reconnect-where">{where}.</p>}
            <RemovalFacts plan={plan} />
            {attempt && <AttemptStatus attempt={attempt} />}
            {waiting && (
              <p className="reconnect-wait" role="note">
                LinkedIn won’t take a new invitation before {formatDay(attempt.resendAfter)}.
              </p>
            )}
            {!restoreFirst && (
              <>
                <AddressChooser plan={plan} chosen={chosen} onChoose={setChosen} />
                <AddAddressForm onAdded={setChosen} />
              </>
            )}
          </div>
          {!restoreFirst && <Composer plan={plan} chosen={chosen} />}
        </div>
      )}
    </Dialog>
  );
}
