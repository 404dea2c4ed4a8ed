const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Dates in rule sentences and explanations: "15 May 2016". Written out by hand (not Intl) so a
 * stored explanation reads the same whatever ICU the host has ("Sep" vs "Sept").
 */
export function formatRuleDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "over 5 years ago", "3 months ago", "12 days ago", "today". */
export function ageOf(iso: string, now: Date): string {
  const then = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const days = Math.floor((now.getTime() - then) / 86_400_000);
  if (days < 0) return 'in the future';
  if (days === 0) return 'today';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'} ago`;
  const years = Math.floor(days / 365.25);
  if (years >= 1) return `over ${years} year${years === 1 ? '' : 's'} ago`;
  return `${Math.floor(days / 30.44)} months ago`;
}
