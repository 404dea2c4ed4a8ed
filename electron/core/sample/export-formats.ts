import { csvRow } from '../export/csv.js';
import type { GeneratedNetwork, GeneratedPerson } from './generate-network.js';

/** LinkedIn's own preamble, as in a 2026 Connections.csv export. */
const LINKEDIN_NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CRLF = '\r\n';

const profileUrl = (slug: string): string => `https://www.linkedin.com/in/${slug}`;

/** `2015-12-10` → `10 Dec 2015` (current) or `10-Dec-15` (pre-2021). */
function linkedInDate(iso: string, era: ConnectionsEra): string {
  const [year = '', month = '1', day = ''] = iso.split('-');
  const name = MONTHS[Number(month) - 1]!;
  return era === 'pre2021' ? `${Number(day)}-${name}-${year.slice(2)}` : `${day} ${name} ${year}`;
}

export type ConnectionsEra = 'current' | 'pre2023' | 'pre2021';

export function toLinkedInConnectionsCsv(network: GeneratedNetwork, options: { era?: ConnectionsEra } = {}): string {
  const era = options.era ?? 'current';
  const withUrl = era === 'current';
  const header = [
    'First Name',
    'Last Name',
    ...(withUrl ? ['URL'] : []),
    'Email Address',
    'Company',
    'Position',
    'Connected On',
  ];
  const rows = network.people.map((p) =>
    csvRow([
      p.firstName,
      p.lastName,
      ...(withUrl ? [profileUrl(p.profileSlug)] : []),
      p.email ?? '',
      p.company,
      p.position,
      linkedInDate(p.connectedOn, era),
    ]),
  );
  const preamble = era === 'pre2021' ? [] : LINKEDIN_NOTES;
  return `${era === 'current' ? '\uFEFF' : ''}${[...preamble, csvRow(header), ...rows].join(CRLF)}${CRLF}`;
}

export function toLinkedInMessagesCsv(network: GeneratedNetwork): string {
  const owner = `${network.owner.firstName} ${network.owner.lastName}`;
  const ownerUrl = profileUrl(network.owner.profileSlug);
  const header = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
  ];
  const rows = network.messages.map((message) => {
    const person = network.people[message.personIndex]!;
    const name = `${person.firstName} ${person.lastName}`;
    const url = profileUrl(person.profileSlug);
    const [from, fromUrl, to, toUrl] =
      message.direction === 'sent' ? [owner, ownerUrl, name, url] : [name, url, owner, ownerUrl];
    const date = `${message.at.slice(0, 10)} ${message.at.slice(11, 19)} UTC`;
    return csvRow([message.conversationId, '', from, fromUrl, to, toUrl, date, '', message.content, message.folder]);
  });
  return [csvRow(header), ...rows].join(CRLF) + CRLF;
}

/** `user@host` → `https://host/@user`, the profile URL address books keep. */
const mastodonUrl = (handle: string): string => {
  const [user, host] = handle.split('@');
  return `https://${host}/@${user}`;
};

/** vCard text escaping (RFC 6350 §3.4). */
const vcardText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');

function vcard(person: GeneratedPerson, extraEmail: string | null, withProfile: boolean, uid: string): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${vcardText(person.lastName)};${vcardText(person.firstName)};;;`,
    `FN:${vcardText(`${person.firstName} ${person.lastName}`)}`,
    `ORG:${vcardText(person.company)};`,
    `TITLE:${vcardText(person.position)}`,
    ...(person.email ? [`EMAIL;TYPE=INTERNET;TYPE=WORK:${person.email}`] : []),
    ...(extraEmail ? [`EMAIL;TYPE=INTERNET;TYPE=HOME:${extraEmail}`] : []),
    ...(person.phone ? [`TEL;TYPE=CELL:${person.phone}`] : []),
    ...(withProfile ? [`item1.URL:${profileUrl(person.profileSlug)}`, 'item1.X-ABLabel:_$!<HomePage>!$_'] : []),
    ...(person.mastodonHandle ? [`X-SOCIALPROFILE;TYPE=mastodon:${mastodonUrl(person.mastodonHandle)}`] : []),
    `UID:${uid}`,
    'END:VCARD',
  ];
  return lines.join(CRLF);
}

/**
 * Address-book cards for some of the network. Each card carries the LinkedIn profile or the
 * shared email, so the importer can match it; `personalEmail` adds a second address.
 */
export function toVcards(
  network: GeneratedNetwork,
  indices: readonly number[],
  personalEmail: (index: number) => string | null = () => null,
): string {
  return (
    indices
      .map((index) => {
        const person = network.people[index]!;
        return vcard(person, personalEmail(index), person.email === null, `prune-sample-${index}`);
      })
      .join(CRLF) + CRLF
  );
}

export function toMastodonFollowingCsv(network: GeneratedNetwork): string {
  const rows = network.people
    .filter((p) => p.mastodonHandle)
    .map((p) => csvRow([p.mastodonHandle!, 'true', 'false', '']));
  return [csvRow(['Account address', 'Show boosts', 'Notify on new posts', 'Languages']), ...rows].join('\n') + '\n';
}
