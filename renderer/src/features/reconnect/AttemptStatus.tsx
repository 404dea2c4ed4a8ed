import { useState } from 'react';
import type { ReconnectAttempt, ReconnectStatus } from '../../../../shared/reconnect.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';
import { attemptSummary } from './reconnect-words.js';

const STATUS_TONE = {
  drafted: 'neutral',
  sent: 'info',
  withdrawn: 'warning',
  accepted: 'accent',
  refused: 'neutral',
} as const;
export const STATUS_LABELS: Record<ReconnectStatus, string> = {
  drafted: 'Draft',
  sent: 'Sent',
  withdrawn: 'Withdrawn',
  accepted: 'Accepted',
  refused: 'Refused',
};

/** The next steps an open attempt can take from where it is (sending is the dialog's main action). */
const NEXT_STEPS: Partial<Record<ReconnectStatus, { status: ReconnectStatus; label: string }[]>> = {
  drafted: [{ status: 'accepted', label: 'They accepted' }],
  sent: [
    { status: 'accepted', label: 'They accepted' },
    { status: 'withdrawn', label: 'I withdrew it' },
    { status: 'refused', label: 'They declined' },
  ],
  withdrawn: [{ status: 'accepted', label: 'They accepted' }],
};

/** Where the attempt stands, the steps from there, and a dated note (which also resets the reminder). */
export function AttemptStatus({ attempt }: { attempt: ReconnectAttempt }) {
  const mark = useStore((s) => s.markReconnect);
  const [note, setNote] = useState('');
  const open = ['drafted', 'sent', 'withdrawn'].includes(attempt.status);
  const logNote = () => {
    if (!note.trim()) return;
    void mark(attempt.contactId, attempt.status, null, note.trim()).then((saved) => saved && setNote(''));
  };
  return (
    <section className="attempt-status" data-testid="reconnect-attempt" aria-label="This attempt">
      <p className="attempt-line">
        <Badge tone={STATUS_TONE[attempt.status]} testId="reconnect-attempt-status">
          {STATUS_LABELS[attempt.status]}
        </Badge>
        <span>{attemptSummary(attempt)}</span>
      </p>
      {attempt.notes && <p className="attempt-notes muted">{attempt.notes}</p>}
      {open && (
        <div className="attempt-steps">
          {NEXT_STEPS[attempt.status]?.map((step) => (
            <Button
              key={step.status}
              data-testid={`reconnect-mark-${step.status}`}
              onClick={() => void mark(attempt.contactId, step.status)}
            >
              {step.label}
            </Button>
          ))}
          <input
            className="text-input attempt-note-input"
            aria-label="A note about this attempt"
            placeholder="Add a note (e.g. they replied)"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                event.stopPropagation();
                logNote();
              }
            }}
          />
          <Button variant="ghost" disabled={!note.trim()} onClick={logNote}>
            Log note
          </Button>
        </div>
      )}
    </section>
  );
}
