import { toLinkedInConnectionsCsv, toLinkedInMessagesCsv, toMastodonFollowingCsv, toVcards } from './export-formats.js';
import { generateNetwork, type GeneratedNetwork } from './generate-network.js';

export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

const addressBookOnlyCountOf = (size: number): number => Math.max(1, Math.round(size / 100));

/** People who exist only in the phone's address book: never connected on LinkedIn. */
function addressBookOnly(seed: number, count: number): GeneratedNetwork {
  const extra = generateNetwork({ seed: seed + 1, size: count });
  return { ...extra, people: extra.people.map((p) => ({ ...p, email: p.email ?? `${p.profileSlug}@example.net` })) };
}

/**
 * The file set behind "Try a sample network": `size` people in all. A LinkedIn export
 * (connections and messages), an address book that overlaps it (so merging across sources
 * shows) with a few people only in it, and Mastodon follows. Follows of people whose card
 * names their Mastodon profile merge on import; the rest arrive as handles, and Prune
 * proposes each merge with the person the handle spells, so accepting them leaves `size`.
 */
export function sampleNetworkFiles(seed = 2026, size = 2000): SampleFile[] {
  const addressBookOnlyCount = addressBookOnlyCountOf(size);
  const network = generateNetwork({ seed, size: size - addressBookOnlyCount });
  const encoder = new TextEncoder();
  const inAddressBook = network.people.map((_, index) => index).filter((index) => index % 7 === 3);
  const personalEmail = (index: number): string | null =>
    index % 2 === 0 ? `${network.people[index]!.profileSlug}@home.example` : null;
  const others = addressBookOnly(seed, addressBookOnlyCount);
  const vcards =
    toVcards(network, inAddressBook, personalEmail) +
    toVcards(
      others,
      others.people.map((_, index) => index),
    ).replace(/prune-sample-/g, 'prune-sample-ab-');
  return [
    { name: 'Connections.csv', bytes: encoder.encode(toLinkedInConnectionsCsv(network)) },
    { name: 'messages.csv', bytes: encoder.encode(toLinkedInMessagesCsv(network)) },
    { name: 'contacts.vcf', bytes: encoder.encode(vcards) },
    { name: 'following_accounts.csv', bytes: encoder.encode(toMastodonFollowingCsv(network)) },
  ];
}

/**
 * The name behind each Mastodon handle of the sample (`user@host`, lower case): what each
 * account's feed would give as its title, so the sample's handle-only people get named as a
 * refresh would name them.
 */
export function sampleMastodonNames(seed = 2026, size = 2000): Map<string, string> {
  const network = generateNetwork({ seed, size: size - addressBookOnlyCountOf(size) });
  return new Map(
    network.people
      .filter((person) => person.mastodonHandle)
      .map((person) => [
        person.mastodonHandle!.replace(/^@/, '').toLowerCase(),
        `${person.firstName} ${person.lastName}`,
      ]),
  );
}
