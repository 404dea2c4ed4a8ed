-- index audit_log_by_contact
CREATE INDEX audit_log_by_contact ON audit_log (contact_id);

-- index contact_sources_by_source
CREATE INDEX contact_sources_by_source ON contact_sources (source, contact_id);

-- index contact_tags_by_batch
CREATE INDEX contact_tags_by_batch ON contact_tags (batch_id);

-- index contacts_by_company
CREATE INDEX contacts_by_company ON contacts (company COLLATE NOCASE, sort_name);

-- index contacts_by_connected
CREATE INDEX contacts_by_connected ON contacts (connected_on);

-- index contacts_by_interaction
CREATE INDEX contacts_by_interaction ON contacts (last_interaction_at);

-- index contacts_by_name
CREATE INDEX contacts_by_name ON contacts (sort_name, id);

-- index feed_posts_by_contact
CREATE INDEX feed_posts_by_contact ON feed_posts (contact_id, published_at, id);

-- index feed_posts_by_feed
CREATE INDEX feed_posts_by_feed ON feed_posts (feed_id, published_at, id);

-- index feed_posts_by_time
CREATE INDEX feed_posts_by_time ON feed_posts (published_at, id);

-- index feeds_by_url
CREATE INDEX feeds_by_url ON feeds (url);

-- index field_changes_by_contact
CREATE INDEX field_changes_by_contact ON field_changes (contact_id, field, changed_at);

-- index hidden_posts_by_post
CREATE INDEX hidden_posts_by_post ON hidden_posts (post_id);

-- index hide_rules_by_contact
CREATE INDEX hide_rules_by_contact ON hide_rules (contact_id, kind) WHERE contact_id IS NOT NULL;

-- index hide_rules_by_post
CREATE INDEX hide_rules_by_post ON hide_rules (post_id) WHERE post_id IS NOT NULL;

-- index identity_keys_by_contact
CREATE INDEX identity_keys_by_contact ON identity_keys (contact_id);

-- index reconnect_attempts_open
CREATE UNIQUE INDEX reconnect_attempts_open ON reconnect_attempts (contact_id)
        WHERE status IN ('drafted', 'sent', 'withdrawn');

-- index rule_proposals_by_batch
CREATE INDEX rule_proposals_by_batch ON rule_proposals (batch_id);

-- index rule_proposals_by_contact
CREATE INDEX rule_proposals_by_contact ON rule_proposals (contact_id);

-- table audit_log
CREATE TABLE "audit_log" (
        batch_id INTEGER NOT NULL REFERENCES "batches" (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        PRIMARY KEY (batch_id, contact_id)
      ) WITHOUT ROWID;

-- table batches
CREATE TABLE "batches" (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('remove', 'restore', 'purge', 'merge', 'hide', 'review', 'subscribe', 'dismiss', 'protect')),
        reason TEXT,
        at TEXT NOT NULL,
        undone_at TEXT,
        -- Order of undoing, so Redo takes the most recently undone batch first.
        undone_seq INTEGER,
        -- Cleared when the user does something new after an undo: that batch can no longer be redone.
        redoable INTEGER NOT NULL DEFAULT 1
      );

-- table contact_emails
CREATE TABLE contact_emails (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        normalized TEXT NOT NULL,
        address TEXT NOT NULL,
        rank INTEGER NOT NULL, source TEXT NOT NULL DEFAULT 'unknown' CHECK (
        source IN ('linkedin', 'vcard', 'google', 'outlook', 'mastodon', 'manual', 'unknown')
      ),
        PRIMARY KEY (contact_id, normalized)
      ) WITHOUT ROWID;

-- table contact_handles
CREATE TABLE contact_handles (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        handle TEXT NOT NULL,
        PRIMARY KEY (contact_id, handle)
      ) WITHOUT ROWID;

-- table contact_phones
CREATE TABLE contact_phones (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        PRIMARY KEY (contact_id, number)
      ) WITHOUT ROWID;

-- table contact_removals
CREATE TABLE contact_removals (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('trashed', 'removed')),
        changed_at TEXT NOT NULL,
        reason TEXT,
        -- Set when an import lists the person again; the user confirms or dismisses.
        reappeared_source TEXT,
        reappeared_at TEXT
      );

-- table contact_sources
CREATE TABLE "contact_sources" (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (
          source = 'linkedin' OR source = 'vcard' OR source = 'google' OR source = 'outlook' OR source = 'mastodon'
        ),
        relation TEXT,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL, settings TEXT,
        PRIMARY KEY (contact_id, source)
      ) WITHOUT ROWID;

-- table contact_tags
CREATE TABLE contact_tags (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        -- The accepted group that added it, so Undo takes back exactly those.
        batch_id INTEGER REFERENCES batches (id) ON DELETE SET NULL,
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, tag)
      ) WITHOUT ROWID;

-- table contact_urls
CREATE TABLE contact_urls (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        PRIMARY KEY (contact_id, url)
      ) WITHOUT ROWID;

-- table contacts
CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL,
        -- lower-cased, diacritics folded: sorting and same-name matching without ICU
        sort_name TEXT NOT NULL,
        company TEXT,
        position TEXT,
        profile_url TEXT,
        connected_on TEXT,
        note TEXT,
        photo BLOB,
        photo_type TEXT,
        last_interaction_at TEXT,
        sent_count INTEGER NOT NULL DEFAULT 0,
        received_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , photo_avatar_url TEXT);

-- table contacts_fts
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
        name, company, position, emails,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2'
      );

-- table contacts_fts_config
CREATE TABLE 'contacts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table contacts_fts_data
CREATE TABLE 'contacts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table contacts_fts_docsize
CREATE TABLE 'contacts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table contacts_fts_idx
CREATE TABLE 'contacts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table feed_posts
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

