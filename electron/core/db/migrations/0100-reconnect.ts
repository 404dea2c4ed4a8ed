import type { Migration } from './migration.js';

/**
 * The two templates Prune ships, written once here (a shipped migration never changes). Text in
 * [square brackets] is left out when a field inside it is unknown (reconnect/fill-template.ts).
 */
export const SHIPPED_TEMPLATES = [
  {
    name: 'Apology for a mistake',
    subject: 'Sorry, I removed you by mistake',
    body: `Hi {firstName},

While tidying up my LinkedIn connections I removed you by mistake[ (we had been connected since {connectedOn})]. That was my error, not a decision, and I'm sorry.

I'd be glad to be connected again: I'm sending you a new invitation, and if it doesn't reach you, a reply here is just as good.

Best wishes,
{myName}`,
  },
  {
    name: 'Re-introduction',
    subject: 'Reconnecting[ with {myName}]',
    body: `Hi {firstName},

It has been a while. We were connected on LinkedIn[ when you were at {company}], and I'd like to stay in touch.

If you're open to it, I'll send you a new invitation. No pressure either way.

All the best,
{myName}`,
  },
];

/**
 * Reconnect (issue 13): where each email came from, the attempts to reach a removed person
 * again, the message templates and the few settings they need.
 */
export const reconnect: Migration = {
  version: 100,
  name: 'Reconnect',
  up(db) {
    db.exec(`
      -- Which import (or 'manual') first gave the address; 'linkedin' wins later, since the
      -- LinkedIn connection's address is the one a new invitation is likely refused at.
      ALTER TABLE contact_emails ADD COLUMN source TEXT NOT NULL DEFAULT 'unknown' CHECK (
        source IN ('linkedin', 'vcard', 'google', 'outlook', 'mastodon', 'manual', 'unknown')
      );

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
      -- One open attempt per person.
      CREATE UNIQUE INDEX reconnect_attempts_open ON reconnect_attempts (contact_id)
        WHERE status IN ('drafted', 'sent', 'withdrawn');

      CREATE TABLE reconnect_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE reconnect_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
    // Before this migration an address came only from imports: a contact with one source got it there.
    db.exec(`
      UPDATE contact_emails SET source = (
        SELECT min(s.source) FROM contact_sources s WHERE s.contact_id = contact_emails.contact_id)
       WHERE (SELECT count(*) FROM contact_sources s WHERE s.contact_id = contact_emails.contact_id) = 1
    `);
    const insert = db.prepare(
      'INSERT INTO reconnect_templates (name, subject, body, position, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    SHIPPED_TEMPLATES.forEach((template, position) =>
      insert.run(template.name, template.subject, template.body, position, now),
    );
  },
};
