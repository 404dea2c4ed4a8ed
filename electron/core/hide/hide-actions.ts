import type { HideActionResult, HideEditRequest, HideLiftRequest, HideRequest } from '../../../shared/feed-hide.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allValues, getValue, runSql, sql } from '../db/sql.js';
import { beginBatch } from '../history/batches.js';
import { recordRuleChange } from './hide-history.js';
import { materializeRule } from './hide-materialize.js';
import { ruleById, type HideRuleRow } from './hide-rule-row.js';

/**
 * Hide, mute, snooze, cap, mute a word; lift or edit a rule. Each is one batch of the undo
 * history, takes effect over the whole stored history at once, and replaces a person's earlier
 * rule of the same kind (one mute or snooze, one cap per person; one rule per word).
 */

const DAY_MS = 86_400_000;

const nameOf = (db: Db, contactId: number): string => {
  const name = getValue<string | undefined>(db, sql`SELECT display_name FROM contacts WHERE id = ${contactId}`);
  if (name === undefined) throw new CoreError('not_found', `No contact with id ${contactId}.`);
  return name;
};

/** Case- and accent-insensitive, spaces collapsed: how two muted words are found to be the same. */
export const foldPhrase = (phrase: string): string =>
  phrase.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

export const activeRuleIds = (db: Db, where: ReturnType<typeof sql>, now: string): number[] =>
  allValues<number>(
    db,
    sql`SELECT id FROM hide_rules r WHERE r.lifted_at IS NULL AND (r.until IS NULL OR r.until > ${now}) AND ${where}
         ORDER BY id`,
  );

const wordRuleIds = (db: Db, phrase: string, now: string): number[] => {
  const folded = foldPhrase(phrase);
  return activeRuleIds(db, sql`r.kind = 'word'`, now).filter((id) => foldPhrase(ruleById(db, id)!.phrase!) === folded);
};

export const personRuleIds = (db: Db, contactId: number, kind: 'mute' | 'cap', now: string): number[] =>
  activeRuleIds(
    db,
    kind === 'mute'
      ? sql`r.contact_id = ${contactId} AND r.kind IN ('mute', 'snooze')`
      : sql`r.contact_id = ${contactId} AND r.kind = 'cap'`,
    now,
  );

/** Runs `work` as one hide batch named `label`; `work` gets the batch id and returns the rules it wrote. */
function inHideBatch(db: Db, label: string, now: string, work: (batchId: number) => number[]): HideActionResult {
  return db.transaction((): HideActionResult => {
    const batch = beginBatch(db, 'hide', label, now);
    const ruleIds = work(batch.id);
    batch.commit();
    return { batchId: batch.id, ruleIds, label };
  })();
}

export function liftRule(db: Db, batchId: number, ruleId: number, now: string): void {
  const before = ruleById(db, ruleId)!;
  runSql(db, sql`UPDATE hide_rules SET lifted_at = ${now} WHERE id = ${ruleId}`);
  const after = ruleById(db, ruleId)!;
  materializeRule(db, after);
  recordRuleChange(db, batchId, before, after);
}

export type NewRule = Omit<HideRuleRow, 'id' | 'created_at' | 'lifted_at' | 'batch_id'>;

export function insertRule(db: Db, batchId: number, rule: NewRule, now: string): number {
  const id = Number(
    runSql(
      db,
      sql`INSERT INTO hide_rules (kind, contact_id, post_id, phrase, per, max, until, created_at, batch_id)
          VALUES (${rule.kind}, ${rule.contact_id}, ${rule.post_id}, ${rule.phrase}, ${rule.per}, ${rule.max},
                  ${rule.until}, ${now}, ${batchId})`,
    ).lastInsertRowid,
  );
  const row = ruleById(db, id)!;
  materializeRule(db, row);
  recordRuleChange(db, batchId, null, row);
  return id;
}

export const untilAfter = (now: string, days: number | null): string | null =>
  days === null ? null : new Date(Date.parse(now) + days * DAY_MS).toISOString();

