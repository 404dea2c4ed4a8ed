import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  identityKeys,
  linkedInSlug,
  linkedInSlugViaUrl,
  nameKey,
  normalizeEmail,
  normalizeHandle,
} from '../../../electron/core/roster/identity.js';

describe('identity keys', () => {
  it('normalizes LinkedIn profile URLs to their slug', () => {
    expect(linkedInSlug('https://www.linkedin.com/in/linustorvalds/')).toBe('linustorvalds');
    expect(linkedInSlug('http://linkedin.com/in/Ada-Lovelace-1815?trk=abc')).toBe('ada-lovelace-1815');
    expect(linkedInSlug('www.linkedin.com/in/jos%C3%A9-m')).toBe('josé-m');
    expect(linkedInSlug('https://de.linkedin.com/in/jose-muller-oster')).toBe('jose-muller-oster');
    expect(linkedInSlug('https://www.linkedin.com/company/acme')).toBeNull();
    expect(linkedInSlug('https://evil.example/in/linkedin.com')).toBeNull();
    expect(linkedInSlug('not a url at all')).toBeNull();
  });

  it('reads unusual profile URLs the way the URL parser does', () => {
    expect(linkedInSlug('https://www.linkedin.com/fr/in/Ada/')).toBe('ada');
    expect(linkedInSlug('https://www.linkedin.com/in/%2e%2e/x')).toBeNull();
    expect(linkedInSlug('https://www.linkedin.com/in/ada/../bob')).toBe('bob');
    expect(linkedInSlug('https://www.linkedin.com/in/bad%zz')).toBe('bad%zz');
    expect(linkedInSlug('https://linkedin.com.evil.example/in/ada')).toBeNull();
    expect(linkedInSlug('https://www.linkedin.com:8443/in/ada')).toBe('ada');
  });

  it('takes the fast path only where it agrees with the URL parser', () => {
    const pieces = (options: readonly string[]) => fc.constantFrom(...options);
    const slug = fc
      .array(
        pieces(['ada', 'Lovelace', '-', '_', '1815', '%C3%A9', '%e9', '%2e', '%2E', '%', '.', '/', ' ', 'é', '\\']),
        {
          maxLength: 6,
        },
      )
      .map((parts) => parts.join(''));
    const profileUrl = fc
      .tuple(
        pieces(['', 'https://', 'http://', 'HTTPS://', 'ftp://', '//']),
        pieces([
          'www.linkedin.com',
          'linkedin.com',
          'fr.linkedin.com',
          'WWW.LinkedIn.COM',
          'evil.example',
          'linkedin.com.evil.example',
          'notlinkedin.com',
          'linkedin.com:8080',
        ]),
        pieces(['/', '/fr/', '/FR/', '/xyz/', '//']),
        pieces(['in/', 'IN/', 'company/', '']),
        slug,
        pieces(['', '/', '/?trk=x', '?a=b/c', '#frag', '/more/path', '/../x', '/./', ' tail', '?q=\n']),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(profileUrl, fc.string()), (raw) => {
        expect(linkedInSlug(raw)).toBe(linkedInSlugViaUrl(raw));
      }),
      { numRuns: 5000 },
    );
  });

  it('lower-cases emails and rejects what is not an address', () => {
    expect(normalizeEmail(' Ada@Analytical.Example ')).toBe('ada@analytical.example');
    expect(normalizeEmail('mailto:x@y.z')).toBe('x@y.z');
    expect(normalizeEmail('no-at-sign')).toBeNull();
    expect(normalizeEmail('@nouser')).toBeNull();
    expect(normalizeEmail('a b@c.d')).toBeNull();
  });

  it('normalizes Mastodon handles, including internationalized domains', () => {
    expect(normalizeHandle('@Alice@Mastodon.Social')).toBe('alice@mastodon.social');
    expect(normalizeHandle('user@example.com')).toBe('user@example.com');
    expect(normalizeHandle('@nare@թութ.հայ')).toBe('nare@xn--69aa8bzb.xn--y9a3aq');
    expect(normalizeHandle('just-a-name')).toBeNull();
    expect(normalizeHandle('a@b@c')).toBeNull();
  });

  it('folds case and diacritics in name keys', () => {
    expect(nameKey('  José   Müller-Øster ')).toBe('jose muller-øster');
    expect(nameKey('ADA Lovelace')).toBe(nameKey('ada lovelace'));
  });

  it('builds prefixed keys from every identifier a record has', () => {
    expect(
      identityKeys({
        emails: ['Ada@Analytical.Example', 'ada@analytical.example', 'bad'],
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815/',
        handles: ['@ada@mastodon.example'],
        sourceUid: ' ada-0001 ',
      }),
    ).toEqual(['li:ada-lovelace-1815', 'email:ada@analytical.example', 'masto:ada@mastodon.example', 'uid:ada-0001']);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        linkedInSlug(a);
        normalizeEmail(a);
        normalizeHandle(b);
        nameKey(b);
        expect(Array.isArray(identityKeys({ emails: [a], profileUrl: b, handles: [a], sourceUid: b }))).toBe(true);
      }),
    );
  });
});
