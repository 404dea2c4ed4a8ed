/**
 * vCard content lines (RFC 2425/2426/6350 and the 2.1 dialect): unfolding, group
 * prefixes, parameters and quoted-printable soft line breaks. Values stay raw here;
 * vcard.ts decodes them according to their parameters.
 */
export interface ContentLine {
  /** 1-based physical line where the property starts. */
  line: number;
  /** Apple's `item1.` style group, lower-cased, or null. */
  group: string | null;
  /** Property name, upper-cased (EMAIL, X-SOCIALPROFILE, …). */
  name: string;
  /** Parameter name (upper-cased) → values; vCard 2.1's bare `;HOME;PREF` land under TYPE. */
  params: Map<string, string[]>;
  value: string;
}

/** The 2.1 shorthand `ENCODING` / `CHARSET`-less params that are values of a known parameter. */
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

/** Index of the first `:` outside double quotes (parameter values may quote `:` and `;`). */
function valueSeparator(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function parseParams(parts: readonly string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (name: string, values: string[]): void => {
    params.set(name, [...(params.get(name) ?? []), ...values]);
  };
  for (const part of parts) {
    if (!part) continue;
    const equals = part.indexOf('=');
    if (equals === -1) {
      const bare = part.trim().toUpperCase();
      add(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const name = part.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(part.slice(equals + 1), ',').map((value) =>
      value.trim().replace(/^"(.*)"$/s, '$1'),
    );
    add(name, values);
  }
  return params;
}

export const isQuotedPrintable = (params: Map<string, string[]>): boolean =>
  (params.get('ENCODING') ?? []).some((value) => value.toUpperCase() === 'QUOTED-PRINTABLE');

/** Parses one logical line; null for a line that is not a property (junk between cards). */
export function parseContentLine(text: string, line: number): ContentLine | null {
  const separator = valueSeparator(text);
  if (separator <= 0) return null;
  const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(text.slice(0, separator), ';');
  const dot = nameWithGroup.indexOf('.');
  const group = dot > 0 ? nameWithGroup.slice(0, dot).toLowerCase() : null;
  const name = (dot > 0 ? nameWithGroup.slice(dot + 1) : nameWithGroup).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  return { line, group, name, params: parseParams(paramParts), value: text.slice(separator + 1) };
}

/**
 * Splits text into logical content lines: a physical line starting with a space or tab
 * continues the previous one (folding), and a quoted-printable value ending in `=`
 * continues on the next physical line (2.1 soft line break). Pieces are collected and joined
 * once, so a 4 MB value of 60,000 soft breaks costs one pass, not one copy per break.
 */
export function readContentLines(text: string): ContentLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const result: ContentLine[] = [];
  let pending: { parts: string[]; line: number } | null = null;
  const flush = (): void => {
    if (pending) {
      const parsed = parseContentLine(pending.parts.join(''), pending.line);
      if (parsed) result.push(parsed);
    }
    pending = null;
  };
  for (let index = 0; index < physical.length; index += 1) {
    const raw = physical[index]!;
    if (pending && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      pending.parts.push(raw.slice(1));
      continue;
    }
    flush();
    if (!raw.trim()) continue;
    const current: { parts: string[]; line: number } = { parts: [raw], line: index + 1 };
    pending = current;
    // A quoted-printable soft break: keep appending physical lines while the value ends in '='.
    const parsed = parseContentLine(raw, index + 1);
    if (parsed && isQuotedPrintable(parsed.params)) {
      while (current.parts.at(-1)!.endsWith('=') && index + 1 < physical.length) {
        index += 1;
        current.parts[current.parts.length - 1] = current.parts.at(-1)!.slice(0, -1);
        current.parts.push(physical[index]!);
      }
    }
  }
  flush();
  return result;
}