export const BLANK: NewRule = {
  kind: 'post',
  contact_id: null,
  post_id: null,
  phrase: null,
  per: null,
  max: null,
  until: null,
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function addHide(db: Db, request: HideRequest, now: string): HideActionResult {
  switch (request.kind) {
    case 'post': {
      const title = getValue<string | null | undefined>(
        db,
        sql`SELECT coalesce(title, '') FROM feed_posts WHERE id = ${request.postId}`,
      );
      if (title === undefined) throw new CoreError('not_found', `No update with id ${request.postId}.`);
      const existing = activeRuleIds(db, sql`r.kind = 'post' AND r.post_id = ${request.postId}`, now);
      if (existing.length > 0) throw new CoreError('invalid_input', 'That update is already hidden.');
      const label = title ? `Hide “${title.length > 60 ? `${title.slice(0, 59)}…` : title}”` : 'Hide update';
      return inHideBatch(db, label, now, (batchId) => [
        insertRule(db, batchId, { ...BLANK, kind: 'post', post_id: request.postId }, now),
      ]);
    }
    case 'mute': {
      const name = nameOf(db, request.contactId);
      const label = request.days === null ? `Mute ${name}` : `Snooze ${name} for ${plural(request.days, 'day')}`;
      return inHideBatch(db, label, now, (batchId) => {
        for (const id of personRuleIds(db, request.contactId, 'mute', now)) liftRule(db, batchId, id, now);
        const kind = request.days === null ? 'mute' : 'snooze';
        const until = untilAfter(now, request.days);
        return [insertRule(db, batchId, { ...BLANK, kind, contact_id: request.contactId, until }, now)];
      });
    }
    case 'cap': {
      const name = nameOf(db, request.contactId);
      return inHideBatch(db, `Cap ${name} at ${request.max} per ${request.per}`, now, (batchId) => {
        for (const id of personRuleIds(db, request.contactId, 'cap', now)) liftRule(db, batchId, id, now);
        const rule = {
          ...BLANK,
          kind: 'cap' as const,
          contact_id: request.contactId,
          per: request.per,
          max: request.max,
        };
        return [insertRule(db, batchId, rule, now)];
      });
    }
    case 'word': {
      const phrase = request.phrase.replace(/\s+/gu, ' ');
      const label = `Mute word “${phrase}”${request.days === null ? '' : ` for ${plural(request.days, 'day')}`}`;
      return inHideBatch(db, label, now, (batchId) => {
        for (const id of wordRuleIds(db, phrase, now)) liftRule(db, batchId, id, now);
        return [insertRule(db, batchId, { ...BLANK, kind: 'word', phrase, until: untilAfter(now, request.days) }, now)];
      });
    }
  }
}

function liftLabel(db: Db, rule: HideRuleRow): string {
  switch (rule.kind) {
    case 'post':
      return 'Show hidden update';
    case 'mute':
      return `Unmute ${nameOf(db, rule.contact_id!)}`;
    case 'snooze':
      return `End snooze of ${nameOf(db, rule.contact_id!)}`;
    case 'cap':
      return `Uncap ${nameOf(db, rule.contact_id!)}`;
    case 'word':
      return `Unmute word “${rule.phrase}”`;
  }
}

export function liftHide(db: Db, request: HideLiftRequest, now: string): HideActionResult {
  let ids: number[];
  if ('ruleId' in request) {
    const rule = ruleById(db, request.ruleId);
    if (!rule) throw new CoreError('not_found', `No hide rule with id ${request.ruleId}.`);
    ids = activeRuleIds(db, sql`r.id = ${request.ruleId}`, now);
    if (ids.length === 0) throw new CoreError('invalid_input', `Hide rule ${request.ruleId} has already ended.`);
  } else if ('contactId' in request) {
    const name = nameOf(db, request.contactId);
    ids = personRuleIds(db, request.contactId, request.kind, now);
    if (ids.length === 0)
      throw new CoreError('not_found', `${name} is not ${request.kind === 'mute' ? 'muted or snoozed' : 'capped'}.`);
  } else {
    ids = wordRuleIds(db, request.phrase, now);
    if (ids.length === 0) throw new CoreError('not_found', `“${request.phrase.trim()}” is not a muted word.`);
  }
  const label = liftLabel(db, ruleById(db, ids[0]!)!);
  return inHideBatch(db, label, now, (batchId) => {
    for (const id of ids) liftRule(db, batchId, id, now);
    return ids;
  });
}

/** Changes an active rule in place (its id stays): a mute becomes a snooze with days, a cap its period or max. */
export function editHide(db: Db, request: HideEditRequest, now: string): HideActionResult {
  const rule = ruleById(db, request.ruleId);
  if (!rule) throw new CoreError('not_found', `No hide rule with id ${request.ruleId}.`);
  if (activeRuleIds(db, sql`r.id = ${rule.id}`, now).length === 0)
    throw new CoreError('invalid_input', `Hide rule ${rule.id} has already ended; add a new one instead.`);
  const next: HideRuleRow = { ...rule };
  const refuse = (field: string): never => {
    throw new CoreError('invalid_input', `A ${rule.kind} rule has no ${field}.`);
  };
  if (request.days !== undefined) {
    if (rule.kind === 'mute' || rule.kind === 'snooze') next.kind = request.days === null ? 'mute' : 'snooze';
    else if (rule.kind !== 'word') refuse('days');
    next.until = untilAfter(now, request.days);
  }
  if ((request.per !== undefined || request.max !== undefined) && rule.kind !== 'cap') refuse('period or maximum');
  if (request.phrase !== undefined && rule.kind !== 'word') refuse('phrase');
  next.per = request.per ?? next.per;
  next.max = request.max ?? next.max;
  next.phrase = request.phrase ?? next.phrase;
  const who = rule.contact_id !== null ? ` of ${nameOf(db, rule.contact_id)}` : rule.phrase ? ` “${rule.phrase}”` : '';
  return inHideBatch(db, `Edit ${rule.kind === 'word' ? 'muted word' : rule.kind}${who}`, now, (batchId) => {
    runSql(
      db,
      sql`UPDATE hide_rules SET kind = ${next.kind}, phrase = ${next.phrase}, per = ${next.per}, max = ${next.max},
            until = ${next.until} WHERE id = ${rule.id}`,
    );
    const after = ruleById(db, rule.id)!;
    materializeRule(db, after);
    recordRuleChange(db, batchId, rule, after);
    return [rule.id];
  });
}
