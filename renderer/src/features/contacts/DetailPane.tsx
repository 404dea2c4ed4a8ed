import type { ContactDetail } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { SOURCE_LABELS } from '../../components/SourceBadges.js';
import { daysLeft, daysLeftLabel, formatDay, formatTimestamp, plural } from '../../components/format.js';
import { mailtoHref } from '../../../../shared/email-address.js';
import { BreakableText, displayUrl } from '../../components/BreakableText.js';
import { useStore } from '../../store/index.js';
import { PersonFeeds } from '../feed/PersonFeeds.js';
import { ReconnectButton } from '../reconnect/ReconnectButton.js';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Only https links become anchors; anything else is shown as text. */
function SafeLink({ href }: { href: string }) {
  return /^https:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer noopener" title={href}>
      <BreakableText text={displayUrl(href)} />
    </a>
  ) : (
    <span>
      <BreakableText text={href} />
    </span>
  );
}

function DetailActions({ detail }: { detail: ContactDetail }) {
  const requestRemoval = useStore((s) => s.requestRemoval);
  const restore = useStore((s) => s.restore);
  const dismissReappearance = useStore((s) => s.dismissReappearance);
  const trashDays = useStore((s) => s.info?.trashDays ?? null);
  return (
    <div className="detail-actions">
      {detail.reappearedIn && detail.status !== 'active' && (
        <p className="reappeared" data-testid="reappeared-notice">
          Reappeared in {SOURCE_LABELS[detail.reappearedIn]} on {formatDay(detail.reappearedAt)}: they may have
          reconnected, or the service re-added them. <ReconnectButton contactId={detail.id} variant="ghost" />
          <Button variant="ghost" onClick={() => void dismissReappearance([detail.id])}>
            Keep removed
          </Button>
        </p>
      )}
      {detail.status === 'active' && (
        <Button data-testid="detail-remove" onClick={() => void requestRemoval([detail.id])}>
          Remove from roster…
        </Button>
      )}
      {detail.status === 'trashed' && (
        <>
          <p className="muted" data-testid="detail-trash-days">
            In the Trash since {formatDay(detail.statusChangedAt)}
            {trashDays !== null && daysLeft(detail.statusChangedAt, trashDays) !== null
              ? ` (${daysLeftLabel(daysLeft(detail.statusChangedAt, trashDays)!)})`
              : ''}
            {detail.removalReason ? ` — ${detail.removalReason}` : ''}
          </p>
          <div className="detail-buttons">
            <Button data-testid="detail-restore" onClick={() => void restore([detail.id])}>
              Restore
            </Button>
            <ReconnectButton contactId={detail.id} />
          </div>
        </>
      )}
      {detail.status === 'removed' && (
        <>
          <p className="muted">
            Removed{detail.removalReason ? ` — ${detail.removalReason}` : ''}. Prune keeps only their name and
            addresses, so re-imports do not bring them back.
          </p>
          <div className="detail-buttons">
            <Button data-testid="detail-restore" onClick={() => void restore([detail.id])}>
              Restore to the roster
            </Button>
            <ReconnectButton contactId={detail.id} />
          </div>
        </>
      )}
    </div>
  );
}

function DetailBody({ detail }: { detail: ContactDetail }) {
  const subtitle = [detail.position, detail.company].filter(Boolean).join(' at ');
  return (
    <>
      <header className="detail-header">
        {detail.photoDataUrl ? (
          <img className="avatar" src={detail.photoDataUrl} alt="" />
        ) : (
          <div className="avatar avatar-initials" aria-hidden>
            {detail.name.slice(0, 1).toUpperCase()}
          </div>
        )}
        <div>
          <h2 data-testid="detail-name">{detail.name}</h2>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
      </header>
      <DetailActions detail={detail} />
      <dl className="fields">
        {detail.emails.length > 0 && (
          <Field label={detail.emails.length > 1 ? 'Emails' : 'Email'}>
            <ul className="plain-list" data-testid="detail-emails">
              {detail.emails.map((email) => (
                <li key={email}>
                  {mailtoHref(email) ? (
                    <a href={mailtoHref(email)!}>
                      <BreakableText text={email} />
                    </a>
                  ) : (
                    <BreakableText text={email} />
                  )}
                </li>
              ))}
            </ul>
          </Field>
        )}
        {detail.phones.length > 0 && (
          <Field label="Phone">
            <ul className="plain-list">
              {detail.phones.map((phone) => (
                <li key={phone}>{phone}</li>
              ))}
            </ul>
          </Field>
        )}
        {detail.handles.length > 0 && <Field label="Mastodon">{detail.handles.map((h) => `@${h}`).join(', ')}</Field>}
        {detail.profileUrl && (
          <Field label="LinkedIn">
            <SafeLink href={detail.profileUrl} />
          </Field>
        )}
        {detail.urls.length > 0 && (
          <Field label="Links">
            <ul className="plain-list">
              {detail.urls.map((url) => (
                <li key={url}>
                  <SafeLink href={url} />
                </li>
              ))}
            </ul>
          </Field>
        )}
        {detail.connectedOn && <Field label="Connected on">{formatDay(detail.connectedOn)}</Field>}
        <Field label="Sources">
          <ul className="plain-list" data-testid="detail-sources">
            {detail.sourceInfo.map((source) => (
              <li key={source.source}>
                {SOURCE_LABELS[source.source]}{' '}
                <span className="muted">
                  since {formatDay(source.firstSeenAt)}, last seen {formatDay(source.lastSeenAt)}
                </span>
              </li>
            ))}
          </ul>
        </Field>
        <Field label="Interactions">
          <span data-testid="detail-interactions">
            {plural(detail.sentCount, 'message')} sent, {plural(detail.receivedCount, 'message')} received
            {detail.lastInteractionAt ? `; last ${formatTimestamp(detail.lastInteractionAt)}` : ''}
          </span>
          {detail.recentInteractions.length > 0 && (
            <ul className="plain-list recent">
              {detail.recentInteractions.map((interaction) => (
                <li key={`${interaction.at}-${interaction.direction}-${interaction.kind}`}>
                  {formatTimestamp(interaction.at)}: {interaction.kind} {interaction.direction}
                  {interaction.folder && interaction.folder !== 'INBOX' ? ` (${interaction.folder.toLowerCase()})` : ''}
                </li>
              ))}
            </ul>
          )}
        </Field>
        {detail.note && (
          <Field label="Note">
            <p className="note">{detail.note}</p>
          </Field>
        )}
      </dl>
      <PersonFeeds contactId={detail.id} name={detail.name} active={detail.status === 'active'} />
    </>
  );
}

export function DetailPane() {
  const selectedId = useStore((s) => s.selectedId);
  const detail = useStore((s) => s.detail);
  return (
    <aside className="detail-pane" data-testid="detail-pane" aria-label="Contact details">
      {detail ? (
        <DetailBody detail={detail} />
      ) : selectedId === null ? (
        <EmptyState testId="detail-empty" title="No one selected">
          Select someone to see everything Prune knows about them.
        </EmptyState>
      ) : (
        <LoadingState />
      )}
    </aside>
  );
}
