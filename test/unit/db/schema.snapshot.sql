-- index audit_log_by_contact
CREATE INDEX audit_log_by_contact ON audit_log (contact_id);

-- index contact_sources_by_source
CREATE INDEX contact_sources_by_source ON contact_sources (source, contact_id);

-- index contacts_by_company
CREATE INDEX contacts_by_company ON contacts (company COLLATE NOCASE, sort_name);

-- index contacts_by_connected
CREATE INDEX contacts_by_connected ON contacts (connected_on);

-- index contacts_by_interaction
CREATE INDEX contacts_by_interaction ON contacts (last_interaction_at);

-- index contacts_by_name
CREATE INDEX contacts_by_name ON contacts (sort_name, id);

-- index identity_keys_by_contact
CREATE INDEX identity_keys_by_contact ON identity_keys (contact_id);

-- index reconnect_attempts_open
CREATE UNIQUE INDEX reconnect_attempts_open ON reconnect_attempts (contact_id)
        WHERE status IN ('drafted', 'sent', 'withdrawn');

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
        action TEXT NOT NULL CHECK (action = 'remove' OR action = 'restore' OR action = 'purge' OR action = 'merge'),
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
      );

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
CREATE TABLE merge_history (
        batch_id INTEGER PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
        proposal_id INTEGER,
        kept_id INTEGER NOT NULL,
        dropped_id INTEGER NOT NULL,
        kept_name TEXT NOT NULL,
        dropped_name TEXT NOT NULL,
        -- JSON: which side each field came from ({"company":"b",…}).
        survivors TEXT NOT NULL,
        -- JSON: the rows of both contacts and of every table that names them, before the merge.
        snapshot TEXT NOT NULL,
        -- The kept contact's updated_at right after the merge: if it moved, unmerging would lose data.
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
