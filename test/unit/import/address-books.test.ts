import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decode-text.js';
import { detectFormat } from '../../../electron/core/import/detect-format.js';
import { corpusBytes, failure, parsed, utf8 } from './helpers.js';

describe('Google Contacts CSV', () => {
  it('reads multi-values, primary markers, labels and LinkedIn websites', () => {
    const file = parsed(corpusBytes('csv', 'google-contacts.csv'));
    expect(file.format).toBe('google-csv');
    expect(file.people).toEqual([
      expect.objectContaining({
        source: 'google',
        fullName: 'Grace Hopper',
        company: 'US Navy',
        position: 'Rear Admiral',
        emails: ['grace@navy.example', 'ghopper@example.org'],
        phones: ['+1 202 555 0100'],
        profileUrl: 'https://www.linkedin.com/in/gracehopper',
        urls: [],
      }),
      expect.objectContaining({
        fullName: 'Margaret Hamilton',
        emails: ['margaret@mit.example', 'mh@example.com'],
        note: 'Apollo, and more',
      }),
    ]);
  });

  it('puts the starred group first', () => {
    const text =
      'First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value\nA,B,Home,home@x.example,* Work,work@x.example\n';
    expect(parsed(utf8(text)).people[0]!.emails).toEqual(['work@x.example', 'home@x.example']);
  });
});

describe('Outlook CSV in Windows-1252', () => {
  it('decodes € é ’ – through a real decoder', () => {
    const file = parsed(corpusBytes('csv', 'outlook-contacts-cp1252.csv'));
    expect(file.format).toBe('outlook-csv');
    expect(file.people).toEqual([
      expect.objectContaining({
        fullName: 'René Descartes',
        company: 'Société Générale d’Études',
        position: 'Philosophe',
        note: 'Cogito – ergo sum',
        emails: ['rene@example.fr'],
        phones: ['+33 1 00 00 00 00'],
      }),
      expect.objectContaining({
        fullName: 'Zoë Ångström',
        emails: ['zoe@example.se', 'zoe.a@example.com'],
        note: 'Price: 5€',
      }),
    ]);
  });
});

describe('Mastodon exports', () => {
  it('reads follows with the blank lines Mastodon puts between rows', () => {
    const file = parsed(corpusBytes('mastodon', 'following_accounts.csv'));
    expect(file.format).toBe('mastodon-following');
    expect(file.people.map((p) => [p.line, p.handles, p.relation])).toEqual([
      [3, ['user@example.com'], 'following'],
      [5, ['user@test.com'], 'following'],
    ]);
  });

  it('reads mutes, the header-less block list and internationalized domains', () => {
    expect(parsed(corpusBytes('mastodon', 'muted_accounts.csv')).people.map((p) => p.relation)).toEqual([
      'muted',
      'muted',
    ]);
    const blocked = parsed(corpusBytes('mastodon', 'blocked_accounts.txt'), 'blocked_accounts.txt');
    expect(blocked.format).toBe('mastodon-blocked');
    expect(blocked.people.map((p) => p.handles[0])).toEqual(['user@example.com', 'user@test.com']);
    const followers = parsed(corpusBytes('mastodon', 'utf8-followers.txt'), 'utf8-followers.txt', {
      listKind: 'following',
    });
    expect(followers.people[0]!.handles).toEqual(['@nare@թութ.հայ']);
  });

  it('skips a row that is not an address, with the reason', () => {
    const file = parsed(
      utf8(
        'Account address,Show boosts,Notify on new posts,Languages\nnot an address,true,false,\nok@host.example,true,false,\n',
      ),
    );
    expect(file.people).toHaveLength(1);
    expect(file.skipped).toEqual([{ line: 2, reason: expect.stringMatching(/not a Mastodon address/) }]);
  });
});

describe('encodings and detection', () => {
  it('honours BOMs, prefers strict UTF-8, falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toEqual({ text: 'hé', encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode('Zoë', 'utf-16le')]);
    expect(decodeText(utf16)).toEqual({ text: 'Zoë', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x92, 0x96]))).toEqual({ text: '€ ’–', encoding: 'windows-1252' });
  });

  it('imports a UTF-16 LinkedIn export', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nZoë,Ångström,,,Uppsala AB,Physicist,01 Mar 2020\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    expect(parsed(bytes).people[0]).toMatchObject({ fullName: 'Zoë Ångström', connectedOn: '2020-03-01' });
  });

  it('detects by content, whatever the file is called', () => {
    expect(detectFormat(decodeText(corpusBytes('linkedin', 'Connections.csv')).text)).toBe('linkedin-connections');
    expect(detectFormat('BEGIN:VCARD\nVERSION:3.0\nEND:VCARD')).toBe('vcard');
    expect(detectFormat('hello world')).toBeNull();
  });

  it('refuses empty and unrecognized files with a clear message', () => {
    expect(failure(new Uint8Array())).toEqual({ line: 0, message: 'The file is empty.' });
    expect(failure(utf8('   \n\n'))).toEqual({ line: 0, message: 'The file is empty.' });
    expect(failure(utf8('Name,Age\nBob,42\n')).message).toMatch(/^Not a file Prune can import/);
  });

  it('marks an unrecognized file with its code and no line: no line of it is to blame', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    for (const bytes of [utf8('Name,Age\nBob,42\n'), utf8('hello world'), binary])
      expect(failure(bytes)).toMatchObject({ line: 0, code: 'unrecognized' });
  });
});
