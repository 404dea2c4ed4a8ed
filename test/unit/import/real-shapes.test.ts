import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../electron/core/import/csv-table.js';
import { dayOrderOf, parseConnectionDate, parseMessageTimestamp } from '../../../electron/core/import/dates.js';
import { handleListKindFromFileName } from '../../../electron/core/import/mastodon-csv.js';
import { splitNames } from '../../../electron/core/import/participant-names.js';
import * as shapes from '../../integration/real-shapes/files.js';
import { failure, parsed, utf8 } from './helpers.js';

const same = (value: string) => value;

describe('dates of every era', () => {
  it('reads ISO days instead of mangling them, and Excel re-saves', () => {
    expect(parseConnectionDate('2023-02-09')).toBe('2023-02-09');
    expect(parseConnectionDate('09-Feb-23')).toBe('2023-02-09');
    expect(parseConnectionDate('26.08.2021', 'day-first')).toBe('2021-08-26');
    expect(parseConnectionDate('08/26/2021', 'month-first')).toBe('2021-08-26');
    expect(parseConnectionDate('26/08/2021', 'month-first')).toBeNull();
    expect(parseConnectionDate('2023-02-30')).toBeNull();
  });

  it('decides day-first or month-first per file from the values that can only be read one way', () => {
    expect(dayOrderOf(['03/04/2021', '26/08/2021'], same)).toBe('day-first');
    expect(dayOrderOf(['03/04/2021', '08/26/2021'], same)).toBe('month-first');
    expect(dayOrderOf(['03.04.2021'], same)).toBe('day-first');
    expect(dayOrderOf(['03/04/2021', '10 Dec 2015'], same)).toBe('month-first');
    expect(dayOrderOf(['', '03.04.2021', 'soon', '26.08.2021'], same)).toBe('day-first');
  });

  it("reads 2018's message timestamps", () => {
    expect(parseMessageTimestamp('4/11/18, 10:52 AM')).toBe('2018-04-11T10:52:00.000Z');
    expect(parseMessageTimestamp('4/11/18, 12:05 AM')).toBe('2018-04-11T00:05:00.000Z');
    expect(parseMessageTimestamp('4/11/18, 13:05 PM')).toBeNull();
  });
});

describe('CSV shapes', () => {
  it('finds the separator: comma (even after a preamble with commas), semicolon, tab', () => {
    expect(detectDelimiter(shapes.connectionsCurrent)).toBe(',');
    expect(detectDelimiter(shapes.connectionsSemicolon)).toBe(';');
    expect(detectDelimiter(shapes.connectionsTab)).toBe('\t');
    expect(detectDelimiter('just one column\nand another row\n')).toBe(',');
  });

  it('splits recipient names without breaking names that hold a comma', () => {
    expect(splitNames('Grace Hopper, PhD, Ada Lovelace')).toEqual(['Grace Hopper, PhD', 'Ada Lovelace']);
    expect(splitNames('Alan Turing, OBE')).toEqual(['Alan Turing, OBE']);
  });
});

describe('LinkedIn messages, real shapes', () => {
  it('pairs recipients by URL, finds the owner by URL, and does not count drafts', () => {
    const file = parsed(utf8(shapes.messagesWithCommas), 'messages.csv');
    expect(file.interactions.map((i) => [i.direction, i.counterpartName, i.counterpartProfileUrl])).toEqual([
      ['sent', 'Grace Hopper, PhD', 'https://www.linkedin.com/in/grace-example'],
      ['received', 'Grace Hopper, PhD', 'https://www.linkedin.com/in/grace-example'],
      ['sent', 'Grace Hopper, PhD', 'https://www.linkedin.com/in/grace-example'],
      ['sent', 'Ada Lovelace', 'https://www.linkedin.com/in/ada-example'],
    ]);
    expect(file.skipped).toEqual([{ line: 5, reason: 'Unsent draft: not counted as a message' }]);
  });

  it('without URL columns, finds an owner whose name has a comma by whole names', () => {
    const text = [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '1,,"Alan Turing, OBE","Grace Hopper, PhD",2024-01-01 10:00:00 UTC,,Hi,INBOX',
      '1,,"Grace Hopper, PhD","Alan Turing, OBE",2024-01-02 10:00:00 UTC,,Hello,INBOX',
      '2,,"Alan Turing, OBE",Ada Lovelace,2024-01-03 10:00:00 UTC,,Hi,INBOX',
    ].join('\n');
    const file = parsed(utf8(text), 'messages.csv');
    expect(file.interactions.map((i) => [i.direction, i.counterpartName])).toEqual([
      ['sent', 'Grace Hopper, PhD'],
      ['received', 'Grace Hopper, PhD'],
      ['sent', 'Ada Lovelace'],
    ]);
    expect(file.skipped).toEqual([]);
  });

  it("reads 2018's Messages.csv by its Direction column", () => {
    const file = parsed(utf8(shapes.messages2018), 'Messages.csv');
    expect(file.interactions.map((i) => [i.direction, i.counterpartName, i.at])).toEqual([
      ['received', 'Ada Lovelace', '2018-04-11T10:52:00.000Z'],
      ['sent', 'Grace Hopper', '2018-04-12T15:05:00.000Z'],
    ]);
  });
});

describe('header-less Mastodon lists', () => {
  it('takes the kind from the export file name, or from the caller, or asks', () => {
    expect(handleListKindFromFileName('following_accounts.csv')).toBe('following');
    expect(handleListKindFromFileName('export/blocked_accounts (1).csv')).toBe('blocked');
    expect(handleListKindFromFileName('muted_accounts.csv')).toBe('muted');
    expect(handleListKindFromFileName('handles.txt')).toBeNull();
    const bytes = utf8(shapes.followingHeaderless);
    expect(parsed(bytes, 'following_accounts.csv').format).toBe('mastodon-following');
    expect(parsed(bytes, 'handles.txt', { listKind: 'muted' }).format).toBe('mastodon-muted');
    expect(failure(bytes, 'handles.txt')).toMatchObject({ code: 'unknown-list-kind' });
  });
});
