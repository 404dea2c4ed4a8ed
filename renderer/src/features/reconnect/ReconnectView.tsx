import { useState } from 'react';
import type { ReconnectAttempt } from '../../../../shared/reconnect.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { STATUS_LABELS } from './AttemptStatus.js';
import { attemptSummary, reminderText } from './reconnect-words.js';

function AttemptRow({ attempt, reminderDays }: { attempt: ReconnectAttempt; reminderDays: number }) {
  const openReconnect = useStore((s) => s.openReconnect);
  const reminder = reminderText(attempt, reminderDays);
  return (
    <li className="attempt-row" data-testid="reconnect-row" data-status={attempt.status}>
      <div className="attempt-row-text">
        <span className="attempt-row-name">{attempt.name}</span>
        <span className="muted">{attemptSummary(attempt)}</span>
      </div>
      {reminder && (
        <Badge tone="warning" testId="reconnect-reminder">
          {reminder}
        </Badge>
      )}
      <Badge tone={attempt.status === 'accepted' ? 'accent' : attempt.status === 'sent' ? 'info' : 'neutral'}>
        {STATUS_LABELS[attempt.status]}
      </Badge>
      <Button data-testid="reconnect-row-open" onClick={() => void openReconnect(attempt.contactId)}>
        Open…
      </Button>
    </li>
  );
}

/** How long an open attempt may stay quiet before it shows a reminder. */
function ReminderSetting({ days }: { days: number }) {
  const save = useStore((s) => s.saveReconnectSettings);
  const [text, setText] = useState(String(days));
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= 1 && value <= 365;
  return (
    <label className="reminder-setting">
      Remind me after
      <input
        className="text-input number-input"
        type="number"
        min={1}
        max={365}
        value={text}
        aria-invalid={!valid}
        data-testid="reconnect-reminder-days"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => valid && value !== days && void save({ reminderDays: value })}
        onKeyDown={(event) => event.key === 'Enter' && valid && void save({ reminderDays: value })}
      />
      days without news
    </label>
  );
}

/**
 * Everyone Prune is helping you reach again: open attempts oldest first, each with a gentle
 * reminder once it has gone quiet; then the closed ones.
 */
export function ReconnectView() {
  const attempts = useStore((s) => s.reconnectAttempts);
  const loaded = useStore((s) => s.reconnectLoaded);
  const reminderDays = useStore((s) => s.reconnectSettings?.reminderDays ?? 14);
  const setView = useStore((s) => s.setView);
  const open = attempts.filter((a) => ['drafted', 'sent', 'withdrawn'].includes(a.status));
  const closed = attempts.filter((a) => !open.includes(a));
  return (
    <section
      className="side-view"
      data-testid="reconnect-view"
      aria-labelledby="reconnect-title"
      tabIndex={-1}
      data-focus-home
    >
      <div className="side-view-header">
        <h2 id="reconnect-title">Reconnect</h2>
        {loaded && <ReminderSetting key={reminderDays} days={reminderDays} />}
      </div>
      <p className="muted">
        People you removed by mistake, and how reaching them again is going. Later LinkedIn exports update this by
        themselves: an invitation in Invitations.csv marks it sent, their name in Connections.csv marks it accepted.
      </p>
      {!loaded ? (
        <LoadingState label="Loading attempts…" />
      ) : attempts.length === 0 ? (
        <EmptyState
          testId="reconnect-empty"
          title="No one to reconnect with yet"
          action={<Button onClick={() => setView('trash')}>Open the Trash</Button>}
        >
          Select someone in the Trash or among the Removed and choose Reconnect… to find an address that works and word
          the message.
        </EmptyState>
      ) : (
        <>
          <h3 className="attempt-group-title">
            Open <span className="muted">{formatCount(open.length)}</span>
          </h3>
          {open.length === 0 ? (
            <p className="muted">Nothing waiting.</p>
          ) : (
            <ul className="attempt-list" data-testid="reconnect-open-list">
              {open.map((attempt) => (
                <AttemptRow key={attempt.id} attempt={attempt} reminderDays={reminderDays} />
              ))}
            </ul>
          )}
          {closed.length > 0 && (
            <>
              <h3 className="attempt-group-title">
                Closed <span className="muted">{formatCount(closed.length)}</span>
              </h3>
              <ul className="attempt-list" data-testid="reconnect-closed-list">
                {closed.map((attempt) => (
                  <AttemptRow key={attempt.id} attempt={attempt} reminderDays={reminderDays} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
