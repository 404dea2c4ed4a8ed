import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractLinkedInExport } from '../../../electron/core/import/linkedin-zip.js';
import { parseImportFile } from '../../../electron/core/import/parse-import-file.js';

const csv =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,Acme,Eng,04 Apr 2021\n';
const encode = (text: string) => new TextEncoder().encode(text);

/** Overwrites a 32-bit field of every central-directory entry (the lies a hostile zip tells). */
function patchCentral(zip: Uint8Array, offsetInEntry: number, value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + offsetInEntry, value, true);
  return copy;
}

describe('zip archives are read without trusting them', () => {
  it('stops inflating a bomb at a real cap and says so, still importing the other parts', () => {
    const bomb = zipSync({
      'Connections.csv': encode(csv),
      'messages.csv': new Uint8Array(3 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(20_000);
    const result = extractLinkedInExport(bomb, { maxEntryBytes: 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 });
    expect(result.ok && result.entries.map((e) => ('error' in e ? [e.name, e.error] : [e.name, 'ok']))).toEqual([
      ['Connections.csv', 'ok'],
      ['messages.csv', 'Not read: it unpacks to more than 1 MB; Prune does not open it (a zip bomb?).'],
    ]);
  });

  it('refuses an entry whose declared size or checksum lies, instead of importing junk', () => {
    const honest = zipSync({ 'Connections.csv': encode(csv) });
    const smaller = extractLinkedInExport(patchCentral(honest, 24, 10));
    expect(smaller.ok && smaller.entries[0]).toEqual({
      name: 'Connections.csv',
      error: `Not read: it unpacks to ${csv.length} bytes, not the 10 its archive says.`,
    });
    const wrongCrc = extractLinkedInExport(patchCentral(honest, 16, 0x12345678));
    expect(wrongCrc.ok && wrongCrc.entries[0]).toMatchObject({ error: /checksum does not match/ });
  });

  it('reports each unreadable part as its own error through the importer', () => {
    const archive = patchCentral(zipSync({ 'Connections.csv': encode(csv) }), 16, 1);
    const parsed = parseImportFile('export.zip', archive);
    expect(parsed.ok && parsed.file.parts).toEqual([
      {
        name: 'Connections.csv',
        error: { line: 0, message: 'Not read: its checksum does not match: the archive is damaged.' },
      },
    ]);
  });
});
