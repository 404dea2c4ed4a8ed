import { describe, expect, it } from 'vitest';
import { namesCompatible } from '../../../electron/core/roster/name-compatibility.js';
import { normalizePhone, sharedValueOf, weakIdentityKeys } from '../../../electron/core/roster/weak-keys.js';

const record = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  fullName: 'Ada Lovelace',
  company: 'Acme',
  phones: ['+44 20 7946 0958', '(020) 7946-0958'],
  connectedOn: '2021-04-04',
};

describe('weak identity keys', () => {
  it('are scoped to their source: LinkedIn by name and date, address books by phone and name + company', () => {
    expect(weakIdentityKeys({ ...record, source: 'linkedin' })).toEqual(['~linkedin:name:ada lovelace|2021-04-04']);
    expect(weakIdentityKeys({ ...record, source: 'vcard' })).toEqual([
      '~vcard:tel:+442079460958',
      '~vcard:tel:02079460958',
      '~vcard:org:ada lovelace|acme',
      '~vcard:nameonly:ada lovelace',
    ]);
    expect(weakIdentityKeys({ ...record, source: 'mastodon' })).toEqual([]);
    expect(weakIdentityKeys({ ...record, source: 'linkedin', connectedOn: null })).toEqual([]);
  });

  it('normalize phone numbers with libphonenumber where the country is written', () => {
    expect(normalizePhone('+1 (202) 555-0100')).toBe('+12025550100');
    expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('555-0100')).toBe('5550100');
    expect(normalizePhone('ext')).toBeNull();
  });

  it('name what two people share', () => {
    expect(sharedValueOf('email:family@example.com')).toBe('family@example.com');
    expect(sharedValueOf('~vcard:tel:+442079460958')).toBe('+442079460958');
  });
});

describe('name compatibility', () => {
  it('lets the same person written two ways merge, and keeps people with clearly different names apart', () => {
    expect(namesCompatible('Bohr, Niels', 'Niels Bohr')).toBe(true);
    expect(namesCompatible('', 'Niels Bohr')).toBe(true);
    expect(namesCompatible('niels@example.org', 'Niels Bohr')).toBe(true);
    expect(namesCompatible('+44 20 7946 0958', 'Niels Bohr')).toBe(true);
    expect(namesCompatible('N. Bohr', 'Niels Bohr')).toBe(true);
    expect(namesCompatible('Ada', 'Ada Lovelace')).toBe(true);
    expect(namesCompatible('José Müller', 'Jose Muller')).toBe(true);
    expect(namesCompatible('Ada Lovelace', 'Charles Babbage')).toBe(false);
    expect(namesCompatible('Ada Lovelace', 'Byron Lovelace')).toBe(false);
  });
});
