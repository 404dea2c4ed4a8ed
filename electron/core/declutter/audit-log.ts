import type { AuditBatch } from '../../../shared/domain.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { csvRow, safeCsvRow } from '../export/csv.js';

/** Every removal, restore and purge, newest first. */
export function auditBatches(db: Db, limit = 500): AuditBatch[] {
  const rows = prepared(
    db,
    `SELECT b.id, b.action, b.reason, b.at, b.undone_at AS undoneAt,
            (SELECT count(*) FROM audit_log a WHERE a.batch_id = b.id) AS count,
            (SELECT json_group_array(name) FROM (SELECT c.display_name AS name FROM audit_log a
               JOIN contacts c ON c.id = a.contact_id WHERE a.batch_id = b.id ORDER BY c.sort_name LIMIT 5)) AS names
       FROM batches b WHERE b.action IN ('remove', 'restore', 'purge', 'merge') ORDER BY b.id DESC LIMIT ?`,
  ).all(limit) as (Omit<AuditBatch, 'names'> & { names: string })[];
  return rows.map((row) => ({ ...row, names: JSON.parse(row.names) as string[] }));
}

/** The whole log as CSV, one line per contact and batch, for keeping outside Prune. */
export function auditLogCsv(db: Db): { text: string; count: number } {
  const rows = prepared(
    db,
    `SELECT b.id, b.action, b.at, coalesce(b.reason, '') AS reason, coalesce(b.undone_at, '') AS undone,
            c.display_name AS name, coalesce(c.profile_url, '') AS profile, a.from_status, a.to_status
       FROM batches b JOIN audit_log a ON a.batch_id = b.id JOIN contacts c ON c.id = a.contact_id
      ORDER BY b.id, c.sort_name`,
  )
    .raw()
    .all() as (string | number)[][];
  const header = ['Batch', 'Action', 'At', 'Reason', 'Undone at', 'Name', 'LinkedIn', 'From', 'To'];
  const text = [csvRow(header), ...rows.map((row) => safeCsvRow(row.map(String)))].join('\r\n') + '\r\n';
  return { text, count: rows.length };
}
