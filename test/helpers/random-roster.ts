import fc from 'fast-check';
import type { Db } from '../../electron/core/db/open-database.js';
import type { PersonFacts } from '../../electron/core/rules/evaluate-rule.js';
import { SOURCES, type SourceName } from '../../shared/rules-facts.js';

/**
 * Small random rosters for the rule engine's property test, as plain data: inserted into SQLite
 * for the compiled query, and read directly (no SQL) for the reference evaluator's facts.
 */

export interface RandomInteraction {
  kind: 'message' | 'invitation';
  direction: 'sent' | 'received';
  at: string;
  spam: boolean;
}

export interface RandomPerson {
  name: string;
  /** Few distinct values, so look-alikes happen. */
  sortName: string;
  company: string | null;
  position: string | null;
  connectedOn: string | null;
  sources: SourceName[];
  emails: string[];
  tags: string[];
  protected: boolean;
  trashed: boolean;
  interactions: RandomInteraction[];
  changes: { field: 'company' | 'position'; previous: string; at: string }[];
  /** Subscribed to a feed (always, when they have posts). */
  feed: boolean;
  posts: string[];
  hides: { kind: 'mute' | 'snooze' | 'cap'; until: string | null; lifted: boolean }[];
}

export const TEXTS = ['Ada Lovelace', 'ada', 'ACME Corp', 'acme', 'Zoë [Labs]', 'Initech', 'Ëmile', 'x', ''] as const;
export const DAYS = ['2009-02-01', '2014-06-30', '2015-01-01', '2020-05-17', '2024-03-03', '2026-10-20'] as const;
export const STAMPS = [
  '2014-06-30T08:00:00.000Z',
  '2020-05-17T10:00:00.000Z',
  '2021-11-01T12:00:00.000Z',
  '2026-05-01T09:30:00.000Z',
  '2026-10-30T18:00:00.000Z',
] as const;

/** Around the test's now (2026-11-01T12:00Z): inside the 4-week window, on its edge, and before it. */
export const POST_STAMPS = [
  '2026-10-31T10:00:00.000Z',
  '2026-10-20T00:00:00.000Z',
  '2026-10-04T12:00:00.000Z',
  '2026-09-01T00:00:00.000Z',
  '2026-03-01T00:00:00.000Z',
] as const;
const UNTIL = [null, '2026-10-01T00:00:00.000Z', '2026-11-01T12:00:00.000Z', '2026-12-01T00:00:00.000Z'] as const;

const optionalText = fc.option(fc.constantFrom(...TEXTS), { nil: null });

