import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpusBytes, failure, parsed, utf8 } from './helpers.js';

describe('LinkedIn Connections.csv', () => {
  it('reads the current export: BOM, Notes preamble, CRLF, quoted commas, typographic quotes', () => {
    const file = parsed(corpusBytes('linkedin', 'Connections.csv'));
    expect(file.format).toBe('linkedin-connections');
    expect(file.people.map((p) => p.fullName)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'José Müller-Øster',
      'Linus Torvalds',
    ]);
    expect(file.people[0]).toMatchObject({
      source: 'linkedin',
      line: 5,
      firstName: 'Ada',
      lastName: 'Lovelace',
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
      emails: ['ada@analytical.example'],
      company: 'Analytical Engines, Ltd.',
      position: 'Head of Computation',
      connectedOn: '2015-12-10',
    });
    expect(file.people[1]).toMatchObject({ emails: [], company: 'US Navy', connectedOn: '2019-12-09' });
    expect(file.people[2]).toMatchObject({ company: 'Café “Zürich” GmbH', position: 'Barista, Trainer & Mentor' });
    expect(file.people[3]!.profileUrl).toBe('https://www.linkedin.com/in/linustorvalds/');
    expect(file.skipped).toEqual([{ line: 8, reason: expect.stringMatching(/^Hidden profile/) }]);
  });

  it('reads the pre-2021 export: no preamble, no URL column, 4-Apr-15 dates', () => {
    const file = parsed(corpusBytes('linkedin', 'Connections-2019.csv'));
    expect(file.people.map((p) => [p.fullName, p.profileUrl, p.connectedOn])).toEqual([
      ['Ada Lovelace', null, '2015-04-04'],
      ['Alan Turing', null, '2012-06-23'],
    ]);
  });

  it('reads the pre-2023 export: preamble but no URL column', () => {
    const text = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Grace,Hopper,grace@navy.example,US Navy,Rear Admiral,08 Feb 2022',
    ].join('\n');
    expect(parsed(utf8(text)).people).toEqual([
      expect.objectContaining({
        fullName: 'Grace Hopper',
        emails: ['grace@navy.example'],
        connectedOn: '2022-02-08',
        line: 5,
      }),
    ]);
  });

  it('keeps a person whose date cannot be read, with no date', () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,31 Feb 2020\n';
    expect(parsed(utf8(text)).people[0]).toMatchObject({ fullName: 'A B', connectedOn: null });
  });

  it('names the line where a quote is never closed', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,01 Jan 2020\nC,"D,,,,,01 Jan 2020\nE,F,,,,,\n';
    expect(failure(utf8(text))).toEqual({ line: 3, message: expect.stringMatching(/never closed/) });
  });
});

describe('LinkedIn messages.csv and Invitations.csv', () => {
  it('infers the export owner and gives each message a direction and counterpart', () => {
    const file = parsed(corpusBytes('linkedin', 'messages.csv'));
    expect(file.format).toBe('linkedin-messages');
    expect(file.interactions).toEqual([
      expect.objectContaining({
        line: 2,
        direction: 'received',
        counterpartName: 'Ada Lovelace',
        at: '2025-06-01T14:03:22.000Z',
        folder: 'INBOX',
      }),
      expect.objectContaining({
        line: 3,
        direction: 'sent',
        counterpartName: 'Ada Lovelace',
        counterpartProfileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
      }),
      expect.objectContaining({ line: 5, direction: 'received', counterpartName: 'Grace Hopper', folder: 'SPAM' }),
    ]);
  });

  it('reads the 9-column era without recipient profile URLs', () => {
    const text = [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '1,,Sam Example,https://www.linkedin.com/in/sam,Alan Turing,2020-01-01 10:00:00 UTC,,Hi,INBOX',
      '1,,Alan Turing,https://www.linkedin.com/in/alan,Sam Example,2020-01-02 10:00:00 UTC,,"Hello,\nSam",INBOX',
      '2,,Sam Example,https://www.linkedin.com/in/sam,Ada Lovelace,2020-02-01 10:00:00 UTC,,Hi,INBOX',
    ].join('\n');
    const file = parsed(utf8(text));
    expect(file.interactions.map((i) => [i.line, i.direction, i.counterpartName, i.counterpartProfileUrl])).toEqual([
      [2, 'sent', 'Alan Turing', null],
      [3, 'received', 'Alan Turing', 'https://www.linkedin.com/in/alan'],
      [5, 'sent', 'Ada Lovelace', null],
    ]);
  });

  it('reads invitations with the other party as counterpart', () => {
    const file = parsed(corpusBytes('linkedin', 'Invitations.csv'));
    expect(file.interactions).toEqual([
      expect.objectContaining({
        kind: 'invitation',
        direction: 'sent',
        counterpartName: 'Alan Turing',
        counterpartProfileUrl: 'https://www.linkedin.com/in/alan-turing-1912',
        at: '2026-01-29T14:37:00.000Z',
      }),
    ]);
  });
});

describe('LinkedIn export archive', () => {
  it('finds the wanted files wherever they are and ignores the rest', () => {
    const archive = zipSync({
      'Basic_LinkedInDataExport_11-22-2026/Connections.csv': corpusBytes('linkedin', 'Connections.csv'),
      'Basic_LinkedInDataExport_11-22-2026/messages.csv': corpusBytes('linkedin', 'messages.csv'),
      'Basic_LinkedInDataExport_11-22-2026/Profile.csv': strToU8('First Name,Last Name\nSam,Example\n'),
      'Invitations.csv': corpusBytes('linkedin', 'Invitations.csv'),
    });
    const file = parsed(archive, 'export.zip');
    expect(file.format).toBe('linkedin-zip');
    expect(file.parts?.map((part) => [part.name, 'parsed' in part ? part.parsed.format : part.error])).toEqual([
      ['Basic_LinkedInDataExport_11-22-2026/Connections.csv', 'linkedin-connections'],
      ['Basic_LinkedInDataExport_11-22-2026/messages.csv', 'linkedin-messages'],
      ['Invitations.csv', 'linkedin-invitations'],
    ]);
  });

  it('refuses a damaged archive and one without LinkedIn files, clearly', () => {
    const archive = zipSync({ 'Connections.csv': corpusBytes('linkedin', 'Connections.csv') });
    expect(failure(archive.slice(0, archive.length - 30)).message).toMatch(/damaged/);
    expect(failure(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) })).message).toMatch(/no Connections\.csv/);
  });
});
