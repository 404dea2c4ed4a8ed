import type { ReconnectAddress } from './reconnect.js';

/** How a message to an address goes out, and the most characters that channel takes. */
export interface ChannelLimit {
  channel: string;
  limit: number;
}

/**
 * The tight channels: the note on a LinkedIn invitation (300 characters) and a Mastodon direct
 * message (a post: 500 on most servers). A mail has no practical limit.
 */
export const CHANNEL_LIMITS: Readonly<Record<ReconnectAddress['kind'], ChannelLimit | null>> = {
  profile: { channel: 'a LinkedIn invitation note', limit: 300 },
  mastodon: { channel: 'a Mastodon message', limit: 500 },
  email: null,
};

/** The limit for a message to this address, counting the mention a Mastodon message starts with. */
export function channelLimit(address: ReconnectAddress | null): ChannelLimit | null {
  if (!address) return null;
  const limit = CHANNEL_LIMITS[address.kind];
  if (!limit || address.kind !== 'mastodon') return limit;
  return { ...limit, limit: limit.limit - (address.value.length + 1) };
}
