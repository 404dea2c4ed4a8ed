const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** RFC 822 zone names, in minutes east of UTC. Military letters other than Z are ambiguous in practice: read as UTC. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
  ist: 330,
  jst: 540,
  aest: 600,
  aedt: 660,
};

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  return /^[a-z]$/i.test(zone) ? 0 : null;
}

function instant(parts: number[], offsetMinutes: number): string | null {
  const [year, month, day, hour = 0, minute = 0, second = 0, ms = 0] = parts as [number, number, number, ...number[]];
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  const date = new Date(time);
  if (Number.isNaN(time) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) return null;
  return date.toISOString();
}

/** `Thu, 01 Jan 2004 19:48:21 GMT`, with the slack real feeds take: no weekday, no seconds, 2-digit years, full month names. */
const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]+|[+-]\d{2}:?\d{2})?/i;

/** W3C-DTF / ISO 8601: `2003-12-31T10:14:55Z`, `2003-12-31T10:14:55.5+01:00`, `2003-12-31`, `2003-12`, `2003`. */
const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const offset = zoneOffsetMinutes(m[8]?.length === 3 ? `${m[8]}00` : m[8]);
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return instant(
    [
      Number(m[1]),
      Number(m[2] ?? 1) - 1,
      Number(m[3] ?? 1),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      ms,
    ],
    offset,
  );
}

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase()];
  const offset = zoneOffsetMinutes(m[7]);
  if (month === undefined || offset === null) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  return instant([year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)], offset);
}

/**
 * A feed's date string to an ISO instant in UTC, or null when it is missing or unreadable
 * (the caller then uses its own "first seen" time). RFC 822 and ISO 8601 are read by hand, so
 * the result never depends on the machine's time zone; anything else gets one try through
 * `Date.parse`, only when it names a zone.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const parsed = fromIso(text) ?? fromRfc822(text);
  if (parsed) return parsed;
  if (!/(?:gmt|utc|z|[+-]\d{2}:?\d{2})\s*$/i.test(text)) return null;
  const fallback = Date.parse(text);
  if (Number.isNaN(fallback)) return null;
  const year = new Date(fallback).getUTCFullYear();
  return year < 1900 || year > 9999 ? null : new Date(fallback).toISOString();
}
