import iconv from 'iconv-lite';
import { linkedInSlug } from '../roster/identity.js';
import { isQuotedPrintable, readContentLines, type ContentLine } from './vcard-lines.js';
import { emptyPerson, type ImportedPerson, type ImportedPhoto, type ParseOutcome, type SkippedRow } from './types.js';

/** Quoted-printable → bytes → text in the declared charset (vCard 2.1 phones write UTF-8 or legacy code pages). */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i) & 0xff);
    }
  }
  const encoding = iconv.encodingExists(charset) ? charset : 'utf-8';
  return iconv.decode(Buffer.from(bytes), encoding);
}

/** Splits a structured value (N, ORG) on unescaped `;`, and unescapes each part. */
function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[i + 1];
      i += 1;
    } else if (char === ';') {
      parts.push(unescapeText(current));
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(unescapeText(current));
  return parts;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

const param = (line: ContentLine, name: string): string[] => line.params.get(name) ?? [];
const types = (line: ContentLine): string[] =>
  param(line, 'TYPE')
    .flatMap((t) => t.split(','))
    .map((t) => t.toLowerCase());

/** The property's value as text, after quoted-printable and charset decoding. */
function textOf(line: ContentLine): string {
  return isQuotedPrintable(line.params)
    ? decodeQuotedPrintable(line.value, param(line, 'CHARSET')[0] ?? 'utf-8')
    : line.value;
}

/** Lower is more preferred: PREF=1 (4.0), TYPE=pref or bare PREF (2.1/3.0) rank ahead of the rest. */
function preference(line: ContentLine): number {
  const pref = Number(param(line, 'PREF')[0]);
  if (Number.isInteger(pref) && pref > 0) return pref;
  return types(line).includes('pref') ? 1 : 101;
}

function photoOf(line: ContentLine): ImportedPhoto | null {
  const value = line.value.trim();
  const dataUri = /^data:([\w/+.-]+)?(;base64)?,(.*)$/is.exec(value);
  if (dataUri) {
    return dataUri[2] ? inlinePhoto(dataUri[3] ?? '', dataUri[1] ?? 'image/jpeg') : null;
  }
  const encoding = (param(line, 'ENCODING')[0] ?? '').toUpperCase();
  if (encoding === 'B' || encoding === 'BASE64') {
    const type = types(line).find((t) => t !== 'pref' && t !== 'internet') ?? 'jpeg';
    return inlinePhoto(value, type.includes('/') ? type : `image/${type === 'jpg' ? 'jpeg' : type}`);
  }
  return /^https?:\/\//i.test(value) ? { kind: 'url', url: value } : null;
}

function inlinePhoto(base64: string, mediaType: string): ImportedPhoto | null {
  const data = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  return data.length > 0 ? { kind: 'inline', mediaType: mediaType.toLowerCase(), data: new Uint8Array(data) } : null;
}

/** `https://mastodon.social/@alice` → `alice@mastodon.social`. */
function mastodonHandleFromUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    const match = /^\/@([\w.-]+)\/?$/.exec(parsed.pathname);
    return parsed.protocol === 'https:' && match ? `${match[1]}@${parsed.hostname}` : null;
  } catch {
    return null;
  }
}

function addLink(person: ImportedPerson, rawUrl: string): void {
  const url = rawUrl.trim();
  if (!url) return;
  if (linkedInSlug(url)) {
    person.profileUrl ??= url;
    return;
  }
  const handle = mastodonHandleFromUrl(url);
  if (handle && !person.handles.includes(handle)) person.handles.push(handle);
  if (!person.urls.includes(url)) person.urls.push(url);
}

function toPerson(lines: readonly ContentLine[], beginLine: number): ImportedPerson {
  const person = emptyPerson('vcard', beginLine);
  const emails: { address: string; rank: number; order: number }[] = [];
  for (const line of lines) {
    switch (line.name) {
      case 'FN':
        person.fullName = unescapeText(textOf(line)).trim();
        break;
      case 'N': {
        const [family = '', given = ''] = splitStructured(textOf(line));
        person.lastName = family.trim();
        person.firstName = given.trim();
        break;
      }
      case 'EMAIL': {
        const address = unescapeText(textOf(line)).trim();
        if (address) emails.push({ address, rank: preference(line), order: emails.length });
        break;
      }
      case 'TEL': {
        const number = unescapeText(textOf(line)).replace(/^tel:/i, '').trim();
        if (number && !person.phones.includes(number)) person.phones.push(number);
        break;
      }
      case 'ORG':
        person.company = splitStructured(textOf(line))[0]?.trim() || null;
        break;
      case 'TITLE':
        person.position = unescapeText(textOf(line)).trim() || null;
        break;
      case 'NOTE':
        person.note = unescapeText(textOf(line)).trim() || null;
        break;
      case 'UID':
        person.sourceUid = textOf(line).trim() || null;
        break;
      case 'URL':
      case 'X-SOCIALPROFILE':
        addLink(person, unescapeText(textOf(line)));
        break;
      case 'PHOTO':
        person.photo ??= photoOf(line);
        break;
    }
  }
  person.emails = emails.sort((a, b) => a.rank - b.rank || a.order - b.order).map((email) => email.address);
  if (!person.fullName) person.fullName = `${person.firstName} ${person.lastName}`.trim();
  return person;
}

/** Every card in a .vcf (2.1, 3.0, 4.0). Never throws; an unterminated card names its BEGIN line. */
export function parseVcards(text: string): ParseOutcome {
  const people: ImportedPerson[] = [];
  const skipped: SkippedRow[] = [];
  let card: ContentLine[] | null = null;
  let beginLine = 0;
  let nested = 0;
  for (const line of readContentLines(text)) {
    const value = line.value.trim().toUpperCase();
    if (line.name === 'BEGIN' && value === 'VCARD') {
      if (card)
        nested += 1; // a 2.1 AGENT card inside a card: part of the outer one, ignored
      else [card, beginLine] = [[], line.line];
    } else if (line.name === 'END' && value === 'VCARD') {
      if (nested > 0) nested -= 1;
      else if (card) {
        const person = toPerson(card, beginLine);
        if (person.fullName || person.emails.length > 0 || person.phones.length > 0 || person.company)
          people.push(person);
        else skipped.push({ line: beginLine, reason: 'Card has no name, email, phone or organization' });
        card = null;
      }
    } else if (card && nested === 0) {
      card.push(line);
    }
  }
  if (card)
    return {
      ok: false,
      error: { line: beginLine, message: 'This vCard is never closed: BEGIN:VCARD has no END:VCARD.' },
    };
  if (people.length === 0 && skipped.length === 0)
    return { ok: false, error: { line: 1, message: 'No vCard (BEGIN:VCARD … END:VCARD) found.' } };
  return { ok: true, file: { format: 'vcard', people, interactions: [], skipped } };
}
