import { formatRuleDate } from '../../../shared/rules-dates.js';
import type { SourceName } from '../../../shared/rules-facts.js';
import type { LookAlikes, PersonSketch } from './look-alike-facts.js';

/**
 * A look-alike's explanation says what tells the people apart, not just that they share a
 * name: "same name as Aarav Example (Globex, vCard); this one: Acme, LinkedIn, connected
 * 4 Jul 2018". Only the facts that differ are named; when none does, it says so.
 */

const SHORT_SOURCES: Record<SourceName, string> = {
  linkedin: 'LinkedIn',
  vcard: 'vCard',
  google: 'Google',
  outlook: 'Outlook',
  mastodon: 'Mastodon',
};

/** Listed by name; more than this are counted. */
const NAMED = 2;

type Trait = (person: PersonSketch) => string;

const TRAITS: Trait[] = [
  (p) => p.company ?? p.position ?? 'no company',
  (p) => (p.sources.length ? p.sources.map((source) => SHORT_SOURCES[source] ?? source).join(' + ') : 'no source'),
  (p) => (p.connectedOn ? `connected ${formatRuleDate(p.connectedOn)}` : 'no connection date'),
  (p) => (p.emailDomains.length ? p.emailDomains.map((domain) => `@${domain}`).join(', ') : 'no email'),
];

const joined = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

export function explainLookAlikes({ self, others }: LookAlikes): string {
  if (others.length === 0) return 'nobody else has this name';
  const named = others.slice(0, NAMED);
  const telling = TRAITS.filter((trait) => named.some((other) => trait(other) !== trait(self)));
  const describe = (person: PersonSketch) => telling.map((trait) => trait(person)).join(', ');
  const names = named.map((other) => (telling.length ? `${other.name} (${describe(other)})` : other.name));
  const more = others.length - named.length;
  const list = joined(more > 0 ? [...names, `${more} more`] : names);
  const head = others.length > 1 ? `same name as ${others.length} others: ${list}` : `same name as ${list}`;
  if (telling.length === 0)
    return `${head}; nothing else tells them apart (${TRAITS.map((trait) => trait(self)).join(', ')})`;
  return `${head}; this one: ${describe(self)}`;
}
