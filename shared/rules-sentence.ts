import { formatRuleDate } from './rules-dates.js';
import { SOURCE_LABELS, type FactName, type SourceName } from './rules-facts.js';
import type { Condition, FactCondition, Rule, RuleAction } from './rules-schema.js';

/**
 * A rule read aloud, written from the rule itself: "Propose removing everyone who connected
 * more than 5 years ago, received no messages from you and is only on LinkedIn." The list and the
 * editor show it, so what a rule does never depends on remembering what its name promised.
 */

const COMPARISONS: Record<string, string> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'fewer than',
  lte: 'at most',
};

function amount(op: string, value: number, unit: string, units = `${unit}s`): string {
  if (op === 'eq' && value === 0) return `no ${units}`;
  // "at least 1 other person", "more than 1 message": the noun agrees with the number, whatever the comparison.
  const noun = value === 1 ? unit : units;
  return `${COMPARISONS[op]} ${value.toLocaleString('en-US')} ${noun}`;
}

/** Number facts: a verb phrase with the amount where it reads naturally. */
const NUMBER_PHRASES: Partial<Record<FactName, (n: string) => string>> = {
  messages_sent: (n) => `received ${n} from you`,
  messages_received: (n) => `sent you ${n}`,
  unanswered_messages: (n) => `left ${n} of yours unanswered`,
  invitations_sent: (n) => `received ${n} from you`,
  invitations_received: (n) => `sent you ${n}`,
  invitations_unanswered: (n) => `left ${n} from you unanswered`,
  source_count: (n) => `is in ${n}`,
  look_alikes: (n) => `shares their name with ${n}`,
  updates_per_week: (n) => `posts ${n} a week`,
};
const NUMBER_UNITS: Partial<Record<FactName, [string, string?]>> = {
  messages_sent: ['message'],
  messages_received: ['message'],
  unanswered_messages: ['message'],
  invitations_sent: ['invitation'],
  invitations_received: ['invitation'],
  invitations_unanswered: ['invitation'],
  source_count: ['source'],
  look_alikes: ['other person', 'other people'],
  updates_per_week: ['update'],
};

/** Date facts: the verb, and what "unknown" means for each. */
const DATE_VERBS: Partial<Record<FactName, [string, string]>> = {
  connected_on: ['connected', 'has no connection date'],
  last_interaction: ['last exchanged a message with you', 'never exchanged a message with you'],
  company_changed: ['changed company', 'never changed company'],
  position_changed: ['changed position', 'never changed position'],
  last_post: ['last posted', 'never posted'],
};

const TEXT_NOUNS: Partial<Record<FactName, string>> = {
  name: 'a name',
  company: 'a company',
  position: 'a position',
  email: 'an email address',
};

function datePhrase(leaf: FactCondition): string {
  const [verb, unknown] = DATE_VERBS[leaf.field]!;
  const value = leaf.value as number | string;
  switch (leaf.op) {
    case 'olderThanYears':
      return `${verb} more than ${value} year${value === 1 ? '' : 's'} ago`;
    case 'olderThanDays':
      return `${verb} more than ${value} day${value === 1 ? '' : 's'} ago`;
    case 'withinDays':
      return `${verb} in the last ${value} day${value === 1 ? '' : 's'}`;
    case 'before':
      return `${verb} before ${formatRuleDate(value as string)}`;
    case 'after':
      return `${verb} after ${formatRuleDate(value as string)}`;
    default:
      return unknown;
  }
}

function textPhrase(leaf: FactCondition): string {
  const noun = TEXT_NOUNS[leaf.field]!;
  const value = `“${String(leaf.value)}”`;
  if (leaf.op === 'isEmpty') return `has no ${noun.replace(/^an? /, '')}`;
  if (leaf.op === 'contains') return `has ${noun} containing ${value}`;
  if (leaf.op === 'startsWith') return `has ${noun} starting with ${value}`;
  return `has ${noun} matching ${value}`;
}

const BOOLEAN_PHRASES: Partial<Record<FactName, [string, string]>> = {
  has_email: ['has an email address', 'has no email address'],
  protected: ['is protected', 'is not protected'],
  subscribed: ['has a feed you follow', 'has no feed you follow'],
  muted: ['is muted', 'is not muted'],
  snoozed: ['is snoozed', 'is not snoozed'],
  capped: ['is capped', 'is not capped'],
};

export function factPhrase(leaf: FactCondition): string {
  if (leaf.field === 'feed_share')
    return `makes up ${COMPARISONS[leaf.op]} ${(leaf.value as number).toLocaleString('en-US')}% of your feed`;
  if (DATE_VERBS[leaf.field]) return datePhrase(leaf);
  if (NUMBER_PHRASES[leaf.field]) {
    const [unit, units] = NUMBER_UNITS[leaf.field]!;
    return NUMBER_PHRASES[leaf.field]!(amount(leaf.op, leaf.value as number, unit, units));
  }
  if (TEXT_NOUNS[leaf.field]) return textPhrase(leaf);
  if (BOOLEAN_PHRASES[leaf.field]) return BOOLEAN_PHRASES[leaf.field]![leaf.value ? 0 : 1];
  if (leaf.field === 'sources') {
    const label = SOURCE_LABELS[leaf.value as SourceName];
    return leaf.op === 'only' ? `is only on ${label}` : `is on ${label}`;
  }
  return leaf.op === 'any' ? 'has a tag' : `is tagged “${String(leaf.value)}”`;
}

function list(parts: string[], conjunction: 'and' | 'or'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}

/** A condition as a clause that follows "everyone who". Nested groups are bracketed. */
export function conditionPhrase(condition: Condition, nested = false): string {
  const group = (children: Condition[], conjunction: 'and' | 'or') => {
    const text = list(
      children.map((child) => conditionPhrase(child, true)),
      conjunction,
    );
    const either = conjunction === 'or' && children.length > 1 ? 'either ' : '';
    return nested && children.length > 1 ? `(${either}${text})` : `${either}${text}`;
  };
  if ('all' in condition) return condition.all.length ? group(condition.all, 'and') : 'is in the roster';
  if ('any' in condition) return condition.any.length ? group(condition.any, 'or') : 'matches nothing';
  if ('not' in condition) return `is not someone who ${conditionPhrase(condition.not, true)}`;
  return factPhrase(condition);
}

export function actionPhrase(action: RuleAction): string {
  switch (action.kind) {
    case 'remove':
      return 'Propose removing';
    case 'tag':
      return `Propose the tag “${action.tag}” for`;
    case 'mute':
      return 'Propose muting';
    case 'snooze':
      return `Propose snoozing for ${action.days} day${action.days === 1 ? '' : 's'}`;
    case 'cap':
      return `Propose capping at ${action.max} a ${action.per}`;
    default:
      return 'Flag for review';
  }
}

/** The whole rule as one sentence. */
export const ruleSentence = (rule: Pick<Rule, 'when' | 'then'>): string =>
  `${actionPhrase(rule.then)} everyone who ${conditionPhrase(rule.when)}.`;
