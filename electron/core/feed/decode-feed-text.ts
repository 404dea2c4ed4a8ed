import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Byte-order marks, and the first bytes of `<?` in the wide encodings when there is no BOM. */
function sniffUnicode(bytes: Uint8Array): { encoding: string; skip: number } | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', skip: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', skip: 0 };
  if (a === 0x00 && b === 0x3c) return { encoding: 'utf-16be', skip: 0 };
  if (a === 0x3c && b === 0x00) return { encoding: 'utf-16le', skip: 0 };
  return null;
}

/** The charset parameter of a Content-Type header, if any. */
function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

function charsetOfXmlDeclaration(bytes: Uint8Array): string | null {
  const head = toBuffer(bytes.subarray(0, 200)).toString('latin1');
  const match = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** Browsers read ISO-8859-1 as Windows-1252, and so do feeds written on Windows that claim it. */
function normalizeCharset(charset: string): string | null {
  const name = charset.toLowerCase();
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii') return 'windows-1252';
  if (name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Feed bytes to text. A BOM (or the shape of `<?` in UTF-16/32) decides; then the charset the
 * HTTP header names, then the XML declaration's; a charset that is unknown, or UTF-8 that is
 * not valid UTF-8, is passed over. Anything left is strict UTF-8, else Windows-1252.
 */
export function decodeFeedText(bytes: Uint8Array, contentType?: string | null): string {
  const unicode = sniffUnicode(bytes);
  if (unicode) return iconv.decode(toBuffer(bytes.subarray(unicode.skip)), unicode.encoding);
  const declared = [charsetOfContentType(contentType), charsetOfXmlDeclaration(bytes)];
  for (const candidate of declared) {
    const charset = candidate === null ? null : normalizeCharset(candidate);
    if (charset === null || charset.startsWith('utf-16') || charset.startsWith('utf-32')) continue;
    if (charset !== 'utf-8') return iconv.decode(toBuffer(bytes), charset);
    try {
      return strictUtf8.decode(bytes);
    } catch {
      continue;
    }
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(toBuffer(bytes), 'windows-1252');
  }
}