-- table feed_posts_fts
CREATE VIRTUAL TABLE feed_posts_fts USING fts5 (
        title, summary,
        content = 'feed_posts', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

-- table feed_posts_fts_config
CREATE TABLE 'feed_posts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table feed_posts_fts_data
CREATE TABLE 'feed_posts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table feed_posts_fts_docsize
CREATE TABLE 'feed_posts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table feed_posts_fts_idx
CREATE TABLE 'feed_posts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table feed_settings
CREATE TABLE feed_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

-- table feeds
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
        created_at TEXT NOT NULL, avatar_checked_url TEXT, avatar_checked_at TEXT, avatar_error TEXT, kind TEXT GENERATED ALWAYS AS (
        CASE WHEN url GLOB 'https://?*/@?*.rss' AND url NOT GLOB 'https://*/*/*' THEN 'mastodon' ELSE 'web' END
      ) VIRTUAL,
        UNIQUE (contact_id, url)
      );

-- table field_changes
CREATE TABLE field_changes (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('company', 'position')),
        previous TEXT,
        current TEXT,
        changed_at TEXT NOT NULL
      );

-- table hidden_posts
CREATE TABLE hidden_posts (
        rule_id INTEGER NOT NULL REFERENCES hide_rules (id) ON DELETE CASCADE,
        post_id INTEGER NOT NULL REFERENCES feed_posts (id) ON DELETE CASCADE,
        PRIMARY KEY (rule_id, post_id)
      ) WITHOUT ROWID;

-- table hide_history
CREATE TABLE hide_history (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        rule_id INTEGER NOT NULL,
        before TEXT,
        after TEXT,
        PRIMARY KEY (batch_id, rule_id)
      ) WITHOUT ROWID;

-- table hide_rules
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

-- table identity_keys
CREATE TABLE identity_keys (
        key TEXT PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE
      ) WITHOUT ROWID;

-- table imports
CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        merged INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        interactions INTEGER NOT NULL
      );

-- table interactions
CREATE TABLE interactions (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'invitation')),
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        at TEXT NOT NULL,
        folder TEXT,
        conversation_id TEXT NOT NULL DEFAULT '',
        UNIQUE (contact_id, kind, direction, at, conversation_id)
      );

-- table linkedin_checklist
CREATE TABLE linkedin_checklist (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        done_at TEXT NOT NULL
      );

-- table merge_history
CREATE TABLE "merge_history" (
        batch_id INTEGER PRIMARY KEY REFERENCES "batches" (id) ON DELETE CASCADE,
        proposal_id INTEGER,
        kept_id INTEGER NOT NULL,
        dropped_id INTEGER NOT NULL,
        kept_name TEXT NOT NULL,
        dropped_name TEXT NOT NULL,
        survivors TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        kept_updated_at TEXT NOT NULL
      );

-- table merge_proposals
CREATE TABLE merge_proposals (
        id INTEGER PRIMARY KEY,
        contact_a INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        contact_b INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        CHECK (contact_a < contact_b),
        UNIQUE (contact_a, contact_b)
      );

-- table protect_history
CREATE TABLE protect_history (
        batch_id INTEGER PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL
      );

-- table protected_contacts
CREATE TABLE protected_contacts (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        protected_at TEXT NOT NULL
      );

-- table reconnect_attempts
CREATE TABLE reconnect_attempts (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('drafted', 'sent', 'withdrawn', 'accepted', 'refused')),
        -- The address, profile page or handle the invitation or message went to.
        via TEXT,
        sent_at TEXT,
        withdrawn_at TEXT,
        -- LinkedIn refuses a new invitation to the same person for three weeks after a withdrawal.
        resend_after TEXT,
        closed_at TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

-- table reconnect_settings
CREATE TABLE reconnect_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

-- table reconnect_templates
CREATE TABLE reconnect_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );

-- table review_resolutions
CREATE TABLE review_resolutions (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        proposal_id INTEGER NOT NULL,
        rule_id INTEGER NOT NULL,
        contact_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        why TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- The dismissal this one replaced (a fact changed since), restored by Undo.
        previous_fingerprint TEXT,
        previous_dismissed_at TEXT,
        PRIMARY KEY (batch_id, proposal_id)
      ) WITHOUT ROWID;

-- table rule_dismissals
CREATE TABLE rule_dismissals (
        rule_id INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (rule_id, contact_id)
      ) WITHOUT ROWID;

-- table rule_proposals
CREATE TABLE rule_proposals (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        -- JSON: the rule's action when it proposed this.
        action TEXT NOT NULL,
        why TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        -- An accepted proposal whose batch was undone counts as open again.
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted')),
        batch_id INTEGER REFERENCES batches (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (rule_id, contact_id)
      );

-- table rules
CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- JSON { name, when, then }, as shared/rules-schema.ts validates it.
        rule TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        -- Set for the rules Prune ships (disabled); they can be edited and disabled, not deleted.
        starter_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

-- table subscribe_history
CREATE TABLE subscribe_history (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        feed_id INTEGER NOT NULL,
        contact_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        created_name TEXT,
        PRIMARY KEY (batch_id, feed_id)
      ) WITHOUT ROWID;

-- trigger feed_posts_fts_delete
CREATE TRIGGER feed_posts_fts_delete AFTER DELETE ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (feed_posts_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
      END;

-- trigger feed_posts_fts_insert
CREATE TRIGGER feed_posts_fts_insert AFTER INSERT ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
      END;

-- trigger feed_posts_fts_update
CREATE TRIGGER feed_posts_fts_update AFTER UPDATE OF title, summary ON feed_posts BEGIN
        INSERT INTO feed_posts_fts (feed_posts_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
        INSERT INTO feed_posts_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
      END;
