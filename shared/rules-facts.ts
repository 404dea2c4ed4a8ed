/**
 * The facts a rule can read about a person, and which operators each kind of fact takes.
 * One table for the schema (what is valid), the editor (what to offer), the sentence and the
 * explanation (how to say it): adding a fact is adding a row here and its SQL and TS readers.
 */

export const FACT_KINDS = ['date', 'number', 'text', 'boolean', 'source', 'tag'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const SOURCES = ['linkedin', 'vcard', 'google', 'outlook', 'mastodon'] as const;
export type SourceName = (typeof SOURCES)[number];
export const SOURCE_LABELS: Record<SourceName, string> = {
  linkedin: 'LinkedIn',
  vcard: 'an address book (vCard)',
  google: 'Google Contacts',
  outlook: 'Outlook',
  mastodon: 'Mastodon',
};

/** Operators by the kind of fact they apply to, with the value each one takes. */
export const OPERATORS = {
  date: ['olderThanYears', 'olderThanDays', 'withinDays', 'before', 'after', 'unknown'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'],
  text: ['contains', 'startsWith', 'matches', 'isEmpty'],
  boolean: ['is'],
  source: ['only', 'includes'],
  tag: ['includes', 'any'],
} as const satisfies Record<FactKind, readonly string[]>;

export type Operator = (typeof OPERATORS)[FactKind][number];

/** What value an operator takes: a count, a date, some text, a yes/no, a source, or nothing. */
export type OperandKind = 'count' | 'decimal' | 'date' | 'text' | 'boolean' | 'source' | 'none';

export function operandOf(kind: FactKind, op: Operator): OperandKind {
  if (kind === 'date') return op === 'before' || op === 'after' ? 'date' : op === 'unknown' ? 'none' : 'count';
  if (kind === 'number') return 'decimal';
  if (kind === 'text') return op === 'isEmpty' ? 'none' : 'text';
  if (kind === 'boolean') return 'boolean';
  if (kind === 'source') return 'source';
  return op === 'any' ? 'none' : 'text';
}

interface FactInfo {
  kind: FactKind;
  /** Shown in the editor's fact picker. */
  label: string;
  group: 'Connection' | 'Conversation' | 'Profile' | 'Feed';
  /** Feed facts need issue 11's tables; the catalog says so the editor can group them. */
  feed?: true;
}

export const FACTS = {
  connected_on: { kind: 'date', label: 'Connected on', group: 'Connection' },
  sources: { kind: 'source', label: 'Sources', group: 'Connection' },
  source_count: { kind: 'number', label: 'Number of sources', group: 'Connection' },
  has_email: { kind: 'boolean', label: 'Has an email address', group: 'Connection' },
  tags: { kind: 'tag', label: 'Tags', group: 'Connection' },
  protected: { kind: 'boolean', label: 'Protected', group: 'Connection' },
  look_alikes: { kind: 'number', label: 'Others with the same name', group: 'Connection' },
  last_interaction: { kind: 'date', label: 'Last interaction', group: 'Conversation' },
  messages_sent: { kind: 'number', label: 'Messages you sent', group: 'Conversation' },
  messages_received: { kind: 'number', label: 'Messages you received', group: 'Conversation' },
  unanswered_messages: { kind: 'number', label: 'Your messages since their last answer', group: 'Conversation' },
  invitations_sent: { kind: 'number', label: 'Invitations you sent', group: 'Conversation' },
  invitations_received: { kind: 'number', label: 'Invitations you received', group: 'Conversation' },
  invitations_unanswered: { kind: 'number', label: 'Your invitations unanswered', group: 'Conversation' },
  name: { kind: 'text', label: 'Name', group: 'Profile' },
  company: { kind: 'text', label: 'Company', group: 'Profile' },
  position: { kind: 'text', label: 'Position', group: 'Profile' },
  email: { kind: 'text', label: 'Email', group: 'Profile' },
  company_changed: { kind: 'date', label: 'Company changed', group: 'Profile' },
  position_changed: { kind: 'date', label: 'Position changed', group: 'Profile' },
  subscribed: { kind: 'boolean', label: 'You follow their feed', group: 'Feed', feed: true },
  updates_per_week: { kind: 'number', label: 'Updates a week (last 4 weeks)', group: 'Feed', feed: true },
  feed_share: { kind: 'number', label: 'Share of your feed (%, last 4 weeks)', group: 'Feed', feed: true },
  last_post: { kind: 'date', label: 'Last post', group: 'Feed', feed: true },
  muted: { kind: 'boolean', label: 'Muted', group: 'Feed', feed: true },
  snoozed: { kind: 'boolean', label: 'Snoozed', group: 'Feed', feed: true },
  capped: { kind: 'boolean', label: 'Capped', group: 'Feed', feed: true },
} as const satisfies Record<string, FactInfo>;

export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as FactName[];
export const isFactName = (name: string): name is FactName => Object.hasOwn(FACTS, name);

/** The unit the editor writes after an operator's number field ("[5] years"). */
export const OPERATOR_UNITS: Partial<Record<Operator, string>> = {
  olderThanYears: 'years',
  olderThanDays: 'days',
  withinDays: 'days',
};

export const OPERATOR_LABELS: Record<Operator, string> = {
  olderThanYears: 'more than … years ago',
  olderThanDays: 'more than … days ago',
  withinDays: 'in the last … days',
  before: 'before',
  after: 'after',
  unknown: 'never / unknown',
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  contains: 'contains',
  startsWith: 'starts with',
  matches: 'matches pattern',
  isEmpty: 'is empty',
  is: 'is',
  only: 'only',
  includes: 'includes',
  any: 'has any',
};

/** "Updates a week" and "share of the feed" count the posts of the last four weeks. */
export const FEED_WINDOW_DAYS = 28;

/** The closest known name, for "did you mean" in error messages (small edit distance only). */
export function closestName(word: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
