import { SOURCE_LABELS, type FactName, type SourceName } from '../../../shared/rules-facts.js';
import { ageOf, formatRuleDate } from '../../../shared/rules-dates.js';
import { explainLookAlikes } from './explain-look-alikes.js';
import type { ReadFacts } from './read-facts.js';

/**
 * Why a person matched, from their facts: "Stale connections: connected 15 May 2016 (over 10
 * years ago), never messaged, only on LinkedIn". It states the facts the rule read, not the
 * rule again, so the reader can check the rule against the person.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const quoted = (text: string) => `“${text}”`;
const decimal = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function dated(label: string, value: string | null, none: string, now: Date): string {
  return value ? `${label} ${formatRuleDate(value)} (${ageOf(value, now)})` : none;
}

type Phrase = (value: unknown, read: ReadFacts, now: Date) => string;

const PHRASES: Record<FactName, Phrase> = {
  connected_on: (v, _r, now) => dated('connected', v as string | null, 'no connection date', now),
  last_interaction: (v, _r, now) => dated('last message', v as string | null, 'never messaged', now),
  company_changed: (v, read, now) => {
    const was = read.previous.company_changed;
    return v
      ? `${dated('company changed', v as string, '', now)}${was ? `, was ${quoted(was)}` : ''}`
      : 'company never changed';
  },
  position_changed: (v, read, now) => {
    const was = read.previous.position_changed;
    return v
      ? `${dated('position changed', v as string, '', now)}${was ? `, was ${quoted(was)}` : ''}`
      : 'position never changed';
  },
  messages_sent: (v) => (Number(v) === 0 ? 'you never wrote' : `you wrote ${plural(Number(v), 'time')}`),
  messages_received: (v) => (Number(v) === 0 ? 'never wrote to you' : `wrote to you ${plural(Number(v), 'time')}`),
  unanswered_messages: (v) =>
    Number(v) === 0 ? 'answered your last message' : `${plural(Number(v), 'message')} of yours without an answer`,
  invitations_sent: (v) => `${plural(Number(v), 'invitation')} sent`,
  invitations_received: (v) => `${plural(Number(v), 'invitation')} received`,
  invitations_unanswered: (v) => `${plural(Number(v), 'invitation')} of yours unanswered`,
  source_count: (v) => `in ${plural(Number(v), 'source')}`,
  sources: (v) => {
    const labels = (v as SourceName[]).map((source) => SOURCE_LABELS[source] ?? source);
    return labels.length === 1
      ? `only on ${labels[0]}`
      : labels.length === 0
        ? 'in no source'
        : `on ${labels.join(', ')}`;
  },
  has_email: (v) => (v ? 'has an email address' : 'no email address'),
  tags: (v) => ((v as string[]).length ? `tagged ${(v as string[]).map(quoted).join(', ')}` : 'no tags'),
  protected: (v) => (v ? 'protected' : 'not protected'),
  look_alikes: (v, read) =>
    read.lookAlikes
      ? explainLookAlikes(read.lookAlikes)
      : Number(v) === 0
        ? 'nobody else has this name'
        : `${plural(Number(v), 'other person', 'other people')} with the same name`,
  name: (v) => `named ${quoted(String(v))}`,
  company: (v) => (v ? `at ${quoted(String(v))}` : 'no company'),
  position: (v) => (v ? `position ${quoted(String(v))}` : 'no position'),
  email: (v) => ((v as string[]).length ? `email ${(v as string[]).join(', ')}` : 'no email address'),
  subscribed: (v) => (v ? 'you follow their feed' : 'no feed you follow'),
  updates_per_week: (v) => `${decimal(Number(v))} update${Number(v) === 1 ? '' : 's'} a week (last 4 weeks)`,
  feed_share: (v) => `${decimal(Number(v))}% of your feed`,
  last_post: (v, _r, now) => dated('last post', v as string | null, 'never posted', now),
  muted: (v) => (v ? 'muted' : 'not muted'),
  snoozed: (v) => (v ? 'snoozed' : 'not snoozed'),
  capped: (v) => (v ? 'capped' : 'not capped'),
};

export function explainMatch(ruleName: string, read: ReadFacts, facts: readonly FactName[], now: Date): string {
  const parts = facts.map((fact) => PHRASES[fact](read.facts[fact] ?? null, read, now)).filter(Boolean);
  return parts.length ? `${ruleName}: ${parts.join(', ')}` : ruleName;
}
