import type { OpmlImportResult } from '../../../shared/feed-store.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allRows, getValue, runSql, sql } from '../db/sql.js';
import { nameKey } from '../roster/identity.js';
import { indexNewContact } from '../roster/search-index.js';
import { parseOpml, writeOpml } from './opml.js';
import { beginBatch } from '../history/batches.js';
import { recordSubscription, subscribeBatchLabel } from './subscribe-history.js';
import { addSubscription } from './subscriptions.js';

/**
 * OPML, the feed readers' exchange format. On import each outline is matched to a person: one
 * who already has that feed URL, else one whose website is the outline's site URL, else the
 * one person whose name is the outline's title. The rest come back as "new people or skip";
 * with `createPeople` each becomes a new contact named by its title.
 */

const withoutSlash = (url: string): string => url.replace(/\/+$/, '').toLowerCase();

function matchPerson(db: Db, xmlUrl: string, htmlUrl: string | null, title: string | null): number | null {
  const byFeed = getValue<number | undefined>(db, sql`SELECT contact_id FROM feeds WHERE url = ${xmlUrl} LIMIT 1`);
  if (byFeed !== undefined) return byFeed;
  const inRoster = sql`NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = c.id)`;
  if (htmlUrl) {
    const bySite = allRows<{ id: number }>(
      db,
      sql`SELECT DISTINCT c.id FROM contacts c JOIN contact_urls u ON u.contact_id = c.id
           WHERE ${inRoster} AND rtrim(lower(u.url), '/') = ${withoutSlash(htmlUrl)} LIMIT 2`,
    );
    if (bySite.length === 1) return bySite[0]!.id;
  }
  if (title) {
    const byName = allRows<{ id: number }>(
      db,
      sql`SELECT c.id FROM contacts c WHERE ${inRoster} AND c.sort_name = ${nameKey(title)} LIMIT 2`,
    );
    if (byName.length === 1) return byName[0]!.id;
  }
  return null;
}

function createPerson(db: Db, name: string, now: string): number {
  const id = Number(
    runSql(
      db,
      sql`INSERT INTO contacts (display_name, sort_name, created_at, updated_at)
          VALUES (${name}, ${nameKey(name)}, ${now}, ${now})`,
    ).lastInsertRowid,
  );
  indexNewContact(db, id, { name, company: null, position: null, emails: [] });
  return id;
}

export function importOpml(db: Db, opml: string | Uint8Array, createPeople: boolean, now: string): OpmlImportResult {
  const parsed = parseOpml(typeof opml === 'string' ? new TextEncoder().encode(opml) : opml);
  if (!parsed.ok) throw new CoreError('invalid_input', parsed.message);
  return db.transaction((): OpmlImportResult => {
    const result: OpmlImportResult = { subscribed: [], unmatched: [], created: 0, undoLabel: null };
    // One entry of the undo history for everything new this import adds (nothing new: no entry).
    const batch = beginBatch(db, 'subscribe', null, now);
    const added: { contactId: number; createdName: string | null }[] = [];
    for (const feed of parsed.feeds) {
      let contactId = matchPerson(db, feed.xmlUrl, feed.htmlUrl, feed.title);
      let createdName: string | null = null;
      if (contactId === null && createPeople) {
        createdName = feed.title ?? new URL(feed.xmlUrl).host;
        contactId = createPerson(db, createdName, now);
        result.created += 1;
      }
      if (contactId === null) {
        result.unmatched.push({ title: feed.title, xmlUrl: feed.xmlUrl, htmlUrl: feed.htmlUrl });
        continue;
      }
      const { feedId, created } = addSubscription(db, contactId, feed.xmlUrl, now);
      result.subscribed.push({ feedId, contactId, url: feed.xmlUrl });
      if (!created) continue;
      recordSubscription(db, batch.id, { feedId, contactId, url: feed.xmlUrl, createdName });
      added.push({ contactId, createdName });
    }
    if (added.length === 0) {
      batch.discard();
      return result;
    }
    const only =
      added.length === 1
        ? getValue<string>(db, sql`SELECT display_name FROM contacts WHERE id = ${added[0]!.contactId}`)
        : null;
    result.undoLabel = subscribeBatchLabel(added.length, only);
    runSql(db, sql`UPDATE batches SET reason = ${result.undoLabel} WHERE id = ${batch.id}`);
    batch.commit();
    return result;
  })();
}

/** Every subscription of people in the roster, filed under the person's name. */
export function exportOpml(db: Db, now: Date): { fileName: string; text: string; count: number } {
  const rows = allRows<{ url: string; title: string | null; siteUrl: string | null; name: string }>(
    db,
    sql`SELECT f.url, f.title, f.site_url AS siteUrl, c.display_name AS name
          FROM feeds f JOIN contacts c ON c.id = f.contact_id
         WHERE NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = f.contact_id)
         ORDER BY c.sort_name, f.id`,
  );
  const text = writeOpml(
    rows.map((row) => ({ title: row.name, xmlUrl: row.url, htmlUrl: row.siteUrl, categories: [] })),
    { title: 'Prune subscriptions', now },
  );
  return { fileName: `prune-feeds-${now.toISOString().slice(0, 10)}.opml`, text, count: rows.length };
}