const interaction: fc.Arbitrary<RandomInteraction> = fc.record({
  kind: fc.constantFrom('message', 'invitation'),
  direction: fc.constantFrom('sent', 'received'),
  at: fc.constantFrom(...STAMPS),
  spam: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

export const randomPerson: fc.Arbitrary<RandomPerson> = fc.record({
  name: fc.constantFrom('Ada Lovelace', 'Grace Hopper', 'Zoë Ëmile', 'ACME Bot', 'alan [turing]'),
  sortName: fc.constantFrom('ada', 'grace', 'zoe'),
  company: optionalText,
  position: optionalText,
  connectedOn: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  sources: fc.uniqueArray(fc.constantFrom(...SOURCES), { maxLength: 3 }),
  emails: fc.uniqueArray(fc.constantFrom('ada@acme.example', 'Grace@Navy.example', 'zoe@labs.example'), {
    maxLength: 2,
  }),
  tags: fc.uniqueArray(fc.constantFrom('vip', 'VIP', 'old'), { maxLength: 2, comparator: (a, b) => a === b }),
  protected: fc.boolean(),
  trashed: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  interactions: fc.array(interaction, { maxLength: 6 }),
  changes: fc.array(
    fc.record({
      field: fc.constantFrom('company', 'position'),
      previous: fc.constantFrom('Acme', 'Initech'),
      at: fc.constantFrom(...STAMPS),
    }),
    { maxLength: 2 },
  ),
  feed: fc.boolean(),
  posts: fc.array(fc.constantFrom(...POST_STAMPS), { maxLength: 20 }),
  hides: fc.array(
    fc.record({
      kind: fc.constantFrom('mute', 'snooze', 'cap'),
      until: fc.constantFrom(...UNTIL),
      lifted: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});

/** Inserts the people; returns their ids in order. */
export function insertRoster(db: Db, people: readonly RandomPerson[], now: string): number[] {
  return people.map((person) => {
    const counted = person.interactions.filter((i) => !i.spam);
    const id = Number(
      db
        .prepare(
          `INSERT INTO contacts (display_name, sort_name, company, position, connected_on, last_interaction_at,
             sent_count, received_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          person.name,
          person.sortName,
          person.company,
          person.position,
          person.connectedOn,
          counted
            .map((i) => i.at)
            .sort()
            .at(-1) ?? null,
          counted.filter((i) => i.kind === 'message' && i.direction === 'sent').length,
          counted.filter((i) => i.kind === 'message' && i.direction === 'received').length,
          now,
          now,
        ).lastInsertRowid,
    );
    for (const source of person.sources)
      db.prepare(
        'INSERT INTO contact_sources (contact_id, source, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)',
      ).run(id, source, now, now);
    person.emails.forEach((address, rank) =>
      db
        .prepare('INSERT INTO contact_emails (contact_id, normalized, address, rank) VALUES (?, ?, ?, ?)')
        .run(id, address.toLowerCase(), address, rank),
    );
    for (const tag of person.tags)
      db.prepare('INSERT INTO contact_tags (contact_id, tag, tagged_at) VALUES (?, ?, ?)').run(id, tag, now);
    if (person.protected) db.prepare('INSERT INTO protected_contacts VALUES (?, ?)').run(id, now);
    if (person.trashed)
      db.prepare("INSERT INTO contact_removals (contact_id, status, changed_at) VALUES (?, 'trashed', ?)").run(id, now);
    person.interactions.forEach((i, index) =>
      db
        .prepare(
          'INSERT INTO interactions (contact_id, kind, direction, at, folder, conversation_id) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, i.kind, i.direction, i.at, i.spam ? 'SPAM' : 'INBOX', String(index)),
    );
    for (const change of person.changes)
      db.prepare(
        'INSERT INTO field_changes (contact_id, field, previous, current, changed_at) VALUES (?, ?, ?, ?, ?)',
      ).run(id, change.field, change.previous, 'new', change.at);
    if (person.feed || person.posts.length > 0) {
      const feed = Number(
        db
          .prepare('INSERT INTO feeds (contact_id, url, created_at) VALUES (?, ?, ?)')
          .run(id, `https://example.com/${id}.xml`, now).lastInsertRowid,
      );
      person.posts.forEach((at, index) =>
        db
          .prepare(
            'INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(feed, id, `id:${index}`, at, at),
      );
    }
    for (const hide of person.hides)
      db.prepare(
        `INSERT INTO hide_rules (kind, contact_id, per, max, until, created_at, lifted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        hide.kind,
        id,
        hide.kind === 'cap' ? 'week' : null,
        hide.kind === 'cap' ? 3 : null,
        hide.until,
        now,
        hide.lifted ? now : null,
      );
    return id;
  });
}

const latest = (values: readonly string[]): string | null => [...values].sort().at(-1) ?? null;

/** A person's facts computed from the plain data, independently of the SQL. */
export function referenceFacts(person: RandomPerson, roster: readonly RandomPerson[], now: string): PersonFacts {
  const since = new Date(Date.parse(now) - 28 * 86_400_000).toISOString();
  const recent = (someone: RandomPerson) => someone.posts.filter((at) => at >= since).length;
  const allRecent = roster.reduce((sum, someone) => sum + recent(someone), 0);
  const hidden = (kind: string) =>
    person.hides.some((hide) => hide.kind === kind && !hide.lifted && (hide.until === null || hide.until > now));
  const counted = person.interactions.filter((i) => !i.spam);
  const of = (kind: string, direction: string) => counted.filter((i) => i.kind === kind && i.direction === direction);
  const lastAnswer = latest(of('message', 'received').map((i) => i.at)) ?? '';
  const received = counted.filter((i) => i.direction === 'received');
  return {
    connected_on: person.connectedOn,
    last_interaction: latest(counted.map((i) => i.at)),
    company_changed: latest(person.changes.filter((c) => c.field === 'company').map((c) => c.at)),
    position_changed: latest(person.changes.filter((c) => c.field === 'position').map((c) => c.at)),
    messages_sent: of('message', 'sent').length,
    messages_received: of('message', 'received').length,
    unanswered_messages: of('message', 'sent').filter((i) => i.at > lastAnswer).length,
    invitations_sent: of('invitation', 'sent').length,
    invitations_received: of('invitation', 'received').length,
    invitations_unanswered: person.connectedOn
      ? 0
      : of('invitation', 'sent').filter((sent) => !received.some((r) => r.at >= sent.at)).length,
    source_count: person.sources.length,
    look_alikes: roster.filter((other) => other !== person && !other.trashed && other.sortName === person.sortName)
      .length,
    has_email: person.emails.length > 0,
    protected: person.protected,
    name: person.name,
    company: person.company,
    position: person.position,
    email: person.emails,
    sources: person.sources,
    tags: person.tags,
    subscribed: person.feed || person.posts.length > 0,
    updates_per_week: (recent(person) * 7) / 28,
    feed_share: allRecent === 0 ? 0 : (100 * recent(person)) / allRecent,
    last_post: latest(person.posts),
    muted: hidden('mute'),
    snoozed: hidden('snooze'),
    capped: hidden('cap'),
  };
}
