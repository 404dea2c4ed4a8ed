import { describe, expect, it } from 'vitest';
import { explainLookAlikes } from '../../../electron/core/rules/explain-look-alikes.js';
import type { PersonSketch } from '../../../electron/core/rules/look-alike-facts.js';

const person = (id: number, traits: Partial<PersonSketch> = {}): PersonSketch => ({
  id,
  name: 'Aarav Example',
  company: 'Acme',
  position: null,
  sources: ['linkedin'],
  connectedOn: '2018-07-04',
  emailDomains: [],
  ...traits,
});

describe('what a look-alike says', () => {
  it('names only the traits that differ, for the other person and for this one', () => {
    const self = person(1);
    const other = person(2, { company: 'Globex', sources: ['vcard'], connectedOn: null });
    expect(explainLookAlikes({ self, others: [other] })).toBe(
      'same name as Aarav Example (Globex, vCard, no connection date); this one: Acme, LinkedIn, connected 4 Jul 2018',
    );
  });

  it('uses the position when there is no company, and email domains once each', () => {
    const self = person(1, { company: null, position: 'Nurse', emailDomains: ['acme.example'] });
    const other = person(2, { emailDomains: ['home.example', 'work.example'] });
    expect(explainLookAlikes({ self, others: [other] })).toBe(
      'same name as Aarav Example (Acme, @home.example, @work.example); this one: Nurse, @acme.example',
    );
  });

  it('says so when nothing but the name could tell them apart', () => {
    expect(explainLookAlikes({ self: person(1), others: [person(2)] })).toBe(
      'same name as Aarav Example; nothing else tells them apart (Acme, LinkedIn, connected 4 Jul 2018, no email)',
    );
  });

  it('names two others and counts the rest', () => {
    const others = [person(2, { company: 'Globex' }), person(3, { company: 'Initech' }), person(4), person(5)];
    expect(explainLookAlikes({ self: person(1), others })).toBe(
      'same name as 4 others: Aarav Example (Globex), Aarav Example (Initech) and 2 more; this one: Acme',
    );
  });

  it('has nothing to compare when nobody else has the name', () => {
    expect(explainLookAlikes({ self: person(1), others: [] })).toBe('nobody else has this name');
  });
});
