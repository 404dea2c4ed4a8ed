import type { CapPeriod, HideKind } from '../../../shared/feed-hide.js';
import type { Db } from '../db/open-database.js';
import { getRow, sql } from '../db/sql.js';

/** A `hide_rules` row as stored; also the JSON shape of hide_history's before/after. */
export interface HideRuleRow {
  id: number;
  kind: HideKind;
  contact_id: number | null;
  post_id: number | null;
  phrase: string | null;
  per: CapPeriod | null;
  max: number | null;
  until: string | null;
  created_at: string;
  lifted_at: string | null;
  batch_id: number | null;
}

export const ruleById = (db: Db, id: number): HideRuleRow | undefined =>
  getRow<HideRuleRow>(db, sql`SELECT * FROM hide_rules WHERE id = ${id}`);

/** "3 Dec" (UTC), as the feed's reasons say when a snooze or a timed word ends. */
export function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** Why a post is hidden, in words: "Muted", "Snoozed until 3 Dec", "Over 3 per week", "Word: crypto", "Hidden". */
export function hiddenReasonText(rule: Pick<HideRuleRow, 'kind' | 'phrase' | 'per' | 'max' | 'until'>): string {
  switch (rule.kind) {
    case 'post':
      return 'Hidden';
    case 'mute':
      return rule.until ? `Muted until ${shortDate(rule.until)}` : 'Muted';
    case 'snooze':
      return `Snoozed until ${shortDate(rule.until ?? '')}`;
    case 'cap':
      return `Over ${rule.max} per ${rule.per}`;
    case 'word':
      return `Word: ${rule.phrase}`;
  }
}

/** How the "Hidden & muted" view names a rule. */
export function ruleDescription(rule: HideRuleRow): string {
  const ends = rule.until ? ` until ${shortDate(rule.until)}` : '';
  switch (rule.kind) {
    case 'post':
      return 'Hidden update';
    case 'mute':
      return `Muted${ends}`;
    case 'snooze':
      return `Snoozed${ends}`;
    case 'cap':
      return `At most ${rule.max} per ${rule.per}`;
    case 'word':
      return `Word: ${rule.phrase}${ends}`;
  }
}
