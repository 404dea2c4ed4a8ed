import type { FeedPost } from '../../shared/feed.js';
import type { Db } from '../../electron/core/db/open-database.js';
import { nameKey } from '../../electron/core/roster/identity.js';

/** Invented people, feeds and posts written straight into a roster, for feed and hide tests. */

export function addPerson(db: Db, name: string, now = '2026-01-01T00:00:00.000Z'): number {
  return Number(
    db
      .prepare('INSERT INTO contacts (display_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(name, nameKey(name), now, now).lastInsertRowid,
  );
}

export function addFeed(db: Db, contactId: number, url: string, title: string | null = null): number {
  return Number(
    db
      .prepare('INSERT INTO feeds (contact_id, url, title, next_due_at, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(contactId, url, title, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z').lastInsertRowid,
  );
}

export function feedPost(key: string, fields: Partial<FeedPost> = {}): FeedPost {
  return {
    dedupeKey: `id:${key}`,
    guid: key,
    title: `Post ${key}`,
    link: `https://example.org/${key}`,
    published: null,
    updated: null,
    author: null,
    summaryHtml: null,
    contentHtml: null,
    excerpt: '',
    ...fields,
  };
}

export function trash(db: Db, contactId: number, status: 'trashed' | 'removed' = 'trashed'): void {
  db.prepare('INSERT INTO contact_removals (contact_id, status, changed_at) VALUES (?, ?, ?)').run(
    contactId,
    status,
    '2026-01-01T00:00:00.000Z',
  );
}
