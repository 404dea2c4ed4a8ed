/**
 * Splits a list of names joined by commas, where a name may itself hold one ("Grace Hopper,
 * PhD", "Alan Turing, OBE"): a piece that is a single word (a degree, an honour, "Jr.") belongs
 * to the name before it. Used only where profile URLs cannot pair names with people.
 */
export function splitNames(value: string): string[] {
  const names: string[] = [];
  for (const piece of value.split(',')) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    if (names.length > 0 && !/\s/.test(trimmed)) names[names.length - 1] += `, ${trimmed}`;
    else names.push(trimmed);
  }
  return names;
}
