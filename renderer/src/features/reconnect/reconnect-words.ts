import type { AddressSource, ReconnectAddress, ReconnectAttempt } from '../../../../shared/reconnect.js';
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
