import type { Migration } from './migration.js';

/**
 * The update feed and its hide control (issue 11): subscriptions, stored posts with full-text
 * search, hide rules (data, never deletions), and 'hide' joining the one undo history.
 *
 * `batches` gets a wider CHECK ('hide', and 'review' for the rule engine's accepted groups),
 * rebuilt like 0060 did: the child `audit_log` is rebuilt alongside.
 */
export const updateFeed: Migration = {
  version: 80,
  name: 'update feed and hide rules',
  up(db) {
    db.exec(`
      CREATE TABLE batches_next (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('remove', 'restore', 'purge', 'merge', 'hide', 'review')),
        reason TEXT,
        at TEXT NOT NULL,
        undone_at TEXT,
        -- Order of undoing, so Redo takes the most recently undone batch first.
        undone_seq INTEGER,
        -- Cleared when the user does something new after an undo: that batch can no longer be redone.
        redoable INTEGER NOT NULL DEFAULT 1
      );
      INSERT INTO batches_next (id, action, reason, at, undone_at, undone_seq, redoable)
        SELECT id, action, reason, at, undone_at, undone_seq, redoable FROM batches;

      CREATE TABLE audit_log_next (
        batch_id INTEGER NOT NULL REFERENCES batches_next (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        PRIMARY KEY (batch_id, contact_id)
      ) WITHOUT ROWID;
      INSERT INTO audit_log_next SELECT batch_id, contact_id, from_status, to_status FROM audit_log;

      CREATE TABLE merge_history_next (
        batch_id INTEGER PRIMARY KEY REFERENCES batches_next (id) ON DELETE CASCADE,
        proposal_id INTEGER,
        kept_id INTEGER NOT NULL,
        dropped_id INTEGER NOT NULL,
        kept_name TEXT NOT NULL,
        dropped_name TEXT NOT NULL,
        survivors TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        kept_updated_at TEXT NOT NULL
      );
      INSERT INTO merge_history_next SELECT batch_id, proposal_id, kept_id, dropped_id, kept_name, dropped_name,
        survivors, snapshot, kept_updated_at FROM merge_history;

      DROP TABLE merge_history;
      DROP TABLE audit_log;
      DROP TABLE batches;
      ALTER TABLE batches_next RENAME TO batches;
      ALTER TABLE audit_log_next RENAME TO audit_log;
      ALTER TABLE merge_history_next RENAME TO merge_history;
      CREATE INDEX audit_log_by_contact ON audit_log (contact_id);

      -- One subscription of one person to one feed. The fetch state mirrors shared/feed.ts FeedFetchState.
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        title TEXT,
        site_url TEXT,
        image_url TEXT,
        format TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetched_at TEXT,
        -- NULL while paused.
        next_due_at TEXT,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        paused INTEGER NOT NULL DEFAULT 0,
        -- "Try a sample network": posts stored directly; never fetched (its addresses are invented).
        is_sample INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (contact_id, url)
      );
      CREATE INDEX feeds_by_url ON feeds (url);

      -- A post as stored. contact_id copies feeds.contact_id so hides act on the person with one index.
      CREATE TABLE feed_posts (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL,
        -- The parser's dedupeKey: id:…, link:… or hash:…
        dedupe_key TEXT NOT NULL,
        -- ISO; first-seen when the feed has no date.
        published_at TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        updated_at TEXT,
        title TEXT,
        url TEXT,
        -- Plain text excerpt (the parser's), what search and muted words read.
        summary TEXT,
        -- The feed's HTML as given; sanitized when shown.
        content_html TEXT,
        author TEXT,
        -- Place of the post among its person's posts of its UTC day / week from Monday (1 = first),
        -- across all their feeds: a cap of N hides rank > N, so adding a cap rewrites nothing.
        day_rank INTEGER NOT NULL DEFAULT 1,
        week_rank INTEGER NOT NULL DEFAULT 1,
        UNIQUE (feed_id, dedupe_key)
      );
      CREATE INDEX feed_posts_by_time ON feed_posts (published_at, id);
      CREATE INDEX feed_posts_by_contact ON feed_posts (contact_id, published_at, id);
      CREATE INDEX feed_posts_by_feed ON feed_posts (feed_id, published_at, id);

      -- Search and muted words: case- and accent-insensitive whole words.
      CREATE VIRTUAL TABLE feed_posts_fts USING fts5 (
        title, summary,
        content = 'feed_posts', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER feed_posts_fts_insert AFTER INSERT ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
      END;
      CREATE TRIGGER feed_posts_fts_delete AFTER DELETE ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (feed_posts_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
      END;
      CREATE TRIGGER feed_posts_fts_update AFTER UPDATE OF title, summary ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (feed_posts_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
        INSERT INTO feed_posts_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
      END;

      -- Hides are data: a rule is active while lifted_at IS NULL and (until IS NULL OR until > now).
      CREATE TABLE hide_rules (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('post', 'mute', 'snooze', 'cap', 'word')),
        contact_id INTEGER NULL,
        post_id INTEGER NULL,
        phrase TEXT NULL,
        per TEXT NULL CHECK (per IN ('day', 'week')),
        max INTEGER NULL,
        -- NULL = forever.
        until TEXT NULL,
        created_at TEXT NOT NULL,
        lifted_at TEXT NULL,
        batch_id INTEGER NULL
      );
      CREATE INDEX hide_rules_by_contact ON hide_rules (contact_id, kind) WHERE contact_id IS NOT NULL;
      CREATE INDEX hide_rules_by_post ON hide_rules (post_id) WHERE post_id IS NOT NULL;

      -- Posts a muted word hides, kept in step with posts and rules, so a page is index probes.
      CREATE TABLE hidden_posts (
        rule_id INTEGER NOT NULL REFERENCES hide_rules (id) ON DELETE CASCADE,
        post_id INTEGER NOT NULL REFERENCES feed_posts (id) ON DELETE CASCADE,
        PRIMARY KEY (rule_id, post_id)
      ) WITHOUT ROWID;
      CREATE INDEX hidden_posts_by_post ON hidden_posts (post_id);

      -- What Undo and Redo of a hide action restore: each rule it touched, before and after (JSON or NULL).
      CREATE TABLE hide_history (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        rule_id INTEGER NOT NULL,
        before TEXT,
        after TEXT,
        PRIMARY KEY (batch_id, rule_id)
      ) WITHOUT ROWID;

      -- Feed settings and markers: retention_days, refresh_minutes, last_looked_at, remote_images.
      CREATE TABLE feed_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
