import type { RemovalService, ServiceRemoval } from '../../../shared/reconnect.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

/** Per service: the source that says they are connected there, and the list export that would leave them out. */
const SERVICES: readonly { service: RemovalService; connected: string; listFormat: string }[] = [
  { service: 'linkedin', connected: "s.source = 'linkedin'", listFormat: 'linkedin-connections' },
  {
    service: 'mastodon',
    connected: "s.source = 'mastodon' AND coalesce(s.relation, 'following') = 'following'",
    listFormat: 'mastodon-following',
  },
];

/** When they left the roster: the latest removal not undone, else the removal row's own date. */
function removedAt(db: Db, contactId: number): string | null {
  return prepared(
    db,
    `SELECT coalesce(
       (SELECT max(b.at) FROM audit_log a JOIN batches b ON b.id = a.batch_id
         WHERE a.contact_id = @id AND b.action = 'remove' AND b.undone_at IS NULL),
       (SELECT changed_at FROM contact_removals WHERE contact_id = @id))`,
  )
    .pluck()
    .get({ id: contactId }) as string | null;
}

/**
 * The first export of the service's list imported after the removal that did not list them
 * (an import that lists a removed person flags them as reappeared from that source).
 */
function laterExportWithout(db: Db, contactId: number, service: RemovalService, format: string, since: string) {
  return prepared(
    db,
    `SELECT min(i.imported_at) FROM imports i
      WHERE i.format = @format AND i.imported_at > @since
        AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = @id
                         AND r.reappeared_source = @service AND r.reappeared_at >= i.imported_at)`,
  )
    .pluck()
    .get({ id: contactId, format, since, service }) as string | null;
}

const hasProfilePage = (db: Db, contactId: number): boolean =>
  prepared(db, 'SELECT profile_url IS NOT NULL FROM contacts WHERE id = ?').pluck().get(contactId) === 1;

const checklistTick = (db: Db, contactId: number): string | null =>
  (prepared(db, 'SELECT done_at FROM linkedin_checklist WHERE contact_id = ?').pluck().get(contactId) as
    string | undefined) ?? null;

/**
 * For someone out of the roster: on each service they were connected to you on, whether the
 * removal was carried out there. Prune never removes anyone on LinkedIn or Mastodon itself, so
 * only the user's tick on the LinkedIn checklist, or an export from the service taken after the
 * removal that no longer lists them, says it happened. Saving Prune's own Mastodon follows file
 * proves nothing: it is not known whether it was imported in Mastodon.
 */
export function removalEvidence(db: Db, contactId: number): ServiceRemoval[] {
  const since = removedAt(db, contactId);
  if (since === null) return [];
  return SERVICES.filter(({ connected }) =>
    prepared(db, `SELECT 1 FROM contact_sources s WHERE s.contact_id = ? AND ${connected}`).get(contactId),
  ).map(({ service, listFormat }): ServiceRemoval => {
    const ticked = service === 'linkedin' ? checklistTick(db, contactId) : null;
    if (ticked) return { service, carriedOut: true, evidence: 'checklist', at: ticked };
    const exported = laterExportWithout(db, contactId, service, listFormat, since);
    if (exported) return { service, carriedOut: true, evidence: 'later-export', at: exported };
    // Without a profile page they are not on the checklist: nothing could have recorded it.
    const checkable = service !== 'linkedin' || hasProfilePage(db, contactId);
    return { service, carriedOut: checkable ? false : null, evidence: null, at: null };
  });
}
