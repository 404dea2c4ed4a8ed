import type { ReconnectSettings, ReconnectTemplate } from '../../../shared/reconnect.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

export const DEFAULT_REMINDER_DAYS = 14;

/** The templates in the composer's order; the first is the default. */
export const listTemplates = (db: Db): ReconnectTemplate[] =>
  prepared(
    db,
    'SELECT id, name, subject, body FROM reconnect_templates ORDER BY position, id',
  ).all() as ReconnectTemplate[];

/** Saves an edited template, or a new one at the end when `id` is null. */
export function saveTemplate(
  db: Db,
  template: { id: number | null; name: string; subject: string; body: string },
  now: string,
): ReconnectTemplate {
  if (template.id === null) {
    const id = Number(
      prepared(
        db,
        `INSERT INTO reconnect_templates (name, subject, body, position, updated_at)
         VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM reconnect_templates), ?)`,
      ).run(template.name, template.subject, template.body, now).lastInsertRowid,
    );
    return { ...template, id };
  }
  const changed = prepared(
    db,
    'UPDATE reconnect_templates SET name = ?, subject = ?, body = ?, updated_at = ? WHERE id = ?',
  ).run(template.name, template.subject, template.body, now, template.id).changes;
  if (changed === 0) throw new CoreError('not_found', `No template with id ${template.id}.`);
  return { ...template, id: template.id };
}

export function readSettings(db: Db): ReconnectSettings {
  const rows = prepared(db, 'SELECT key, value FROM reconnect_settings').all() as { key: string; value: string }[];
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? null;
  const days = Number(value('reminderDays'));
  return {
    myName: value('myName'),
    reminderDays: Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_REMINDER_DAYS,
  };
}

/** Stores what is given; an empty name forgets it. */
export function saveSettings(db: Db, settings: { myName?: string | null; reminderDays?: number }): ReconnectSettings {
  db.transaction(() => {
    const put = prepared(db, 'INSERT OR REPLACE INTO reconnect_settings (key, value) VALUES (?, ?)');
    if (settings.myName !== undefined) {
      if (settings.myName) put.run('myName', settings.myName);
      else prepared(db, "DELETE FROM reconnect_settings WHERE key = 'myName'").run();
    }
    if (settings.reminderDays !== undefined) put.run('reminderDays', String(settings.reminderDays));
  })();
  return readSettings(db);
}
