import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../electron/core/import/run-import.js';
import { nameKey } from '../../electron/core/roster/identity.js';
import { connectionsIn, ERAS, type EraPerson } from '../helpers/connections-eras.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const namePart = fc.stringMatching(/^[A-ZÀ-Ý][a-zà-ÿ'-]{1,9}$/);
const day = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const person: fc.Arbitrary<Omit<EraPerson, 'slug' | 'email'> & { hasEmail: boolean }> = fc.record({
  firstName: namePart,
  // Some last names carry a comma, as "Hopper, PhD" does in real exports.
  lastName: fc.oneof(
    namePart,
    namePart.map((name) => `${name}, PhD`),
  ),
  hasEmail: fc.boolean(),
  company: fc.constantFrom('Acme', 'Difference Ltd', 'Navy; Reserve', 'Café "Zürich"'),
  position: fc.constantFrom('Engineer', 'Founder, CEO', 'Admiral'),
  connectedOn: day,
});

/** People an export can tell apart: a name and a connection date no one else shares. */
const network = fc
  .uniqueArray(person, {
    minLength: 1,
    maxLength: 25,
    selector: (p) => `${nameKey(`${p.firstName} ${p.lastName}`)}|${p.connectedOn}`,
  })
  .map((people) =>
    people.map(({ hasEmail, ...p }, index): EraPerson => ({
      ...p,
      slug: `person-${index}`,
      email: hasEmail ? `person${index}@example.com` : null,
    })),
  );

describe('any network, exported in any era and then in any other', () => {
  it('imports as exactly one contact per person', async () => {
    await fc.assert(
      fc.asyncProperty(network, fc.constantFrom(...ERAS), fc.constantFrom(...ERAS), async (people, first, second) => {
        const core = memoryCore();
        try {
          await runImport(core.db, [textFile('Connections.csv', connectionsIn(first, people))]);
          const again = await runImport(core.db, [textFile('Connections.csv', connectionsIn(second, people))]);
          expect(again.added).toBe(0);
          expect(core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(people.length);
        } finally {
          core.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
