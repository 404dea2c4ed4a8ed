import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';

const DAY = 86_400_000;

async function call(core: Core, channel: string, input: unknown): Promise<void> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
}

/**
 * Reconnect attempts over the sample roster's removed people, through the same dispatch the app
 * uses, then aged in place so the view shows what weeks of use look like (a reminder due, a
 * withdrawal whose wait is over). Returns the name of the person the panel shots open, who has no
 * attempt yet: the one with the most addresses, the LinkedIn one among them.
 */
export async function fillReconnectAttempts(core: Core): Promise<string> {
  const db = core.db;
  const out = db
    .prepare(
      `SELECT r.contact_id FROM contact_removals r
        ORDER BY (SELECT count(*) FROM contact_emails e WHERE e.contact_id = r.contact_id) DESC,
                 (SELECT count(*) FROM contact_emails e WHERE e.contact_id = r.contact_id AND e.source = 'linkedin') DESC,
                 r.contact_id
        LIMIT 5`,
    )
    .pluck()
    .all() as number[];
  const [featured, quiet, withdrawn, drafted, accepted] = out as [number, number, number, number, number];
  await call(core, 'reconnectSettingsSave', { myName: 'Sam Example' });
  await call(core, 'reconnectAddAddress', { contactId: featured, address: '@friend@social.example' });
  // Removed on LinkedIn too (ticked off the checklist): the apology is the right message.
  await call(core, 'checklistMark', { contactId: featured, done: true });
  await call(core, 'reconnectMark', {
    contactId: quiet,
    status: 'sent',
    via: null,
    note: 'Sent from their profile page',
  });
  await call(core, 'reconnectMark', { contactId: withdrawn, status: 'sent', via: null, note: null });
  await call(core, 'reconnectMark', { contactId: withdrawn, status: 'withdrawn', via: null, note: null });
  await call(core, 'reconnectMark', { contactId: drafted, status: 'drafted', via: null, note: null });
  await call(core, 'reconnectMark', { contactId: accepted, status: 'sent', via: null, note: null });
  await call(core, 'reconnectMark', { contactId: accepted, status: 'accepted', via: null, note: null });
  const ago = (days: number) => new Date(core.now().getTime() - days * DAY).toISOString();
  const age = db.prepare(
    `UPDATE reconnect_attempts SET created_at = @created, updated_at = @updated,
       sent_at = CASE WHEN sent_at IS NULL THEN NULL ELSE @created END,
       withdrawn_at = CASE WHEN withdrawn_at IS NULL THEN NULL ELSE @updated END,
       resend_after = CASE WHEN resend_after IS NULL THEN NULL ELSE @resend END,
       closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE @updated END
     WHERE contact_id = @id`,
  );
  age.run({ id: quiet, created: ago(19), updated: ago(19), resend: null });
  age.run({ id: withdrawn, created: ago(30), updated: ago(24), resend: ago(3) });
  age.run({ id: drafted, created: ago(2), updated: ago(2), resend: null });
  age.run({ id: accepted, created: ago(12), updated: ago(4), resend: null });
  return db.prepare('SELECT display_name FROM contacts WHERE id = ?').pluck().get(featured) as string;
}

/**
 * Someone only in Prune's Trash: known from LinkedIn, the checklist item not ticked, no attempt.
 * Their Reconnect… leads with Restore.
 */
export function trashOnlyPerson(core: Core): string {
  return core.db
    .prepare(
      `SELECT c.display_name FROM contact_removals r JOIN contacts c ON c.id = r.contact_id
        WHERE r.status = 'trashed'
          AND EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source = 'linkedin')
          AND NOT EXISTS (SELECT 1 FROM linkedin_checklist l WHERE l.contact_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM reconnect_attempts a WHERE a.contact_id = c.id)
        ORDER BY length(c.display_name) DESC, c.id LIMIT 1`,
    )
    .pluck()
    .get() as string;
}
