export interface ComboboxOption {
  id: string;
  label: string;
}

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The options a query matches, case- and accent-insensitively: those where a word starts with it
 * first, then those that contain it, each in the given order; at most `limit` shown, the rest counted.
 */
export function matchOptions(
  options: readonly ComboboxOption[],
  query: string,
  limit: number,
): { shown: ComboboxOption[]; more: number } {
  const needle = fold(query.trim());
  let matches: readonly ComboboxOption[] = options;
  if (needle) {
    const starts: ComboboxOption[] = [];
    const contains: ComboboxOption[] = [];
    for (const option of options) {
      const label = fold(option.label);
      const at = label.indexOf(needle);
      if (at < 0) continue;
      if (at === 0 || label.split(/[\s'’-]+/).some((word) => word.startsWith(needle))) starts.push(option);
      else contains.push(option);
    }
    matches = [...starts, ...contains];
  }
  return { shown: matches.slice(0, limit), more: Math.max(0, matches.length - limit) };
}
