import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../electron/core/import/vcard.js';
import { corpusPath } from '../../helpers/temp-dir.js';
import { corpusBytes, parsed } from './helpers.js';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');

describe('vCard', () => {
  it('reads 2.1 quoted-printable with a soft line break, 3.0 folding and groups, 4.0 PREF', () => {
    const file = parsed(corpusBytes('vcard', 'contacts.vcf'));
    expect(file.format).toBe('vcard');
    const [ivan, ada, alan] = file.people;
    expect(ivan).toMatchObject({
      line: 1,
      fullName: 'Иван Петров',
      firstName: 'Иван',
      lastName: 'Петров',
      phones: ['+7 495 000 00 00'],
    });
    expect(ada).toMatchObject({
      line: 9,
      fullName: 'Ada Lovelace',
      company: 'Analytical Engines, Ltd.',
      position: 'Head of Computation',
      emails: ['ada@analytical.example', 'ada.home@example.net'],
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
      note: 'Met at the 1843 conference. This note is long enough that it has to be folded across two lines by the exporter.',
      sourceUid: 'ada-0001',
    });
    expect(alan).toMatchObject({
      fullName: 'Alan Turing',
      emails: ['alan@bletchley.example', 'alan.t@example.com'],
      handles: ['alan@mastodon.example'],
      urls: ['https://mastodon.example/@alan'],
      sourceUid: 'urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
    });
  });

  const clients = readdirSync(corpusPath('vcard', 'clients')).filter((name) => name.endsWith('.vcf'));

  it.each(clients)('imports %s cleanly', (name) => {
    const file = parsed(corpusBytes('vcard', 'clients', name), name);
    expect(file.people.length).toBeGreaterThan(0);
    for (const person of file.people) {
      expect(person.fullName || person.emails[0], `${name}:${person.line}`).toBeTruthy();
    }
  });

  it('keeps photos and reads client quirks', () => {
    expect(parsed(corpusBytes('vcard', 'clients', 'John_Doe_IPHONE.vcf')).people[0]!.photo).toMatchObject({
      kind: 'inline',
      mediaType: 'image/jpeg',
    });
    expect(parsed(corpusBytes('vcard', 'clients', 'outlook-2003.vcf')).people[0]).toMatchObject({
      fullName: 'John Doe III',
      company: 'Company, The',
    });
    expect(parsed(corpusBytes('vcard', 'clients', 'rfc6350-example.vcf')).people[0]).toMatchObject({
      fullName: 'Simon Perreault',
      company: 'Viagenie',
    });
    expect(parsed(corpusBytes('vcard', 'clients', 'gmail-list.vcf')).people.map((p) => p.fullName)).toEqual([
      'Arnold Smith',
      'Chris Beatle',
      'Doug White',
    ]);
    expect(parsed(corpusBytes('vcard', 'clients', 'fullcontact.vcf')).people[0]!.photo).toMatchObject({ kind: 'url' });
  });

  it('decodes escapes, Windows-1252 quoted-printable and 4.0 data: photos', () => {
    const outcome = parseVcards(
      [
        card('VERSION:3.0', 'FN:Smith\\, Jane', 'NOTE:line one\\nline two\\; done', 'ORG:A\\;B;Dept'),
        card(
          'VERSION:2.1',
          'FN;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Ren=E9 =80',
          'EMAIL;INTERNET;PREF:r@x.example',
        ),
        card('VERSION:4.0', 'FN:Pic', 'PHOTO:data:image/png;base64,iVBORw0KGgo='),
      ].join('\r\n'),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [jane, rene, pic] = outcome.file.people;
    expect(jane).toMatchObject({ fullName: 'Smith, Jane', note: 'line one\nline two; done', company: 'A;B' });
    expect(rene).toMatchObject({ fullName: 'René €', emails: ['r@x.example'] });
    expect(pic!.photo).toMatchObject({ kind: 'inline', mediaType: 'image/png' });
  });

  it('names the BEGIN line of a card that is never closed', () => {
    const outcome = parseVcards(`${card('FN:Ok')}\r\nBEGIN:VCARD\r\nFN:Broken\r\n`);
    expect(outcome).toEqual({ ok: false, error: { line: 4, message: expect.stringMatching(/never closed/) } });
  });

  it('skips a card with nothing to identify anyone, with the reason', () => {
    const outcome = parseVcards(card('VERSION:3.0', 'CATEGORIES:x'));
    expect(outcome).toMatchObject({
      ok: true,
      file: { people: [], skipped: [{ line: 1, reason: expect.stringMatching(/no name/) }] },
    });
  });
});
