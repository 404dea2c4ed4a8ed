import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';

/**
 * Reading a zip without trusting it: entries come from the central directory, each is
 * inflated as a stream that stops at a real cap (not the size the archive declares), and
 * the result must have the declared length and CRC-32. A zip bomb, a lying header or a
 * damaged entry becomes a message for that entry; the other entries are still read.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** The most one entry may inflate to. */
  maxEntryBytes: number;
  /** The most all entries read from one archive may inflate to together. */
  maxTotalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The central directory's entries, or a message saying why the archive cannot be read. */
export function zipEntries(bytes: Uint8Array): { ok: true; entries: ZipEntry[] } | { ok: false; message: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, message: 'it is damaged or cut short (its zip directory is missing)' };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return { ok: false, message: 'its directory is damaged' };
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

/** One entry's bytes, checked, or why not. `budget.left` shrinks by what was inflated. */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ZipLimits,
  budget: { left: number },
): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  if ([entry.size, entry.compressedSize, entry.localHeaderOffset].includes(ZIP64_MARK))
    return { ok: false, message: 'it is larger than Prune reads from an archive (4 GB)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
    return { ok: false, message: 'its entry is damaged' };
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const compressed = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (compressed.length < entry.compressedSize) return { ok: false, message: 'it is cut short' };
  const cap = Math.min(limits.maxEntryBytes, budget.left);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overflow = false;
  if (entry.method === 0) {
    total = compressed.length;
    overflow = total > cap;
    if (!overflow) chunks.push(compressed);
  } else if (entry.method === 8) {
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > cap) overflow = true;
      else chunks.push(chunk);
    });
    try {
      for (let offset = 0; offset < compressed.length && !overflow; offset += 65_536) {
        const end = Math.min(compressed.length, offset + 65_536);
        inflate.push(compressed.subarray(offset, end), end === compressed.length);
      }
    } catch (error) {
      return { ok: false, message: `its data is damaged (${(error as Error).message})` };
    }
  } else {
    return { ok: false, message: `it uses a compression Prune cannot read (method ${entry.method})` };
  }
  if (overflow)
    return {
      ok: false,
      message: `it unpacks to more than ${Math.round(cap / 1024 / 1024)} MB; Prune does not open it (a zip bomb?)`,
    };
  budget.left -= total;
  const data = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  if (total !== entry.size)
    return { ok: false, message: `it unpacks to ${total} bytes, not the ${entry.size} its archive says` };
  if (crc32(data) !== entry.crc) return { ok: false, message: 'its checksum does not match: the archive is damaged' };
  return { ok: true, bytes: data };
}
