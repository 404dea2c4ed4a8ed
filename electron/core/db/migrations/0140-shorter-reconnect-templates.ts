import { SHIPPED_TEMPLATES as FIRST_TEMPLATES } from './0100-reconnect.js';
import type { Migration } from './migration.js';

/**
 * The shipped templates, short enough for the tightest channel they are offered for (a LinkedIn
 * invitation note, 300 characters) with long names filled in, and saying nothing about which
 * service the removal was on. Written once here, like every shipped migration.
 */
export const SHORTER_TEMPLATES = [
  {
    name: 'Apology for a mistake',
    subject: 'Sorry, I removed you by mistake',
    body: `Hi {firstName},

While tidying up my contacts I removed you by mistake[ (we had been connected since {connectedOn})]. My error, not a decision, and I'm sorry.

I'd be glad to be connected again, if you are too.

Best wishes,
{myName}`,
  },
  {
    name: 'Re-introduction',
    subject: 'Reconnecting[ with {myName}]',
    body: `Hi {firstName},

It has been a while. We used to be connected[ when you were at {company}], and I'd like to stay in touch.

If you're open to it, I'd be glad to reconnect. No pressure either way.

All the best,
{myName}`,
  },
];

/**
 * Reconnect's first templates ran to 319 characters with ordinary names: too long for the
 * LinkedIn invitation note the dialog suggests. Each one still exactly as shipped (never edited)
 * gets the shorter text; a template the user changed is theirs and stays.
 */
export const shorterReconnectTemplates: Migration = {
  version: 140,
  name: 'Shorter reconnect templates',
  up(db) {
    const update = db.prepare(
      `UPDATE reconnect_templates SET name = @name, subject = @subject, body = @body
        WHERE name = @oldName AND subject = @oldSubject AND body = @oldBody`,
    );
    FIRST_TEMPLATES.forEach((old, index) => {
      const next = SHORTER_TEMPLATES[index]!;
      update.run({ ...next, oldName: old.name, oldSubject: old.subject, oldBody: old.body });
    });
  },
};
