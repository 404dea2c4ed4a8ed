import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/core/import/parse-import-file.js';
import { toLinkedInConnectionsCsv, toVcards } from '../../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../../electron/core/sample/generate-network.js';
import { sampleNetworkFiles } from '../../../electron/core/sample/sample-files.js';

describe('sample network generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateNetwork({ seed: 7, size: 300 })).toEqual(generateNetwork({ seed: 7, size: 300 }));
    expect(generateNetwork({ seed: 8, size: 300 }).people).not.toEqual(generateNetwork({ seed: 7, size: 300 }).people);
  });

  it('makes realistic, valid people', () => {
    const { people, messages } = generateNetwork({ seed: 1, size: 5000 });
    expect(people).toHaveLength(5000);
    expect(new Set(people.map((p) => p.profileSlug)).size).toBe(5000);
    const withEmail = people.filter((p) => p.email).length / people.length;
    expect(withEmail).toBeGreaterThan(0.25);
    expect(withEmail).toBeLessThan(0.35);
    for (const person of people) {
      expect(person.connectedOn >= '2008-01-01' && person.connectedOn <= '2026-11-01').toBe(true);
      expect(Number.isNaN(Date.parse(person.connectedOn))).toBe(false);
    }
    const messaged = new Set(messages.map((m) => m.personIndex)).size / people.length;
    expect(messaged).toBeGreaterThan(0.1);
    expect(messaged).toBeLessThan(0.2);
  });

  it('writes exports that Prune reads back exactly, in every LinkedIn era', () => {
    const network = generateNetwork({ seed: 3, size: 400 });
    for (const era of ['current', 'pre2023', 'pre2021'] as const) {
      const outcome = parseImportFile(
        'Connections.csv',
        new TextEncoder().encode(toLinkedInConnectionsCsv(network, { era })),
      );
      expect(outcome.ok, era).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.file.people).toHaveLength(400);
      const first = outcome.file.people[0]!;
      expect(first).toMatchObject({
        firstName: network.people[0]!.firstName,
        company: network.people[0]!.company,
        connectedOn: network.people[0]!.connectedOn,
      });
      expect(first.profileUrl).toBe(
        era === 'current' ? `https://www.linkedin.com/in/${network.people[0]!.profileSlug}` : null,
      );
    }
    const cards = toVcards(network, [0, 1, 2]);
    expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(cards.match(/END:VCARD/g)).toHaveLength(3);
  });

  it('gives "Try a sample network" its four files', () => {
    const files = sampleNetworkFiles(2026, 200);
    expect(files.map((f) => f.name)).toEqual([
      'Connections.csv',
      'messages.csv',
      'contacts.vcf',
      'following_accounts.csv',
    ]);
    for (const file of files) expect(parseImportFile(file.name, file.bytes).ok, file.name).toBe(true);
  });
});
