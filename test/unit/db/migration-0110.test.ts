import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0110 (feed avatars, undoable OPML imports, feed kinds)', () => {
  it('keeps contacts, photos, feeds and the history; photos count as imported; feeds learn their kind', () => {
    const db = databaseAtVersion(100, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, photo, photo_type, created_at, updated_at)
        VALUES (1, 'Ada', 'ada', x'89504e47', 'image/png', 'x', 'x'), (2, 'Grace', 'grace', NULL, NULL, 'x', 'x');
      INSERT INTO feeds (id, contact_id, url, image_url, created_at) VALUES
        (1, 1, 'https://social.example/@ada.rss', 'https://social.example/a.png', 'x'),
        (2, 2, 'https://grace.example/feed.xml', NULL, 'x'),
        (3, 2, 'https://grace.example/blog/@notes.rss', NULL, 'x'),
        (4, 1, 'http://social.example/@ada.rss', NULL, 'x');
      INSERT INTO batches (id, action, reason, at) VALUES (1, 'hide', 'Mute Ada', 'x'), (2, 'remove', NULL, 'x');
      INSERT INTO audit_log (batch_id, contact_id, from_status, to_status) VALUES (2, 2, 'active', 'trashed');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT id, photo, photo_type, photo_avatar_url FROM contacts ORDER BY id').all()).toEqual([
      { id: 1, photo: Buffer.from([0x89, 0x50, 0x4e, 0x47]), photo_type: 'image/png', photo_avatar_url: null },
      { id: 2, photo: null, photo_type: null, photo_avatar_url: null },
    ]);
    expect(db.prepare('SELECT id, kind, image_url, avatar_checked_url FROM feeds ORDER BY id').all()).toEqual([
      { id: 1, kind: 'mastodon', image_url: 'https://social.example/a.png', avatar_checked_url: null },
      { id: 2, kind: 'web', image_url: null, avatar_checked_url: null },
      { id: 3, kind: 'web', image_url: null, avatar_checked_url: null },
      { id: 4, kind: 'web', image_url: null, avatar_checked_url: null },
    ]);
    expect(db.prepare('SELECT id, action, reason FROM batches ORDER BY id').all()).toEqual([
      { id: 1, action: 'hide', reason: 'Mute Ada' },
      { id: 2, action: 'remove', reason: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    db.prepare("INSERT INTO batches (action, reason, at) VALUES ('subscribe', 'Import 2 subscriptions', 'x')").run();
    expect(() => db.prepare("INSERT INTO batches (action, at) VALUES ('nonsense', 'x')").run()).toThrow(/CHECK/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
