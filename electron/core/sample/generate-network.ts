import { nameKey } from '../roster/identity.js';
import { COMPANIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, MASTODON_HOSTS, POSITIONS } from './name-pools.js';
import { createRandom, type Random } from './random.js';

export interface GeneratedPerson {
  firstName: string;
  lastName: string;
  /** Unique LinkedIn slug, e.g. `ada-lovelace-3f9a1c`. */
  profileSlug: string;
  /** About a third share their email with connections, as on LinkedIn. */
  email: string | null;
  company: string;
  position: string;
  /** ISO date, skewed towards recent years. */
  connectedOn: string;
  mastodonHandle: string | null;
  phone: string | null;
}

export interface GeneratedMessage {
  personIndex: number;
  direction: 'sent' | 'received';
  /** ISO timestamp. */
  at: string;
  conversationId: string;
  content: string;
  folder: 'INBOX' | 'SPAM' | 'ARCHIVE';
}

export interface GeneratedNetwork {
  owner: { firstName: string; lastName: string; profileSlug: string };
  people: GeneratedPerson[];
  messages: GeneratedMessage[];
}

export interface NetworkOptions {
  seed: number;
  size: number;
  /** The day the export was made (ISO date). */
  now?: string;
}

const DAY_MS = 86_400_000;
const EARLIEST = Date.UTC(2008, 0, 1);

const slugPart = (text: string): string =>
  nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Connection dates pile up in recent years, as real networks do: t = u^0.6 skews towards `now`. */
function connectionDate(random: Random, nowMs: number): string {
  const t = Math.pow(random.next(), 0.6);
  return new Date(EARLIEST + t * (nowMs - EARLIEST)).toISOString().slice(0, 10);
}

function person(random: Random, index: number, nowMs: number): GeneratedPerson {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const base = `${slugPart(firstName)}-${slugPart(lastName)}`;
  const profileSlug = `${base}-${((index * 2654435761) >>> 0).toString(16).slice(0, 6)}${index.toString(36)}`;
  const local = `${slugPart(firstName).replace(/-/g, '')}.${slugPart(lastName).replace(/-/g, '')}${index}`;
  return {
    firstName,
    lastName,
    profileSlug,
    email: random.chance(0.3) ? `${local}@${random.pick(EMAIL_DOMAINS)}` : null,
    // A skewed pick makes some companies common, so same-name-same-company pairs occur.
    company: COMPANIES[Math.floor(Math.pow(random.next(), 1.8) * COMPANIES.length)]!,
    position: random.pick(POSITIONS),
    connectedOn: connectionDate(random, nowMs),
    mastodonHandle: random.chance(0.08) ? `${local.replace(/\./g, '_')}@${random.pick(MASTODON_HOSTS)}` : null,
    phone: random.chance(0.25) ? `+1 555 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}` : null,
  };
}

const GREETINGS = [
  'Great to connect!',
  'Thanks for the intro.',
  'Are you free for a call next week?',
  'Congrats on the new role!',
  'Saw your talk, loved it.',
];
const RECRUITER_PITCHES = [
  'Exciting opportunity at a fast-growing startup',
  'Quick question about your next move',
  'Join my webinar, again',
];

/** A long tail: most people are never messaged, a few are messaged a lot, recruiters only write. */
function messagesFor(random: Random, people: readonly GeneratedPerson[], nowMs: number): GeneratedMessage[] {
  const messages: GeneratedMessage[] = [];
  people.forEach((p, personIndex) => {
    if (!random.chance(0.15)) return;
    const recruiter = /Recruit|Talent/.test(p.position);
    const count = recruiter ? random.int(1, 3) : Math.ceil(Math.pow(random.next(), 3) * 25);
    const startMs = Date.parse(`${p.connectedOn}T00:00:00Z`);
    const conversationId = `2-${personIndex.toString(36)}${random.int(1000, 9999)}==`;
    for (let i = 0; i < count; i += 1) {
      messages.push({
        personIndex,
        direction: recruiter || random.chance(0.5) ? 'received' : 'sent',
        at: new Date(startMs + random.next() * Math.max(DAY_MS, nowMs - startMs))
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        conversationId,
        content: recruiter ? random.pick(RECRUITER_PITCHES) : random.pick(GREETINGS),
        folder: recruiter && random.chance(0.3) ? 'SPAM' : random.chance(0.1) ? 'ARCHIVE' : 'INBOX',
      });
    }
  });
  return messages.sort((a, b) => a.at.localeCompare(b.at));
}

/** A realistic network, the same for the same seed and size. Pure: no clock, no Math.random. */
export function generateNetwork({ seed, size, now = '2026-11-01' }: NetworkOptions): GeneratedNetwork {
  const random = createRandom(seed);
  const nowMs = Date.parse(`${now}T00:00:00Z`);
  const people = Array.from({ length: size }, (_, index) => person(random, index, nowMs));
  return {
    owner: { firstName: 'Sam', lastName: 'Example', profileSlug: 'sam-example' },
    people,
    messages: messagesFor(random, people, nowMs),
  };
}
