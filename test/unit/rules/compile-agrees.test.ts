import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { allValues } from '../../../electron/core/db/sql.js';
import { matchQuery } from '../../../electron/core/rules/compile-rule.js';
import { evaluateCondition } from '../../../electron/core/rules/evaluate-rule.js';
import { readFacts } from '../../../electron/core/rules/read-facts.js';
import { FACT_NAMES } from '../../../shared/rules-facts.js';
import { RuleSchema } from '../../../shared/rules-schema.js';
import { insertRoster, randomPerson, referenceFacts } from '../../helpers/random-roster.js';
import { randomCondition } from '../../helpers/random-rule.js';

const NOW = new Date('2026-11-01T12:00:00.000Z');

describe('the compiled SQL agrees with the reference evaluator', () => {
  it('on random rosters and random rules (who matches, and every fact as read)', () => {
    fc.assert(
      fc.property(
        fc.array(randomPerson, { maxLength: 12 }),
        fc.array(randomCondition, { minLength: 1, maxLength: 5 }),
        (people, conditions) => {
          const db = openDatabase(':memory:');
          try {
            const ids = insertRoster(db, people, NOW.toISOString());
            const facts = people.map((person) => referenceFacts(person, people, NOW.toISOString()));
            // The facts as the engine reads them are the reference's (lists compared sorted).
            const rows = readFacts(db, ids, FACT_NAMES, NOW);
            const read = new Map(rows.map((row) => [row.id, row.facts]));
            const lookAlikes = new Map(rows.map((row) => [row.id, row.lookAlikes]));
            ids.forEach((id, index) => {
              const reference = facts[index]!;
              // The look-alikes a why names are the ones the fact counts, with their own facts.
              const others = lookAlikes.get(id)!.others;
              const expectedOthers = people.flatMap((other, at) =>
                other !== people[index] && !other.trashed && other.sortName === people[index]!.sortName
                  ? [ids[at]]
                  : [],
              );
              expect(others.map((other) => other.id)).toEqual(expectedOthers);
              for (const other of others) {
                const person = people[ids.indexOf(other.id)]!;
                expect(other.sources).toEqual([...person.sources].sort());
                expect(other.connectedOn).toBe(person.connectedOn);
                expect(other.company).toBe(person.company || null);
              }
              for (const fact of FACT_NAMES) {
                const expected = reference[fact];
                const actual = read.get(id)![fact];
                if (Array.isArray(expected)) expect([...(actual as string[])]).toEqual([...expected].sort());
                else if (typeof expected === 'boolean') expect(Boolean(actual)).toBe(expected);
                else expect(actual ?? null).toEqual(expected);
              }
            });
            for (const when of conditions) {
              // Every generated condition is a valid rule.
              expect(RuleSchema.safeParse({ name: 'r', when, then: { kind: 'flag' } }).success).toBe(true);
              const expected = ids.filter(
                (_id, index) => !people[index]!.trashed && evaluateCondition(when, facts[index]!, NOW),
              );
              const actual = allValues<number>(db, matchQuery(when, NOW, { proposable: false }));
              expect(
                [...actual].sort((a, b) => a - b),
                JSON.stringify(when),
              ).toEqual(expected);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
