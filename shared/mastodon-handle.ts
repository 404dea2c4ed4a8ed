/**
 * `@ada@example.social` or `ada@example.social` → `ada@example.social`, or null. Only the shape
 * (one user, one dotted domain, no separators a CSV or URL would read) is checked here; the core
 * also punycodes the domain.
 */
export function normalizeHandleShape(raw: string): string | null {
  const match =
    /^@?([\p{L}\p{N}_.-]+)@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}][\p{L}\p{N}-]*)$/u.exec(
      raw.trim(),
    );
  return match ? `${match[1]!.toLowerCase()}@${match[2]!.toLowerCase()}` : null;
}
