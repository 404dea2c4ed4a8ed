import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0080: update feed and hide rules', () => {
  it('keeps every batch, audit row and merge history, and lets batches record hides and reviews', () => {
    const db = databaseAtVersion(70, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (1, 'Ada', 'ada', 'x', 'x');
      INSERT INTO batches (id, action, reason, at, undone_at, undone_seq, redoable)
        VALUES (1, 'remove', 'Spam', '2026-01-01', '2026-01-02', 1, 1), (2, 'merge', NULL, '2026-01-03', NULL, NULL, 0);
      INSERT INTO audit_log VALUES (1, 1, 'active', 'trashed');
      INSERT INTO merge_history VALUES (2, 5, 1, 9, 'Ada', 'Ada L.', '{}', '{"rows":[]}', '2026-01-03');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT * FROM batches ORDER BY id').all()).toEqual([
      {
        id: 1,
        action: 'remove',
        reason: 'Spam',
        at: '2026-01-01',
        undone_at: '2026-01-02',
        undone_seq: 1,
        redoable: 1,
      },
      { id: 2, action: 'merge', reason: null, at: '2026-01-03', undone_at: null, undone_seq: null, redoable: 0 },
    ]);
    expect(db.prepare('SELECT * FROM audit_log').all()).toEqual([
      { batch_id: 1, contact_id: 1, from_status: 'active', to_status: 'trashed' },
    ]);
    expect(db.prepare('SELECT kept_id, dropped_name, snapshot FROM merge_history').all()).toEqual([
      { kept_id: 1, dropped_name: 'Ada L.', snapshot: '{"rows":[]}' },
    ]);
    db.exec(`INSERT INTO batches (action, at) VALUES ('hide', 'x'), ('review', 'x')`);
    expect(() => db.exec(`INSERT INTO batches (action, at) VALUES ('bogus', 'x')`)).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('indexes posts for whole-word, accent-insensitive search and cascades a feed to its posts', () => {
    const db = databaseAtVersion(80, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (1, 'Ada', 'ada', 'x', 'x');
      INSERT INTO feeds (id, contact_id, url, created_at) VALUES (1, 1, 'https://a.example/feed', 'x');
      INSERT INTO feed_posts (id, feed_id, contact_id, dedupe_key, published_at, first_seen_at, title, summary)
        VALUES (1, 1, 1, 'id:1', '2026-01-01T00:00:00.000Z', 'x', 'Café crypto', 'cryptography notes');
    `);
    const match = (query: string) =>
      db.prepare('SELECT rowid FROM feed_posts_fts WHERE feed_posts_fts MATCH ?').pluck().all(query);
    expect(match('"cafe"')).toEqual([1]);
    expect(match('"CRYPTO"')).toEqual([1]);
    expect(match('"cryptograph"')).toEqual([]);
    db.exec(`UPDATE feed_posts SET title = 'Tea' WHERE id = 1`);
    expect(match('"cafe"')).toEqual([]);
    db.exec('DELETE FROM feeds WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM feed_posts').pluck().get()).toBe(0);
    expect(match('"tea"')).toEqual([]);
  });
});
