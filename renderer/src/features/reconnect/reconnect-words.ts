import type {
  AddressSource,
  ReconnectAddress,
  ReconnectAttempt,
  RemovalService,
  ServiceRemoval,
} from '../../../../shared/reconnect.js';
import { formatDay } from '../../components/format.js';

export const ADDRESS_SOURCE_LABELS: Record<AddressSource, string> = {
  linkedin: 'LinkedIn connection',
  vcard: 'vCard',
  google: 'Google',
  outlook: 'Outlook',
  mastodon: 'Mastodon',
  manual: 'Added by you',
  unknown: 'Source unknown',
};

export function addressKindLabel(address: ReconnectAddress): string {
  if (address.kind === 'profile') return 'LinkedIn profile page';
  if (address.kind === 'mastodon') return 'Mastodon';
  return `Email · ${ADDRESS_SOURCE_LABELS[address.source ?? 'unknown']}`;
}

/** One line on where an attempt stands, in the user's locale. */
export function attemptSummary(attempt: ReconnectAttempt): string {
  const via = attempt.via ? ` via ${attempt.via}` : '';
  switch (attempt.status) {
    case 'drafted':
      return `Drafted on ${formatDay(attempt.createdAt)}, not sent yet`;
    case 'sent':
      return `Sent${via} on ${formatDay(attempt.sentAt)}`;
    case 'withdrawn':
      return `Withdrawn on ${formatDay(attempt.withdrawnAt)}. LinkedIn takes a new invitation from ${formatDay(attempt.resendAfter)}`;
    case 'accepted':
      return `Accepted on ${formatDay(attempt.closedAt)}: back in your roster`;
    case 'refused':
      return `Refused on ${formatDay(attempt.closedAt)}`;
  }
}

/** The gentle reminder for an open attempt that has gone quiet, or null. */
export function reminderText(attempt: ReconnectAttempt, reminderDays: number): string | null {
  if (!attempt.reminderDue) return null;
  if (attempt.status === 'withdrawn') return 'You can invite them again now';
  if (attempt.status === 'drafted') return `Still a draft after ${reminderDays} days`;
  return `No news for ${reminderDays} days: a friendly follow-up?`;
}

const SERVICE_NAMES: Record<RemovalService, string> = { linkedin: 'LinkedIn', mastodon: 'Mastodon' };

/** Where the removal stands on one service, in a line. */
export function removalLine(removal: ServiceRemoval): string {
  const name = SERVICE_NAMES[removal.service];
  if (removal.carriedOut === null)
    return `${name}: Prune can’t tell whether you removed them there (no profile page for the checklist)`;
  if (!removal.carriedOut)
    return removal.service === 'linkedin'
      ? 'Not removed on LinkedIn: its checklist item isn’t ticked'
      : 'Still followed on Mastodon: no follows export since leaves them out';
  return removal.evidence === 'checklist'
    ? `Removed on ${name}: ticked off the checklist on ${formatDay(removal.at)}`
    : `Removed on ${name}: your export of ${formatDay(removal.at)} no longer lists them`;
}

/** Why Restore is all it takes: the services the removal never reached, named. */
export function restoreEnoughHeadline(removals: readonly ServiceRemoval[]): string {
  const where = removals.map((removal) => SERVICE_NAMES[removal.service]);
  if (where.length === 0) return 'They were only removed in Prune; Restore is enough';
  const on = where.join(' or ');
  return removals.every((removal) => removal.service === 'mastodon')
    ? `You haven’t unfollowed them on ${on}; Restore is enough`
    : `You haven’t removed them on ${on}; Restore is enough`;
}

/** An address on a service they are still connected on needs no invitation. */
export function stillConnectedOn(address: ReconnectAddress, removals: readonly ServiceRemoval[]): string | null {
  const service = address.kind === 'profile' ? 'linkedin' : address.kind === 'mastodon' ? 'mastodon' : null;
  const removal = removals.find((r) => r.service === service);
  if (removal?.carriedOut !== false) return null;
  return service === 'linkedin' ? 'Still connected' : 'Still followed';
}
